// Finds the entity a user means: by id, else by name, else by alias; $labels narrows the
// labels it may have (null = any). Exact id wins over name, name over alias. Each way is an
// index lookup (the id constraint, the name index, the full-text index for aliases, whose
// hits are then checked for the exact alias); $lucene: $ref as a Lucene phrase.
CALL () {
  MATCH (n:Entity {id: $ref})
  RETURN n, 0 AS rank
  UNION
  MATCH (n:Entity {name: $ref})
  RETURN n, 1 AS rank
  UNION
  CALL db.index.fulltext.queryNodes('entity_names', $lucene, {limit: 50}) YIELD node AS n
  WHERE $ref IN n.aliases
  RETURN n, 2 AS rank
}
WITH n, rank
WHERE $labels IS NULL OR any(label IN labels(n) WHERE label IN $labels)
RETURN n.id AS id, head([label IN labels(n) WHERE label <> 'Entity']) AS label
ORDER BY rank, size(n.sources) DESC, n.id
LIMIT 1;
