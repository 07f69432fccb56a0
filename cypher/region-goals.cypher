// A region's goals (with $includeSubregions also those set for regions below it), filtered by
// $attribute (约束性/预期性), $status (target/result), $targetYear and part of the $indicator;
// with $withValue only those whose target is a number, those with a baseline (the indicator
// tables' goals) first in each year.
// $nodeKeys: the properties returned, in this order (evidence only when asked for).
MATCH (region:Region {id: $region})
MATCH (region)<-[:PART_OF*0..3]-(place:Region)<-[:FOR_REGION]-(goal:Goal)
WHERE ($includeSubregions OR place = region)
  AND ($attribute IS NULL OR goal.attribute = $attribute)
  AND ($status IS NULL OR goal.status = $status)
  AND ($targetYear IS NULL OR goal.targetYear = $targetYear)
  AND ($indicator IS NULL OR goal.indicator CONTAINS $indicator)
  AND (NOT $withValue OR goal.value IS NOT NULL)
WITH DISTINCT goal
ORDER BY goal.targetYear DESC, ($withValue AND goal.baselineValue IS NULL), goal.category, goal.number, goal.indicator, goal.id
LIMIT $first
RETURN goal {label: 'Goal', values: [key IN $nodeKeys | goal[key]]} AS node;
