// Keeps on a document's node the ids of the entities it supports, so that replacing or
// removing the document finds them by id (forget-document.cypher) at any size of the graph.
// $documentNodeId: the Document node's id; $nodeIds: the entities' ids.
MATCH (d:Entity {id: $documentNodeId})
SET d.supports = $nodeIds;
