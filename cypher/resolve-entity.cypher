// Finds the entity a user means: by id, else by name, else by alias; $labels narrows the
// labels it may have (null = any). Exact id wins over name, name over alias.
MATCH (n:Entity)
WHERE (n.id = $ref OR n.name = $ref OR $ref IN n.aliases)
  AND ($labels IS NULL OR any(label IN labels(n) WHERE label IN $labels))
RETURN n.id AS id, head([label IN labels(n) WHERE label <> 'Entity']) AS label
ORDER BY CASE WHEN n.id = $ref THEN 0 WHEN n.name = $ref THEN 1 ELSE 2 END, size(n.sources) DESC, n.id
LIMIT 1;
