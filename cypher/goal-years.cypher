// The target years of a region's goals that have a number ($region: an id), with how many each
// and how many of them also have their baseline as a number: what the targets charts can draw,
// a year at a time.
MATCH (:Region {id: $region})<-[:FOR_REGION]-(goal:Goal)
WHERE goal.value IS NOT NULL AND goal.targetYear IS NOT NULL
RETURN goal.targetYear AS year, count(*) AS count, count(goal.baselineValue) AS withBaseline
ORDER BY year;
