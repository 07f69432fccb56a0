import { describe, expect, it } from 'vitest';
import { EntityLinker, type KnownEntity } from '../../server/ask/entity-linker.ts';
import { questionForms } from '../../server/ask/question-forms.ts';
import { readQuestion } from '../../server/ask/read-question.ts';

/** A made-up graph's names: a city, a county in it, two parks, industries, projects. */
function entity(id: string, label: KnownEntity['label'], extra: Partial<KnownEntity> = {}): KnownEntity {
  return {
    id,
    label,
    name: id.split(':')[1] as string,
    aliases: [],
    sources: 1,
    degree: 1,
    kind: null,
    ups: [],
    ...extra,
  };
}
const ENTITIES = [
  entity('region:青岚市', 'Region', { aliases: ['青岚'], degree: 40 }),
  entity('region:白石县', 'Region', { aliases: ['白石'], ups: ['region:青岚市'], degree: 20 }),
  entity('park:青岚高新技术产业开发区', 'Park', {
    aliases: ['青岚高新区'],
    kind: '高新区',
    ups: ['region:青岚市'],
    degree: 12,
  }),
  entity('park:白石经济开发区', 'Park', {
    aliases: ['白石经开区'],
    kind: '经开区',
    ups: ['region:白石县'],
    degree: 6,
  }),
  entity('industry:电子信息', 'Industry', { degree: 30 }),
  entity('industry:新能源', 'Industry', { aliases: ['光伏'], degree: 9 }),
  entity('industry:光伏', 'Industry', { ups: ['industry:新能源'], degree: 3 }),
  entity('industry:生产', 'Industry'),
  entity('project:青岚数据中心', 'Project', { ups: ['region:青岚市'] }),
  entity('project:青岚高新区电子产业园建设项目', 'Project', {
    ups: ['park:青岚高新技术产业开发区'],
    degree: 2,
  }),
];
const forms = questionForms();
const linker = new EntityLinker(
  ENTITIES,
  new Set(forms.termsNotNames),
  new Map([
    ['深圳', '深圳市'],
    ['深圳市', '深圳市'],
  ]),
);

function read(question: string, prefer: string[] = []) {
  const understanding = readQuestion(question, linker, forms, prefer);
  if (!understanding.understood) throw new Error(`not understood: ${question} (${understanding.why})`);
  const { reading } = understanding;
  return {
    ...reading,
    named: Object.fromEntries(Object.entries(reading.slots).map(([slot, e]) => [slot, e.name])),
  };
}

