import { describe, expect, it } from 'vitest';
import {
  evaluateDocuments,
  type GoldDocument,
  industryForms,
  overall,
} from '../../ingest/evaluate/evaluate-documents.ts';
import type { Evidence, GraphEdge, GraphNode, PlanGraph } from '../../model/graph.ts';

const DOCUMENT = 'zunyi-2026-report.txt';
const at = (line: number): Evidence[] => [{ document: DOCUMENT, line, section: '', quote: 'x' }];
const node = (
  id: string,
  label: GraphNode['label'],
  name: string,
  line: number,
  properties = {},
): GraphNode => ({
  id,
  label,
  name,
  aliases: [],
  properties,
  evidence: at(line),
});
const edge = (type: GraphEdge['type'], source: string, target: string, line: number): GraphEdge => ({
  id: `${type}:${source}->${target}`,
  type,
  source,
  target,
  properties: {},
  evidence: at(line),
});

const gold: GoldDocument = {
  document: DOCUMENT,
  path: 'unused',
  issuer: '遵义市',
  year: 2026,
  parks: [
    { name: '遵义经济技术开发区', aliases: ['遵义经开区'], line: 3, quote: 'x' },
    { name: '播州产业园', line: 4, quote: 'x', unsure: true },
  ],
  industries: [
    { name: '新能源汽车', line: 5, quote: 'x' },
    { name: '白酒', line: 6, quote: 'x' },
  ],
  hosts: [
    { park: '遵义经开区', industry: '新能源汽车', line: 7, quote: 'x' },
    // (Its park is unsure: so is what it hosts.)
    { park: '播州产业园', industry: '白酒', line: 4, quote: 'x' },
  ],
  prioritizes: [{ region: '遵义市', industry: '白酒', line: 6, quote: 'x' }],
  goals: [{ indicator: '地区生产总值', value: 6, unit: '%', line: 2, quote: 'x' }],
  projects: [{ name: '遵义新舟机场改扩建工程', line: 9, quote: 'x' }],
};

