// Every entity's id, label, name and aliases, and how many documents name it: what the API
// keeps in memory to resolve the names people type (server/entity-names.ts).
MATCH (n:Entity)
RETURN n.id AS id, head([label IN labels(n) WHERE label <> 'Entity']) AS label, n.name AS name,
       n.aliases AS aliases, size(n.sources) AS sources;