describe('reading questions into the kinds of question-forms.json', () => {
  it.each([
    [
      '青岚有哪些园区把电子信息作为主导产业？',
      'parks-hosting-industry',
      { industry: '电子信息', region: '青岚市' },
    ],
    ['青岚高新区重点发展什么', 'park-industries', { park: '青岚高新技术产业开发区' }],
    ['白石县的产业有哪些', 'region-industries', { region: '白石县' }],
    ['白石有几个园区', 'region-parks', { region: '白石县' }],
    ['哪些文件提到了白石经开区', 'mentions', { entity: '白石经济开发区' }],
    ['青岚市和白石县有哪些共同的产业？', 'common-ground', { a: '青岚市', b: '白石县' }],
    ['青岚高新区跟青岚市是什么关系', 'path', { from: '青岚高新技术产业开发区', to: '青岚市' }],
    ['青岚高新区是否发展电子信息？', 'check', { subject: '青岚高新技术产业开发区', industry: '电子信息' }],
    ['青岚高新区搞不搞电子信息', 'check', { subject: '青岚高新技术产业开发区', industry: '电子信息' }],
    ['青岚有哪几个县在发展电子信息？', 'industry-regions', { industry: '电子信息', region: '青岚市' }],
    ['帮我查一下青岚的重点项目', 'projects-of', { entity: '青岚市' }],
    ['电子信息在哪些地区发展', 'industry-regions', { industry: '电子信息' }],
    ['青岚市2025年地区生产总值增长目标是多少', 'region-goals', { region: '青岚市' }],
    // Typed in traditional characters.
    ['白石縣發展哪些產業？', 'region-industries', { region: '白石县' }],
    [
      '青嵐有哪些園區把電子信息作為主導產業？',
      'parks-hosting-industry',
      { industry: '电子信息', region: '青岚市' },
    ],
  ])('%s → %s', (question, kind, slots) => {
    const reading = read(question);
    expect(reading.kind).toBe(kind);
    expect(reading.named).toEqual(slots);
  });

  it('reads a count, a role, a year and what a goal measures', () => {
    expect(read('白石有几个园区').count).toBe(true);
    expect(read('白石有哪些园区').count).toBe(false);
    expect(read('青岚有哪些园区把电子信息作为主导产业？').role).toBe('主导产业');
    // Both roles named: neither narrows the answer.
    expect(read('青岚高新区有哪些主导和特色产业').role).toBeNull();
    const goal = read('青岚市2025年GDP增长目标是多少亿元？');
    expect(goal.year).toBe(2025);
    expect(goal.unit).toBe('亿元');
    expect(goal.indicatorTerm).toBe('地区生产总值');
    expect(goal.indicator).toBe('地区生产总值增长');
    expect(read('青岚市十四五末城镇化率达到多少').year).toBe(2025);
    // 人 of 人口 is no unit asked for, and stays in the indicator.
    const population = read('青岚市2025年常住人口城镇化率目标是多少？');
    expect(population.unit).toBeNull();
    expect(population.indicator).toBe('常住人口城镇化率');
    // Two parts naming two times or documents compare them: no one year.
    const compared = read('青岚市2026年GDP增长目标是多少，五年规划定的是多少？');
    expect(compared.year).toBeNull();
    expect(compared.indicator).toBe('地区生产总值增长');
    expect(read('青岚市十四五规划的地区生产总值目标是多少').year).toBe(2025);
    // A question for all goals of a period names no indicator.
    const all = read('青岚市十五五期间的目标有哪些');
    expect(all.year).toBe(2030);
    expect(all.indicator).toBeNull();
    expect(read('青岚市“十五五”时期有什么目标').indicator).toBeNull();
  });

  it('reads an indicator word as a word, not as the industry inside it', () => {
    const reading = read('青岚市地区生产总值目标');
    expect(reading.entities.map((e) => e.name)).toEqual(['青岚市']);
  });

  it("takes a park-kind word after a region as that region's park", () => {
    const reading = read('白石的经开区发展什么产业');
    expect(reading.kind).toBe('park-industries');
    expect(reading.named).toEqual({ park: '白石经济开发区' });
  });

  it('keeps what a project question is about beyond its place', () => {
    const reading = read('青岚市有哪些数据中心项目？');
    expect(reading.kind).toBe('projects-of');
    expect(reading.topic).toBe('数据中心');
    expect(read('青岚市有哪些项目').topic).toBeNull();
  });

  it('reads the status a project question asks for, apart from its topic', () => {
    const reading = read('青岚市有哪些在建的数据中心项目？');
    expect(reading.kind).toBe('projects-of');
    expect(reading.status).toBe('续建');
    expect(reading.topic).toBe('数据中心');
    expect(read('青岚市今年新开工哪些项目').status).toBe('新开工');
    expect(read('青岚市有哪些项目').status).toBeNull();
  });

  it('reports a name that fits several entities, and takes the one picked', () => {
    const first = read('哪些园区发展光伏？');
    expect(first.ambiguities).toHaveLength(1);
    const [ambiguity] = first.ambiguities;
    // The entity of that very name before the one that has it as an alias.
    expect(ambiguity?.chosen.id).toBe('industry:光伏');
    const other = ambiguity?.others[0];
    expect(other).toBeDefined();
    expect(other?.id).not.toBe(ambiguity?.chosen.id);
    const again = read('哪些园区发展光伏？', [other?.id as string]);
    expect(again.slots.industry?.id).toBe(other?.id);
  });

  it.each([
    ['深圳有哪些园区发展电子信息？', '深圳市'],
    ['白石高新区有哪些项目', '白石高新区'],
    ['明天会下雨吗', '不回答'],
    ['青岚市的市长是谁', '不回答'],
    ['你觉得青岚和白石哪个更适合开工厂', '不回答'],
    ['青岚市在哪个省', '问法'],
    ['袁隆平是哪一年出生的', '没有'],
  ])('declines %s', (question, why) => {
    const understanding = readQuestion(question, linker, forms);
    expect(understanding.understood).toBe(false);
    if (!understanding.understood) expect(understanding.why).toContain(why);
  });
});

describe('ranking what a search text may mean', () => {
  it('offers the park whose short name starts with the text before projects named after it', () => {
    const found = linker.search('青岚高新', null, 5).map((e) => e.name);
    expect(found[0]).toBe('青岚高新技术产业开发区');
    expect(found).toContain('青岚高新区电子产业园建设项目');
  });

  it('puts an exact name or alias first, then the better connected', () => {
    expect(linker.search('白石', null, 3).map((e) => e.name)[0]).toBe('白石县');
    expect(linker.search('青岚', ['Park', 'Project'], 3).map((e) => e.label)).toEqual([
      'Park',
      'Project',
      'Project',
    ]);
  });
});
