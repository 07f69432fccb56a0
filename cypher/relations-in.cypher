// Relationship field, incoming side, for a batch of entities; see relations-out.cypher.
// With $within, the relationships may also end at any region below the parent region
// (a region's parks "including everything below it").
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  CALL (n) {
    MATCH (n)<-[r:$($type)]-(other:$($otherLabel))
    RETURN r, other, n AS place
    UNION
    MATCH (n)<-[:PART_OF*1..3]-(place:Region)<-[r:$($type)]-(other:$($otherLabel))
    WHERE $within
    RETURN r, other, place
  }
  WITH r, other, place
  WHERE ($document IS NULL OR $document IN r.sources)
    AND all(key IN keys($edgeWhere) WHERE r[key] = $edgeWhere[key])
    AND all(key IN keys($nodeWhere) WHERE other[key] = $nodeWhere[key])
    AND all(key IN keys($nodeContains) WHERE other[key] CONTAINS $nodeContains[key])
  RETURN r, other, place
  ORDER BY other.name, other.id
  LIMIT $first
}
// The parent once per row, not once per relationship (its evidence can be long); `place` only
// when the relationship ends below the parent.
RETURN id,
       n {.*, label: $label, evidence: CASE WHEN $nodeEvidence THEN n.evidence END} AS node,
       collect({
         relationship: r {.*, type: type(r), evidence: CASE WHEN $edgeEvidence THEN r.evidence END},
         other: other {.*, label: $otherLabel, evidence: CASE WHEN $nodeEvidence THEN other.evidence END},
         place: CASE WHEN place = n THEN null
                ELSE place {.*, label: 'Region', evidence: CASE WHEN $nodeEvidence THEN place.evidence END} END
       }) AS edges;
