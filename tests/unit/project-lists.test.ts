/** Projects named in lists that share one head, on sentences written for this test (other places, other plans). */
import { describe, expect, it } from 'vitest';
import { loadProjectLexicon } from '../../ingest/vocabulary/lexicons.ts';
import { ProjectListReader } from '../../ingest/vocabulary/project-lists.ts';
import { extractText } from '../support/extract-text.ts';

const industries = new Set(['量子通信', '生物医药']);
const reader = new ProjectListReader(loadProjectLexicon().listKinds, (item) => industries.has(item));
const listed = (sentence: string) => reader.names(sentence).map((p) => [p.name, p.by]);
const listedNames = (sentence: string) => reader.names(sentence).map((p) => p.name);

describe('ProjectListReader', () => {
  it('gives the kind the last item ends with back to the items before it', () => {
    expect(listed('积极推进青石、白鹭洲、马鞍岭风电项目建设。')).toEqual([
      ['青石风电项目', 'shared-head'],
      ['白鹭洲风电项目', 'shared-head'],
      ['马鞍岭风电项目', 'own-kind'],
    ]);
    expect(listedNames('推进青白、石门220千伏输变电工程建设。')).toEqual([
      '青白220千伏输变电工程',
      '石门220千伏输变电工程',
    ]);
    // What the sentence says of the last work (建成通车) is no part of its name.
    expect(listed('青白、石门高速建成通车。')).toEqual([
      ['青白高速', 'shared-head'],
      ['石门高速', 'own-kind'],
    ]);
    // An item that ends as a project does keeps its name.
    expect(listedNames('加快建设青岭高铁配套工程、石门高铁。')).toEqual(['青岭高铁配套工程', '石门高铁']);
    expect(listed('规划港口三处（东关、西渡、南岸港），设计标准1000吨级。')).toEqual([
      ['东关港', 'shared-head'],
      ['西渡港', 'shared-head'],
      ['南岸港', 'own-kind'],
    ]);
  });

  it('reads a list grouped by place with commas as one list, when its head is a kind of work', () => {
    expect(listed('重点推进青石白鹭，北岭马鞍岭二期，东关云台、石门等风电场项目建设。')).toEqual([
      ['青石白鹭风电场项目', 'shared-head'],
      ['北岭马鞍岭二期风电场项目', 'shared-head'],
      ['东关云台风电场项目', 'shared-head'],
      ['石门风电场项目', 'shared-head'],
    ]);
    // Clauses that do something are no group of names; nor does a plain 等项目 join clauses.
    expect(listedNames('加快推进城区改造，完善路网，推进东关、西渡等风电场项目。')).toEqual([
      '东关风电场项目',
      '西渡风电场项目',
    ]);
    expect(listedNames('巩固东关，盘活存量，推进北岭、西渡等项目。')).toEqual(['北岭', '西渡']);
  });

  it('gives a counted kind to the items before the count (…4条天然气支线管网工程)', () => {
    expect(listed('推动东关—西渡、北岭—石门—云台2条天然气支线管网工程项目前期工作。')).toEqual([
      ['东关—西渡天然气支线管网工程项目', 'shared-head'],
      ['北岭—石门—云台天然气支线管网工程项目', 'shared-head'],
    ]);
  });

  it('reads past what the sentence does to the list (…等建设, …升型扩建)', () => {
    expect(listedNames('全力推动青石、白鹭水库升型扩建。')).toEqual(['青石水库', '白鹭水库']);
    expect(listedNames('重点支持政务大数据中心、林业大数据中心等建设。')).toEqual([
      '政务大数据中心',
      '林业大数据中心',
    ]);
    // A named work (…工程) gives itself to bare names: 青石 + 水源工程.
    expect(listedNames('新建青石、白鹭等重点骨干水源工程。')).toEqual(['青石水源工程', '白鹭水源工程']);
  });

  it('gives the head after 等 to every item, except an item that already ends like it', () => {
    expect(listed('开工建设临江至石门、北岭至沙河等铁路，加快凤鸣、云台等实验室建设。')).toEqual([
      ['临江至石门铁路', 'shared-head'],
      ['北岭至沙河铁路', 'shared-head'],
      ['凤鸣实验室', 'shared-head'],
      ['云台实验室', 'shared-head'],
    ]);
    expect(listedNames('加快建设东湖线、南湖线、滨江线等轨道交通线。')).toEqual([
      '东湖线',
      '南湖线',
      '滨江线',
    ]);
  });

  it('gives a kind its specification (220千伏) along with it, to every item', () => {
    expect(
      listed('新建青石、白鹭洲等 220 千伏变电站，建设北岭-沙河、云台-石门 500 千伏线路。').map(
        ([name]) => name,
      ),
    ).toEqual(['青石220千伏变电站', '白鹭洲220千伏变电站', '北岭-沙河500千伏线路', '云台-石门500千伏线路']);
    expect(listedNames('推进凤鸣、云台、临江通用机场建设。')).toEqual([
      '凤鸣通用机场',
      '云台通用机场',
      '临江通用机场',
    ]);
  });

  it('reads a name that alone makes a list of projects (X等一批…项目), and 机制 is no part of 电机制造', () => {
    expect(listed('重点推进青岚市光电产业检测中心等一批光电产业项目，发展壮大光电产业。')).toEqual([
      ['青岚市光电产业检测中心', 'list'],
    ]);
    expect(listed('推进白石电机制造基地、白石矿山装备产业园等一批装备制造项目。')).toEqual([
      ['白石电机制造基地', 'list'],
      ['白石矿山装备产业园', 'list'],
    ]);
    expect(listed('支持智能终端、工程机械、装配式建筑等领域项目。')).toEqual([]);
  });

  it('takes every item of a list that ends in 等项目 as a project, but not an industry', () => {
    expect(listed('推进星河汽车技改、远帆动力电池三期、量子通信等项目建设。')).toEqual([
      ['星河汽车技改', 'list'],
      ['远帆动力电池三期', 'list'],
    ]);
  });

  it('keeps what a listed project improves in its name, in a list that says its items are projects', () => {
    expect(
      listed('协调推进青州育种基地及种业创新能力提升、白石老城区供水提质增效等拟申报项目前期工作。'),
    ).toEqual([
      ['青州育种基地及种业创新能力提升', 'list'],
      ['白石老城区供水提质增效', 'list'],
    ]);
    // Without 等项目 those words are the sentence's; an item opening with one is always.
    expect(listed('推进青州育种能力提升、白石服务水平提高。')).toEqual([]);
    expect(listed('推进白石冷链仓储、强化夜经济等项目。')).toEqual([['白石冷链仓储', 'list']]);
  });

  it('reads works of a list whose head names facilities in general (…等物流平台), not a class of works', () => {
    expect(listedNames('建设青州冷链物流中心、白石物流园等物流平台。')).toEqual([
      '青州冷链物流中心',
      '白石物流园',
    ]);
    expect(listedNames('推进健身步道、城乡绿道等场地设施建设。')).toEqual([]);
    expect(listedNames('建成投用青州、临朐垃圾焚烧发电项目。')).toEqual([
      '青州垃圾焚烧发电项目',
      '临朐垃圾焚烧发电项目',
    ]);
  });

  it('splits an item that joins a complete work to the next name, and reads a size class before the head', () => {
    expect(listedNames('推动青州骨干通用机场和临朐、石门通用机场建设。')).toEqual([
      '青州骨干通用机场',
      '临朐通用机场',
      '石门通用机场',
    ]);
    expect(listedNames('新建东岭、西坝等中小型水库。')).toEqual(['东岭水库', '西坝水库']);
    expect(listedNames('加快实施南岭、北坝等中小型病险水库除险加固。')).toEqual(['南岭水库', '北坝水库']);
  });

  it('ends the list at a complete name joined by 和', () => {
    expect(listedNames('西沿江、青湾高铁和北湖站综合枢纽等重大工程开工建设。')).toEqual([
      '西沿江高铁',
      '青湾高铁',
    ]);
  });

  it('leaves out bare activities before a head that says what kind of project, and areas a work connects', () => {
    expect(listed('推进溯溪、露营、星河湾滑翔伞基地等户外运动项目。')).toEqual([
      ['星河湾滑翔伞基地', 'list'],
    ]);
    expect(listedNames('推进东岭、西坝等煤电项目，建设青州、白石国家物流枢纽。')).toEqual([
      '东岭煤电项目',
      '西坝煤电项目',
      '青州国家物流枢纽',
      '白石国家物流枢纽',
    ]);
    expect(listed('建设连接中原城市群、环渤海经济圈的物流枢纽。')).toEqual([]);
  });

  it('reads nothing from lists of industries, fields or classes of works', () => {
    expect(listed('大力发展生物医药、新材料、高端装备等产业。')).toEqual([]);
    expect(listed('在交通、水利、能源等领域加大投资。')).toEqual([]);
    expect(listed('改造二级公路、县乡公路和农村公路。')).toEqual([]);
    expect(listed('加强城区、园区、景区停车场建设。')).toEqual([]);
  });
});

