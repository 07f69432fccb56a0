// One page of the entities of one label that pass every given filter (null = no condition).
// $label: from the API's Label enum. $region / $industry: ids (the API resolves names first);
// an entity is "in" a region when it, or the place it is located in / set for / issued by, lies
// at or below that region; "about" an industry when it hosts, prioritizes, is in or concerns
// it or a narrower industry. $sortField: NAME, ID or TARGET_YEAR; $offset / $first: the page.
MATCH (n:$($label))
WHERE ($name IS NULL OR n.name CONTAINS $name OR any(alias IN n.aliases WHERE alias CONTAINS $name))
  AND ($kind IS NULL OR n.kind = $kind)
  AND ($level IS NULL OR n.level = $level)
  AND ($document IS NULL OR $document IN n.sources)
  AND ($attribute IS NULL OR n.attribute = $attribute)
  AND ($status IS NULL OR n.status = $status)
  AND ($targetYear IS NULL OR n.targetYear = $targetYear)
  AND ($indicator IS NULL OR n.indicator CONTAINS $indicator)
  AND ($region IS NULL
    OR EXISTS { (n)-[:PART_OF*0..3]->(:Region {id: $region}) }
    OR EXISTS { (n)-[:LOCATED_IN|FOR_REGION|ISSUED_BY]->(:Region)-[:PART_OF*0..3]->(:Region {id: $region}) }
    OR EXISTS { (n)<-[:PRIORITIZES]-(:Region)-[:PART_OF*0..3]->(:Region {id: $region}) }
    OR EXISTS { (n)<-[:HOSTS]-(:Park)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(:Region {id: $region}) })
  AND ($industry IS NULL
    OR EXISTS { (n)-[:PART_OF*0..2]->(:Industry {id: $industry}) WHERE n:Industry }
    OR EXISTS {
      MATCH (n)-[r:HOSTS|PRIORITIZES|IN_INDUSTRY|CONCERNS]->(:Industry)-[:PART_OF*0..2]->(:Industry {id: $industry})
      WHERE $role IS NULL OR r.role = $role
    })
WITH n
ORDER BY
  CASE WHEN $descending THEN CASE $sortField WHEN 'TARGET_YEAR' THEN n.targetYear WHEN 'ID' THEN n.id ELSE n.name END END DESC,
  CASE WHEN NOT $descending THEN CASE $sortField WHEN 'TARGET_YEAR' THEN n.targetYear WHEN 'ID' THEN n.id ELSE n.name END END ASC,
  n.id
WITH collect(n) AS matched
RETURN size(matched) AS totalCount,
       [n IN matched[$offset..$offset + $first] | n {.*, label: $label}] AS page;
