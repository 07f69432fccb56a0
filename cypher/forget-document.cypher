// Removes what one document says from the graph: its evidence on every node and relationship.
// Returns the element ids it touched, so prune-unsupported.cypher looks only at those.
// $document: the document's file name; $documentNodeId: the id of its Document node, which
// lists the entities the document supports (d.supports, record-supports.cypher) — found by
// id, however many documents the graph holds; $evidencePrefix: how the document's evidence
// records start; $claimPrefix: how its name claims start ('<file>/').
OPTIONAL MATCH (d:Entity {id: $documentNodeId})
CALL (d) {
  WITH d WHERE d IS NOT NULL
  UNWIND coalesce(d.supports, []) AS id
  MATCH (n:Entity {id: id})
  WHERE $document IN n.sources
  RETURN n
}
OPTIONAL MATCH (n)-[r]-()
WHERE $document IN r.sources
WITH collect(DISTINCT n) AS nodes, collect(DISTINCT r) AS relationships
FOREACH (r IN relationships |
  SET r.evidence = [e IN r.evidence WHERE NOT e STARTS WITH $evidencePrefix],
      r.sources = [s IN r.sources WHERE s <> $document])
FOREACH (n IN nodes |
  SET n.evidence = [e IN n.evidence WHERE NOT e STARTS WITH $evidencePrefix],
      n.nameClaims = [c IN coalesce(n.nameClaims, []) WHERE NOT c STARTS WITH $claimPrefix],
      n.sources = [s IN n.sources WHERE s <> $document])
RETURN [n IN nodes | elementId(n)] AS nodeIds, [r IN relationships | elementId(r)] AS relationshipIds;
