// The regions a development matrix has rows for: $ids (the regions with a cell) and every
// region above them up to $region (an id; when null, up to the top), each with its parent.
UNWIND $ids AS id
MATCH path = (:Region {id: id})-[:PART_OF*0..3]->(top:Region)
WHERE ($region IS NULL AND NOT (top)-[:PART_OF]->()) OR top.id = $region
UNWIND nodes(path) AS region
WITH DISTINCT region
OPTIONAL MATCH (region)-[:PART_OF]->(parent:Region)
WITH region, head(collect(parent.id)) AS parentId
RETURN region.id AS id, region.name AS name, region.level AS level,
       CASE WHEN region.id = $region THEN null ELSE parentId END AS parentId
ORDER BY region.code, region.name;