describe('projects named in lists, through extraction', () => {
  it('names each project of a list once, with its region, and leaves activities out', async () => {
    const report = [
      '# 2026年青州市人民政府工作报告',
      '一、2026年工作安排',
      '推进青石、白鹭洲等风电场项目建设，开工建设青州至临江高速公路。',
      '加快青州国际会展中心、青州冷链物流中心、星河汽车技改等项目建设。',
      '实施水土流失综合治理、城乡供水一体化等工程。',
      '推进青州种业基地及育种能力提升、白石文旅融合发展等项目。',
      '开工建设青东水资源配置工程，加快石门调蓄工程建设，实施人才引育工程。',
    ].join('\n');
    const { graph } = await extractText(report, 'qingzhou-report.txt');
    const projects = graph.nodes.filter((n) => n.label === 'Project');
    expect(projects.map((n) => n.name).sort()).toEqual(
      [
        '青石风电场项目',
        '白鹭洲风电场项目',
        '青州至临江高速公路',
        '青州国际会展中心',
        '青州冷链物流中心',
        '星河汽车技改',
        // An activity on a facility is a work; an activity alone is not.
        '青州种业基地及育种能力提升',
        // Built (开工建设), so a work; a short proper name before a water work names it.
        '青东水资源配置工程',
        '石门调蓄工程',
      ].sort(),
    );
    for (const project of projects) {
      const evidence = project.evidence[0];
      expect(report.split('\n')[(evidence?.line ?? 0) - 1]).toContain(evidence?.quote);
    }
  });
});

