// Which industries each of $regions (ids) develops: those its plans prioritize (PRIORITIZES
// from it or from a region below it) and those hosted by parks located in it or below it.
// One row per region and industry, with the relationships that show it.
// $nodeKeys / $edgeKeys: the properties returned, in this order (evidence only when asked for).
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
       relationship: r {type: type(r), values: [key IN $edgeKeys | r[key]]},
       source: CASE WHEN source = region THEN null
               ELSE source {label: head([label IN labels(source) WHERE label <> 'Entity']), values: [key IN $nodeKeys | source[key]]} END
     }) AS ways
ORDER BY size(ways) DESC, industry.name
WITH region, collect({industry: industry {label: 'Industry', values: [key IN $nodeKeys | industry[key]]}, ways: ways}) AS industries
ORDER BY region.name
RETURN region {label: 'Region', values: [key IN $nodeKeys | region[key]]} AS region, industries;
