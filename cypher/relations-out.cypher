// Relationship field, outgoing side, for a batch of entities (one query per field, whatever the
// number of parents: the API's DataLoader collects the parents' ids into $ids).
// $type: relationship type and $otherLabel: label at the far end, both from the API's fixed
// table (server/relationship-fields.ts); $edgeWhere / $nodeWhere: exact property filters;
// $indicator: part of a goal's indicator name or null; $document: a file name or null; $first: per parent.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[r:$($type)]->(other:$($otherLabel))
  WHERE ($document IS NULL OR $document IN r.sources)
    AND all(key IN keys($edgeWhere) WHERE r[key] = $edgeWhere[key])
    AND all(key IN keys($nodeWhere) WHERE other[key] = $nodeWhere[key])
    AND ($indicator IS NULL OR other.indicator CONTAINS $indicator)
  RETURN r, other
  ORDER BY other.name, other.id
  LIMIT $first
}
// The parent once per row, not once per relationship: its evidence can be long.
RETURN id,
       n {.*, label: $label} AS node,
       collect({relationship: r {.*, type: type(r)}, other: other {.*, label: $otherLabel}}) AS edges;
