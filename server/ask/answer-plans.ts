import type { EntityLinker } from './entity-linker.ts';
import type { Reading } from './read-question.ts';

/** An answer as a table, and the entities in it (drawn with the ones the question named). */
export interface AnswerTable {
  columns: string[];
  rows: (string | null)[][];
  /** What a count question counts: distinct values of the first column. */
  count: number;
  ids: string[];
  /** How the rows were narrowed after the query (a role, a region), said in the interpretation. */
  narrowed: string[];
}

/** A question's GraphQL query (the one shown to the person) and how its data becomes the table. */
export interface AnswerPlan {
  query: string;
  table(data: GraphData, linker: EntityLinker): AnswerTable;
}

// biome-ignore lint/suspicious/noExplicitAny: the data of a GraphQL answer, shaped by the plan's own query.
type GraphData = any;
interface EvidenceData {
  document: string;
  line: number;
  quote?: string;
}
interface NamedData {
  id: string;
  name: string;
}

/** A GraphQL string literal: JSON's escapes are GraphQL's. */
const literal = (value: string | number) => JSON.stringify(value);
const EVIDENCE = 'evidence { document line }';

/** Where, briefly: 文件 第N行, by document. */
function whereWritten(evidence: readonly EvidenceData[]): string {
  const lines = new Map<string, number[]>();
  for (const e of evidence) lines.set(e.document, [...(lines.get(e.document) ?? []), e.line]);
  return [...lines].map(([file, numbers]) => `${file} 第${[...new Set(numbers)].join('、')}行`).join('；');
}

function table(
  columns: string[],
  rows: (string | null)[][],
  ids: string[],
  narrowed: string[] = [],
): AnswerTable {
  return { columns, rows, ids, narrowed, count: new Set(rows.map((row) => row[0])).size };
}

function parksHostingIndustry(reading: Reading): AnswerPlan {
  const industry = reading.slots.industry as { id: string };
  const region = reading.slots.region;
  const inRegion = region
    ? `\n  inRegion: nodes(label: Park, filter: {region: ${literal(region.id)}}, first: 200) { nodes { id } }`
    : '';
  return {
    query: `{\n  parksHostingIndustry(industry: ${literal(industry.id)}) {\n    park { id name }\n    industry { id name }\n    role\n    ${EVIDENCE}\n  }${inRegion}\n}`,
    table(data) {
      const allowed = region ? new Set((data.inRegion.nodes as NamedData[]).map((n) => n.id)) : null;
      const narrowed = [
        ...(region ? [`位于${region.name}`] : []),
        ...(reading.role ? [`作为${reading.role}`] : []),
      ];
      const hosts = (
        data.parksHostingIndustry as {
          park: NamedData;
          industry: NamedData;
          role: string | null;
          evidence: EvidenceData[];
        }[]
      )
        .filter((h) => !allowed || allowed.has(h.park.id))
        .filter((h) => !reading.role || (h.role ?? '').includes(reading.role.replace(/产业$/, '')));
      return table(
        ['园区', '产业', '定位', '出处'],
        hosts.map((h) => [h.park.name, h.industry.name, h.role, whereWritten(h.evidence)]),
        hosts.flatMap((h) => [h.park.id, h.industry.id]),
        narrowed,
      );
    },
  };
}

function industryRegions(reading: Reading): AnswerPlan {
  const industry = reading.slots.industry as { id: string };
  const within = reading.slots.region;
  return {
    query: `{\n  sharedIndustries(industry: ${literal(industry.id)}, minRegions: 1) {\n    regions {\n      region { id name }\n      throughPlans { ${EVIDENCE} }\n      throughParks { park { id name } }\n    }\n  }\n}`,
    table(data, linker) {
      type Entry = {
        region: NamedData;
        throughPlans: { evidence: EvidenceData[] }[];
        throughParks: { park: NamedData }[];
      };
      // A region named with the industry (湘西州里哪些县): the regions below it.
      const entries = (data.sharedIndustries as { regions: Entry[] }[])
        .flatMap((s) => s.regions)
        .filter((e) => !within || (e.region.id !== within.id && linker.liesIn(e.region.id, within.id)));
      return table(
        ['地区', '园区', '出处'],
        entries.map((e) => [
          e.region.name,
          [...new Set(e.throughParks.map((p) => p.park.name))].join('、') || null,
          whereWritten(e.throughPlans.flatMap((p) => p.evidence)) || null,
        ]),
        entries.flatMap((e) => [e.region.id, ...e.throughParks.map((p) => p.park.id)]),
        within ? [`${within.name}以下`] : [],
      );
    },
  };
}

