// One page of the entities of one label that pass every given filter (null = no condition).
// $label: from the API's Label enum. $region / $industry: ids (the API resolves names first);
// an entity is "in" a region when it, or the place it is located in / set for / issued by, lies
// at or below that region; "about" an industry when it hosts, prioritizes, is in or concerns
// it or a narrower industry. $sortField: NAME, ID or TARGET_YEAR ($descending or not; ties
// by id). The page: the $first entities after the cursor ($afterKey, $afterId: the sort value
// and id of the last entity of the page before; $afterId null = from the start). A cursor
// names a place in the order, not a count, so an ingest between two pages neither repeats nor
// skips an entity that stays. Null sort values come last ascending, first descending.
// $nodeKeys: the properties returned, in this order (evidence only when asked for).
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
WITH n, CASE $sortField WHEN 'TARGET_YEAR' THEN n.targetYear WHEN 'ID' THEN n.id ELSE n.name END AS key
ORDER BY CASE WHEN $descending THEN key END DESC, CASE WHEN NOT $descending THEN key END ASC, n.id
// Each key in a list of one: collect() drops nulls, and a missing key must keep its place.
WITH collect(n) AS matched, [boxed IN collect([key]) | boxed[0]] AS keys
// How many entities come at or before the cursor in this order: the page starts after them.
WITH matched, keys, size([i IN range(0, size(matched) - 1) WHERE
  CASE
    WHEN $afterId IS NULL THEN false
    WHEN keys[i] IS NULL AND $afterKey IS NULL THEN matched[i].id <= $afterId
    WHEN keys[i] IS NULL THEN $descending
    WHEN $afterKey IS NULL THEN NOT $descending
    WHEN keys[i] = $afterKey THEN matched[i].id <= $afterId
    ELSE (keys[i] < $afterKey) <> $descending
  END]) AS start
RETURN size(matched) AS totalCount,
       start + $first < size(matched) AS hasNextPage,
       [n IN matched[start..start + $first] | n {label: $label, values: [key IN $nodeKeys | n[key]]}] AS page,
       keys[start..start + $first] AS pageKeys;
