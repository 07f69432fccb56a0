// What the graph holds of each source document: its file name, the SHA-256 of the file it was
// read from, the extractor version that read it and where the file was, so an ingest can
// leave unchanged documents alone and find those gone from a folder.
MATCH (d:Document)
RETURN d.file AS file, d.sha256 AS sha256, d.extractorVersion AS extractorVersion, d.source AS source
ORDER BY file;