const PARK_INDUSTRIES = (park: string) =>
  `{\n  node(id: ${literal(park)}) {\n    ... on Park {\n      industries {\n        industry { id name }\n        role\n        ${EVIDENCE}\n      }\n    }\n  }\n}`;
const REGION_INDUSTRIES = (region: string) =>
  `{\n  regionIndustries(region: ${literal(region)}) {\n    industry { id name }\n    throughPlans { ${EVIDENCE} }\n    throughParks { park { id name } role ${EVIDENCE} }\n  }\n}`;

interface IndustryRow {
  industry: NamedData;
  how: string | null;
  evidence: EvidenceData[];
  ids: string[];
}

function parkIndustryRows(data: GraphData): IndustryRow[] {
  return (
    (data.node?.industries ?? []) as { industry: NamedData; role: string | null; evidence: EvidenceData[] }[]
  ).map((h) => ({ industry: h.industry, how: h.role, evidence: h.evidence, ids: [h.industry.id] }));
}

/**
 * A park's industries with the broader ones its industries are parts of (a park hosting
 * 装配式结构系统 develops 装配式建筑): each once, saying which parts it holds, with their evidence.
 */
function withBroader(rows: IndustryRow[], linker: EntityLinker): IndustryRow[] {
  const hosted = new Set(rows.map((row) => row.industry.id));
  const broader = new Map<string, IndustryRow>();
  for (const row of rows) {
    for (const up of linker.entity(row.industry.id)?.ups ?? []) {
      const industry = linker.entity(up);
      if (industry?.label !== 'Industry' || hosted.has(up)) continue;
      const entry = broader.get(up) ?? {
        industry: { id: up, name: industry.name },
        how: '',
        evidence: [],
        ids: [up],
      };
      entry.how = entry.how ? `${entry.how}、${row.industry.name}` : `含${row.industry.name}`;
      entry.evidence.push(...row.evidence);
      entry.ids.push(row.industry.id);
      broader.set(up, entry);
    }
  }
  return [...rows, ...broader.values()];
}

function regionIndustryRows(data: GraphData): IndustryRow[] {
  type Entry = {
    industry: NamedData;
    throughPlans: { evidence: EvidenceData[] }[];
    throughParks: { park: NamedData; role: string | null; evidence: EvidenceData[] }[];
  };
  return (data.regionIndustries as Entry[]).map((e) => ({
    industry: e.industry,
    how: [
      ...(e.throughPlans.length > 0 ? ['规划'] : []),
      ...[...new Set(e.throughParks.map((p) => p.park.name))].map((name) => `园区：${name}`),
    ].join('；'),
    evidence: [...e.throughPlans.flatMap((p) => p.evidence), ...e.throughParks.flatMap((p) => p.evidence)],
    ids: [e.industry.id, ...e.throughParks.map((p) => p.park.id)],
  }));
}

function industriesOf(reading: Reading, subject: { id: string; label: string }, column: string): AnswerPlan {
  const isPark = subject.label === 'Park';
  return {
    query: isPark ? PARK_INDUSTRIES(subject.id) : REGION_INDUSTRIES(subject.id),
    table(data, linker) {
      const rows = (isPark ? withBroader(parkIndustryRows(data), linker) : regionIndustryRows(data)).filter(
        (r) => !reading.role || !isPark || (r.how ?? '').includes(reading.role.replace(/产业$/, '')),
      );
      return table(
        ['产业', column, '出处'],
        rows.map((r) => [r.industry.name, r.how, whereWritten(r.evidence)]),
        rows.flatMap((r) => r.ids),
        reading.role && isPark ? [`作为${reading.role}`] : [],
      );
    },
  };
}

