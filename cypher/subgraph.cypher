// The entities $ids and every relationship between two of them: a graph to draw.
// $nodeEvidence / $edgeEvidence: whether evidence is returned (only when the request selects it).
MATCH (n:Entity)
WHERE n.id IN $ids
OPTIONAL MATCH (n)-[r]->(m:Entity)
WHERE m.id IN $ids
RETURN n {.*, evidence: CASE WHEN $nodeEvidence THEN n.evidence END, label: head([label IN labels(n) WHERE label <> 'Entity'])} AS node,
       collect(r {.*, evidence: CASE WHEN $edgeEvidence THEN r.evidence END, type: type(r), sourceId: n.id, targetId: m.id}) AS edges;
