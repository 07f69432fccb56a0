import { buildSchema, graphql } from 'graphql';
import { describe, expect, it } from 'vitest';
import { type EvidenceSelection, evidenceSelection } from '../../server/evidence-selection.ts';
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
