import type { Evidence, GraphEdge, GraphNode } from '../../model/graph.ts';
import type { Diagnostic } from '../diagnostics.ts';
import type { ManifestEntry } from '../read/manifest.ts';
import type { PlanDocument } from '../read/plan-document.ts';
import { AreaNameReader } from '../vocabulary/area-names.ts';
import { GoalClauseReader } from '../vocabulary/goal-clauses.ts';
import { IndustryTermReader } from '../vocabulary/industry-terms.ts';
import {
  IndustryLexicon,
  loadAreaLexicon,
  loadDocumentLexicon,
  loadGoalGrammar,
  loadIndustryGrammar,
  loadParkLexicon,
  loadTaxonomyNames,
} from '../vocabulary/lexicons.ts';
import { ParkNameReader } from '../vocabulary/park-names.ts';
import { RegionGazetteer } from '../vocabulary/region-gazetteer.ts';
import { loadDivisions } from '../vocabulary/regions.ts';
import { DocumentDescriber } from './describe-document.ts';
import type { ExtractionContext, ExtractionResources } from './extract-context.ts';
import { extractDocumentFacts } from './extract-documents.ts';
import { extractGoals } from './extract-goals.ts';
import { extractPriorities } from './extract-industries.ts';
import { extractIndustryPlaces } from './extract-industry-places.ts';
import { extractParks } from './extract-parks.ts';
import { extractProjects } from './extract-projects.ts';
import { extractRegionTables } from './extract-region-tables.ts';
import { extractRegions } from './extract-regions.ts';
import { extractorVersion } from './extractor-version.ts';
import { GraphBuilder } from './graph-builder.ts';

export type { ExtractionResources };

export function loadExtractionResources(): ExtractionResources {
  const industries = IndustryLexicon.load();
  const taxonomy = loadTaxonomyNames();
  const gazetteer = new RegionGazetteer(loadDivisions());
  const industryTerms = new IndustryTermReader(loadIndustryGrammar(), industries, taxonomy);
  // (A park named only by what it is for is a kind of park: 精品油茶产业示范园.)
  const parkNames = new ParkNameReader(
    loadParkLexicon(),
    [...industries.surfaces(), ...taxonomy.keys()],
    industryTerms,
  );
  return {
    industries,
    industryTerms,
    goalClauses: new GoalClauseReader(loadGoalGrammar()),
    parkNames,
    gazetteer,
    areaNames: new AreaNameReader(loadAreaLexicon()),
    describer: new DocumentDescriber(loadDocumentLexicon(), gazetteer, parkNames),
    extractorVersion: extractorVersion(),
  };
}

export interface DocumentGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  diagnostics: Diagnostic[];
}

/**
 * The extractors, in the order they run on each document: the document and its issuer first,
 * so every other fact can link to them; regions before parks, parks before what they host,
 * everything before projects (which link to parks and industries). Each adds what it finds
 * to the context's graph builder. A new kind of fact is a new extractor in this list.
 */
export const EXTRACTORS: readonly ((context: ExtractionContext) => void)[] = [
  extractDocumentFacts,
  extractRegions,
  extractParks,
  extractPriorities,
  extractRegionTables,
  extractIndustryPlaces,
  extractGoals,
  extractProjects,
];

/**
 * The extract stage for one document: structure first (tables, 专栏), then sentences.
 * The document and its issuer come first, so every other fact can link to them.
 */
export function extractDocumentGraph(
  entry: ManifestEntry,
  document: PlanDocument,
  resources: ExtractionResources,
): DocumentGraph {
  const issuer = resources.gazetteer.resolve(entry.issuer);
  const scope = issuer ? resources.gazetteer.prefectureOf(issuer.code)?.code : undefined;
  const context: ExtractionContext = {
    entry,
    document,
    ...resources,
    issuer,
    scope,
    placeAt: resources.gazetteer.placeFinder(scope),
    partsWritten: new Set(),
    builder: new GraphBuilder(),
    diagnostics: [],
  };
  for (const extract of EXTRACTORS) extract(context);
  const graph = context.builder.build();
  return { ...withPages(graph, document), diagnostics: context.diagnostics };
}

/** A PDF's facts say their page too: each line's page is known from reading, so it is added once here. */
function withPages<Graph extends { nodes: { evidence: Evidence[] }[]; edges: { evidence: Evidence[] }[] }>(
  graph: Graph,
  document: PlanDocument,
): Graph {
  const pages = document.pages;
  if (!pages) return graph;
  const paged = (evidence: Evidence[]) =>
    evidence.map((e) => {
      const page = e.document === document.file ? pages[e.line - 1] : undefined;
      return page ? { ...e, page } : e;
    });
  return {
    ...graph,
    nodes: graph.nodes.map((node) => ({ ...node, evidence: paged(node.evidence) })),
    edges: graph.edges.map((edge) => ({ ...edge, evidence: paged(edge.evidence) })),
  };
}
