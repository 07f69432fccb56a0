// Every source document with the region that issued it, newest first.
MATCH (d:Document)
OPTIONAL MATCH (d)-[:ISSUED_BY]->(issuer:Region)
RETURN d {.*, label: 'Document'} AS document,
       CASE WHEN issuer IS NULL THEN null ELSE issuer {.*, label: 'Region'} END AS issuer
ORDER BY d.date DESC, d.file;
