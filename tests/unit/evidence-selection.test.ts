import { buildSchema, graphql } from 'graphql';
import { describe, expect, it } from 'vitest';
import { evidenceSelection } from '../../server/evidence-selection.ts';
import { NODE_KEYS, NOT_SELECTED, returnedProperties } from '../../server/returned-properties.ts';
import { typeDefs } from '../../server/schema/type-defs.ts';

const schema = buildSchema(typeDefs);

type ResolveInfo = Parameters<typeof evidenceSelection>[0];

/** What `read` says of a query, seen from the resolver of its first field. */
async function seenBy<T>(source: string, read: (info: ResolveInfo) => T): Promise<T | undefined> {
  let seen: T | undefined;
  const record = (_args: unknown, _context: unknown, info: ResolveInfo) => {
    seen = read(info);
    return [];
  };
  const field = /\{\s*(\w+)/u.exec(source)?.[1] ?? '';
  const result = await graphql({ schema, source, rootValue: { [field]: record } });
  expect(result.errors).toBeUndefined();
  return seen;
}

const selectionOf = (source: string) => seenBy(source, evidenceSelection);

describe('evidenceSelection: which evidence a request asks for', () => {
  it.each([
    ['{ parksHostingIndustry(industry: "x") { role park { name } } }', false, false],
    ['{ parksHostingIndustry(industry: "x") { role evidence { quote } } }', false, true],
    ['{ parksHostingIndustry(industry: "x") { park { evidence { line } } } }', true, false],
    ['{ regionIndustries(region: "x") { throughParks { evidence { line } } } }', false, true],
    ['{ regionIndustries(region: "x") { region { evidence { line } } throughPlans { cue } } }', true, false],
    ['{ search(text: "x") { ...N } } fragment N on Node { evidence { quote } }', true, false],
    [
      '{ search(text: "x") { ... on Park { industries { ...E } } } } fragment E on Relationship { evidence { quote } }',
      false,
      true,
    ],
    ['{ mentions(entity: "x") { evidence { quote } } }', true, true],
  ])('%s → entities %s, relationships %s', async (source, nodeEvidence, edgeEvidence) => {
    expect(await selectionOf(source)).toEqual({
      nodeEvidence,
      edgeEvidence,
      nodeSources: false,
      edgeSources: false,
    });
  });

  it.each([
    ['{ parksHostingIndustry(industry: "x") { role park { name } } }', false, false],
    ['{ parksHostingIndustry(industry: "x") { park { sources } } }', true, false],
    ['{ parksHostingIndustry(industry: "x") { sources park { name } } }', false, true],
    ['{ search(text: "x") { ...N } } fragment N on Node { sources }', true, false],
  ])('%s → sources of entities %s, of relationships %s', async (source, nodeSources, edgeSources) => {
    const selection = await selectionOf(source);
    expect({ nodeSources: selection?.nodeSources, edgeSources: selection?.edgeSources }).toEqual({
      nodeSources,
      edgeSources,
    });
  });
});

describe('returnedProperties: the properties a request reads, no more', () => {
  const keysOf = (source: string) => seenBy(source, returnedProperties);

  it('asks for the fields selected of an entity, keeps every position, and leaves the rest unread', async () => {
    const keys = await keysOf('{ regionGoals(region: "x") { indicator target } }');
    expect(keys?.nodeKeys).toHaveLength(NODE_KEYS.length + 2);
    expect(keys?.nodeKeys.filter((key) => key !== NOT_SELECTED)).toEqual([
      'id',
      'name',
      'indicator',
      'target',
    ]);
    expect(keys?.nodeKeys.indexOf('target')).toBe(NODE_KEYS.indexOf('target'));
  });

  it('asks for a relationship’s fields and its evidence only where selected', async () => {
    const keys = await keysOf(
      '{ parksHostingIndustry(industry: "x") { role evidence { quote } park { kind } } }',
    );
    expect(keys?.edgeKeys.filter((key) => key !== NOT_SELECTED)).toEqual(['id', 'role', 'evidence']);
    expect(keys?.nodeKeys.filter((key) => key !== NOT_SELECTED)).toEqual(['id', 'name', 'kind']);
  });
});
