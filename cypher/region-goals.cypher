// A region's goals (with $includeSubregions also those set for regions below it), filtered by
// $attribute (约束性/预期性), $status (target/result), $targetYear and part of the $indicator.
// $nodeEvidence: whether evidence is returned (only when the request selects it).
MATCH (region:Region {id: $region})
MATCH (region)<-[:PART_OF*0..3]-(place:Region)<-[:FOR_REGION]-(goal:Goal)
WHERE ($includeSubregions OR place = region)
  AND ($attribute IS NULL OR goal.attribute = $attribute)
  AND ($status IS NULL OR goal.status = $status)
  AND ($targetYear IS NULL OR goal.targetYear = $targetYear)
  AND ($indicator IS NULL OR goal.indicator CONTAINS $indicator)
RETURN DISTINCT goal {.*, evidence: CASE WHEN $nodeEvidence THEN goal.evidence END, label: 'Goal'} AS node
ORDER BY node.targetYear DESC, node.category, node.number, node.indicator, node.id
LIMIT $first;
