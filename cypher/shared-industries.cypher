// Industries developed in at least $minRegions regions (optionally only $industry, an id):
// a region develops an industry when its plans prioritize it or a park located in it hosts it.
// Regions are counted where the fact is stated (a county's park counts for the county).
// $nodeKeys / $edgeKeys: the properties returned, in this order (evidence only when asked for).
MATCH (industry:Industry)
WHERE $industry IS NULL OR industry.id = $industry
CALL (industry) {
  MATCH (region:Region)-[r:PRIORITIZES]->(industry)
  RETURN region, r, region AS source, 'plan' AS way
  UNION
  MATCH (region:Region)<-[:LOCATED_IN]-(park:Park)-[r:HOSTS]->(industry)
  RETURN region, r, park AS source, 'park' AS way
}
WITH industry, region,
     collect({
       way: way,
       relationship: r {type: type(r), values: [key IN $edgeKeys | r[key]]},
       source: CASE WHEN source = region THEN null
               ELSE source {label: head([label IN labels(source) WHERE label <> 'Entity']), values: [key IN $nodeKeys | source[key]]} END
     }) AS ways
ORDER BY region.name
WITH industry, collect({region: region {label: 'Region', values: [key IN $nodeKeys | region[key]]}, ways: ways}) AS regions
WHERE size(regions) >= $minRegions
WITH industry, regions
ORDER BY size(regions) DESC, industry.name
RETURN industry {label: 'Industry', values: [key IN $nodeKeys | industry[key]]} AS industry, regions;
