// Everything the documents say about one entity ($entity, an id): its own evidence and the
// evidence of each of its relationships, with the relationship's ends.
// $nodeKeys / $edgeKeys: the properties returned, in this order (evidence among them).
MATCH (n:Entity {id: $entity})
OPTIONAL MATCH (n)-[r]-(:Entity)
WITH n, r, startNode(r) AS source, endNode(r) AS target
RETURN n {label: head([label IN labels(n) WHERE label <> 'Entity']), values: [key IN $nodeKeys | n[key]]} AS node,
       collect({
         relationship: r {type: type(r), values: [key IN $edgeKeys | r[key]]},
         source: source {label: head([label IN labels(source) WHERE label <> 'Entity']), values: [key IN $nodeKeys | source[key]]},
         target: target {label: head([label IN labels(target) WHERE label <> 'Entity']), values: [key IN $nodeKeys | target[key]]}
       }) AS edges;
