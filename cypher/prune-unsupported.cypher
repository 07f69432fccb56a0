// A fact that no document supports any more does not exist: of the elements a document's
// removal touched ($nodeIds, $relationshipIds), delete those left without evidence.
CALL (*) {
  MATCH ()-[r]->()
  WHERE elementId(r) IN $relationshipIds AND size(coalesce(r.sources, [])) = 0
  DELETE r
}
MATCH (n)
WHERE elementId(n) IN $nodeIds AND size(coalesce(n.sources, [])) = 0
DETACH DELETE n;