function check(reading: Reading): AnswerPlan {
  const subject = reading.slots.subject as { id: string; label: string; name: string };
  const asked = reading.slots.industry as { id: string; name: string };
  const isPark = subject.label === 'Park';
  return {
    query: isPark ? PARK_INDUSTRIES(subject.id) : REGION_INDUSTRIES(subject.id),
    table(data, linker) {
      // The industry asked about, or a part of it (following PART_OF upwards); in the role
      // asked about, for a park (是否以新材料为主导产业).
      const role = isPark && reading.role ? reading.role.replace(/产业$/, '') : null;
      const found = (isPark ? parkIndustryRows(data) : regionIndustryRows(data)).filter(
        (r) => linker.liesIn(r.industry.id, asked.id) && (!role || (r.how ?? '').includes(role)),
      );
      if (found.length === 0) {
        const claim = role ? `以${asked.name}为${reading.role}` : `发展${asked.name}`;
        return table(
          ['回答', '产业', '依据'],
          [['未找到', asked.name, `这些文件未写${subject.name}${claim}`]],
          [],
        );
      }
      return table(
        ['回答', '产业', '依据'],
        found.map((r) => ['是', r.industry.name, whereWritten(r.evidence)]),
        found.flatMap((r) => r.ids),
      );
    },
  };
}

function regionParks(reading: Reading): AnswerPlan {
  const region = reading.slots.region as { id: string };
  return {
    query: `{\n  nodes(label: Park, filter: {region: ${literal(region.id)}}, first: 200) {\n    totalCount\n    nodes { id name ... on Park { kind level } }\n  }\n}`,
    table(data) {
      const parks = data.nodes.nodes as (NamedData & { kind: string | null; level: string | null })[];
      return table(
        ['园区', '类型', '级别'],
        parks.map((p) => [p.name, p.kind, p.level]),
        parks.map((p) => p.id),
      );
    },
  };
}

function projectsOf(reading: Reading): AnswerPlan {
  const entity = reading.slots.entity as { id: string };
  const topic = reading.topic ? bigrams(reading.topic) : null;
  return {
    query: `{\n  projectsOf(entity: ${literal(entity.id)}) {\n    id\n    name\n    status\n    industries { industry { name } }\n    ${EVIDENCE}\n  }\n}`,
    table(data) {
      type Project = NamedData & {
        status: string | null;
        industries: { industry: { name: string } }[];
        evidence: EvidenceData[];
      };
      // A topic (风电 of 洪江市有哪些风电项目) keeps the projects whose name or industry says it.
      const about = (p: Project) =>
        !topic || [p.name, ...p.industries.map((i) => i.industry.name)].some((name) => shares(topic, name));
      // A status (洪江市有哪些新开工项目) keeps the projects the documents say are in it: never all.
      const all = (data.projectsOf as Project[]).filter(
        (p) => !reading.status || p.status === reading.status,
      );
      const onTopic = all.filter(about);
      // Nothing named after the topic: all the projects, saying so, rather than none.
      const projects = onTopic.length > 0 ? onTopic : all;
      const narrowed = [
        ...(reading.status ? [`文件写明状态为「${reading.status}」`] : []),
        ...(!reading.topic
          ? []
          : onTopic.length > 0
            ? [`与“${reading.topic}”有关`]
            : [`没有名称与“${reading.topic}”有关的项目，列出全部`]),
      ];
      return table(
        ['项目', '状态', '出处'],
        projects.map((p) => [p.name, p.status, whereWritten(p.evidence)]),
        projects.map((p) => p.id),
        narrowed,
      );
    },
  };
}

