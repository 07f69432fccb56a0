// All shortest paths of at most 6 relationships between two entities, in either direction,
// that do not pass through entities of $avoidLabels (their ends may have them); paths longer
// than $maxHops are dropped. Returns the entities and relationships on them.
// $nodeKeys / $edgeKeys: the properties returned, in this order (evidence only when asked for).
MATCH (from:Entity {id: $from}), (to:Entity {id: $to})
MATCH p = allShortestPaths((from)-[*..6]-(to))
WHERE length(p) <= $maxHops
  AND none(inner IN nodes(p)[1..-1] WHERE any(label IN labels(inner) WHERE label IN $avoidLabels))
WITH p
LIMIT 25
UNWIND relationships(p) AS r
WITH collect(DISTINCT r) AS relationships, collect(DISTINCT startNode(r)) + collect(DISTINCT endNode(r)) AS ends
UNWIND ends AS n
WITH relationships, collect(DISTINCT n) AS nodes
RETURN [n IN nodes | n {label: head([label IN labels(n) WHERE label <> 'Entity']), values: [key IN $nodeKeys | n[key]]}] AS nodes,
       [r IN relationships | r {type: type(r), values: [key IN $edgeKeys | r[key]], sourceId: startNode(r).id, targetId: endNode(r).id}] AS edges;