/** The projects a 2026 report of 青州 with these task lines names, sorted. */
async function projectsIn(lines: string[]): Promise<string[]> {
  const report = ['# 2026年青州市人民政府工作报告', '一、2026年工作安排', ...lines].join('\n');
  const { graph } = await extractText(report, 'qingzhou-report.txt');
  return graph.nodes
    .filter((n) => n.label === 'Project')
    .map((n) => n.name)
    .sort();
}

describe('facilities named in running text', () => {
  it('names a laboratory, a park or a centre by its place, not a kind of facility', async () => {
    const projects = await projectsIn([
      '推动青州智能网联实验室组建，建设青州白石考古遗址公园，创建国家医学中心，成立区域应急救援中心。',
      '加快建设东湖线、南湖线等轨道交通线。',
    ]);
    // Short names a list's kind makes works (东湖线) count too.
    expect(projects).toEqual(['青州智能网联实验室', '青州白石考古遗址公园', '东湖线', '南湖线'].sort());
  });

  it('reads no work in 工程 that goes on into a word of its own (工程机械), and a centre of engineering whole', async () => {
    const projects = await projectsIn([
      '青州经开区工程机械产业集群入选国家先进制造业集群。',
      '建设山东省青州花卉工程技术研究中心、山东省青州蜜桃工程技术中心。',
    ]);
    expect(projects).toEqual(['山东省青州花卉工程技术研究中心', '山东省青州蜜桃工程技术中心'].sort());
  });

  it('names a town, a centre or a building only when a place or an institution opens its name', async () => {
    expect(
      await projectsIn([
        '重点培育青州白石葡萄小镇、青州古渡文旅小镇，建设青州医学院肿瘤研发中心、齐鲁理工学院材料研发中心。',
        // Kinds of towns, counted or typed, are none; nor is a town named by its product alone.
        '打造“产镇融合”型特色产业小镇、全市十大文旅特色小镇，发展茶叶小镇、蓝莓小镇。',
        '推进青州、石门、临江等一批通航机场建设。',
      ]),
    ).toEqual(
      [
        '青州白石葡萄小镇',
        '青州古渡文旅小镇',
        '青州医学院肿瘤研发中心',
        '齐鲁理工学院材料研发中心',
        '青州通航机场',
        '石门通航机场',
        '临江通航机场',
      ].sort(),
    );
  });

  it('names a research or training centre, a base or an information platform a place opens', async () => {
    expect(
      await projectsIn([
        '建设青州市地质灾害研究中心、青州市应急指挥中心，搭建青州能源大数据智慧平台，建成青州“智慧就业”信息平台。',
        '建设青州大数据中心，打造一体化数据中心体系。',
        // Without a place, a role or a kind: none; nor does a student (大学生) make an institution.
        '建设区域科技创新中心，完善大学生创业孵化基地，推广各类信息平台。',
      ]),
    ).toEqual(
      [
        '青州市地质灾害研究中心',
        '青州市应急指挥中心',
        '青州能源大数据智慧平台',
        '青州“智慧就业”信息平台',
        '青州大数据中心',
      ].sort(),
    );
  });
});

