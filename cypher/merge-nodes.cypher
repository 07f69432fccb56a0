// Writes one batch of nodes from one document. $rows: [{id, label, name, aliases, properties, evidence}],
// evidence as JSON strings; $document: the file they come from.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n:$(row.label)
SET n += row.properties,
    n.name = row.name,
    n.aliases = reduce(acc = coalesce(n.aliases, []), a IN row.aliases | CASE WHEN a IN acc THEN acc ELSE acc + a END),
    n.evidence = coalesce(n.evidence, []) + row.evidence,
    n.sources = CASE WHEN $document IN coalesce(n.sources, []) THEN n.sources ELSE coalesce(n.sources, []) + $document END;
