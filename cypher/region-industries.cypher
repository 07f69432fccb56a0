// Which industries each of $regions (ids) develops: those its plans prioritize (PRIORITIZES
// from it or from a region below it) and those hosted by parks located in it or below it.
// One row per region and industry, with the relationships that show it.
// $nodeEvidence / $edgeEvidence: whether evidence is returned (only when the request selects it).
UNWIND $regions AS regionId
MATCH (region:Region {id: regionId})
CALL (region) {
  MATCH (region)<-[:PART_OF*0..3]-(place:Region)-[r:PRIORITIZES]->(industry:Industry)
  RETURN industry, r, place AS source, 'plan' AS way
  UNION
  MATCH (region)<-[:PART_OF*0..3]-(:Region)<-[:LOCATED_IN]-(park:Park)-[r:HOSTS]->(industry:Industry)
  RETURN industry, r, park AS source, 'park' AS way
}
// Each region and each industry once; a way's source only when it is not the region itself.
WITH region, industry,
     collect({
       way: way,
       relationship: r {.*, evidence: CASE WHEN $edgeEvidence THEN r.evidence END, type: type(r)},
       source: CASE WHEN source = region THEN null
               ELSE source {.*, evidence: CASE WHEN $nodeEvidence THEN source.evidence END, label: head([label IN labels(source) WHERE label <> 'Entity'])} END
     }) AS ways
ORDER BY size(ways) DESC, industry.name
WITH region, collect({industry: industry {.*, evidence: CASE WHEN $nodeEvidence THEN industry.evidence END, label: 'Industry'}, ways: ways}) AS industries
RETURN region {.*, evidence: CASE WHEN $nodeEvidence THEN region.evidence END, label: 'Region'} AS region, industries
ORDER BY region.name;
