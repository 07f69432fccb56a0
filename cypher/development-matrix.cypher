// Who develops what: for each region (below $region, an id, or every region when null) and
// each industry, how the region develops it where the documents say so — through its plans
// (PRIORITIZES from it) and through its parks (HOSTS of parks located in it) — with the roles
// its parks give it and the files stating either. Only the $first industries developed in the
// most regions — or, for an industry chain, $industry (an id) and its parts (PART_OF, two levels
// down), every part a column even where no region develops it (a gap in the chain). The viewer
// folds rows and columns along PART_OF.
// The columns are chosen first, by counting regions only; the cells are then gathered for those
// columns alone: gathering them for every industry first outgrew the transaction memory at a
// thousand documents.
CALL () {
  MATCH (place:Region)
  WHERE $region IS NULL OR EXISTS { (place)-[:PART_OF*0..3]->(:Region {id: $region}) }
  RETURN collect(place) AS places
}
CALL (places) {
  UNWIND places AS place
  CALL (place) {
    MATCH (place)-[:PRIORITIZES]->(industry:Industry)
    RETURN industry
    UNION
    MATCH (place)<-[:LOCATED_IN]-(:Park)-[:HOSTS]->(industry:Industry)
    RETURN industry
  }
  WITH industry, count(place) AS regions
  WHERE $industry IS NULL OR EXISTS { (industry)-[:PART_OF*0..2]->(:Industry {id: $industry}) }
  WITH collect({industry: industry, regions: regions}) AS counted
  // A chain's parts no region develops are its gaps: columns too, counted zero.
  OPTIONAL MATCH (part:Industry)-[:PART_OF*0..2]->(:Industry {id: $industry})
  WITH counted, [c IN counted | c.industry] AS developed, collect(DISTINCT part) AS parts
  UNWIND counted + [part IN parts WHERE NOT part IN developed | {industry: part, regions: 0}] AS entry
  WITH entry.industry AS industry, entry.regions AS regions
  ORDER BY regions DESC, industry.name
  LIMIT $first
  // One parent each (an industry a 专栏 lists may have a second): the first by name.
  OPTIONAL MATCH (industry)-[:PART_OF]->(parent:Industry)
  WITH industry, regions, parent ORDER BY parent.name
  WITH industry, regions, head(collect(parent)) AS parent
  ORDER BY regions DESC, industry.name
  RETURN collect(industry) AS kept,
         collect({id: industry.id, name: industry.name, regions: regions,
                  parentId: parent.id, parentName: parent.name}) AS industries
}
CALL (kept, places) {
  UNWIND places AS place
  CALL (place, kept) {
    MATCH (place)-[r:PRIORITIZES]->(industry:Industry)
    WHERE industry IN kept
    RETURN industry, 'plan' AS way, r.sources AS files, null AS role, null AS park
    UNION ALL
    MATCH (place)<-[:LOCATED_IN]-(park:Park)-[r:HOSTS]->(industry:Industry)
    WHERE industry IN kept
    RETURN industry, 'park' AS way, r.sources AS files, r.role AS role, park.id AS park
  }
  WITH place, industry,
       size([w IN collect(way) WHERE w = 'plan']) AS plans,
       collect(DISTINCT park) AS parks,
       collect(DISTINCT role) AS roles,
       reduce(all = [], list IN collect(files) | all + coalesce(list, [])) AS files
  RETURN collect({regionId: place.id, industryId: industry.id, throughPlans: plans,
                  throughParks: size(parks), roles: roles, files: files}) AS cells
}
RETURN industries, cells;
