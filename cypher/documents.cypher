// Every source document with the region that issued it, newest first.
// $nodeKeys: the properties returned, in this order (evidence only when asked for).
MATCH (d:Document)
OPTIONAL MATCH (d)-[:ISSUED_BY]->(issuer:Region)
RETURN d {label: 'Document', values: [key IN $nodeKeys | d[key]]} AS document,
       CASE WHEN issuer IS NULL THEN null ELSE issuer {label: 'Region', values: [key IN $nodeKeys | issuer[key]]} END AS issuer
ORDER BY d.date DESC, d.file;
