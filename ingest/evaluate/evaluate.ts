import { citedText, type GraphEdge, type GraphNode, type PlanGraph } from '../../model/graph.ts';
import type { IndustryLexicon } from '../vocabulary/lexicons.ts';

/** Hand-annotated facts (tests/gold/*.json); every record cites its document and line. */
export interface Gold {
  parks: { name: string; aliases?: string[]; document: string; line: number }[];
  hosts: { park: string; industry: string; role: string; document: string; line: number }[];
  goals: {
    document: string;
    line: number;
    indicator: string;
    unit: string;
    baseline: string | null;
    target: string | null;
    targetYear: number;
    growth: string | null;
    attribute: string;
  }[];
  projects: {
    name: string;
    document: string;
    line: number;
    park?: string;
    region?: string;
    industry?: string;
  }[];
}

export interface Score {
  name: string;
  /** Predictions within the annotated scope, and how many of them are right. */
  predicted: number;
  correct: number;
  /** Gold facts, and how many were found. */
  gold: number;
  found: number;
  precision: number;
  recall: number;
  f1: number;
  /** What was missed and what was wrong, for reading. */
  missed: string[];
  spurious: string[];
}

/**
 * Scores predictions against gold records: a prediction is correct when it matches some
 * record; a record is found when some prediction (or, where the gold is not exhaustive, some
 * element of `recallPool`) matches it.
 */
export function compare<Predicted, Record>(comparison: {
  name: string;
  predicted: Predicted[];
  gold: Record[];
  matches: (predicted: Predicted, record: Record) => boolean;
  describePredicted: (predicted: Predicted) => string;
  describeRecord: (record: Record) => string;
  recallPool?: Predicted[];
}): Score {
  const { name, predicted, gold, matches } = comparison;
  const pool = comparison.recallPool ?? predicted;
  const correct = predicted.filter((p) => gold.some((record) => matches(p, record)));
  const found = gold.filter((record) => pool.some((p) => matches(p, record)));
  const precision = predicted.length === 0 ? (gold.length === 0 ? 1 : 0) : correct.length / predicted.length;
  const recall = gold.length === 0 ? 1 : found.length / gold.length;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    name,
    predicted: predicted.length,
    correct: correct.length,
    gold: gold.length,
    found: found.length,
    precision,
    recall,
    f1,
    missed: gold.filter((record) => !found.includes(record)).map(comparison.describeRecord),
    spurious: predicted.filter((p) => !correct.includes(p)).map(comparison.describePredicted),
  };
}

const describeNode = (node: GraphNode) =>
  `${node.name} (${node.evidence[0]?.document}:${node.evidence[0]?.line})`;
const describeRecord = (record: { name: string; document: string; line: number }) =>
  `${record.name} (${record.document}:${record.line})`;

/** Names are compared without spaces and brackets' content-free differences: 亿元 GDP = 亿元GDP. */
export function normaliseName(text: string): string {
  return text.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')').replace(/％/g, '%');
}

const namesOf = (node: GraphNode) => new Set([node.name, ...node.aliases].map(normaliseName));
const inLines = (evidence: GraphNode['evidence'], document: string, from: number, to: number) =>
  evidence.some((e) => e.document === document && e.line >= from && e.line <= to);

/** Line range the annotator covered in one document: its records' lines, with a margin. */
function span(
  records: { document: string; line: number }[],
  document: string,
  margin: number,
): [number, number] {
  const lines = records.filter((r) => r.document === document).map((r) => r.line);
  return [Math.min(...lines) - margin, Math.max(...lines) + margin];
}

export function evaluate(graph: PlanGraph, gold: Gold, industries: IndustryLexicon): Score[] {
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  return [
    scoreParks(graph, gold),
    scoreHosts(graph, gold, byId, industries),
    scoreGoals(graph, gold),
    scoreProjects(graph, gold),
    scoreProjectLinks(graph, gold, byId, 'IN_PARK'),
    scoreProjectLinks(graph, gold, byId, 'IN_INDUSTRY'),
  ];
}

/** Parks: every park the annotated document names (the gold lists them all). */
function scoreParks(graph: PlanGraph, gold: Gold): Score {
  const documents = new Set(gold.parks.map((p) => p.document));
  const predicted = graph.nodes.filter(
    (n) => n.label === 'Park' && n.evidence.some((e) => documents.has(e.document)),
  );
  return compare({
    name: 'Park',
    predicted,
    gold: gold.parks,
    matches: (node, park) =>
      [park.name, ...(park.aliases ?? [])].some((name) => namesOf(node).has(normaliseName(name))),
    describePredicted: describeNode,
    describeRecord,
  });
}

/** HOSTS within the annotated table(s): park, industry and role must all be right. */
function scoreHosts(
  graph: PlanGraph,
  gold: Gold,
  byId: Map<string, GraphNode>,
  industries: IndustryLexicon,
): Score {
  const documents = [...new Set(gold.hosts.map((h) => h.document))];
  const predicted = graph.edges.filter(
    (edge) =>
      edge.type === 'HOSTS' &&
      documents.some((document) => {
        const [from, to] = span(gold.hosts, document, 3);
        return inLines(edge.evidence, document, from, to);
      }),
  );
  const goldMatches = (edge: GraphEdge, host: Gold['hosts'][number]) => {
    const park = byId.get(edge.source);
    const industry = byId.get(edge.target);
    if (!park || !industry) return false;
    const industryNames = namesOf(industry);
    return (
      namesOf(park).has(normaliseName(host.park)) &&
      (industryNames.has(normaliseName(host.industry)) ||
        industry.name === industries.canonical(host.industry)) &&
      edge.properties.role === host.role
    );
  };
  return compare({
    name: 'HOSTS',
    predicted,
    gold: gold.hosts,
    matches: goldMatches,
    describePredicted: (e) =>
      `${byId.get(e.source)?.name} → ${byId.get(e.target)?.name} (${String(e.properties.role)})`,
    describeRecord: (h) => `${h.park} → ${h.industry} (${h.role})`,
  });
}