describe('what is left of a count, a level or another name', () => {
  it('names no project: 3—4所…医院, 市县两级…医院, 特色… or 河湖连通', async () => {
    expect(
      await projectsIn([
        '建成3—4所县级中医医院，完善市县两级综合性医院。',
        '持续推进石门水库除险加固、特色乡村码头、河湖连通等工程建设。',
      ]),
    ).toEqual(['石门水库', '石门水库除险加固']);
  });
});

describe('what a sentence establishes, and a system a facility has', () => {
  it('names the facility it establishes, not the system', async () => {
    expect(
      await projectsIn(['建立青州市旅游大数据中心，建立健全现代中医医院管理制度，完善“两纵一横”航道体系。']),
    ).toEqual(['青州市旅游大数据中心']);
  });
});

describe('a road named by where it runs', () => {
  it('is a work; a kind of road is not', async () => {
    expect(
      await projectsIn([
        '近期规划建设石门经白鹭至青州二级公路，改造S206青州至临江公路，新改建农村公路300公里，完善旅游公路。',
      ]),
    ).toEqual(['S206青州至临江公路', '石门经白鹭至青州二级公路'].sort());
  });
});

describe('a section of a work', () => {
  it('is part of the work’s name: 江段, （青州段）, 石门至临江段', async () => {
    expect(
      await projectsIn([
        '推进黄河国家文化公园青州段建设，加快长城国家文化公园（青州段）建设，开工建设京青高速石门至临江段。',
      ]),
    ).toEqual(['京青高速石门至临江段', '长城国家文化公园（青州段）', '黄河国家文化公园青州段'].sort());
  });
});

describe('a place’s own facility', () => {
  it('is named by the place alone, and keeps a bracket that goes on with its name', async () => {
    expect(
      await projectsIn([
        '支持青州实验室加快建设，推动青州内陆港（叠加铁路口岸）项目建设，谋划一批青州项目。',
        // Kinds of works, counted or qualified, are none: 全省高速公路, 智慧港口, 20家县级医院;
        // nor are slogans, high speed, or a line's freight trains.
        '完善全省高速公路网，建设智慧港口，推动20家县级医院达到三级医院水平。',
        '实现了县县通高速，物流业高速增长，实现青州中欧国际铁路货运班列常态化开行。',
        // …nor a city's role, a pilot, or a line's container trains.
        '建设山东省冷链物流中心城市，创建农产品冷藏保鲜设施建设项目试点县，开行青州国际铁路集装箱班列。',
      ]),
    ).toEqual(['青州实验室', '青州内陆港（叠加铁路口岸）项目'].sort());
  });
});

