// Everything the documents say about one entity ($entity, an id): its own evidence and the
// evidence of each of its relationships, with the relationship's ends.
MATCH (n:Entity {id: $entity})
OPTIONAL MATCH (n)-[r]-(:Entity)
WITH n, r, startNode(r) AS source, endNode(r) AS target
RETURN n {.*, label: head([label IN labels(n) WHERE label <> 'Entity'])} AS node,
       collect({
         relationship: r {.*, type: type(r)},
         source: source {.*, label: head([label IN labels(source) WHERE label <> 'Entity'])},
         target: target {.*, label: head([label IN labels(target) WHERE label <> 'Entity'])}
       }) AS edges;
