// The entities $ids and every relationship between two of them: a graph to draw.
MATCH (n:Entity)
WHERE n.id IN $ids
OPTIONAL MATCH (n)-[r]->(m:Entity)
WHERE m.id IN $ids
RETURN n {.*, label: head([label IN labels(n) WHERE label <> 'Entity'])} AS node,
       collect(r {.*, type: type(r), sourceId: n.id, targetId: m.id}) AS edges;