describe('whole-document evaluation', () => {
  it('reads industry names in their forms: suffixes 产业, 产业链, 产业集群 and 业 dropped', () => {
    expect(industryForms('新能源汽车产业')).toContain('新能源汽车');
    expect(industryForms('先进制造业集群')).toEqual(expect.arrayContaining(['先进制造业', '先进制造']));
    expect(industryForms('旅游业')).toContain('旅游');
    // Never down to one character.
    expect(industryForms('农业')).toEqual(['农业']);
  });

  it('scores right, wrong and missing facts, and leaves unsure records out (and what an unsure park hosts)', () => {
    const graph: PlanGraph = {
      nodes: [
        node('park:1', 'Park', '遵义经开区', 3),
        node('park:2', 'Park', '播州产业园', 4), // matches an unsure record: not counted
        node('park:3', 'Park', '各类园区', 8), // wrong
        node('industry:1', 'Industry', '新能源汽车产业', 5),
        node('region:1', 'Region', '遵义市', 1),
        node('goal:1', 'Goal', '地区生产总值增长', 2, { indicator: '地区生产总值增长', value: 6 }),
        node('goal:2', 'Goal', '地区生产总值增长', 2, { indicator: '地区生产总值增长', value: 7 }), // wrong number
        node('project:1', 'Project', '新舟机场改扩建工程', 9),
      ],
      edges: [edge('HOSTS', 'park:1', 'industry:1', 7)],
    };
    const [result] = evaluateDocuments(graph, [gold]);
    const score = (name: string) => result?.scores.find((s) => s.name === name);
    expect(score('Park')).toMatchObject({ predicted: 2, correct: 1, gold: 1, found: 1 });
    expect(score('Industry')).toMatchObject({ predicted: 1, correct: 1, gold: 2, found: 1 });
    expect(score('HOSTS')).toMatchObject({ correct: 1, gold: 1, found: 1 });
    expect(score('PRIORITIZES')).toMatchObject({ predicted: 0, gold: 1, found: 0, recall: 0 });
    expect(score('Goal')).toMatchObject({ predicted: 2, correct: 1, found: 1 });
    expect(score('Project')).toMatchObject({ correct: 1, found: 1 });
    const total = overall(result ? [result] : []);
    expect(total.find((s) => s.name === 'Park')?.precision).toBe(0.5);
  });

  it("counts an industry's annotated part as neither wrong nor missed, and a project by its annotated aliases", () => {
    const withParts: GoldDocument = {
      ...gold,
      industries: [{ name: '高端装备', parts: ['工程机械', '机器人'], line: 5, quote: 'x' }],
      projects: [{ name: '遵义新舟机场改扩建工程', aliases: ['新舟机场三期'], line: 9, quote: 'x' }],
    };
    const graph: PlanGraph = {
      nodes: [
        node('industry:1', 'Industry', '高端装备', 5),
        node('industry:2', 'Industry', '工程机械', 5), // a part: not counted
        node('industry:3', 'Industry', '陶瓷', 6), // wrong
        node('project:1', 'Project', '新舟机场三期', 9),
      ],
      edges: [],
    };
    const [result] = evaluateDocuments(graph, [withParts]);
    const score = (name: string) => result?.scores.find((s) => s.name === name);
    expect(score('Industry')).toMatchObject({ predicted: 2, correct: 1, gold: 1, found: 1 });
    expect(score('Project')).toMatchObject({ predicted: 1, correct: 1, found: 1 });
  });

  it('leaves out the broader industries the taxonomy adds above one the document names, at every level', () => {
    const graph: PlanGraph = {
      nodes: [
        node('industry:1', 'Industry', '白酒', 6),
        node('industry:2', 'Industry', '食品饮料', 6), // above 白酒 only: not counted
        node('industry:3', 'Industry', '新能源汽车', 5),
        node('industry:4', 'Industry', '消费品', 6), // above 食品饮料: not counted either
      ],
      edges: [
        edge('PART_OF', 'industry:1', 'industry:2', 6),
        edge('PART_OF', 'industry:2', 'industry:4', 6),
        edge('HOSTS', 'park:1', 'industry:3', 7),
      ],
    };
    const [result] = evaluateDocuments(graph, [gold]);
    expect(result?.scores.find((s) => s.name === 'Industry')).toMatchObject({ predicted: 2, correct: 2 });
  });

  it("counts a region's or park's relationship to a part of an industry it develops as neither wrong nor missed", () => {
    const withParts: GoldDocument = {
      ...gold,
      industries: [
        { name: '白酒', parts: ['酱香型白酒'], line: 6, quote: 'x' },
        { name: '新能源汽车', parts: ['动力电池'], line: 5, quote: 'x' },
        { name: '陶瓷', parts: ['日用陶瓷'], line: 8, quote: 'x' },
      ],
    };
    const graph: PlanGraph = {
      nodes: [
        node('region:1', 'Region', '遵义市', 1),
        node('park:1', 'Park', '遵义经开区', 3),
        node('industry:1', 'Industry', '白酒', 6),
        node('industry:2', 'Industry', '酱香型白酒', 6),
        node('industry:3', 'Industry', '动力电池', 7),
        node('industry:4', 'Industry', '日用陶瓷', 8),
      ],
      edges: [
        edge('PRIORITIZES', 'region:1', 'industry:1', 6),
        edge('PRIORITIZES', 'region:1', 'industry:2', 6), // a part of what it develops: not counted
        edge('PRIORITIZES', 'region:1', 'industry:4', 8), // 陶瓷 is no industry it develops: wrong
        edge('HOSTS', 'park:1', 'industry:3', 7), // a part of what the park hosts: not counted
      ],
    };
    const [result] = evaluateDocuments(graph, [withParts]);
    const score = (name: string) => result?.scores.find((s) => s.name === name);
    expect(score('PRIORITIZES')).toMatchObject({ predicted: 2, correct: 1, gold: 1, found: 1 });
    expect(score('HOSTS')).toMatchObject({ predicted: 0, gold: 1, found: 0 });
  });
});
