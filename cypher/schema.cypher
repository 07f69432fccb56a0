// Schema of the plan graph. Applied on every start; every statement is idempotent.
// Every node also carries the label Entity, so loading can MERGE on one key whatever the label.

CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT region_id IF NOT EXISTS FOR (n:Region) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT park_id IF NOT EXISTS FOR (n:Park) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT industry_id IF NOT EXISTS FOR (n:Industry) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT project_id IF NOT EXISTS FOR (n:Project) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT goal_id IF NOT EXISTS FOR (n:Goal) REQUIRE n.id IS UNIQUE;

// Which entities a document supports: per-document replace looks them up by this.
CREATE INDEX entity_sources IF NOT EXISTS FOR (n:Entity) ON (n.sources);
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
