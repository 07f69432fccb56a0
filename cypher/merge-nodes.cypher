// Writes one batch of nodes from one document. $rows: [{id, label, name, aliases, properties,
// evidence}], evidence as JSON strings sorted as strings; $document: the file they come from.
// Lists stay sorted and without repeats, so loading documents in any order gives the same node.
// A node met for the first time is created with the row's (already sorted) lists as they are;
// only a node another document already holds has its lists merged. Kept apart, neither write
// reads what the other sets, so Neo4j needs no Eager step between them.
UNWIND $rows AS row
OPTIONAL MATCH (existing:Entity {id: row.id})
CALL (row, existing) {
  WITH row WHERE existing IS NULL
  CREATE (created:Entity:$(row.label) {id: row.id})
  SET created += row.properties,
      created.name = row.name,
      created.aliases = row.aliases,
      created.evidence = row.evidence,
      created.sources = [$document],
      created.sourcesKey = '|' + $document + '|'
}
CALL (row, existing) {
  WITH row, existing WHERE existing IS NOT NULL
  WITH row, existing,
       COLLECT { UNWIND existing.sources + $document AS s RETURN DISTINCT s ORDER BY s } AS sources
  SET existing:$(row.label),
      existing += row.properties,
      existing.name = row.name,
      existing.aliases = COLLECT { UNWIND existing.aliases + row.aliases AS a RETURN DISTINCT a ORDER BY a },
      existing.evidence = COLLECT { UNWIND existing.evidence + row.evidence AS e RETURN DISTINCT e ORDER BY e },
      existing.sources = sources,
      existing.sourcesKey = reduce(key = '|', s IN sources | key + s + '|')
};
