// Documents loaded before each Document node kept the ids it supports (d.supports) get them
// here, once: a scan of the graph per such document, run when the schema is applied. After
// that, replacing or removing a document finds its entities by id (forget-document.cypher).
MATCH (d:Document)
WHERE d.supports IS NULL
CALL (d) {
  MATCH (n:Entity)
  WHERE d.file IN n.sources
  RETURN collect(n.id) AS ids
}
SET d.supports = ids;
