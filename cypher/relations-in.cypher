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
       n {label: $label, values: [key IN $nodeKeys | n[key]]} AS node,
       collect({
         relationship: r {type: type(r), values: [key IN $edgeKeys | r[key]]},
         other: other {label: $otherLabel, values: [key IN $nodeKeys | other[key]]},
         place: CASE WHEN place = n THEN null
                ELSE place {label: 'Region', values: [key IN $nodeKeys | place[key]]} END
       }) AS edges;