/** Character pairs of a text: how goal indicators are compared with what a question asks. */
function bigrams(text: string): Set<string> {
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < text.length; i += 1) pairs.add(text.slice(i, i + 2));
  return pairs;
}

/** True when `name` has one of the character pairs. */
function shares(pairs: Set<string>, name: string): boolean {
  for (let i = 0; i + 1 < name.length; i += 1) if (pairs.has(name.slice(i, i + 2))) return true;
  return false;
}

/** The share of the question's character pairs the indicator has. */
function coverage(asked: Set<string>, indicator: string): number {
  if (asked.size === 0) return 1;
  const have = bigrams(indicator);
  let shared = 0;
  for (const pair of asked) if (have.has(pair)) shared += 1;
  return shared / asked.size;
}

/**
 * How much of what a goal question names an indicator must hold to be an answer (half its
 * character pairs), and how far below the best match others may be and still be listed (the
 * same indicator as a level and as a growth, or in two documents, differ by a few words).
 */
const GOOD_ENOUGH = 0.5;
const CLOSE_TO_BEST = 0.15;

function regionGoals(reading: Reading): AnswerPlan {
  const region = reading.slots.region as { id: string };
  // A named indicator and a year narrow the goals in the query (a region may set more than a
  // page of goals); the rest of the indicator ranks what comes back.
  // Without a known indicator, an industry the question names is part of it (电子信息产业规模).
  const industry = reading.entities.find((entity) => entity.label === 'Industry')?.text;
  const indicatorPart =
    reading.indicatorTerm ?? (industry && reading.indicator?.includes(industry) ? industry : null);
  const conditions = [
    ...(indicatorPart ? [`indicator: ${literal(indicatorPart)}`] : []),
    ...(reading.year !== null ? [`targetYear: ${reading.year}`] : []),
  ];
  const filter = conditions.length > 0 ? `, filter: {${conditions.join(', ')}}` : '';
  return {
    query: `{\n  regionGoals(region: ${literal(region.id)}${filter}, first: 200) {\n    id\n    indicator\n    target\n    unit\n    kind\n    targetYear\n    status\n    attribute\n    ${EVIDENCE}\n  }\n}`,
    table(data) {
      type Goal = NamedData & {
        indicator: string;
        target: string | null;
        unit: string | null;
        kind: string | null;
        targetYear: number | null;
        status: string | null;
        attribute: string | null;
        evidence: EvidenceData[];
      };
      const asked = bigrams(reading.indicator ?? '');
      // The year, when asked, is already a condition of the query.
      const scored = (data.regionGoals as Goal[])
        .map((g) => ({ goal: g, score: coverage(asked, g.indicator) }))
        .filter((s) => s.score >= GOOD_ENOUGH);
      const best = Math.max(0, ...scored.map((s) => s.score));
      const kept = scored
        .filter((s) => s.score >= best - CLOSE_TO_BEST)
        .sort(
          (a, b) =>
            b.score - a.score ||
            Number(b.goal.targetYear === reading.year) - Number(a.goal.targetYear === reading.year) ||
            Number(b.goal.unit === reading.unit) - Number(a.goal.unit === reading.unit) ||
            a.goal.indicator.length - b.goal.indicator.length,
        )
        .map((s) => s.goal);
      // 增长 / 增速 asked: the growths (增长6.5%), not the levels (195.66亿元), when there are some.
      const growths = kept.filter((goal) => goal.kind === 'growth');
      const shown = /增长|增速|增幅/u.test(reading.indicator ?? '') && growths.length > 0 ? growths : kept;
      const narrowed = [
        ...(reading.indicator ? [`指标近似“${reading.indicator}”`] : []),
        ...(reading.year ? [`${reading.year}年`] : []),
        ...(reading.unit ? [`单位${reading.unit}优先`] : []),
      ];
      return table(
        ['指标', '目标', '单位', '年份', '属性', '出处'],
        shown.map((g) => [
          g.indicator,
          g.target,
          g.unit,
          g.targetYear === null ? null : String(g.targetYear),
          g.attribute,
          whereWritten(g.evidence),
        ]),
        shown.map((g) => g.id),
        narrowed,
      );
    },
  };
}

