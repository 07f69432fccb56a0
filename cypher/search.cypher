// Search over names and aliases. Two sources, one ranking: names containing the text as typed
// (exact name first, then prefix, then anywhere; this also finds single characters, which the
// CJK analyzer's bigrams do not), then the full-text index (bigrams, so 高新 finds 洪江高新
// 技术产业开发区 too). $lucene: the text escaped for Lucene's query syntax; $labels: null = any.
// $nodeKeys: the properties returned, in this order (evidence only when asked for).
CALL () {
  MATCH (node:Entity)
  WHERE node.name CONTAINS $text OR any(alias IN node.aliases WHERE alias CONTAINS $text)
  RETURN node,
         CASE WHEN node.name = $text OR $text IN node.aliases THEN 300.0
              WHEN node.name STARTS WITH $text THEN 150.0
              ELSE 100.0 END
         // Places, parks and industries before indicators: what a person searching means most often.
         + CASE WHEN node:Region THEN 60 WHEN node:Park THEN 50 WHEN node:Industry THEN 40
                WHEN node:Project THEN 20 WHEN node:Document THEN 10 ELSE 0 END AS score
  UNION
  CALL db.index.fulltext.queryNodes('entity_names', $lucene, {limit: 200}) YIELD node, score
  RETURN node, score
}
WITH node, max(score) AS score
WHERE $labels IS NULL OR any(label IN labels(node) WHERE label IN $labels)
ORDER BY score DESC, size(node.name), node.name
LIMIT $first
RETURN node {label: head([label IN labels(node) WHERE label <> 'Entity']), values: [key IN $nodeKeys | node[key]]} AS node;
