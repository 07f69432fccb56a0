// Every source document with the region that issued it, newest first.
// $nodeEvidence: whether evidence is returned (only when the request selects it).
MATCH (d:Document)
OPTIONAL MATCH (d)-[:ISSUED_BY]->(issuer:Region)
RETURN d {.*, evidence: CASE WHEN $nodeEvidence THEN d.evidence END, label: 'Document'} AS document,
       CASE WHEN issuer IS NULL THEN null ELSE issuer {.*, evidence: CASE WHEN $nodeEvidence THEN issuer.evidence END, label: 'Region'} END AS issuer
ORDER BY d.date DESC, d.file;
