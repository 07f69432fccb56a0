// Which industries each of $regions (ids) develops: those its plans prioritize (PRIORITIZES
// from it or from a region below it) and those hosted by parks located in it or below it.
// One row per region, its industries best supported first (most relationships), at most
// $first of them ($first null: all).
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
WITH region, industry, collect({way: way, r: r, source: source}) AS found
ORDER BY size(found) DESC, industry.name
WITH region, collect({industry: industry, found: found}) AS all
// Properties are read only for the industries returned: a region's plans can name hundreds.
WITH region, CASE WHEN $first IS NULL THEN all ELSE all[..$first] END AS kept
ORDER BY region.name
RETURN region {label: 'Region', values: [key IN $nodeKeys | region[key]]} AS region,
       [entry IN kept | {
         industry: {label: 'Industry', values: [key IN $nodeKeys | entry.industry[key]]},
         // A way's source only when it is not the region itself.
         ways: [w IN entry.found | {
           way: w.way,
           relationship: {type: type(w.r), values: [key IN $edgeKeys | w.r[key]]},
           source: CASE WHEN w.source = region THEN null
                   ELSE {label: head([label IN labels(w.source) WHERE label <> 'Entity']), values: [key IN $nodeKeys | w.source[key]]} END
         }]
       }] AS industries;
