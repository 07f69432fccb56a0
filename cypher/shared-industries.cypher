// Industries developed in at least $minRegions regions (optionally only $industry, an id):
// a region develops an industry when its plans prioritize it or a park located in it hosts it.
// Regions are counted where the fact is stated (a county's park counts for the county).
// $nodeEvidence / $edgeEvidence: whether evidence is returned (only when the request selects it).
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
       relationship: r {.*, evidence: CASE WHEN $edgeEvidence THEN r.evidence END, type: type(r)},
       source: CASE WHEN source = region THEN null
               ELSE source {.*, evidence: CASE WHEN $nodeEvidence THEN source.evidence END, label: head([label IN labels(source) WHERE label <> 'Entity'])} END
     }) AS ways
ORDER BY region.name
WITH industry, collect({region: region {.*, evidence: CASE WHEN $nodeEvidence THEN region.evidence END, label: 'Region'}, ways: ways}) AS regions
WHERE size(regions) >= $minRegions
RETURN industry {.*, evidence: CASE WHEN $nodeEvidence THEN industry.evidence END, label: 'Industry'} AS industry, regions
ORDER BY size(regions) DESC, industry.name;