describe('a city’s own facility', () => {
  it('is named by 市 alone in the city’s plan, but not its hospitals or 市场', async () => {
    const plan = [
      '# 青州市国民经济和社会发展第十四个五年规划纲要',
      '第一章 公共服务',
      '在滨江新城建设市图书馆、市科技馆等文化设施，依托市一医院建设区域医疗中心，建设市级医院。',
      '完善市场监督管理平台。',
    ].join('\n');
    const { graph } = await extractText(plan, 'qingzhou-plan.txt');
    const projects = graph.nodes.filter((n) => n.label === 'Project').map((n) => n.name);
    expect(projects.sort()).toEqual(['市图书馆', '市科技馆'].sort());
  });
});

describe('a table of projects', () => {
  it('gives each project the place, investment, status and industry its row’s columns say', async () => {
    const plan = [
      '# 青州市国民经济和社会发展第十四个五年规划纲要',
      '第十章 重大项目',
      '| 序号 | 项目名称 | 建设地点 | 所属产业 | 总投资（亿元） | 建设性质 |',
      '| --- | --- | --- | --- | --- | --- |',
      '| 1 | 东岭至西坝高速公路 | 临朐县 | — | 68.5 | 新开工 |',
      '| 2 | 星河动力电池生产基地项目 | 青州市 | 新能源 | 30 | 续建 |',
      '',
      '序号\t项目名称\t总投资（万元）',
      '1\t青州云门山景区提质改造项目\t12000',
    ].join('\n');
    const { graph } = await extractText(plan, 'qingzhou-plan.txt');
    const byId = new Map(graph.nodes.map((n) => [n.id, n]));
    const project = (name: string) => graph.nodes.find((n) => n.label === 'Project' && n.name === name);
    const ends = (name: string, type: string) =>
      graph.edges
        .filter((e) => e.type === type && e.source === project(name)?.id)
        .map((e) => byId.get(e.target)?.name)
        .sort();
    expect(project('东岭至西坝高速公路')?.properties).toEqual({ status: '新开工', investment: 68.5 });
    expect(ends('东岭至西坝高速公路', 'LOCATED_IN')).toEqual(['临朐县']);
    expect(project('星河动力电池生产基地项目')?.properties).toEqual({ status: '续建', investment: 30 });
    expect(ends('星河动力电池生产基地项目', 'IN_INDUSTRY')).toEqual(['新能源']);
    // 万元 in the column's title: 12000 万元 is 1.2 亿元.
    expect(project('青州云门山景区提质改造项目')?.properties).toEqual({ investment: 1.2 });
  });
});

describe('a project the text gives an investment of', () => {
  it('is one, whoever’s name opens it; a count of projects is not', async () => {
    expect(
      await projectsIn([
        '星河动力年产20万套电驱系统智能制造基地项目将于3月开工，总投资32亿元。',
        '全年累计承接产业转移项目86个，总投资210亿元。',
      ]),
    ).toEqual(['星河动力年产20万套电驱系统智能制造基地项目']);
  });
});

describe('a phase of a work', () => {
  it('names one work when the text builds or opens it', async () => {
    expect(
      await projectsIn(['青州东岭海上风电一期建成投运，石门污水处理厂三期开工建设，一期工程质量良好。']),
    ).toEqual(['青州东岭海上风电一期', '石门污水处理厂三期'].sort());
  });
});

describe('a city road', () => {
  it('is named by a short proper name before 大道', async () => {
    expect(await projectsIn(['推进云门大道、驼山大道等一批城市路网建设和提质升级。'])).toEqual(
      ['云门大道', '驼山大道'].sort(),
    );
  });

  it('as a station, a bypass, a clinic or a park for sport is named by its place; a kind of them is not', async () => {
    expect(
      await projectsIn([
        '建设青州汽车东站、G309青州绕城公路，推进青州全民健身体育公园建设，新建区域性中心敬老院50家。',
      ]),
    ).toEqual(['G309青州绕城公路', '青州全民健身体育公园', '青州汽车东站'].sort());
  });
});
