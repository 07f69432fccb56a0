// Projects of an entity ($entity, an id): in a park; located in a region or below it (or in a
// park located there); in an industry or a narrower one.
// $nodeEvidence: whether evidence is returned (only when the request selects it).
MATCH (entity:Entity {id: $entity})
CALL (entity) {
  MATCH (project:Project)-[:IN_PARK]->(entity)
  RETURN project
  UNION
  MATCH (project:Project)-[:LOCATED_IN|IN_PARK]->(:Entity)-[:LOCATED_IN*0..1]->(:Region)-[:PART_OF*0..3]->(entity)
  WHERE entity:Region
  RETURN project
  UNION
  MATCH (project:Project)-[:IN_INDUSTRY]->(:Industry)-[:PART_OF*0..2]->(entity)
  WHERE entity:Industry
  RETURN project
}
RETURN project {.*, evidence: CASE WHEN $nodeEvidence THEN project.evidence END, label: 'Project'} AS node
ORDER BY project.name
LIMIT $first;
