import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The named Cypher queries of `cypher/*.cypher`. Queries are text files so they can be read,
 * reviewed and run in Neo4j Browser as they are; code refers to them by name and passes every
 * value as a parameter.
 */
export const QUERY_NAMES = [
  'schema',
  'document-versions',
  'forget-document',
  'merge-nodes',
  'names-from-claims',
  'record-supports',
  'record-missing-supports',
  'merge-edges',
  'prune-unsupported',
  'graph-counts',
  'documents',
  'relations-out',
  'relations-in',
  'list-nodes',
  'resolve-entity',
  'search',
  'neighbours',
  'subgraph',
  'shortest-paths',
  'parks-hosting-industry',
  'region-industries',
  'shared-industries',
  'projects-of',
  'region-goals',
  'common-ground',
  'entity-mentions',
  'graph-version',
  'entity-names',
  'floor',
  'development-matrix',
  'matrix-regions',
  'neighbour-counts',
  'industry-chain',
  'goal-years',
] as const;
export type QueryName = (typeof QUERY_NAMES)[number];

const CYPHER_DIR = path.dirname(fileURLToPath(import.meta.url));
const cache = new Map<QueryName, string>();

/** The text of a named query, without comment lines and without the final semicolon. */
export function cypher(name: QueryName): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = statements(readFileSync(path.join(CYPHER_DIR, `${name}.cypher`), 'utf8')).join(';\n');
    cache.set(name, text);
  }
  return text;
}

/** The statements of a file of several (such as the schema), split on `;` at line ends. */
export function cypherStatements(name: QueryName): string[] {
  return statements(readFileSync(path.join(CYPHER_DIR, `${name}.cypher`), 'utf8'));
}

function statements(fileText: string): string[] {
  const code = fileText
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n');
  return code
    .split(/;\s*(?:\n|$)/)
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}
