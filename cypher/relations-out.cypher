// Relationship field, outgoing side, for a batch of entities (one query per field, whatever the
// number of parents: the API's DataLoader collects the parents' ids into $ids).
// $type: relationship type and $otherLabel: label at the far end, both from the API's fixed
// model (model/relationships.ts); $edgeWhere / $nodeWhere: exact property filters;
// $nodeContains: parts of the far end's properties; $document: a file name or null; $first: per
// parent; $nodeKeys / $edgeKeys: the properties returned, in this order (evidence only when asked for).
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[r:$($type)]->(other:$($otherLabel))
  WHERE ($document IS NULL OR $document IN r.sources)
    AND all(key IN keys($edgeWhere) WHERE r[key] = $edgeWhere[key])
    AND all(key IN keys($nodeWhere) WHERE other[key] = $nodeWhere[key])
    AND all(key IN keys($nodeContains) WHERE other[key] CONTAINS $nodeContains[key])
  RETURN r, other
  ORDER BY other.name, other.id
  LIMIT $first
}
// The parent once per row, not once per relationship: its evidence can be long.
RETURN id,
       n {label: $label, values: [key IN $nodeKeys | n[key]]} AS node,
       collect({
         relationship: r {type: type(r), values: [key IN $edgeKeys | r[key]]},
         other: other {label: $otherLabel, values: [key IN $nodeKeys | other[key]]}
       }) AS edges;
