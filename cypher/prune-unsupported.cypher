// A fact that no document supports any more does not exist: delete relationships, then nodes,
// that have no evidence left.
CALL {
  MATCH ()-[r]->()
  WHERE size(coalesce(r.sources, [])) = 0
  DELETE r
}
MATCH (n:Entity)
WHERE size(coalesce(n.sources, [])) = 0
DETACH DELETE n;
