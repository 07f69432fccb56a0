// Schema of the plan graph. Applied on every start; every statement is idempotent.
// Every node also carries the label Entity, so loading can MERGE on one key whatever the label.

CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT region_id IF NOT EXISTS FOR (n:Region) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT park_id IF NOT EXISTS FOR (n:Park) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT industry_id IF NOT EXISTS FOR (n:Industry) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT project_id IF NOT EXISTS FOR (n:Project) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT goal_id IF NOT EXISTS FOR (n:Goal) REQUIRE n.id IS UNIQUE;

// Which entities a document supports is kept on its Document node (record-supports.cypher);
// earlier ways of finding them, by indexes that could not hold a popular entity's sources:
DROP INDEX entity_sources IF EXISTS;
DROP INDEX entity_sources_key IF EXISTS;
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);

// Properties the API filters and sorts on.
CREATE INDEX region_level IF NOT EXISTS FOR (n:Region) ON (n.level);
CREATE INDEX region_code IF NOT EXISTS FOR (n:Region) ON (n.code);
CREATE INDEX park_kind IF NOT EXISTS FOR (n:Park) ON (n.kind);
CREATE INDEX park_level IF NOT EXISTS FOR (n:Park) ON (n.level);
CREATE INDEX goal_status IF NOT EXISTS FOR (n:Goal) ON (n.status, n.targetYear);
CREATE INDEX goal_attribute IF NOT EXISTS FOR (n:Goal) ON (n.attribute);
CREATE INDEX document_kind IF NOT EXISTS FOR (n:Document) ON (n.kind);
CREATE INDEX hosts_role IF NOT EXISTS FOR ()-[r:HOSTS]-() ON (r.role);

// Search over names and aliases. The CJK analyzer indexes Chinese as character bigrams, so
// 高新 finds 怀化高新区 and 洪江高新技术产业开发区.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Document|Region|Park|Industry|Project|Goal) ON EACH [n.name, n.aliases]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
