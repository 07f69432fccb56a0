// Every source document with the region that issued it, newest first.
MATCH (d:Document)
OPTIONAL MATCH (d)-[:ISSUED_BY]->(issuer:Region)
RETURN d { .id, .name, .title, .file, .kind, .date, .period, .evidence } AS document,
       CASE WHEN issuer IS NULL THEN null ELSE issuer { .id, .name, .aliases, .evidence } END AS issuer
ORDER BY d.date DESC, d.file;
