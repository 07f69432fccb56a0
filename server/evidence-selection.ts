import type { GraphQLResolveInfo, OperationDefinitionNode, SelectionSetNode } from 'graphql';

/**
 * Whether a request selects the provenance lists of entities or of relationships: their
 * evidence and their sources — the lists that grow with every document that states a fact.
 */
export interface EvidenceSelection {
  nodeEvidence: boolean;
  edgeEvidence: boolean;
  nodeSources: boolean;
  edgeSources: boolean;
}

/** What the walk needs of a schema type (read by property, not instanceof: see below). */
interface SchemaType {
  name: string;
  getFields?: () => Record<string, { type: unknown }>;
  getInterfaces?: () => { name: string }[];
}

/** What an operation selects: its evidence and sources, and the fields it reads of entities and relationships. */
export interface Selection {
  evidence: EvidenceSelection;
  /** Names of the fields selected on any entity type (Park.kind, Goal.indicator…). */
  nodeFields: ReadonlySet<string>;
  /** Names of the fields selected on any relationship type (Hosts.role…). */
  edgeFields: ReadonlySet<string>;
}

const known = new WeakMap<OperationDefinitionNode, Selection>();

/**
 * Which evidence and sources the operation asks for anywhere (in any field, fragment or inline
 * fragment). Evidence is most of what the graph stores, and an industry named by a thousand
 * documents has a thousand sources, so the named queries return them only when asked: an
 * answer that shows names and roles then decodes rows no larger than itself.
 *
 * Walks the selection by hand rather than with graphql-js's TypeInfo: under a bundler or test
 * runner our import of graphql may be another copy than Apollo's, and TypeInfo's instanceof
 * checks then refuse the schema Apollo built.
 */
export function evidenceSelection(info: GraphQLResolveInfo): EvidenceSelection {
  return selection(info).evidence;
}

/**
 * What the operation selects anywhere (see evidenceSelection), with the names of the fields it
 * reads of entities and of relationships: the properties the named queries need return.
 */
export function selection(info: GraphQLResolveInfo): Selection {
  let read = known.get(info.operation);
  if (read) return read;
  const nodeFields = new Set<string>();
  const edgeFields = new Set<string>();
  const found: EvidenceSelection = {
    nodeEvidence: false,
    edgeEvidence: false,
    nodeSources: false,
    edgeSources: false,
  };
  const typeNamed = (name: string) => info.schema.getType(name) as SchemaType | null | undefined;
  const visited = new Set<string>();

  function walk(selectionSet: SelectionSetNode, parent: SchemaType): void {
    for (const node of selectionSet.selections) {
      if (node.kind === 'Field') {
        const name = node.name.value;
        if (isRelationship(parent)) edgeFields.add(name);
        else if (isNode(parent)) nodeFields.add(name);
        if (name === 'evidence') markEvidence(parent);
        if (name === 'sources') {
          if (isRelationship(parent)) found.edgeSources = true;
          else found.nodeSources = true;
        }
        const field = parent.getFields?.()[name];
        if (node.selectionSet && field) {
          const type = typeNamed(namedTypeName(field.type));
          if (type) walk(node.selectionSet, type);
        }
      } else if (node.kind === 'InlineFragment') {
        const type = node.typeCondition ? typeNamed(node.typeCondition.name.value) : parent;
        if (type) walk(node.selectionSet, type);
      } else {
        const fragment = info.fragments[node.name.value];
        const key = `${node.name.value}@${parent.name}`;
        if (!fragment || visited.has(key)) continue;
        visited.add(key);
        const type = typeNamed(fragment.typeCondition.name.value);
        if (type) walk(fragment.selectionSet, type);
      }
    }
  }

  function markEvidence(parent: SchemaType): void {
    // Mention.evidence is the evidence of an entity or of one of its relationships.
    if (parent.name === 'Mention') {
      found.nodeEvidence = true;
      found.edgeEvidence = true;
    } else if (isRelationship(parent)) {
      found.edgeEvidence = true;
    } else {
      found.nodeEvidence = true;
    }
  }

  const root = typeNamed(info.operation.operation === 'query' ? 'Query' : info.operation.operation);
  if (root) walk(info.operation.selectionSet, root);
  read = { evidence: found, nodeFields, edgeFields };
  known.set(info.operation, read);
  return read;
}

function isNode(type: SchemaType): boolean {
  return type.name === 'Node' || (type.getInterfaces?.().some((i) => i.name === 'Node') ?? false);
}

function isRelationship(type: SchemaType): boolean {
  return (
    type.name === 'Relationship' || (type.getInterfaces?.().some((i) => i.name === 'Relationship') ?? false)
  );
}

/** The name of the named type inside list and non-null wrappers. */
function namedTypeName(type: unknown): string {
  let current = type as { ofType?: unknown; name?: string };
  while (current.ofType) current = current.ofType as { ofType?: unknown; name?: string };
  return current.name ?? '';
}
