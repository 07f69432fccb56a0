import { buildSchema, graphql } from 'graphql';
import { describe, expect, it } from 'vitest';
import { type EvidenceSelection, evidenceSelection } from '../../server/evidence-selection.ts';
import {
  NODE_KEYS,
  NOT_SELECTED,
  type ReturnedProperties,
  returnedProperties,
} from '../../server/returned-properties.ts';
import { typeDefs } from '../../server/schema/type-defs.ts';

const schema = buildSchema(typeDefs);

/** What evidenceSelection says of a query, seen from the resolver of its first field. */
async function selectionOf(source: string): Promise<EvidenceSelection | undefined> {
  let seen: EvidenceSelection | undefined;
  const record = (_args: unknown, _context: unknown, info: Parameters<typeof evidenceSelection>[0]) => {
    seen = evidenceSelection(info);
    return [];
  };
  const result = await graphql({
    schema,
    source,
    rootValue: { parksHostingIndustry: record, regionIndustries: record, search: record, mentions: record },
  });
  expect(result.errors).toBeUndefined();
  return seen;
}

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
  /** The keys the named queries are asked to return for a query, seen from its first field. */
  async function keysOf(source: string): Promise<ReturnedProperties | undefined> {
    let seen: ReturnedProperties | undefined;
    const record = (_args: unknown, _context: unknown, info: Parameters<typeof returnedProperties>[0]) => {
      seen = returnedProperties(info);
      return [];
    };
    const result = await graphql({
      schema,
      source,
      rootValue: { regionGoals: record, parksHostingIndustry: record },
    });
    expect(result.errors).toBeUndefined();
    return seen;
  }

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
