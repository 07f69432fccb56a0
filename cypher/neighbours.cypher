// One step of a breadth-first walk: the entities next to $ids (either direction), not yet in
// $seen, of the given $labels (null = any); nearest labels first, at most $limit.
UNWIND $ids AS id
MATCH (:Entity {id: id})--(other:Entity)
WHERE NOT other.id IN $seen
  AND ($labels IS NULL OR any(label IN labels(other) WHERE label IN $labels))
WITH DISTINCT other
RETURN other.id AS id
ORDER BY other.name, other.id
LIMIT $limit;
