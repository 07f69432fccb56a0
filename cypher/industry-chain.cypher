// An industry chain: $industry (an id) and its parts (PART_OF, two levels down), each with the
// parks that host it (with the role and the park's region), the regions whose plans prioritize
// it, and the projects in it — those written as in the industry, and those named after it in a
// park hosting it.
// A part without parks or regions is a gap the viewer shows. At most $first members of each kind
// per part, the best documented first.
MATCH path = (part:Industry)-[:PART_OF*0..2]->(:Industry {id: $industry})
WITH part, min(length(path)) AS depth
// Its parent within the chain (an industry a 专栏 lists may have another outside it).
OPTIONAL MATCH (part)-[:PART_OF]->(parent:Industry)
WHERE EXISTS { (parent)-[:PART_OF*0..1]->(:Industry {id: $industry}) }
WITH part, depth, parent ORDER BY parent.name
WITH part, depth, head(collect(parent.id)) AS parentId
CALL (part) {
  OPTIONAL MATCH (park:Park)-[hosts:HOSTS]->(part)
  WITH park, collect(hosts.role) AS roles,
       reduce(n = 0, h IN collect(hosts) | n + size(coalesce(h.sources, []))) AS documents
  OPTIONAL MATCH (park)-[:LOCATED_IN]->(place:Region)
  WITH park, roles, documents, head(collect(place.name)) AS region
  ORDER BY documents DESC, park.name
  WITH collect(CASE WHEN park IS NULL THEN null
                    ELSE {id: park.id, name: park.name, roles: roles, place: region} END) AS parks
  RETURN parks[0..$first] AS parks, [p IN parks | p.id] AS parkIds
}
CALL (part) {
  OPTIONAL MATCH (region:Region)-[r:PRIORITIZES]->(part)
  WITH region, r ORDER BY size(coalesce(r.sources, [])) DESC, region.name
  WITH collect(CASE WHEN region IS NULL THEN null
                    ELSE {id: region.id, name: region.name, roles: [], place: null} END) AS regions
  RETURN regions[0..$first] AS regions
}
CALL (part, parkIds) {
  OPTIONAL MATCH (project:Project)
  WHERE EXISTS { (project)-[:IN_INDUSTRY]->(part) }
     OR (project.name CONTAINS part.name
         AND EXISTS { (project)-[:IN_PARK]->(park:Park) WHERE park.id IN parkIds })
  WITH project ORDER BY project.name
  OPTIONAL MATCH (project)-[:IN_PARK]->(park:Park)
  WITH project, head(collect(park.name)) AS parkName
  WITH collect(CASE WHEN project IS NULL THEN null
                    ELSE {id: project.id, name: project.name, roles: [], place: parkName} END) AS projects
  RETURN projects[0..$first] AS projects
}
RETURN part.id AS industryId, part.name AS name, parentId, depth, parks, regions, projects
ORDER BY depth, size(parks) + size(regions) DESC, name;
