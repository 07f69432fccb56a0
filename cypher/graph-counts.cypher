// How many nodes per label and relationships per type the graph holds.
CALL {
  MATCH (n:Entity)
  UNWIND [l IN labels(n) WHERE l <> 'Entity'] AS kind
  RETURN 'node' AS element, kind, count(*) AS count
  UNION ALL
  MATCH ()-[r]->()
  RETURN 'relationship' AS element, type(r) AS kind, count(*) AS count
}
RETURN element, kind, count
ORDER BY element, kind;
