// Which parks host an industry: HOSTS relationships into $industry (an id) or, with
// $includeNarrower, into any industry below it; optionally only in one $role (主导产业…) and as
// one $document says.
// $nodeEvidence / $edgeEvidence: whether evidence is returned (only when the request selects it).
MATCH (asked:Industry {id: $industry})
MATCH (industry:Industry)-[:PART_OF*0..2]->(asked)
WHERE $includeNarrower OR industry = asked
MATCH (park:Park)-[r:HOSTS]->(industry)
WHERE ($role IS NULL OR r.role = $role)
  AND ($document IS NULL OR $document IN r.sources)
RETURN r {.*, evidence: CASE WHEN $edgeEvidence THEN r.evidence END, type: type(r)} AS relationship,
       park {.*, evidence: CASE WHEN $nodeEvidence THEN park.evidence END, label: 'Park'} AS source,
       industry {.*, evidence: CASE WHEN $nodeEvidence THEN industry.evidence END, label: 'Industry'} AS target
ORDER BY park.name, industry.name;