function mentions(reading: Reading): AnswerPlan {
  const entity = reading.slots.entity as { id: string };
  return {
    query: `{\n  mentions(entity: ${literal(entity.id)}, first: 200) {\n    evidence { document line quote }\n  }\n}`,
    table(data) {
      const byDocument = new Map<string, EvidenceData[]>();
      for (const { evidence } of data.mentions as { evidence: EvidenceData }[]) {
        byDocument.set(evidence.document, [...(byDocument.get(evidence.document) ?? []), evidence]);
      }
      return table(
        ['文件', '行', '原文'],
        [...byDocument].map(([document, lines]) => [
          document,
          [...new Set(lines.map((l) => l.line))].join('、'),
          lines[0]?.quote ?? null,
        ]),
        [],
      );
    },
  };
}

function commonGround(reading: Reading): AnswerPlan {
  const a = reading.slots.a as { id: string };
  const b = reading.slots.b as { id: string };
  return {
    query: `{\n  commonGround(a: ${literal(a.id)}, b: ${literal(b.id)}) {\n    industries { industry { id name } }\n    indicators\n    commonParent { id name }\n  }\n}`,
    table(data) {
      const ground = data.commonGround as {
        industries: { industry: NamedData }[];
        indicators: string[];
        commonParent: NamedData | null;
      };
      const industries = ground.industries.map((s) => s.industry);
      return {
        ...table(
          ['共同产业'],
          industries.map((i) => [i.name]),
          [...industries.map((i) => i.id), ...(ground.commonParent ? [ground.commonParent.id] : [])],
        ),
        columns: ['共同产业', '共同指标', '共同上级'],
        rows: industries.map((i, n) => [
          i.name,
          n === 0 ? ground.indicators.join('、') || null : null,
          n === 0 ? (ground.commonParent?.name ?? null) : null,
        ]),
      };
    },
  };
}

function path(reading: Reading): AnswerPlan {
  const from = reading.slots.from as { id: string };
  const to = reading.slots.to as { id: string };
  return {
    query: `{\n  path(from: ${literal(from.id)}, to: ${literal(to.id)}, maxHops: 4) {\n    nodes { id name }\n    edges { type sourceId targetId }\n  }\n}`,
    table(data) {
      const graph = data.path as {
        nodes: NamedData[];
        edges: { type: string; sourceId: string; targetId: string }[];
      };
      const names = new Map(graph.nodes.map((n) => [n.id, n.name]));
      return table(
        ['从', '关系', '到'],
        graph.edges.map((e) => [
          names.get(e.sourceId) ?? e.sourceId,
          e.type,
          names.get(e.targetId) ?? e.targetId,
        ]),
        graph.nodes.map((n) => n.id),
      );
    },
  };
}

const PLANS: Record<string, (reading: Reading) => AnswerPlan> = {
  'parks-hosting-industry': parksHostingIndustry,
  'industry-regions': industryRegions,
  'park-industries': (r) => industriesOf(r, r.slots.park as LinkedSubject, '定位'),
  'region-industries': (r) => industriesOf(r, r.slots.region as LinkedSubject, '途径'),
  'region-parks': regionParks,
  'projects-of': projectsOf,
  'region-goals': regionGoals,
  mentions,
  'common-ground': commonGround,
  path,
  check,
};
type LinkedSubject = { id: string; label: string };

/** The plan answering a reading; every kind of question-forms.json has one. */
export function answerPlan(reading: Reading): AnswerPlan {
  const plan = PLANS[reading.kind];
  if (!plan) throw new Error(`No answer for the question kind “${reading.kind}” (question-forms.json).`);
  return plan(reading);
}

export const ANSWERED_KINDS = Object.keys(PLANS);
