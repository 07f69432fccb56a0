/**
 * Extraction scored against whole-document gold (tests/gold/documents/*.json, annotated per
 * tests/gold/documents/GUIDE.md): for each document and each kind of fact — parks, industries,
 * HOSTS, PRIORITIZES, goals (with their number), projects — precision, recall and F1. A prediction is a fact the
 * graph holds with evidence in that document. Records the annotator marked `unsure` are not
 * counted as missed when not found, and a prediction matching one is not counted as wrong; nor
 * is what a park marked so hosts.
 */
import type { GraphEdge, GraphNode, PlanGraph } from '../../model/graph.ts';
import { compare, normaliseName, type Score } from './evaluate.ts';

interface GoldRecord {
  line: number;
  quote: string;
  unsure?: boolean;
}

export interface GoldDocument {
  document: string;
  /** The file, relative to the project root. */
  path: string;
  issuer: string;
  year: number;
  /**
   * Set on a gold kept out of development: when and how it was annotated (blind, before any rule
   * looked at it). Its scores are reported apart, and `npm run eval -- --verbose` lists no misses of it.
   */
  heldOut?: string;
  parks: (GoldRecord & { name: string; aliases?: string[]; parent?: string; region?: string })[];
  industries: (GoldRecord & { name: string; aliases?: string[]; parts?: string[] })[];
  hosts: (GoldRecord & { park: string; industry: string; role?: string })[];
  prioritizes: (GoldRecord & { region: string; industry: string; cue?: string })[];
  goals: (GoldRecord & {
    indicator: string;
    value?: number | null;
    unit?: string | null;
    targetYear?: number;
  })[];
  projects: (GoldRecord & { name: string; aliases?: string[]; region?: string })[];
}

export interface DocumentScores {
  document: string;
  scores: Score[];
}

/** The forms an industry name takes: 新能源汽车产业 = 新能源汽车, 先进制造业集群 = 先进制造业 = 先进制造. */
export function industryForms(name: string): string[] {
  const plain = normaliseName(name);
  const forms = new Set([plain]);
  const stripped = plain.replace(/(产业集群|产业链|产业|集群)$/u, '');
  if (stripped.length >= 2) forms.add(stripped);
  const noYe = stripped.replace(/业$/u, '');
  if (noYe.length >= 2) forms.add(noYe);
  return [...forms];
}

const overlaps = (a: Iterable<string>, b: Iterable<string>) => {
  const set = new Set(a);
  for (const item of b) if (set.has(item)) return true;
  return false;
};

/** Project names match when equal, or when one holds the other and the shorter has 4 characters or more. */
function sameProject(a: string, b: string): boolean {
  const [x, y] = [normaliseName(a), normaliseName(b)].sort((p, q) => p.length - q.length) as [string, string];
  return x === y || (x.length >= 4 && y.includes(x));
}

/**
 * Whether an edge's park is the annotated one. The graph keeps one park for a park of several
 * zones and says the zone on the edge (`zone`); the gold may name the zone as a park of its own
 * (洪江高新区（洪江区）): then the park without the zone and the edge's zone must both agree.
 */
function sameParkZone(edge: GraphEdge, goldPark: string, parkNames: string[], goldNames: string[]): boolean {
  if (overlaps(parkNames, goldNames)) return true;
  // Names are normalised: their brackets are ASCII.
  const zone = /\(([^()]+)\)$/u.exec(normaliseName(goldPark))?.[1];
  return (
    zone !== undefined &&
    edge.properties.zone === zone &&
    overlaps(
      parkNames,
      goldNames.map((name) => name.replace(/\([^()]+\)$/u, '')),
    )
  );
}

/** An indicator as written, without brackets, units and spaces, to compare its core. */
const indicatorCore = (text: string) =>
  normaliseName(text)
    .replace(/\([^()]*\)/gu, '')
    .replace(/[%％]/gu, '');

/** The goal's number is the annotated one (when the annotator gave one): its value, or its table cell's. */
function sameValue(node: GraphNode, value: number | null | undefined): boolean {
  if (value === null || value === undefined) return true;
  const predicted =
    typeof node.properties.value === 'number'
      ? node.properties.value
      : Number(/-?\d+(?:\.\d+)?/u.exec(String(node.properties.target ?? ''))?.[0] ?? Number.NaN);
  return Math.abs(predicted - value) < 1e-9;
}

