/**
 * The relationship questions the API answers, each as: what to pick, the query to send, and
 * how to turn the answer into a subgraph to draw and a table to read.
 */
import { NODE_LABELS, type NodeLabel } from '../../model/labels.ts';
import { RELATIONSHIPS } from '../../model/relationships.ts';
import { graphql } from './api.ts';
import { ElementSet } from './elements.ts';
import {
  PARKS_HOSTING_INDUSTRY,
  PATH,
  type ParksHostingIndustryAnswer,
  type PathAnswer,
  PROJECTS_OF,
  type ProjectsOfAnswer,
  REGION_GOALS,
  REGION_INDUSTRIES,
  type RegionGoalsAnswer,
  type RegionIndustriesAnswer,
} from './queries.ts';
import type { Suggestion } from './search-box.ts';

export interface Picker {
  caption: string;
  labels: NodeLabel[];
}

/** One row of an answer's table; `elementId` is what selecting the row selects on the canvas. */
export interface AnswerRow {
  elementId: string;
  cells: string[];
}

export interface Answer {
  elements: ElementSet;
  /** Nodes the question was about (kept unfaded and marked). */
  asked: string[];
  columns: string[];
  rows: AnswerRow[];
}

export interface Question {
  id: string;
  title: string;
  pickers: Picker[];
  ask(picked: Suggestion[]): Promise<Answer>;
}

/** Where the answer is written, briefly: the lines, by document (the details panel quotes them). */
const evidenceCell = (evidence: { document: string; line: number }[]) => {
  const lines = new Map<string, number[]>();
  for (const e of evidence) lines.set(e.document, [...(lines.get(e.document) ?? []), e.line]);
  return [...lines]
    .map(([file, numbers]) => `${file.replace(/\.txt$/, '').split('-')[0]} 第${numbers.join('、')}行`)
    .join('；');
};

export const QUESTIONS: Question[] = [
  {
    id: 'parks-hosting-industry',
    title: '哪些园区发展某产业 · Parks hosting an industry',
    pickers: [{ caption: '产业 Industry', labels: ['Industry'] }],
    async ask([industry]) {
      const { parksHostingIndustry } = await graphql<ParksHostingIndustryAnswer>(PARKS_HOSTING_INDUSTRY, {
        industry: industry?.id,
      });
      const elements = new ElementSet();
      for (const hosts of parksHostingIndustry) elements.addEdge(hosts, hosts.park, hosts.industry);
      return {
        elements,
        asked: industry ? [industry.id] : [],
        columns: ['园区 Park', '产业 Industry', '角色 Role', '出处 Evidence'],
        rows: parksHostingIndustry.map((hosts) => ({
          elementId: hosts.id,
          cells: [hosts.park.name, hosts.industry.name, hosts.role ?? '', evidenceCell(hosts.evidence)],
        })),
      };
    },
  },
  {
    id: 'region-industries',
    title: '某地区发展哪些产业 · Industries of a region',
    pickers: [{ caption: '地区 Region', labels: ['Region'] }],
    async ask([region]) {
      const { regionIndustries } = await graphql<RegionIndustriesAnswer>(REGION_INDUSTRIES, {
        region: region?.id,
      });
      const elements = new ElementSet();
      for (const entry of regionIndustries) {
        elements.addNode(entry.region).addNode(entry.industry);
        for (const plan of entry.throughPlans) elements.addEdge(plan, plan.region, entry.industry);
        for (const hosts of entry.throughParks) elements.addEdge(hosts, hosts.park, entry.industry);
      }
      return {
        elements,
        asked: region ? [region.id] : [],
        columns: ['产业 Industry', '规划重点 Plans (regions)', '园区 Parks'],
        rows: regionIndustries.map((entry) => ({
          elementId: entry.industry.id,
          cells: [
            entry.industry.name,
            [...new Set(entry.throughPlans.map((plan) => plan.region.name))].join('、'),
            [...new Set(entry.throughParks.map((hosts) => `${hosts.park.name}（${hosts.role ?? ''}）`))].join(
              '、',
            ),
          ],
        })),
      };
    },
  },
  {
    id: 'projects-of',
    title: '园区或地区的项目 · Projects in a park or region',
    pickers: [{ caption: '园区/地区/产业 Park, region or industry', labels: ['Park', 'Region', 'Industry'] }],
    async ask([entity]) {
      const { projectsOf } = await graphql<ProjectsOfAnswer>(PROJECTS_OF, { entity: entity?.id });
      const elements = new ElementSet();
      for (const project of projectsOf) {
        elements.addNode(project);
        for (const edge of project.parks) elements.addEdge(edge, edge.park);
        for (const edge of project.locatedIn) elements.addEdge(edge, edge.region);
        for (const edge of project.industries) elements.addEdge(edge, edge.industry);
      }
      return {
        elements,
        asked: entity ? [entity.id] : [],
        columns: ['项目 Project', '园区 Park', '地区 Region', '产业 Industry'],
        rows: projectsOf.map((project) => ({
          elementId: project.id,
          cells: [
            project.name,
            project.parks.map((e) => e.park.name).join('、'),
            project.locatedIn.map((e) => e.region.name).join('、'),
            project.industries.map((e) => e.industry.name).join('、'),
          ],
        })),
      };
    },
  },
  {
    id: 'region-goals',
    title: '某地区的目标 · Goals of a region',
    pickers: [{ caption: '地区 Region', labels: ['Region'] }],
    async ask([region]) {
      const { regionGoals } = await graphql<RegionGoalsAnswer>(REGION_GOALS, { region: region?.id });
      const elements = new ElementSet();
      for (const goal of regionGoals) {
        elements.addNode(goal);
        for (const edge of goal.regions) elements.addEdge(edge, edge.region);
      }
      return {
        elements,
        asked: region ? [region.id] : [],
        columns: ['指标 Indicator', '目标 Target', '年份 Year', '属性 Attribute'],
        rows: regionGoals.map((goal) => ({
          elementId: goal.id,
          cells: [
            goal.indicator,
            [goal.target ?? goal.actual ?? '', goal.unit ?? ''].join(' ').trim(),
            goal.targetYear ? String(goal.targetYear) : '',
            goal.attribute ?? goal.status ?? '',
          ],
        })),
      };
    },
  },
  {
    id: 'path',
    title: '两个实体之间的路径 · Path between two entities',
    pickers: [
      { caption: '从 From', labels: NODE_LABELS },
      { caption: '到 To', labels: NODE_LABELS },
    ],
    async ask([from, to]) {
      const { path } = await graphql<PathAnswer>(PATH, { from: from?.id, to: to?.id, maxHops: 5 });
      const elements = new ElementSet();
      for (const node of path.nodes) elements.addNode(node);
      for (const edge of path.edges) elements.addEdge(edge);
      const names = new Map(path.nodes.map((node) => [node.id, node.name]));
      return {
        elements,
        asked: [from?.id, to?.id].filter((id): id is string => Boolean(id)),
        columns: ['起点 From', '关系 Relationship', '终点 To'],
        rows: path.edges.map((edge) => ({
          elementId: edge.id,
          cells: [
            names.get(edge.sourceId) ?? edge.sourceId,
            edge.role ?? RELATIONSHIPS[edge.type].caption,
            names.get(edge.targetId) ?? edge.targetId,
          ],
        })),
      };
    },
  },
];
