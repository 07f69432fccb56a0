// Every entity's id, label, name and aliases, how many documents name it, how connected it is,
// and where it sits: what the API keeps in memory to resolve and rank the names people type
// (server/entity-names.ts, server/ask/entity-linker.ts). `places`: the regions a park or
// project lies in, or the region a region belongs to; `broader`: the industry an industry is
// part of; `kind`: a park's kind (高新区, 经开区…).
MATCH (n:Entity)
OPTIONAL MATCH (n)-[:LOCATED_IN|PART_OF]->(up)
WITH n, collect(DISTINCT up.id) AS ups
RETURN n.id AS id, head([label IN labels(n) WHERE label <> 'Entity']) AS label, n.name AS name,
       n.aliases AS aliases, size(n.sources) AS sources, COUNT { (n)--() } AS degree,
       n.kind AS kind, ups;
