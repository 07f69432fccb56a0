// The entities $ids and every relationship between two of them: a graph to draw.
// $nodeKeys / $edgeKeys: the properties returned, in this order (evidence only when asked for).
MATCH (n:Entity)
WHERE n.id IN $ids
OPTIONAL MATCH (n)-[r]->(m:Entity)
WHERE m.id IN $ids
RETURN n {label: head([label IN labels(n) WHERE label <> 'Entity']), values: [key IN $nodeKeys | n[key]]} AS node,
       collect(r {type: type(r), values: [key IN $edgeKeys | r[key]], sourceId: n.id, targetId: m.id}) AS edges;
