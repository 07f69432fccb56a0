// Search over names and aliases. Two sources, one ranking: $ranked, the ids the API ranked in
// memory (exact name or alias, then alias prefix, then name prefix, then anywhere; within each
// the best connected — server/ask/entity-linker.ts), first and in that order; then the
// full-text index (bigrams, so 高新 finds 洪江高新技术产业开发区 too). $lucene: the text escaped
// for Lucene's query syntax; $labels: null = any.
// $nodeKeys: the properties returned, in this order (evidence only when asked for).
CALL () {
  UNWIND range(0, size($ranked) - 1) AS rank
  MATCH (node:Entity {id: $ranked[rank]})
  RETURN node, 1000000.0 - rank AS score
  UNION
  CALL db.index.fulltext.queryNodes('entity_names', $lucene, {limit: 200}) YIELD node, score
  RETURN node, score
}
WITH node, max(score) AS score
WHERE $labels IS NULL OR any(label IN labels(node) WHERE label IN $labels)
ORDER BY score DESC, size(node.name), node.name
LIMIT $first
RETURN node {label: head([label IN labels(node) WHERE label <> 'Entity']), values: [key IN $nodeKeys | node[key]]} AS node;
