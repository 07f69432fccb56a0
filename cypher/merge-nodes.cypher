// Writes one batch of nodes from one document. $rows: [{id, label, name, aliases, properties, evidence}],
// evidence as JSON strings sorted as strings; $document: the file they come from.
// Lists stay sorted and without repeats, so loading documents in any order gives the same node;
// a new node takes the row's (already sorted) lists as they are, which keeps first loads fast.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n:$(row.label)
SET n += row.properties,
    n.name = row.name,
    n.aliases = CASE WHEN n.aliases IS NULL THEN row.aliases
      ELSE COLLECT { UNWIND n.aliases + row.aliases AS alias RETURN DISTINCT alias ORDER BY alias } END,
    n.evidence = CASE WHEN n.evidence IS NULL THEN row.evidence
      ELSE COLLECT { UNWIND n.evidence + row.evidence AS e RETURN DISTINCT e ORDER BY e } END,
    n.sources = CASE WHEN n.sources IS NULL THEN [$document]
      ELSE COLLECT { UNWIND n.sources + $document AS s RETURN DISTINCT s ORDER BY s } END
SET n.sourcesKey = reduce(key = '|', s IN n.sources | key + s + '|');
