// A fingerprint of what the graph holds: the documents loaded, each with the SHA-256 of its
// file and the version of the extractor that read it, and the number of nodes and
// relationships. Ingest changes it whenever it changes the graph (a new, changed or removed
// document, or one read again by a newer extractor), so the API polls it to know when the answers it
// keeps are out of date. Cheap: the counts come from Neo4j's count store, documents are few.
CALL () {
  MATCH (document:Document)
  WITH document ORDER BY document.id
  RETURN collect(document.id + '@' + coalesce(document.sha256, '') + '@' + coalesce(document.extractorVersion, '')) AS documents
}
CALL () {
  MATCH (n)
  RETURN count(n) AS nodes
}
CALL () {
  MATCH ()-[r]->()
  RETURN count(r) AS relationships
}
RETURN documents, nodes, relationships;