/** How far apart, in lines, a goal's indicator and its target may stand (one cell per line). */
const TABLE_ROW_LINES = 8;

function scoreOne(graph: PlanGraph, gold: GoldDocument): Score[] {
  const inDocument = (element: GraphNode | GraphEdge) =>
    element.evidence.some((e) => e.document === gold.document);
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  const nodesOf = (label: GraphNode['label']) =>
    graph.nodes.filter((n) => n.label === label && inDocument(n));
  // Each node's relationships with evidence in this document, gathered once.
  const touchingHere = new Map<string, GraphEdge[]>();
  for (const edge of graph.edges.filter(inDocument)) {
    for (const end of [edge.source, edge.target]) {
      const touching = touchingHere.get(end);
      if (touching) touching.push(edge);
      else touchingHere.set(end, [edge]);
    }
  }
  const onlyBroader = (node: GraphNode) => {
    const touching = touchingHere.get(node.id) ?? [];
    // (Touched by PART_OF only, one of them from below: the taxonomy's chain above a named
    // industry, 集成电路 → 半导体 → 电子信息, names neither 半导体 nor 电子信息.)
    return (
      touching.every((edge) => edge.type === 'PART_OF') && touching.some((edge) => edge.target === node.id)
    );
  };
  const edgesOf = (type: GraphEdge['type']) => graph.edges.filter((e) => e.type === type && inDocument(e));
  const names = (node: GraphNode | undefined) =>
    node ? [node.name, ...node.aliases].map(normaliseName) : [];
  const industryNames = (node: GraphNode | undefined) =>
    node ? [node.name, ...node.aliases].flatMap(industryForms) : [];
  const goldPark = (park: string) => gold.parks.find((p) => p.name === park || p.aliases?.includes(park));
  const goldParkNames = (park: string) => {
    const record = goldPark(park);
    return [park, record?.name, ...(record?.aliases ?? [])]
      .filter((n): n is string => !!n)
      .map(normaliseName);
  };
  const goldIndustryForms = (industry: string) => {
    const record = gold.industries.find((i) => i.name === industry || i.aliases?.includes(industry));
    return [industry, ...(record?.aliases ?? [])].flatMap(industryForms);
  };
  const where = (record: GoldRecord) => `${gold.document}:${record.line}`;
  const partsOf = (industry: string) =>
    gold.industries.find((i) => i.name === industry || i.aliases?.includes(industry))?.parts ?? [];
  // A relationship to an industry's part (the region develops 石油化工, of which 合成树脂 is a part)
  // states what the text says in finer grain: like the parts themselves, neither right nor wrong.
  const withParts = <R extends GoldRecord & { industry: string }>(records: R[]): R[] => [
    ...records,
    ...records.flatMap((record) =>
      partsOf(record.industry).map((part) => ({ ...record, industry: part, unsure: true })),
    ),
  ];
  const scored = <P, R extends GoldRecord>(
    name: string,
    predicted: P[],
    records: R[],
    matches: (p: P, r: R) => boolean,
    describePredicted: (p: P) => string,
    describeRecord: (r: R) => string,
  ): Score => {
    const sure = records.filter((r) => !r.unsure);
    // A prediction matching an unsure record is neither right nor wrong: it is left out.
    const counted = predicted.filter(
      (p) => sure.some((r) => matches(p, r)) || !records.some((r) => matches(p, r)),
    );
    return compare({ name, predicted: counted, gold: sure, matches, describePredicted, describeRecord });
  };
  const edgeEnds = (edge: GraphEdge) => `${byId.get(edge.source)?.name} → ${byId.get(edge.target)?.name}`;
  return [
    scored(
      'Park',
      nodesOf('Park'),
      gold.parks,
      (node, park) => overlaps(names(node), [park.name, ...(park.aliases ?? [])].map(normaliseName)),
      (node) => node.name,
      (park) => `${park.name} (${where(park)})`,
    ),
    scored(
      'Industry',
      // Not a broader industry the taxonomy adds above one the document names (装备制造 above
      // 高端装备制造): it carries the narrower one's evidence without the document naming it.
      nodesOf('Industry').filter((node) => !onlyBroader(node)),
      // An industry's parts (高端装备（工程机械、机器人）) are industries the text names, annotated
      // inside their whole: found, they are not wrong; not found, not missed (as unsure records).
      [
        ...gold.industries,
        ...gold.industries.flatMap((industry) =>
          (industry.parts ?? []).map((part) => ({ ...industry, name: part, aliases: [], unsure: true })),
        ),
      ],
      (node, industry) =>
        overlaps(industryNames(node), [industry.name, ...(industry.aliases ?? [])].flatMap(industryForms)),
      (node) => node.name,
      (industry) => `${industry.name} (${where(industry)})`,
    ),
    scored(
      'HOSTS',
      edgesOf('HOSTS'),
      // What a park the annotator was unsure of hosts is no surer than the park (most such
      // records say so; those that do not, this does).
      withParts(gold.hosts.map((host) => (goldPark(host.park)?.unsure ? { ...host, unsure: true } : host))),
      (edge, host) =>
        sameParkZone(edge, host.park, names(byId.get(edge.source)), goldParkNames(host.park)) &&
        overlaps(industryNames(byId.get(edge.target)), goldIndustryForms(host.industry)),
      edgeEnds,
      (host) => `${host.park} → ${host.industry} (${where(host)})`,
    ),
    scored(
      'PRIORITIZES',
      edgesOf('PRIORITIZES'),
      withParts(gold.prioritizes),
      (edge, priority) =>
        overlaps(names(byId.get(edge.source)), [normaliseName(priority.region)]) &&
        overlaps(industryNames(byId.get(edge.target)), goldIndustryForms(priority.industry)),
      edgeEnds,
      (priority) => `${priority.region} → ${priority.industry} (${where(priority)})`,
    ),
    scored(
      'Goal',
      // The gold lists targets; results a document reports (status result) are out of its scope.
      nodesOf('Goal').filter((node) => node.properties.status !== 'result'),
      gold.goals,
      (node, goal) => {
        const [predicted, annotated] = [
          indicatorCore(String(node.properties.indicator ?? node.name)),
          indicatorCore(goal.indicator),
        ];
        return (
          // A table's cells may stand on lines of their own: the target a few lines below its indicator.
          node.evidence.some(
            (e) => e.document === gold.document && Math.abs(e.line - goal.line) <= TABLE_ROW_LINES,
          ) &&
          predicted.length > 0 &&
          annotated.length > 0 &&
          (predicted.includes(annotated) || annotated.includes(predicted)) &&
          sameValue(node, goal.value)
        );
      },
      (node) =>
        `${String(node.properties.indicator ?? node.name)} (${node.evidence.find((e) => e.document === gold.document)?.line})`,
      (goal) => `${goal.indicator} ${goal.value ?? ''}${goal.unit ?? ''} (${where(goal)})`,
    ),
    scored(
      'Project',
      nodesOf('Project'),
      gold.projects,
      (node, project) =>
        [node.name, ...node.aliases].some((name) =>
          [project.name, ...(project.aliases ?? [])].some((annotated) => sameProject(name, annotated)),
        ),
      (node) => node.name,
      (project) => `${project.name} (${where(project)})`,
    ),
  ];
}

export function evaluateDocuments(graph: PlanGraph, golds: GoldDocument[]): DocumentScores[] {
  return golds.map((gold) => ({ document: gold.document, scores: scoreOne(graph, gold) }));
}

/** All documents' scores of one kind of fact added up (micro-averaged). */
export function overall(perDocument: DocumentScores[]): Score[] {
  const names = perDocument[0]?.scores.map((score) => score.name) ?? [];
  return names.map((name) => {
    const all = perDocument.flatMap((d) => d.scores.filter((s) => s.name === name));
    const sum = (key: 'predicted' | 'correct' | 'gold' | 'found') =>
      all.reduce((total, s) => total + s[key], 0);
    const [predicted, correct, gold, found] = [sum('predicted'), sum('correct'), sum('gold'), sum('found')];
    const precision = predicted === 0 ? (gold === 0 ? 1 : 0) : correct / predicted;
    const recall = gold === 0 ? 1 : found / gold;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { name, predicted, correct, gold, found, precision, recall, f1, missed: [], spurious: [] };
  });
}
