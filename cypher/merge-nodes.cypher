// Writes one batch of nodes from one document. $rows: [{id, label, name, aliases, properties, evidence}],
// evidence as JSON strings; $document: the file they come from.
// Lists are kept sorted and without repeats, so loading documents in any order gives the same node.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n:$(row.label)
SET n += row.properties,
    n.name = row.name,
    n.aliases = COLLECT { UNWIND coalesce(n.aliases, []) + row.aliases AS alias RETURN DISTINCT alias ORDER BY alias },
    n.evidence = COLLECT { UNWIND coalesce(n.evidence, []) + row.evidence AS e RETURN DISTINCT e ORDER BY e },
    n.sources = COLLECT { UNWIND coalesce(n.sources, []) + $document AS s RETURN DISTINCT s ORDER BY s };
