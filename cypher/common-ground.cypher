// What regions $a and $b (ids) share besides industries (see region-industries.cypher): the
// indicators both set goals for, and the nearest region both belong to.
// $nodeKeys: the properties returned, in this order (evidence only when asked for).
MATCH (a:Region {id: $a}), (b:Region {id: $b})
CALL (a, b) {
  MATCH (a)<-[:FOR_REGION]-(goalOfA:Goal), (b)<-[:FOR_REGION]-(goalOfB:Goal)
  WHERE goalOfA.indicator = goalOfB.indicator
  RETURN collect(DISTINCT goalOfA.indicator) AS indicators
}
CALL (a, b) {
  OPTIONAL MATCH (a)-[:PART_OF*0..3]->(ancestor:Region)<-[:PART_OF*0..3]-(b)
  WITH ancestor
  ORDER BY CASE ancestor.level WHEN 'township' THEN 0 WHEN 'county' THEN 1 WHEN 'prefecture' THEN 2 ELSE 3 END
  LIMIT 1
  RETURN CASE WHEN ancestor IS NULL THEN null ELSE ancestor {label: 'Region', values: [key IN $nodeKeys | ancestor[key]]} END AS commonParent
}
RETURN a {label: 'Region', values: [key IN $nodeKeys | a[key]]} AS a, b {label: 'Region', values: [key IN $nodeKeys | b[key]]} AS b, indicators, commonParent;
