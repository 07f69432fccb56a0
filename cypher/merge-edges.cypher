// Writes one batch of relationships from one document; both ends must already exist.
// $rows: [{id, type, source, target, properties, evidence}]; $document: the file they come from.
UNWIND $rows AS row
MATCH (source:Entity {id: row.source})
MATCH (target:Entity {id: row.target})
MERGE (source)-[r:$(row.type) {id: row.id}]->(target)
SET r += row.properties,
    r.evidence = coalesce(r.evidence, []) + row.evidence,
    r.sources = CASE WHEN $document IN coalesce(r.sources, []) THEN r.sources ELSE coalesce(r.sources, []) + $document END;
