// Which industries each of $regions (ids) develops: those its plans prioritize (PRIORITIZES
// from it or from a region below it) and those hosted by parks located in it or below it.
// One row per region and industry, with the relationships that show it.
UNWIND $regions AS regionId
MATCH (region:Region {id: regionId})
CALL (region) {
  MATCH (region)<-[:PART_OF*0..3]-(place:Region)-[r:PRIORITIZES]->(industry:Industry)
  RETURN industry, r, place AS source, 'plan' AS way
  UNION
  MATCH (region)<-[:PART_OF*0..3]-(:Region)<-[:LOCATED_IN]-(park:Park)-[r:HOSTS]->(industry:Industry)
  RETURN industry, r, park AS source, 'park' AS way
}
WITH region, industry,
     collect({
       way: way,
       relationship: r {.*, type: type(r)},
       source: source {.*, label: head([label IN labels(source) WHERE label <> 'Entity'])}
     }) AS ways
RETURN region {.*, label: 'Region'} AS region,
       industry {.*, label: 'Industry'} AS industry,
       ways
ORDER BY region.name, size(ways) DESC, industry.name;