/** Goals of the annotated indicator tables: the indicator and its target value must be right. */
function scoreGoals(graph: PlanGraph, gold: Gold): Score {
  const documents = [...new Set(gold.goals.map((g) => g.document))];
  const predicted = graph.nodes.filter(
    (node) =>
      node.label === 'Goal' &&
      node.properties.source === 'table' &&
      documents.some((document) => {
        const [from, to] = span(gold.goals, document, 0);
        return inLines(node.evidence, document, from, to);
      }),
  );
  const indicator = (text: string) => normaliseName(text).replace(/\([^()]*\)$/u, '');
  const value = (text: string | null | undefined) => (text == null ? null : normaliseName(String(text)));
  const goalMatches = (node: GraphNode, goal: Gold['goals'][number]) =>
    node.evidence.some((e) => e.document === goal.document) &&
    indicator(String(node.properties.indicator)) === indicator(goal.indicator) &&
    value(node.properties.target as string | null) === value(goal.target);
  return compare({
    name: 'Goal (indicator tables)',
    predicted,
    gold: gold.goals,
    matches: goalMatches,
    describePredicted: (n) =>
      `${String(n.properties.indicator)} = ${String(n.properties.target)} (${n.evidence[0]?.document}:${n.evidence[0]?.line})`,
    describeRecord: (g) => `${g.indicator} = ${g.target} (${g.document}:${g.line})`,
  });
}

/**
 * Projects: the gold names some projects, not all, so precision is measured on the lines it
 * annotated: a predicted project on such a line must be one the annotator listed there.
 */
function scoreProjects(graph: PlanGraph, gold: Gold): Score {
  const annotated = new Set(gold.projects.map((p) => `${p.document}:${p.line}`));
  const predicted = graph.nodes.filter(
    (node) => node.label === 'Project' && node.evidence.some((e) => annotated.has(`${e.document}:${e.line}`)),
  );
  return compare({
    name: 'Project',
    predicted,
    gold: gold.projects,
    matches: (node, project) => namesOf(node).has(normaliseName(project.name)),
    describePredicted: describeNode,
    describeRecord,
    // Recall counts a project found anywhere, not only on the annotated lines.
    recallPool: graph.nodes.filter((node) => node.label === 'Project'),
  });
}

/** IN_PARK / IN_INDUSTRY of the gold projects that say their park or industry. */
function scoreProjectLinks(
  graph: PlanGraph,
  gold: Gold,
  byId: Map<string, GraphNode>,
  type: 'IN_PARK' | 'IN_INDUSTRY',
): Score {
  const key = type === 'IN_PARK' ? 'park' : 'industry';
  const records = gold.projects.filter((p) => p[key]);
  const goldProjects = new Set(records.map((r) => normaliseName(r.name)));
  const predicted = graph.edges.filter((e) => {
    const project = byId.get(e.source);
    return e.type === type && project !== undefined && goldProjects.has(normaliseName(project.name));
  });
  // A project in a park within the annotated one (怀化高新区's 电子信息产业园) is in that park too.
  const parents = new Map<string, string[]>();
  if (type === 'IN_PARK')
    for (const edge of graph.edges)
      if (edge.type === 'PART_OF' && byId.get(edge.source)?.label === 'Park')
        parents.set(edge.source, [...(parents.get(edge.source) ?? []), edge.target]);
  const targets = (id: string): string[] => [id, ...(parents.get(id) ?? []).flatMap(targets)];
  const linkMatches = (edge: GraphEdge, record: (typeof records)[number]) => {
    const project = byId.get(edge.source);
    return (
      project !== undefined &&
      normaliseName(project.name) === normaliseName(record.name) &&
      targets(edge.target).some((id) => {
        const target = byId.get(id);
        return target !== undefined && namesOf(target).has(normaliseName(String(record[key])));
      })
    );
  };
  return compare({
    name: type,
    predicted,
    gold: records,
    matches: linkMatches,
    describePredicted: (e) => `${byId.get(e.source)?.name} → ${byId.get(e.target)?.name}`,
    describeRecord: (r) => `${r.name} → ${String(r[key])}`,
  });
}

/** Share of evidence records whose quote is a verbatim substring of the line they cite. */
export function verbatimShare(
  graph: PlanGraph,
  linesOf: (document: string) => string[] | undefined,
): { total: number; verbatim: number; failures: string[] } {
  let total = 0;
  let verbatim = 0;
  const failures: string[] = [];
  for (const element of [...graph.nodes, ...graph.edges]) {
    for (const evidence of element.evidence) {
      total += 1;
      const lines = linesOf(evidence.document);
      if (lines && evidence.quote !== '' && citedText(lines, evidence).includes(evidence.quote))
        verbatim += 1;
      else failures.push(`${evidence.document}:${evidence.line} "${evidence.quote.slice(0, 30)}"`);
    }
  }
  return { total, verbatim, failures };
}
