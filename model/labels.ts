/**
 * Node labels and their properties, defined once. The GraphQL types, the viewer's captions
 * and details, the legend and the label lists are derived from this table; a test checks
 * that cypher/schema.cypher constrains and indexes every label. A new label is an entry here,
 * its extractor and its constraint — the compiler and the tests name every other place.
 */

/** GraphQL scalar types a property can have. */
export type PropertyType = 'String' | 'Int' | 'Float' | 'Boolean';

export interface PropertySpec {
  type: PropertyType;
  /** Always present (GraphQL non-null). */
  required?: boolean;
  /** Shown in the viewer's details panel. */
  caption: string;
  /** Said in the GraphQL schema. */
  description?: string;
  /** How the API filters on it: by the exact value, or by a part of it. */
  filter?: 'exact' | 'contains';
}

export interface LabelSpec {
  /** Chinese and English name, as the viewer's legend shows it. */
  caption: string;
  /** Said in the GraphQL schema. */
  description: string;
  /** Properties beyond those every entity has (id, label, name, aliases, evidence, sources). */
  properties: Record<string, PropertySpec>;
  /**
   * Documents name the entity in longer and shorter forms (洪江高新区, 洪江高新技术产业开发区):
   * it is shown by the fullest name any document uses, the others kept as aliases.
   */
  fullestName?: boolean;
  /**
   * Entities of a shared vocabulary (regions, industries) that almost every document names,
   * many times: one mention per document says where, and their facts (relationships) carry
   * their own evidence. Others keep a few mentions per document.
   */
  mentionsPerDocument?: number;
}

/** Labels in the order the viewer's legend shows them. */
export const LABELS = {
  Document: {
    caption: '文件 Document',
    description:
      'A source document: a five-year plan, a work report, a gazette, a park plan or a news report.',
    properties: {
      title: { type: 'String', required: true, caption: '标题' },
      file: { type: 'String', required: true, caption: '文件' },
      kind: { type: 'String', required: true, caption: '类型', filter: 'exact' },
      date: {
        type: 'String',
        required: true,
        caption: '日期',
        description: 'Date adopted or published: YYYY, YYYY-MM or YYYY-MM-DD.',
      },
      period: {
        type: 'String',
        required: true,
        caption: '规划期',
        description: 'Years the document plans for, e.g. 2021-2025.',
      },
      sha256: {
        type: 'String',
        caption: 'SHA-256',
        description:
          "SHA-256 of the file's bytes (hex): the version of the document the facts were read from.",
      },
      extractorVersion: {
        type: 'String',
        caption: '抽取版本',
        description:
          'Version of the readers, extractors and data files that read the facts: a document whose file and extractor version are unchanged is not read again.',
      },
      source: {
        type: 'String',
        caption: '来源路径',
        description:
          'Where the file was read from (absolute path), so files gone from a folder can be found.',
      },
    },
  },
  Region: {
    caption: '地区 Region',
    mentionsPerDocument: 1,
    description:
      'An administrative division (province, prefecture, county, township), or an area a plan marks out within its region (片区, 引领区: level area, no code).',
    properties: {
      code: {
        type: 'String',
        caption: '区划代码',
        description: 'Statistical division code (National Bureau of Statistics).',
      },
      level: {
        type: 'String',
        caption: '级别',
        description: 'province, prefecture, county, township, or area (marked out by a plan).',
        filter: 'exact',
      },
    },
  },
  Park: {
    caption: '园区 Park',
    description: 'An industrial park, development zone or similar area (园区).',
    fullestName: true,
    properties: {
      kind: {
        type: 'String',
        caption: '类型',
        description: "The kind named by the park's name: 高新区, 经开区, 工业集中区, 产业园…",
        filter: 'exact',
      },
      level: {
        type: 'String',
        caption: '级别',
        description: 'national or provincial, when the documents say.',
        filter: 'exact',
      },
    },
  },
  Industry: {
    caption: '产业 Industry',
    mentionsPerDocument: 1,
    description: 'An industry or industry chain.',
    properties: {
      inLexicon: {
        type: 'Boolean',
        caption: '词表收录',
        description: "True when the industry is in the project's lexicon, false when found by pattern only.",
      },
    },
  },
  Project: {
    caption: '项目 Project',
    description: 'A construction or investment project named in a plan.',
    properties: {
      status: {
        type: 'String',
        caption: '状态',
        description:
          'What the text says of it: 新开工, 续建, 建成, 投产 or 前期 (data/lexicon/projects.json).',
        filter: 'exact',
      },
      investment: {
        type: 'Float',
        caption: '总投资（亿元）',
        description: 'Total investment the text gives, in 亿元.',
      },
      capacity: {
        type: 'String',
        caption: '规模',
        description: 'What it produces, handles or holds, as written: 年产5万吨, 装机容量2×100万千瓦, 500MW.',
      },
    },
  },
  Goal: {
    caption: '目标 Goal',
    description: 'A goal or indicator: a target a plan sets, or a result it reports.',
    properties: {
      indicator: {
        type: 'String',
        required: true,
        caption: '指标',
        filter: 'contains',
        description: 'What is measured, as the document names it (地区生产总值增长…).',
      },
      category: { type: 'String', caption: '类别' },
      number: { type: 'String', caption: '序号' },
      baseline: { type: 'String', caption: '基期值' },
      baselineYear: { type: 'Int', caption: '基期年' },
      baselineValue: {
        type: 'Float',
        caption: '基期数值',
        description: 'The baseline as a number (946.5 of 946.5 亿元).',
      },
      target: { type: 'String', caption: '目标值' },
      value: { type: 'Float', caption: '数值', description: 'The target as a number (5 of 增长5%左右).' },
      valueMax: {
        type: 'Float',
        caption: '数值上限',
        description: 'The upper end of a range (5.5 of 5%—5.5%).',
      },
      qualifier: {
        type: 'String',
        caption: '限定',
        description: 'As written: 左右, 以上, 以内, 不低于, 达到…',
      },
      kind: {
        type: 'String',
        caption: '增长/水平',
        description: 'growth (a change: 增长5%) or level (a value to reach).',
      },
      targetYear: { type: 'Int', caption: '目标年', filter: 'exact' },
      growth: { type: 'String', caption: '年均增长' },
      unit: { type: 'String', caption: '单位' },
      attribute: {
        type: 'String',
        caption: '属性',
        description: '约束性 (binding) or 预期性 (expected).',
        filter: 'exact',
      },
      status: {
        type: 'String',
        caption: '状态',
        description: 'target (to reach) or result (reported as reached).',
        filter: 'exact',
      },
      source: { type: 'String', caption: '来源', description: 'table or text.' },
      actual: { type: 'String', caption: '实际值' },
      actualGrowth: { type: 'String', caption: '实际增长' },
    },
  },
} as const satisfies Record<string, LabelSpec>;

export type NodeLabel = keyof typeof LABELS;
export const NODE_LABELS = Object.keys(LABELS) as NodeLabel[];

/** Mentions kept as evidence per entity and document (LabelSpec.mentionsPerDocument; else 3). */
export function mentionsPerDocument(label: NodeLabel): number {
  return (LABELS[label] as LabelSpec).mentionsPerDocument ?? 3;
}

/** Whether the label's entities are shown by the fullest name documents use (LabelSpec.fullestName). */
export function showsFullestName(label: NodeLabel): boolean {
  return (LABELS[label] as LabelSpec).fullestName === true;
}

/** The properties of a label, with their specs. */
export function labelProperties(label: NodeLabel): [string, PropertySpec][] {
  return Object.entries(LABELS[label].properties as Record<string, PropertySpec>);
}
