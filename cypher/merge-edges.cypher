// Writes one batch of relationships from one document; both ends must already exist.
// $rows: [{id, type, source, target, properties, evidence}]; $document: the file they come from.
// Lists stay sorted and without repeats, so loading documents in any order gives the same edge.
UNWIND $rows AS row
MATCH (source:Entity {id: row.source})
MATCH (target:Entity {id: row.target})
MERGE (source)-[r:$(row.type) {id: row.id}]->(target)
SET r += row.properties,
    r.evidence = CASE WHEN r.evidence IS NULL THEN row.evidence
      ELSE COLLECT { UNWIND r.evidence + row.evidence AS e RETURN DISTINCT e ORDER BY e } END,
    r.sources = CASE WHEN r.sources IS NULL THEN [$document]
      ELSE COLLECT { UNWIND r.sources + $document AS s RETURN DISTINCT s ORDER BY s } END;
