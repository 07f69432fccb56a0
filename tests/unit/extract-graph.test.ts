import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type CorpusExtraction, extractCorpus } from '../../ingest/pipeline.ts';
import { citedText, type GraphNode, type PlanGraph } from '../../model/graph.ts';
import { extractText } from '../support/extract-text.ts';
import { CORPUS } from '../support/test-graph.ts';

let corpus: CorpusExtraction;
let graph: PlanGraph;
const node = (id: string): GraphNode => {
  const found = graph.nodes.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no node ${id}`);
  return found;
};
const documentsOf = (element: { evidence: { document: string }[] }) =>
  [...new Set(element.evidence.map((e) => e.document))].sort();
const projectNames = (extracted: PlanGraph) =>
  extracted.nodes
    .filter((n) => n.label === 'Project')
    .map((n) => n.name)
    .sort();

beforeAll(async () => {
  corpus = await extractCorpus(CORPUS);
  graph = corpus.graph;
});

describe('resolution across documents', () => {
  it('makes 洪江高新区 one park in the 怀化 plan, the 洪江 plan and the gazette', () => {
    const parks = graph.nodes.filter(
      (n) => n.label === 'Park' && [n.name, ...n.aliases].includes('洪江高新区'),
    );
    expect(parks).toHaveLength(1);
    const park = parks[0] as GraphNode;
    expect(park.name).toBe('洪江高新技术产业开发区');
    expect(documentsOf(park)).toEqual([
      'hongjiang-14th-five-year-plan.txt',
      'hongjiang-gazette-2026-01.txt',
      'huaihua-14th-five-year-plan.txt',
    ]);
  });

  it('knows 怀化高新区 as 怀化国家高新技术产业开发区, a national-level park in 怀化市', () => {
    const park = graph.nodes.find((n) => n.label === 'Park' && n.aliases.includes('怀化高新区')) as GraphNode;
    expect(park.name).toBe('怀化国家高新技术产业开发区');
    expect(park.properties.level).toBe('国家级');
    const located = graph.edges
      .filter((e) => e.type === 'LOCATED_IN' && e.source === park.id)
      .map((e) => node(e.target).name);
    expect(located).toContain('怀化市');
  });

  it('gives regions their division codes and the short names plans use', () => {
    const xiangxi = graph.nodes.find(
      (n) => n.label === 'Region' && n.name === '湘西土家族苗族自治州',
    ) as GraphNode;
    expect(xiangxi.properties).toMatchObject({ code: '4331', level: 'prefecture' });
    expect(xiangxi.aliases).toContain('湘西州');
    const partOf = graph.edges.find((e) => e.type === 'PART_OF' && e.source === 'region:431281');
    expect(partOf && node(partOf.target).name).toBe('怀化市');
  });
});

describe('relationships from tables and sentences', () => {
  it('reads HOSTS with its role from the 怀化 park directory (专栏3), citing the cell', () => {
    const hosts = graph.edges.filter((e) => e.type === 'HOSTS' && e.source === 'park:怀化|高新区');
    const byRole = hosts.map((e) => `${node(e.target).name}:${String(e.properties.role)}`);
    expect(byRole).toEqual(
      expect.arrayContaining(['新材料:主导产业', '电子信息:主导产业', '生物医药:特色产业']),
    );
    const electronics = hosts.find(
      (e) => e.target === 'industry:电子信息' && e.properties.role === '主导产业',
    );
    expect(electronics?.evidence).toContainEqual(
      expect.objectContaining({ document: 'huaihua-14th-five-year-plan.txt', line: 739, quote: '电子信息' }),
    );
  });

  it('reads the 十四五 indicator rows as targets and the 十三五 rows as results', () => {
    const forest = graph.nodes.find(
      (n) =>
        n.label === 'Goal' &&
        n.name === '森林覆盖率' &&
        n.properties.status === 'target' &&
        documentsOf(n)[0] === 'yongzhou-14th-five-year-plan.txt',
    ) as GraphNode;
    expect(forest.properties).toMatchObject({
      baseline: '65.53',
      target: '≥65.53',
      targetYear: 2025,
      attribute: '约束性',
      unit: '%',
    });
    const links = graph.edges
      .filter((e) => e.source === forest.id || e.target === forest.id)
      .map((e) => `${e.type} ${e.source === forest.id ? e.target : e.source}`);
    expect(links.sort()).toEqual([
      'FOR_REGION region:4311',
      'SETS document:yongzhou-14th-five-year-plan.txt',
    ]);
    const results = graph.nodes.filter((n) => n.label === 'Goal' && n.properties.status === 'result');
    expect(results.length).toBeGreaterThan(100);
    expect(results.every((n) => n.properties.targetYear === 2020)).toBe(true);
  });

  it("reads targets in sentences: a plan's for its period, a gazette's for its year, each for the region it names", () => {
    const { nodes, edges } = corpus.graph;
    const gdpGrowth = nodes.filter(
      (n) =>
        n.label === 'Goal' && n.properties.source === 'text' && n.properties.indicator === '地区生产总值',
    );
    const regionOf = (id: string) => edges.find((e) => e.type === 'FOR_REGION' && e.source === id)?.target;
    const byDocument = (file: string) => gdpGrowth.filter((g) => g.evidence.some((e) => e.document === file));
    expect(
      byDocument('hongjiang-14th-five-year-plan.txt').map((g) => [
        g.properties.value,
        g.properties.kind,
        g.properties.targetYear,
        regionOf(g.id),
      ]),
    ).toContainEqual([8, 'growth', 2025, 'region:431281']);
    expect(
      byDocument('hongjiang-gazette-2026-01.txt').map((g) => [
        g.properties.value,
        g.properties.qualifier,
        g.properties.targetYear,
      ]),
    ).toContainEqual([6.5, '以上', 2026]);
  });

  it('places projects of an industry 专栏 in their industry and park, and a park within a park in it', () => {
    const project = node('project:怀化高新区电子信息产业园建设项目');
    const links = (id: string) =>
      graph.edges.filter((e) => e.source === id).map((e) => `${e.type} ${node(e.target).name}`);
    expect(links(project.id)).toEqual(
      expect.arrayContaining(['IN_INDUSTRY 电子信息', 'IN_PARK 怀化高新区电子信息产业园']),
    );
    const inner = graph.edges.find((e) => e.source === project.id && e.type === 'IN_PARK')?.target ?? '';
    expect(links(inner)).toEqual(
      expect.arrayContaining(['PART_OF 怀化国家高新技术产业开发区', 'HOSTS 电子信息', 'LOCATED_IN 怀化市']),
    );
  });

  it('makes a project written with and without layout spaces one project', () => {
    const spaced = graph.nodes.filter(
      (n) =>
        n.label === 'Project' &&
        /\s/u.test(n.name) &&
        graph.nodes.some((m) => m !== n && m.name === n.name.replace(/\s+/gu, '')),
    );
    expect(spaced.map((n) => n.name)).toEqual([]);
    const projects = graph.nodes.filter((n) => n.label === 'Project');
    const compact = projects.map((n) => n.name.replace(/\s+/gu, ''));
    expect(new Set(compact).size).toBe(compact.length);
  });

  it('does not take generic phrases or verbs for parks', () => {
    const names = graph.nodes.filter((n) => n.label === 'Park').flatMap((n) => [n.name, ...n.aliases]);
    // 国家大学科技园: a kind of park (a national university science park), which one it is not said.
    for (const generic of ['产业园区', '各类产业园', '省级以上工业园', '国家大学科技园'])
      expect(names).not.toContain(generic);
    expect(names.filter((name) => /^(重点建设|推动|新建|支持|积极|加快)/.test(name))).toEqual([]);
  });
});

describe('evidence', () => {
  it('is on every node and relationship, and every quote is verbatim at its line', async () => {
    const lines = new Map<string, string[]>();
    for (const element of [...graph.nodes, ...graph.edges]) {
      expect(element.evidence.length).toBeGreaterThan(0);
      for (const evidence of element.evidence) {
        if (!lines.has(evidence.document)) {
          lines.set(
            evidence.document,
            (await readFile(path.join(CORPUS, evidence.document), 'utf8')).split(/\r\n|\r|\n/),
          );
        }
        expect(citedText(lines.get(evidence.document) ?? [], evidence)).toContain(evidence.quote);
      }
    }
  });

  it('gives the same graph, byte for byte, for the same input', async () => {
    const again = await extractCorpus(CORPUS);
    expect(JSON.stringify(again.graph)).toBe(JSON.stringify(graph));
  });
});

describe('odd input', () => {
  it('reads a plan from another province with sensible, sparse results', async () => {
    const plan = [
      '# 遵义市国民经济和社会发展第十四个五年规划纲要',
      '第一章 发展基础',
      '遵义经济技术开发区重点打造形成以白酒和装备制造为主导产业的格局。',
      '专栏1  主要指标',
      '类别\t序号\t指标名称\t2020年\t2025年\t年均增速\t属性',
      '经济发展\t1\t地区生产总值（亿元）\t3720\t5500\t8\t预期性',
      '\t2\t森林覆盖率（%）\t62\t≥63\t—\t约束性',
    ].join('\n');
    const extraction = await extractText(plan, 'zunyi-plan.txt');
    const issuer = extraction.graph.nodes.find((n) => n.label === 'Region' && n.name === '遵义市');
    expect(issuer?.properties.code).toBe('5203');
    const park = extraction.graph.nodes.find((n) => n.label === 'Park');
    expect(park?.name).toBe('遵义经济技术开发区');
    expect(extraction.graph.edges.some((e) => e.type === 'HOSTS' && e.target === 'industry:装备制造')).toBe(
      true,
    );
    expect(extraction.graph.nodes.filter((n) => n.label === 'Goal').map((n) => n.properties.target)).toEqual([
      '5500',
      '≥63',
    ]);
  });

  it('names projects in running text, not kinds of projects or parts of longer names', async () => {
    const plan = [
      '# 遵义市国民经济和社会发展第十四个五年规划纲要',
      '第一章 基础设施',
      // Lines and airports alone, and inside the name of a longer work.
      '加快渝贵高铁和五大连池机场建设，实施川黔铁路遵义地区扩能工程建设。',
      '推进海龙水库除险加固工程，启动遵义新舟机场改扩建工程。',
      // A line or airport that opens the name of something else.
      '支持遵义铁路口岸和遵义铁路货场发展。',
      // Quoted names of a facility; kinds of projects and programmes (“以竹代塑”工程).
      '建设“红色记忆广场”项目，实施“以竹代塑”工程；严控“两高”项目，谋划更多“硬投资”项目，深化“揭榜挂帅”项目。',
      // Generic, counted and joined works.
      '注重高速铁路和普通铁路协同发展，加快建设一批通航机场，整治遵义三大水库和现有病险水库，做好水土保持与水库管护。',
    ].join('\n');
    const extraction = await extractText(plan, 'zunyi-plan.txt');
    expect(projectNames(extraction.graph)).toEqual(
      [
        '渝贵高铁',
        '五大连池机场',
        '川黔铁路遵义地区扩能工程',
        // What is done to a work (除险加固, 改扩建) is not part of its name.
        '海龙水库',
        '遵义新舟机场',
        '“红色记忆广场”项目',
      ].sort(),
    );
  });

  it('reads a project name without the verb, year or dash before it, and counted kinds as none', async () => {
    const report = [
      '2026年甘肃省人民政府工作报告',
      '机场方面，投用张掖机场，提速陇南机场前期工作，2027年、2028年分别建成兰张、张酒高铁。',
      '国内首个沙戈荒一体化工程——酒泉到兰州特高压直流工程投运。',
      // A numbered phase the sentence has built, named after its verb.
      '加快推进兰州港区建设，建成金昌港区改造二期。',
      // Counted kinds, a cluster, a level reached, a profession, programmes and activities.
      '建成运输机场3座，现代化机场群建设初见成效，县级医院达到三级综合医院水平。',
      '新建省级卓越工程师学院5个，深度参与中华文明探源工程、“考古中国”等重大项目。',
      '支持兰州、天水等市推进火箭、卫星制造、航天配套等重大项目。',
      // A phase, an extension line or a new campus goes on with the name; a level's kind of hospital
      // is none, nor is a line's train.
      '三级公立医院向基层投放号源，加密高铁动车组开行频次。',
      '推动兰州中川国际机场三期通航，加强县级中医医院建设。',
      '开工建设滨河大道北延线安宁段，建成投用榆中县人民医院新院区。',
    ].join('\n');
    const extraction = await extractText(report, 'gansu-report.txt');
    expect(projectNames(extraction.graph)).toEqual(
      [
        '张掖机场',
        '陇南机场',
        '兰张高铁',
        '张酒高铁',
        '酒泉到兰州特高压直流工程',
        '金昌港区改造二期',
        '中华文明探源工程',
        '兰州中川国际机场三期',
        '滨河大道北延线安宁段',
        '榆中县人民医院新院区',
      ].sort(),
    );
  });

  it('reads a work named with what is done to it, and an enterprise project said to start or be done', async () => {
    const report = [
      '2026年盐城市人民政府工作报告',
      '推动人民路快速化改造工程年底前建成通车，开工建设新洋港航道整治工程。',
      '东港新材料年产8万吨电池隔膜项目计划今年5月开工。',
      // A kind of project with a status is none; nor is a programme carried out.
      '省市重点产业项目建成投产一批，实施老旧小区改造工程。',
    ].join('\n');
    const extraction = await extractText(report, 'yancheng-report.txt');
    expect(projectNames(extraction.graph)).toEqual(
      ['人民路快速化改造工程', '新洋港航道整治工程', '东港新材料年产8万吨电池隔膜项目'].sort(),
    );
    // A project's capacity is no goal.
    expect(extraction.graph.nodes.filter((n) => n.label === 'Goal').map((n) => n.name)).toEqual([]);
  });

  it('reads a document of notices only, with no tables', async () => {
    const notices =
      '# 某县人民政府公报\n## 关于做好春耕生产的通知\n各乡镇人民政府：\n一、抓好粮油生产。\n（一）稳定播种面积。\n';
    const extraction = await extractText(notices, 'odd.txt');
    expect(extraction.failed).toEqual([]);
    expect(extraction.graph.nodes.filter((n) => n.label === 'Document')).toHaveLength(1);
    expect(extraction.graph.nodes.filter((n) => n.label === 'Goal')).toEqual([]);
  });

  it('reports an unreadable file and extracts nothing from it, without crashing', async () => {
    const extraction = await extractText('\n\n', 'odd.txt');
    expect(extraction.failed).toHaveLength(1);
    expect(extraction.graph).toEqual({ nodes: [], edges: [] });
  });
});

describe('an indicator table whose rows are all as wide as its widest (as Word makes them)', () => {
  it('reads a sub-indicator where the first value would be, but not a value written in words', async () => {
    const plan = [
      '# 青州市国民经济和社会发展第十四个五年规划纲要',
      '第一章 主要目标',
      '表1  “十四五”时期经济社会发展主要指标',
      '类别\t序号\t指标\t2020年\t2025年\t年均增长\t属性\t',
      '经济发展\t1\t地区生产总值（亿元）\t500\t700\t7\t预期性\t',
      '绿色生态\t2\t主要污染物排放总量减少（吨）\t化学需氧量\t9000\t8500\t[5]\t约束性',
      '\t\t\t氨氮\t700\t650\t[2]\t约束性',
      '民生福祉\t3\t基本养老保险参保率（%）\t法定人群全覆盖\t法定人群全覆盖\t\t预期性\t',
    ].join('\n');
    const { graph } = await extractText(plan, 'qingzhou-plan.txt');
    const goals = graph.nodes
      .filter((n) => n.label === 'Goal')
      .map((n) => [n.name, n.properties.baseline, n.properties.target, n.properties.unit]);
    expect(goals).toEqual([
      ['地区生产总值', '500', '700', '亿元'],
      ['主要污染物排放总量减少（化学需氧量）', '9000', '8500', '吨'],
      ['主要污染物排放总量减少（氨氮）', '700', '650', '吨'],
      ['基本养老保险参保率', '法定人群全覆盖', '法定人群全覆盖', '%'],
    ]);
  });
});

describe('a year plan’s table of last year done and this year’s targets', () => {
  it('reads the targets of the later year, the done column as their baseline, a bare growth as a growth in %', async () => {
    const plan = [
      '荆门市2026年国民经济和社会发展计划',
      '一、2026年主要指标',
      '| 序号 | 指标名称 | 单位 | 2025年完成 | 2026年目标 | 增长（%） |',
      '| --- | --- | --- | --- | --- | --- |',
      '| 1 | 地区生产总值 | 亿元 | 2300 | 2450 | 6.5 |',
      '| 2 | 规模以上工业增加值 | 亿元 | — | — | 8 |',
    ].join('\n');
    const { graph } = await extractText(plan, 'jingmen-plan.txt');
    const goals = graph.nodes
      .filter((n) => n.label === 'Goal')
      .map((n) => [
        n.name,
        n.properties.status,
        n.properties.targetYear,
        n.properties.baseline,
        n.properties.value,
        n.properties.unit,
        n.properties.kind,
      ]);
    expect(goals).toEqual([
      ['地区生产总值', 'target', 2026, '2300', 2450, '亿元', 'level'],
      ['规模以上工业增加值', 'target', 2026, null, 8, '%', 'growth'],
    ]);
  });
});

describe('an indicator table whose number cell spans several rows', () => {
  it('keeps each row its own goal', async () => {
    const plan = [
      '# 青州市国民经济和社会发展第十四个五年规划纲要',
      '第一章 主要目标',
      '表1  “十四五”时期经济社会发展主要指标',
      '类别\t序号\t指标\t2020年\t2025年\t年均增长\t属性',
      '经济发展\t1\t地区生产总值（亿元）\t500\t700\t7\t预期性',
      '绿色生态\t2\t森林覆盖率（%）\t70\t72\t\t约束性',
      '\t\t森林蓄积量（万立方米）\t4000\t5025\t\t约束性',
    ].join('\n');
    const { graph } = await extractText(plan, 'qingzhou-plan.txt');
    const goals = graph.nodes
      .filter((n) => n.label === 'Goal')
      .map((n) => [n.name, n.properties.target])
      .sort();
    expect(goals).toEqual([
      ['地区生产总值', '700'],
      ['森林蓄积量', '5025'],
      ['森林覆盖率', '72'],
    ]);
  });
});

describe('targets a plan writes outside the target-year column', () => {
  it('reads a growth target from the growth column, and an action with a number in a 专栏 as a target', async () => {
    const plan = [
      '# 青州市国民经济和社会发展第十四个五年规划纲要',
      '第一章 主要目标',
      '表1  “十四五”时期经济社会发展主要指标',
      '类别\t序号\t指标\t2020年\t2025年\t年均增长\t属性',
      '经济发展\t1\t地区生产总值增长（%）\t4.1\t-\t6.5\t预期性',
      '第二章 基础设施',
      '专栏 4: “十四五”时期交通重点工程',
      '高速公路工程。新建青州至临朐、青州至寿光等 2 条高速公路。',
      // What a 专栏 builds, develops or keeps is planned too; a work's specification is not.
      '粮食安全工程。严守 120 万亩耕地红线，发展 20 万亩优质小麦集中育种。',
      '铁路工程。规划建设青临城际铁路，设计时速 250 公里。',
      '第三章 回顾',
      '新建学校 12 所。',
    ].join('\n');
    const { graph } = await extractText(plan, 'qingzhou-plan.txt');
    const goals = graph.nodes
      .filter((n) => n.label === 'Goal')
      .map((n) => [n.name, n.properties.value, n.properties.unit, n.properties.kind]);
    expect(goals).toEqual(
      expect.arrayContaining([
        ['地区生产总值增长', 6.5, '%', 'growth'],
        [expect.stringContaining('高速公路'), 2, '条', 'level'],
        ['严守耕地红线', 120, '万亩', 'level'],
        ['发展优质小麦集中育种', 20, '万亩', 'level'],
      ]),
    );
    expect(goals.some(([name]) => String(name).includes('时速'))).toBe(false);
    // Outside a 专栏, an action with a number in a plan is not read as promised.
    expect(goals.some(([name]) => String(name).includes('学校'))).toBe(false);
  });
});

describe('an excerpt of a work report’s tasks, with no review before them', () => {
  it('sets its targets, though it never says it turns to this year', async () => {
    const report = ['绵竹市2026年政府工作报告', '全年实施重点项目120个以上，新增规上工业企业25家。'].join(
      '\n',
    );
    const { graph } = await extractText(report, 'mianzhu-report.txt');
    const goals = graph.nodes.filter((n) => n.label === 'Goal').map((n) => [n.name, n.properties.value]);
    expect(goals).toEqual([
      ['实施重点项目', 120],
      ['新增规上工业企业', 25],
    ]);
  });
});

describe('a report’s main targets that refer to the plan period', () => {
  it('are this year’s', async () => {
    const report = [
      '2026年赣州市人民政府工作报告',
      '三、2026年工作安排',
      '今年是“十五五”开局之年。',
      '经济社会发展主要预期目标是：地区生产总值增长5.5%左右，碳排放双控达到国家下达“十五五”目标任务的序时进度。',
    ].join('\n');
    const { graph } = await extractText(report, 'ganzhou-report.txt');
    const goals = graph.nodes.filter((n) => n.label === 'Goal').map((n) => [n.name, n.properties.targetYear]);
    expect(goals).toEqual([['地区生产总值', 2026]]);
  });
});

describe('a report that lists its projects one per heading', () => {
  it('reads each heading that names a project, not a heading that sets a task', async () => {
    const report = [
      '# 青州市2026年政府工作报告',
      '## 一、民生实事',
      '#### 1. 临朐城区污水管网改造项目',
      '主要改造老旧管网。',
      '#### 2. 实施“清水入户”工程',
      '#### 3. 重大项目',
    ].join('\n');
    const { graph } = await extractText(report, 'qingzhou-report-2026.txt');
    expect(graph.nodes.filter((n) => n.label === 'Project').map((n) => n.name)).toEqual([
      '临朐城区污水管网改造项目',
    ]);
  });
});
