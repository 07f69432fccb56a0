// Writes one batch of relationships from one document; both ends must already exist.
// $rows: [{id, type, source, target, properties, evidence}]; $document: the file they come from.
// Lists stay sorted and without repeats, so loading documents in any order gives the same edge.
//
// Not MERGE: with the type as a parameter ($(row.type)), and planned while the graph is still
// empty (a document is one transaction, and Neo4j plans with the statistics of what is
// committed), MERGE and MATCH between two known nodes become a scan of all relationships per
// row: loading grew with the square of the graph. The index hints make the lookup start from
// both ends (an expand between them), so each row costs the same however large the graph.
// Relationship ids are unique across types, so the id alone finds the edge.
UNWIND $rows AS row
OPTIONAL MATCH (from:Entity {id: row.source})-[existing]->(to:Entity {id: row.target})
  USING INDEX from:Entity(id)
  USING INDEX to:Entity(id)
  WHERE existing.id = row.id
CALL (row, existing) {
  WITH row WHERE existing IS NULL
  MATCH (source:Entity {id: row.source})
  MATCH (target:Entity {id: row.target})
  CREATE (source)-[created:$(row.type) {id: row.id}]->(target)
  SET created += row.properties, created.evidence = row.evidence, created.sources = [$document]
}
CALL (row, existing) {
  WITH row, existing WHERE existing IS NOT NULL
  SET existing += row.properties,
      existing.evidence = COLLECT { UNWIND existing.evidence + row.evidence AS e RETURN DISTINCT e ORDER BY e },
      existing.sources = COLLECT { UNWIND existing.sources + $document AS s RETURN DISTINCT s ORDER BY s }
};
