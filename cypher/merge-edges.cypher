// Writes one batch of relationships from one document; both ends must already exist.
// $rows: [{id, type, source, target, properties, evidence}]; $document: the file they come from.
// Lists are kept sorted and without repeats, so loading documents in any order gives the same edge.
UNWIND $rows AS row
MATCH (source:Entity {id: row.source})
MATCH (target:Entity {id: row.target})
MERGE (source)-[r:$(row.type) {id: row.id}]->(target)
SET r += row.properties,
    r.evidence = COLLECT { UNWIND coalesce(r.evidence, []) + row.evidence AS e RETURN DISTINCT e ORDER BY e },
    r.sources = COLLECT { UNWIND coalesce(r.sources, []) + $document AS s RETURN DISTINCT s ORDER BY s };
