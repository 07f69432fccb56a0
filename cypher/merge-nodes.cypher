// Writes one batch of nodes from one document. $rows: [{id, label, name, aliases, properties,
// evidence, fullestName}], evidence as JSON strings sorted as strings; $document: the file they
// come from. Each document's names for a node are kept as claims (`<file>/N/<name>`,
// `<file>/A/<alias>`; file names hold no '/'), and the node's name and aliases are derived from
// all claims: for a label shown by its fullest name (a park) the longest form (the smaller
// string on a tie), else the name the first document by file name gives; every other form is
// an alias. So names do not depend on the order documents are loaded or removed in
// (names-from-claims.cypher derives them again after a document's claims are taken away).
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
      created.aliases = COLLECT { UNWIND row.aliases AS a WITH a WHERE a <> row.name RETURN DISTINCT a ORDER BY a },
      created.nameClaims = COLLECT {
        UNWIND [$document + '/N/' + row.name] + [a IN row.aliases | $document + '/A/' + a] AS c
        RETURN DISTINCT c ORDER BY c
      },
      created.evidence = row.evidence,
      created.sources = [$document]
}
CALL (row, existing) {
  WITH row, existing WHERE existing IS NOT NULL
  WITH row, existing,
       COLLECT { UNWIND existing.sources + $document AS s RETURN DISTINCT s ORDER BY s } AS sources,
       COLLECT {
         UNWIND coalesce(existing.nameClaims, []) + [$document + '/N/' + row.name]
                + [a IN row.aliases | $document + '/A/' + a] AS c
         RETURN DISTINCT c ORDER BY c
       } AS claims
  WITH row, existing, sources, claims,
       COLLECT { UNWIND claims AS c RETURN DISTINCT substring(c, size(split(c, '/')[0]) + 3) AS form ORDER BY form } AS forms
  WITH row, existing, sources, claims, forms,
       CASE WHEN row.fullestName = true
            THEN COLLECT { UNWIND forms AS form RETURN form ORDER BY size(form) DESC, form LIMIT 1 }[0]
            ELSE [c IN claims WHERE split(c, '/')[1] = 'N' | substring(c, size(split(c, '/')[0]) + 3)][0]
       END AS name
  SET existing:$(row.label),
      existing += row.properties,
      existing.name = name,
      existing.aliases = [form IN forms WHERE form <> name],
      existing.nameClaims = claims,
      existing.evidence = COLLECT { UNWIND existing.evidence + row.evidence AS e RETURN DISTINCT e ORDER BY e },
      existing.sources = sources
};
