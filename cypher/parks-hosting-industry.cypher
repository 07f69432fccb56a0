// Which parks host an industry: HOSTS relationships into $industry (an id) or, with
// $includeNarrower, into any industry below it; optionally only in one $role (主导产业…) and as
// one $document says.
// $nodeKeys / $edgeKeys: the properties returned, in this order (evidence only when asked for).
MATCH (asked:Industry {id: $industry})
MATCH (industry:Industry)-[:PART_OF*0..2]->(asked)
WHERE $includeNarrower OR industry = asked
MATCH (park:Park)-[r:HOSTS]->(industry)
WHERE ($role IS NULL OR r.role = $role)
  AND ($document IS NULL OR $document IN r.sources)
RETURN r {type: type(r), values: [key IN $edgeKeys | r[key]]} AS relationship,
       park {label: 'Park', values: [key IN $nodeKeys | park[key]]} AS source,
       industry {label: 'Industry', values: [key IN $nodeKeys | industry[key]]} AS target
ORDER BY park.name, industry.name;
