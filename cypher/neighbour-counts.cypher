// How many entities of each label are one relationship away from $id: what expanding it would
// draw, before drawing it.
MATCH (:Entity {id: $id})--(neighbour:Entity)
WITH DISTINCT neighbour
RETURN head([label IN labels(neighbour) WHERE label <> 'Entity']) AS kind, count(*) AS count
ORDER BY kind;
