// Projects of an entity ($entity, an id): in a park or a park within it; located in a region or below it (or in a
// park located there), or named without a place by a document that region or one below it
// issued (a county plan's projects are the county's); in an industry or a narrower one.
// $nodeKeys: the properties returned, in this order (evidence only when asked for). Sorted by name;
// $after (a name, or null) starts the page after it.
MATCH (entity:Entity {id: $entity})
CALL (entity) {
  MATCH (project:Project)-[:IN_PARK]->(:Park)-[:PART_OF*0..2]->(entity)
  RETURN project
  UNION
  MATCH (project:Project)-[:LOCATED_IN|IN_PARK]->(:Entity)-[:LOCATED_IN*0..1]->(:Region)-[:PART_OF*0..3]->(entity)
  WHERE entity:Region
  RETURN project
  UNION
  MATCH (document:Document)-[:ISSUED_BY]->(:Region)-[:PART_OF*0..3]->(entity)
  WHERE entity:Region
  MATCH (project:Project)
  WHERE document.file IN project.sources AND NOT (project)-[:LOCATED_IN|IN_PARK]->()
  RETURN project
  UNION
  MATCH (project:Project)-[:IN_INDUSTRY]->(:Industry)-[:PART_OF*0..2]->(entity)
  WHERE entity:Industry
  RETURN project
}
WITH project
WHERE $after IS NULL OR project.name > $after
RETURN project {label: 'Project', values: [key IN $nodeKeys | project[key]]} AS node
ORDER BY project.name
LIMIT $first;
