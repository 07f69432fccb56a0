/** Where a plan grows an industry: the divisions a sentence about it lists (a plan written for this test). */
import { describe, expect, it } from 'vitest';
import { edgesIn as edgesInText, extractText } from '../support/extract-text.ts';

/** The PRIORITIZES of a plan of 遵义 with these lines, by cue, as `division → industry`, sorted. */
async function developedIn(lines: string[]): Promise<(cue: string) => string[]> {
  const plan = ['# 遵义市国民经济和社会发展第十四个五年规划纲要', '第五章 特色农业', ...lines].join('\n');
  const { graph } = await extractText(plan, 'zunyi-plan.txt');
  const name = (id: string) => graph.nodes.find((n) => n.id === id)?.name;
  return (cue) =>
    graph.edges
      .filter((e) => e.type === 'PRIORITIZES' && e.properties.cue === cue)
      .map((e) => `${name(e.source)} → ${name(e.target)}`)
      .sort();
}

/** The edges of one type a plan of these lines gives, as `source → target`. */
const edgesIn = (lines: string[], file: string) => edgesInText(lines.join('\n'), file);
/** …of a plan of 遵义 with these lines in a chapter of this title. */
const inZunyiPlan = (chapter: string, lines: string[]) =>
  edgesIn(
    ['# 遵义市国民经济和社会发展第十四个五年规划纲要', `第五章 ${chapter}`, ...lines],
    'zunyi-plan.txt',
  );

describe('divisions listed in a sentence about one industry', () => {
  it('develop that industry: the paragraph label’s, or the one its first clause develops', async () => {
    const developed = await developedIn([
      '中药材产业。在湄潭、凤冈、正安等重点产区建设中药材种植基地。',
      '做强辣椒产业，打造播州朝天椒、绥阳小米辣等加工型辣椒优势区。',
      '推进湄潭、凤冈交通建设。',
      '商贸物流业。加快推进湄潭茶城物流园、凤冈冷链中心等重点商贸物流项目建设。',
      '水果产业。形成以湄潭、余庆等县为主体的猕猴桃产业带，以赤水、习水等县市为主体的柑橘产业带。',
    ]);
    expect(developed('重点产区')).toEqual(
      ['湄潭县 → 中药材', '凤冈县 → 中药材', '正安县 → 中药材', '播州区 → 辣椒', '绥阳县 → 辣椒'].sort(),
    );
    // Each area its own divisions, not every division of the sentence.
    expect(developed('产业带')).toEqual(
      ['湄潭县 → 猕猴桃', '余庆县 → 猕猴桃', '赤水市 → 柑橘', '习水县 → 柑橘'].sort(),
    );
  });

  it('develop the industry of the area they are the main body of (以…为主体，建设…养殖区)', async () => {
    const developed = await developedIn([
      '畜牧产业。以湄潭、余庆等县为主体，建设优势生猪养殖区；以赤水、习水等县市为主体建设优质肉牛养殖区；以湄潭至凤冈为重点建设物流走廊。',
    ]);
    expect(developed('重点产区')).toEqual(
      ['湄潭县 → 生猪', '余庆县 → 生猪', '赤水市 → 肉牛养殖', '习水县 → 肉牛养殖'].sort(),
    );
  });
});

describe('divisions a part of a sentence rests on (以A、B等县为主体/为重点/为龙头，…)', () => {
  it('develop what the rest of that part develops, not what the next part (after ；) develops', async () => {
    const edges = (
      await inZunyiPlan('特色农业', [
        '粮油产业。以湄潭、凤冈和余庆丘陵区等县为主体，不断壮大优质粮食产业；以赤水河谷生态良好地为主体，巩固油菜产业带建设。',
        '以仁怀、习水等县市为重点，做强白酒产业，推动酒旅融合发展。',
        '以绥阳为龙头，大力发展辣椒加工产业。',
      ])
    )('PRIORITIZES');
    const of = (industry: string) =>
      edges.filter((edge) => edge.endsWith(` → ${industry}`)).map((edge) => edge.split(' → ')[0]);
    // (优质粮食 is 粮食 of a grade.)
    expect(of('粮食').sort()).toEqual(['余庆县', '凤冈县', '湄潭县']);
    expect(of('白酒').sort()).toEqual(['习水县', '仁怀市']);
    expect(of('辣椒加工')).toEqual(['绥阳县']);
    expect(of('油菜')).not.toContain('湄潭县');
    expect(of('油菜')).not.toContain('赤水市');
  });

  it('are parks, not divisions, when the list closes with a park’s suffix (以湄潭、凤冈产业园区为重点)', async () => {
    const edges = (
      await inZunyiPlan('新材料', [
        '以湄潭、凤冈和余庆产业园区为重点，大力发展电池材料、合金材料。',
        '以绥阳经开区、正安工业园区为重点，加快发展竹木家具产业。',
      ])
    )('PRIORITIZES');
    expect(edges.filter((edge) => /^(湄潭|凤冈|余庆|绥阳|正安)/u.test(edge))).toEqual([]);
    expect(edges).toEqual(expect.arrayContaining(['遵义市 → 电池材料', '遵义市 → 竹木家具']));
  });
});

describe('markets and brands named for their divisions', () => {
  it('are no list of the places an industry is grown in', async () => {
    const edges = (
      await inZunyiPlan('服务业', [
        '提质升级商贸流通服务业，推动湄潭茶叶、凤冈锌硒茶等专业市场焕新发展。',
        '创建国家现代农业产业园3个，湄潭翠芽、凤冈锌硒茶等品牌价值居全国同品类前列。',
      ])
    )('PRIORITIZES');
    expect(edges.filter((edge) => /^(湄潭|凤冈)/u.test(edge))).toEqual([]);
  });
});

describe('parks of an industry counted', () => {
  it('say the industry is developed: a kind of park, no park named for it', async () => {
    const edges = (await inZunyiPlan('产业', ['建设5个省级数据产业园，培育跨境电商产业园8个。']))(
      'PRIORITIZES',
    );
    expect(edges).toEqual(expect.arrayContaining(['遵义市 → 数据', '遵义市 → 跨境电商']));
  });
});

describe('places handed the building of a base', () => {
  it('develop its industry, a name no vocabulary knows too; each place its own base', async () => {
    const edges = (
      await inZunyiPlan('产业', [
        '支持湄潭、凤冈、余庆等建设世界级菱镁产业基地和国家级铁矿基地。',
        '支持播州建设具有国际影响力的航空产业基地、汇川建设世界级船舶制造基地。',
        '打造科技创新产业基地，建设外向型产业集聚区。',
      ])
    )('PRIORITIZES');
    expect(edges.filter((edge) => edge.endsWith('→ 菱镁')).sort()).toEqual(
      ['湄潭县 → 菱镁', '凤冈县 → 菱镁', '余庆县 → 菱镁'].sort(),
    );
    expect(edges.filter((edge) => edge.endsWith('→ 航空'))).toEqual(['播州区 → 航空']);
    // (The second place's base is its own, not the first's: a clause of its own within the first.)
    expect(edges.filter((edge) => edge.endsWith('→ 船舶'))).toEqual(['汇川区 → 船舶']);
    expect(edges.filter((edge) => /科技创新|外向型/u.test(edge))).toEqual([]);
  });
});

describe('words that name no industry the plan develops', () => {
  it('are what one industry brings together (集…为一体), techniques a list names, and the name of a park a suffix goes on to', async () => {
    const edges = await inZunyiPlan('产业', [
      '着力打造集研发、制造、商贸、现代服务为一体的生物医药产业集群。',
      '鼓励茅台酒文化公园、湄江现代农业产业园等龙头企业发展工业旅游。',
      '优先发展物联网、人工智能、大数据、云计算等前沿技术，为企业提供综合服务。',
    ]);
    const developed = edges('PRIORITIZES').map((edge) => edge.split(' → ')[1]);
    expect(developed).toContain('生物医药');
    expect(developed.filter((name) => /商贸|湄江/u.test(name ?? ''))).toEqual([]);
    // (Techniques a list names: 等前沿技术.)
    expect(developed.filter((name) => /物联网|人工智能|大数据|云计算/u.test(name ?? ''))).toEqual([]);
  });
});

describe('an industry written after a division’s name', () => {
  it('is the division’s, its full name or its short one (做强仁怀酱香白酒产业, 湄潭县茶叶产业)', async () => {
    const edges = await inZunyiPlan('产业', ['做强仁怀酱香白酒产业，壮大湄潭县茶叶产业。']);
    expect(edges('PRIORITIZES')).toEqual(expect.arrayContaining(['仁怀市 → 酱香白酒', '湄潭县 → 茶']));
    expect(edges('PRIORITIZES').filter((edge) => edge.includes('仁怀酱香'))).toEqual([]);
  });
});

describe('a layout’s lines of divisions and their industries, no cue', () => {
  it('give each division the bare list after its label or dash, bulleted or not; a list of other things or of resources none', async () => {
    const plan = [
      '江西省先进制造业集群布局方案',
      '一、总体布局',
      '- 赣州：稀土新材料、电子信息、新能源汽车',
      '1. 九江：石油化工、航空动力、电子信息',
      '上饶市：光伏、有色金属。',
      '吉安市：人口、面积。',
      '抚州市——生物医药、电子信息',
      '新余市——钒钛钢铁、先进材料',
      '宜春市：依托锂矿、竹木等资源优势。',
    ];
    const edges = await edgesInText(plan.join('\n'), 'jiangxi-layout-plan.txt');
    expect(edges('PRIORITIZES').sort()).toEqual(
      [
        // (An item ending with a known name names an industry too; a list of resources none.)
        '新余市 → 钒钛钢铁',
        '新余市 → 先进材料',
        '赣州市 → 稀土新材料',
        '赣州市 → 电子信息',
        '赣州市 → 新能源汽车',
        '九江市 → 石油化工',
        '九江市 → 航空动力',
        '九江市 → 电子信息',
        '上饶市 → 光伏',
        '上饶市 → 有色金属',
        '抚州市 → 生物医药',
        '抚州市 → 电子信息',
      ].sort(),
    );
  });
});

describe('a town named like a county elsewhere in the province', () => {
  it('is no county: 芙蓉镇 in a list of places is not 芙蓉区', async () => {
    const report = ['2027年湖南省政府工作报告', '支持凤凰、吉首、芙蓉镇等发展文化旅游产业。'];
    const edges = await edgesInText(report.join('\n'), 'hunan-2027-report.txt');
    expect(edges('PRIORITIZES')).toEqual(expect.arrayContaining(['凤凰县 → 文化旅游', '吉首市 → 文化旅游']));
    expect(edges('PRIORITIZES').filter((edge) => edge.startsWith('芙蓉区'))).toEqual([]);
  });
});

describe('the issuer by its own name', () => {
  it('develops what follows the cue after it (醴陵市大力发展…)', async () => {
    const report = ['2027年醴陵市政府工作报告', '今年以来，醴陵市大力发展陶瓷、电瓷电器产业。'];
    const edges = await edgesInText(report.join('\n'), 'liling-2027-report.txt');
    expect(edges('PRIORITIZES').sort()).toEqual(['醴陵市 → 电瓷电器', '醴陵市 → 陶瓷']);
  });
});

describe('divisions where a task is done', () => {
  it('develop what the clause develops (在赣州、吉安布局…, 依托景德镇发展…); an object after 把 is no place', async () => {
    const report = [
      '2027年江西省政府工作报告',
      '在赣州、吉安布局电子信息产业。依托景德镇发展陶瓷产业。把文化旅游业打造成为幸福产业。',
    ];
    const edges = await edgesInText(report.join('\n'), 'jiangxi-2027-report.txt');
    expect(edges('PRIORITIZES')).toEqual(
      expect.arrayContaining(['赣州市 → 电子信息', '吉安市 → 电子信息', '景德镇市 → 陶瓷']),
    );
    expect(edges('PRIORITIZES').filter((edge) => edge.includes('幸福'))).toEqual([]);
  });
});

describe('industries of places selected as clusters', () => {
  it('are each place’s (赣州脐橙、吉安中药材入选…产业集群); a count of clusters names none', async () => {
    const report = [
      '2027年江西省政府工作报告',
      '赣州脐橙、吉安中药材入选国家级优势特色产业集群。3个集群入选国家先进制造业集群。',
    ];
    const edges = await edgesInText(report.join('\n'), 'jiangxi-2027-report.txt');
    expect(edges('PRIORITIZES').sort()).toEqual(['吉安市 → 中药材', '赣州市 → 脐橙']);
  });
});

describe('a goal', () => {
  it('concerns the industry its indicator names, not one it says it is not (非石化能源)', async () => {
    const edges = await inZunyiPlan('目标', [
      '到2025年，非石化能源占一次能源消费比重达到20%，数字经济核心产业增加值占地区生产总值比重达到10%。',
    ]);
    const concerned = edges('CONCERNS').map((edge) => edge.split(' → ')[1]);
    expect(concerned).toContain('数字经济');
    expect(concerned).not.toContain('化工');
  });
});

describe('a paragraph a park labels', () => {
  it('speaks of the park: what it develops the park hosts, and the plan’s region does not prioritize', async () => {
    const edges = await inZunyiPlan('园区布局', [
      '——新蒲片区。以两家龙头企业为龙头，着力打造以装配式建筑、新型玻璃等产品为主的新型建材产业区，发展精细化工为主导的化工产业区。',
    ]);
    expect(edges('HOSTS')).toEqual(expect.arrayContaining(['新蒲片区 → 新型建材', '新蒲片区 → 化工']));
    expect(edges('PRIORITIZES')).toEqual([]);
  });
});

describe('areas a plan marks out (no division)', () => {
  it('develop what a paragraph opening with their name, or a task handed to them, says', async () => {
    const developed = await developedIn([
      '1. 湄凤生态茶旅先导区。以湄潭、凤冈为主体，重点发展茶叶精深加工、康养等产业。',
      '——新舟片区。重点发展航空装备、通用航空等产业。',
      '3.绥阳：辣椒小镇。重点发展辣椒加工产业。',
      '支持南白主城区重点发展白酒产业和新型建材等产业。',
      '加力建设综合保税区及新蒲新片区。重点发展预制菜等产业。',
      '推动中心城区重点发展会展服务等产业。',
    ]);
    expect(developed('重点发展')).toEqual(
      [
        '湄凤生态茶旅先导区 → 茶叶精深加工',
        '湄凤生态茶旅先导区 → 医养健康',
        '新舟片区 → 航空装备',
        '新舟片区 → 通用航空',
        // A place before a title (绥阳：…小镇) speaks of that place.
        '绥阳县 → 辣椒加工',
        '南白主城区 → 白酒',
        '南白主城区 → 新型建材',
        // A task's words are no area's name, and 中心城区 is a kind of area: the plan's own.
        '遵义市 → 预制菜',
        '遵义市 → 会展',
      ].sort(),
    );
  });

  it('are regions of level area, part of the plan’s region', async () => {
    const { graph } = await extractText(
      [
        '# 遵义市国民经济和社会发展第十四个五年规划纲要',
        '第五章 产业布局',
        '——新舟片区。重点发展航空装备产业。',
      ].join('\n'),
      'zunyi-plan.txt',
    );
    const area = graph.nodes.find((n) => n.name === '新舟片区');
    expect(area).toMatchObject({ label: 'Region', properties: { level: 'area' } });
    const parent = graph.edges.find((e) => e.type === 'PART_OF' && e.source === area?.id)?.target;
    expect(graph.nodes.find((n) => n.id === parent)?.name).toBe('遵义市');
  });

  it('name an industry of a grade by the industry alone (优质柑橘 = 柑橘)', async () => {
    const developed = await developedIn(['水果产业。形成以湄潭、余庆等县为主体的优质柑橘产业带。']);
    expect(developed('产业带')).toEqual(['湄潭县 → 柑橘', '余庆县 → 柑橘'].sort());
  });
});

describe('a development zone the statistics bureau codes among divisions', () => {
  it('hosts what it develops, as a park; it prioritizes nothing as a region', async () => {
    const edges = await edgesIn(
      [
        '# 邯郸市国民经济和社会发展第十四个五年规划纲要',
        '第五章 产业布局',
        '邯郸经济技术开发区重点发展装备制造和生物医药产业。',
      ],
      'handan-plan.txt',
    );
    expect(edges('HOSTS')).toEqual(
      expect.arrayContaining(['邯郸经济技术开发区 → 装备制造', '邯郸经济技术开发区 → 生物医药']),
    );
    expect(edges('PRIORITIZES').filter((edge) => edge.startsWith('邯郸经济技术开发区'))).toEqual([]);
  });
});

describe('a park that opens a sentence', () => {
  it('develops what the sentence’s later clauses develop, until a clause names another subject', async () => {
    const hosts = (
      await inZunyiPlan('产业布局', [
        '遵义新蒲农业科技产业园创建国家级示范区，加强农业技术推广，发展农产品精深加工产业。',
        '遵义新蒲农业科技产业园提质扩能，湄潭重点发展茶叶产业。',
      ])
    )('HOSTS');
    expect(hosts).toContain('遵义新蒲农业科技产业园 → 农产品加工');
    expect(hosts.filter((edge) => edge.endsWith('茶叶'))).toEqual([]);
  });
});

describe('a park that gives an industry a role', () => {
  it('hosts it with that role, whatever the frame (以…为, 把…作为, 将…列为)', async () => {
    const hosts = (
      await inZunyiPlan('园区', ['遵义经开区坚持把新能源汽车作为首位产业，播州经开区将白酒列为主导产业。'])
    )('HOSTS', 'role');
    expect(hosts).toEqual(expect.arrayContaining(['遵义经开区 → 首位产业', '播州经开区 → 主导产业']));
  });
});

describe('a park named for its industries', () => {
  it('hosts each, past what the park is besides (科技, 专业化) and through a list', async () => {
    const hosts = (
      await inZunyiPlan('产业布局', ['建设遵义经开区电子信息科技产业园、遵义高新区生物医药专业化产业园。'])
    )('HOSTS');
    expect(hosts).toEqual(
      expect.arrayContaining([
        '遵义经开区电子信息科技产业园 → 电子信息',
        '遵义高新区生物医药专业化产业园 → 生物医药',
      ]),
    );
  });

  it('hosts a product no vocabulary knows that its name ends with, and what a 科技园区 is named for', async () => {
    const hosts = (
      await inZunyiPlan('产业布局', [
        '加快仁怀酒具装备产业园建设，推进湄潭茶叶科技园区建设。',
        '建设遵义国华循环经济产业园。',
      ])
    )('HOSTS');
    expect(hosts).toEqual(expect.arrayContaining(['仁怀酒具装备产业园 → 酒具装备', '湄潭茶叶科技园区 → 茶']));
    // (A firm's name before a head that is no product: 国华|循环经济 names no industry.)
    expect(hosts.filter((edge) => edge.startsWith('遵义国华'))).toEqual([]);
  });
});

describe('a table of parks in another shape', () => {
  it('reads each industry column with its title as the role, and the column of where each park lies', async () => {
    const edges = await edgesIn(
      [
        '潍坊市“十四五”开发区发展规划',
        '第三章 园区布局',
        '| 开发区名称 | 所在县市区 | 主导产业 | 特色产业 |',
        '| --- | --- | --- | --- |',
        '| 青州经济开发区 | 青州市 | 高端装备制造、新能源 | 生物医药 |',
        '| 临朐经济开发区 | 临朐县 | 新材料 | — |',
        // A park that opens a later clause develops what that clause does.
        '寿光高新区重点发展蔬菜种业，临朐经济开发区积极培育铝型材产业集群。',
        // A park built around industries (以…为核心的…园区) hosts them.
        '形成以智能终端产业为核心的昌乐智能手机产业园区。',
      ],
      'weifang-parks-plan.txt',
    );
    expect(edges('HOSTS')).toEqual(
      [
        '青州经济开发区 → 高端装备制造',
        '青州经济开发区 → 新能源',
        '青州经济开发区 → 生物医药',
        '临朐经济开发区 → 新材料',
        '临朐经济开发区 → 铝型材',
        '寿光高新区 → 蔬菜种业',
        '昌乐智能手机产业园区 → 智能终端',
      ].sort(),
    );
    expect(edges('LOCATED_IN')).toEqual(
      expect.arrayContaining(['青州经济开发区 → 青州市', '临朐经济开发区 → 临朐县']),
    );
  });
});

describe('a province’s layout of its cities', () => {
  it('gives each city what its clause develops: listed cities, and clauses after a city that opens the sentence', async () => {
    const edges = await edgesIn(
      [
        '山东省“十五五”先进制造业发展规划',
        '第四章 优化区域布局',
        '烟台市、威海市大力发展高端化工和船舶制造；潍坊市以动力装备为主导，壮大农机装备产业。',
        '枣庄、济宁、临沂、菏泽四市协同发展锂电产业。',
        // Cities a colon labels.
        '淄博市：重点发展新型化工材料、陶瓷琉璃产业。',
        '日照、东营：做强海洋装备产业。',
      ],
      'shandong-manufacturing-plan.txt',
    );
    const prioritizes = edges('PRIORITIZES');
    expect(prioritizes).toEqual(
      expect.arrayContaining([
        '烟台市 → 船舶',
        '威海市 → 船舶',
        '潍坊市 → 农机装备',
        '枣庄市 → 锂电池',
        '菏泽市 → 锂电池',
        '淄博市 → 陶瓷琉璃',
        '日照市 → 海洋装备',
        '东营市 → 海洋装备',
      ]),
    );
    // None of it is the province's own.
    expect(prioritizes.filter((edge) => edge.startsWith('山东省'))).toEqual([]);
  });
});

describe('tasks handed to several places in one sentence', () => {
  it('gives every place listed after the verb what its clause develops, a base of an industry included', async () => {
    const edges = await edgesIn(
      [
        '四川省2026年政府工作报告',
        '支持成都打造世界级软件产业集群，支持绵阳、德阳建设新能源汽车产业基地，推动宜宾、泸州发展晶硅光伏产业。',
        '成都、眉山、资阳三市联动发展轨道交通装备产业。',
      ],
      'sichuan-report.txt',
    );
    const prioritizes = edges('PRIORITIZES');
    expect(prioritizes).toEqual(
      expect.arrayContaining([
        '绵阳市 → 新能源汽车',
        '德阳市 → 新能源汽车',
        '宜宾市 → 晶硅光伏',
        '泸州市 → 晶硅光伏',
        '眉山市 → 轨道交通装备',
        '资阳市 → 轨道交通装备',
      ]),
    );
    // What the first clause develops is 成都's alone, not the later clauses' places'.
    expect(prioritizes.filter((edge) => edge.endsWith('软件和信息技术服务业'))).toEqual([
      '成都市 → 软件和信息技术服务业',
    ]);
  });
});

describe('a known name that only opens a longer word', () => {
  it('names that word, not the industry', async () => {
    const edges = await edgesIn(
      [
        '山东省2026年政府工作报告',
        '一、2026年重点工作',
        '发展壮大中医药康养、冰雪运动等新型消费，大力发展中医药产业。',
      ],
      'shandong-report-2026.txt',
    );
    // 中医药 is developed once, from its own clause.
    expect(edges('PRIORITIZES').filter((edge) => edge.endsWith('中医药'))).toEqual(['山东省 → 中医药']);
    const listOnly = await edgesIn(
      ['山东省2026年政府工作报告', '一、2026年重点工作', '发展壮大中医药康养、冰雪运动等新型消费。'],
      'shandong-report-2026b.txt',
    );
    expect(listOnly('PRIORITIZES').filter((edge) => edge.endsWith('中医药'))).toEqual([]);
  });
});

describe('a list of products named after their places', () => {
  it('hands the task to no place when a place only opens the first item', async () => {
    const edges = await edgesIn(
      [
        '山东省“十五五”乡村产业规划',
        '第二章 特色产业',
        '支持烟台苹果、威海海参等特色产业发展，支持潍坊打造蔬菜产业集群。',
      ],
      'shandong-rural-plan.txt',
    );
    const prioritizes = edges('PRIORITIZES');
    // Each place its own product (烟台|苹果, 威海|海参), not the list's other items.
    expect(prioritizes.filter((edge) => edge.startsWith('烟台市'))).toEqual(['烟台市 → 苹果']);
    expect(prioritizes).toEqual(expect.arrayContaining(['潍坊市 → 蔬菜', '威海市 → 海参']));
  });
});

describe('a layout table of divisions and their industries', () => {
  it.each([
    [
      'pipes',
      [
        '| 县市区 | 主导产业 | 特色产业 |',
        '| --- | --- | --- |',
        '| 夷陵区 | 精细化工、装备制造 | 茶叶 |',
        '| 枝江市 | 新材料 | 生猪 |',
        '| 合计 | 12个 | 6个 |',
      ],
    ],
    ['tabs', ['区县\t主导产业\t特色产业', '夷陵区\t精细化工、装备制造\t茶叶', '枝江市\t新材料\t生猪']],
  ])('gives each row’s division the industries of its row (%s)', async (_shape, rows) => {
    const edges = await edgesIn(
      [
        '宜昌市“十五五”产业发展规划',
        '第三章 产业布局',
        '表3-1 各县市区主导产业',
        '',
        ...rows,
        '',
        '第四章 保障措施',
      ],
      'yichang-layout-plan.txt',
    );
    const prioritizes = edges('PRIORITIZES');
    expect(prioritizes).toEqual(
      expect.arrayContaining(['夷陵区 → 装备制造', '夷陵区 → 茶', '枝江市 → 新材料', '枝江市 → 生猪']),
    );
    // A row of totals is no division's.
    expect(prioritizes.filter((edge) => edge.includes('个'))).toEqual([]);
  });
});

describe('a known name inside a longer one the clause names', () => {
  it('is part of that name, not an industry of its own', async () => {
    const developed = await developedIn(['湄潭重点发展轻纺制鞋和电器机械及器材产业。']);
    expect(developed('重点发展')).toEqual(['湄潭县 → 电器机械及器材', '湄潭县 → 轻纺制鞋']);
  });
});

describe('a 专栏 that sets out an industry’s focus', () => {
  it('makes each paragraph’s label an industry the plan develops, head or not', async () => {
    const developed = await developedIn([
      '专栏5 白酒产业发展重点',
      '酱香基酒。扩大优质基酒产能，建设一批标准化酿造车间。',
      '包装印刷。引进一批酒瓶、酒盒生产企业。',
      '专栏6 综合交通网络建设重点',
      '铁路。加快建设一批高速铁路和城际铁路。',
    ]);
    // (特色农业: the chapter's heading, 第五章 特色农业.)
    expect(developed('专题')).toEqual(['遵义市 → 包装印刷', '遵义市 → 特色农业', '遵义市 → 酱香基酒']);
  });
});

describe('a heading that is an industry’s name', () => {
  it('is an industry the plan develops; a task’s heading is read as a task', async () => {
    const developed = await developedIn([
      '### 1. 粮油产业',
      '稳定粮食播种面积。',
      '第二节 推进乡村宜居宜业',
      '改善农村人居环境。',
      '第三节 大力发展山地精细农业',
      '推广节水灌溉。',
    ]);
    // (特色农业: the chapter's heading, 第五章 特色农业, as 1. 粮油产业.)
    expect(developed('专题')).toEqual(['遵义市 → 特色农业', '遵义市 → 粮油']);
    // A task's heading develops what it names with its cue.
    expect(developed('大力发展')).toEqual(['遵义市 → 山地精细农业']);
  });
});

describe('a town a plan makes, labelled with its theme', () => {
  it('develops the theme that names an industry (`1.湄潭：红色旅游小镇`), not another kind of theme', async () => {
    const developed = await developedIn([
      '专栏8 特色小镇发展方向',
      '1.湄潭：红色旅游小镇和马拉松运动小镇。',
      '依托红色资源，打造红色旅游精品线路。',
    ]);
    expect(developed('特色小镇')).toEqual(['湄潭县 → 红色旅游']);
  });

  it('develops a product the theme names, no vocabulary knowing it (`2.凤冈：金秋梨小镇`), not a way of life', async () => {
    const developed = await developedIn([
      '专栏8 特色小镇发展方向',
      '2.凤冈：金秋梨小镇和山地运动小镇。',
      '扩大金秋梨种植规模，办好金秋梨节。',
    ]);
    expect(developed('特色小镇')).toEqual(['凤冈县 → 金秋梨']);
  });
});

describe('a provincial report’s ways of saying who develops what (a report of 甘肃, written for this test)', () => {
  /** The edges of one type of a 甘肃 report whose section (its title) holds these lines. */
  const inGansuReport = async (section: string, lines: string[], type: string) =>
    (await edgesIn(['2026年甘肃省人民政府工作报告', section, ...lines], 'gansu-report.txt'))(type);

  const report = [
    '2026年甘肃省人民政府工作报告',
    '一、2026年重点工作',
    '强化区域协同联动发展。陇东要守牢生态底线，推动能源产业高端化、多元化、低碳化发展，带动特色农业、文化旅游等协同发展。河西走廊要培育壮大新能源、戈壁农业等特色产业。',
    '推动生活性服务业高品质、多样化、便利化发展。',
    '甘肃以现代煤化工、有色冶金、新能源装备、生物医药等为支撑的现代化产业体系更趋完善。',
    '培育低空经济产业生态，建设兰州、天水等低空装备制造聚集区。',
    '优化产业发展生态。',
  ];

  it('reads parts of the province called by custom as subjects, manners before 发展, 为支撑 lists, areas built by listed cities', async () => {
    const developed = (await edgesIn(report, 'gansu-report.txt'))('PRIORITIZES');
    expect(developed).toEqual(
      expect.arrayContaining([
        '陇东 → 能源',
        '陇东 → 特色农业',
        '陇东 → 文化旅游',
        '河西走廊 → 新能源',
        '河西走廊 → 戈壁农业',
        '甘肃省 → 生活性服务业',
        '甘肃省 → 新能源装备',
        '甘肃省 → 生物医药',
        '甘肃省 → 低空经济',
        '兰州市 → 低空装备制造',
        '天水市 → 低空装备制造',
      ]),
    );
    // What an area develops is its own, not the province's; a system's ecology is no industry.
    expect(developed).not.toContain('甘肃省 → 特色农业');
    expect(developed).not.toContain('甘肃省 → 能源');
    expect(developed.filter((edge) => edge.endsWith('→ 优化'))).toEqual([]);
  });

  it('reads what a review measures of an industry and what a task 加力 develops', async () => {
    const developed = await inGansuReport(
      '一、2025年工作回顾',
      [
        '过去一年，全省规模以上工业增加值增长7.3％。汽车工业增加值增长12％。苹果综合产值增长8.5％、出口增长53.6％。加力布局氢能产业。激光显示产业入选首批国家级制造业中试平台。',
      ],
      'PRIORITIZES',
    );
    expect(developed).toEqual(
      expect.arrayContaining(['甘肃省 → 汽车制造业', '甘肃省 → 苹果', '甘肃省 → 氢能', '甘肃省 → 激光显示']),
    );
    // Industry as a whole measured (规模以上工业) is no industry of its own.
    expect(developed.filter((edge) => /工业$/u.test(edge))).toEqual([]);
  });

  it('reads zones where a known industry gathers and the strong province a report builds', async () => {
    const developed = await inGansuReport(
      '一、2026年重点工作',
      [
        '支持兰州、天水建设工业设计集聚区。加快建设清洁能源强省。着力建设文化强省、教育强省。建设数据标注集聚区。培育高品质乡村旅游集聚区。',
      ],
      'PRIORITIZES',
    );
    expect(developed).toEqual(
      expect.arrayContaining([
        '兰州市 → 工业设计',
        '天水市 → 工业设计',
        '甘肃省 → 清洁能源',
        '甘肃省 → 乡村旅游',
      ]),
    );
    // Only what a vocabulary knows as an industry: culture and schooling are no industries here.
    expect(developed).toHaveLength(4);
  });

  it('develops no cause and no collective’s economy, in a heading either', async () => {
    const plan = [
      '# 醴陵市国民经济和社会发展第十四个五年规划纲要',
      '第一章 乡村振兴',
      '第三节 壮大村级集体经济',
      '发展新兴经营主体，壮大村级集体经济，培育产业化联合体。',
      '第四节 残疾人事业',
      '积极发展残疾人慈善事业，健全残疾人托养照料体系。大力发展特色农业。',
    ];
    const developed = (await edgesIn(plan, 'liling-plan.txt'))('PRIORITIZES');
    expect(developed).toEqual(['醴陵市 → 特色农业']);
  });

  it('hosts in a park what the clause after it develops when the park is its vehicle or all its clause relies on', async () => {
    const hosts = await inGansuReport(
      '一、2026年重点工作',
      ['以天水经开区为载体，大力发展电工电器产业。依托兰州新区，重点发展精细化工产业。'],
      'HOSTS',
    );
    expect(hosts.sort()).toEqual(['天水经开区 → 电工电器', '兰州新区 → 精细化工'].sort());
  });

  it('reads a paragraph whose title sets a customary part its task as that part’s, and an industry with its parts as the industry', async () => {
    const developed = await inGansuReport(
      '一、2026年重点工作',
      [
        '加快陇东地区全面振兴。坚定产业发展信心，加快新能源汽车及零部件、新材料等产业集群建设。',
        '促进各区域联动发展。加快新能源汽车及零部件、氢能等产业集群建设。',
      ],
      'PRIORITIZES',
    );
    expect(developed.sort()).toEqual([
      '甘肃省 → 新能源汽车',
      '甘肃省 → 氢能',
      '陇东地区 → 新材料',
      '陇东地区 → 新能源汽车',
    ]);
  });

  it('reads a base each of a counted list of cities builds, and a sector to enlarge', async () => {
    const developed = await inGansuReport(
      '一、2026年重点工作',
      ['做强兰州、天水、酒泉3大机器人产业基地。扩能提质现代服务业。'],
      'PRIORITIZES',
    );
    expect(developed.sort()).toEqual([
      '兰州市 → 机器人',
      '天水市 → 机器人',
      '甘肃省 → 机器人',
      '甘肃省 → 现代服务业',
      '酒泉市 → 机器人',
    ]);
  });
});

describe('places a clause hands its task to, going on into the next clause', () => {
  it('makes them the subject of a next clause a strong cue opens, not of one a weaker cue opens or after ；', async () => {
    const developed = (
      await edgesIn(
        [
          '2027年天津市人民政府工作报告',
          '推动西青、津南等区建设一批特色产业园，重点发展智能制造、新材料。',
          '支持宁河区建设物流中心，发展冷链物流。',
          '支持武清区建设创新港；重点发展生物医药。',
        ],
        'tianjin-2027-report.txt',
      )
    )('PRIORITIZES');
    expect(developed.sort()).toEqual(
      [
        '西青区 → 智能制造',
        '西青区 → 新材料',
        '津南区 → 智能制造',
        '津南区 → 新材料',
        '天津市 → 冷链物流',
        '天津市 → 生物医药',
      ].sort(),
    );
  });
});

describe('a province-wide layout by its areas and cities (a layout of 四川, written for this test)', () => {
  it('reads areas named whole before their cue as subjects, a layout’s label lines one by one, and an industry by its 化工 head', async () => {
    const layout = [
      '四川省制造业高质量发展布局规划（2027—2030年）',
      '第三章 优化产业空间布局',
      '成都平原经济区重点发展电子信息、装备制造；川南经济区着力壮大白酒、化工产业；攀西经济区做强钒钛、阳光康养产业；川东北地区加快发展天然气化工。',
      '各市（州）产业定位如下：',
      '成都市：电子信息、航空航天、生物医药、轨道交通',
      '宜宾市、泸州市：白酒、动力电池、智能终端',
    ];
    const developed = (await edgesIn(layout, 'sichuan-layout-2027.txt'))('PRIORITIZES');
    expect(developed.filter((edge) => !edge.startsWith('四川省')).sort()).toEqual(
      [
        '成都平原经济区 → 电子信息',
        '成都平原经济区 → 装备制造',
        '川南经济区 → 白酒',
        '川南经济区 → 化工',
        '攀西经济区 → 钒钛',
        '攀西经济区 → 阳光康养',
        '川东北地区 → 天然气化工',
        '成都市 → 电子信息',
        '成都市 → 航空航天',
        '成都市 → 生物医药',
        '成都市 → 轨道交通',
        '宜宾市 → 白酒',
        '宜宾市 → 动力电池',
        '宜宾市 → 智能终端',
        '泸州市 → 白酒',
        '泸州市 → 动力电池',
        '泸州市 → 智能终端',
      ].sort(),
    );
  });
});

describe('a plan’s layout by counties, each an item (a plan of 岳阳, written for this test)', () => {
  it('makes a county alone on its line the subject of the paragraph after it, and a county before a colon and a task the subject of the task', async () => {
    const plan = [
      '岳阳市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要',
      '第六章 优化区域产业布局',
      '（1）汨罗市',
      '以再生资源为特色，积极发展新能源汽车零部件。',
      '（2）平江县',
      '大力发展食品加工和文化旅游。',
      '3.临湘市：做强浮标钓具、食品加工。',
    ];
    const developed = (await edgesIn(plan, 'yueyang-14th-five-year-plan.txt'))('PRIORITIZES');
    expect([...new Set(developed)].sort()).toEqual(
      ['汨罗市 → 新能源汽车零部件', '平江县 → 食品', '平江县 → 文化旅游', '临湘市 → 食品'].sort(),
    );
  });
});

describe('a region’s leading industry given by 以…为主导 without its head', () => {
  it('is developed by the region the clause opens with', async () => {
    const plan = [
      '宜宾市国民经济和社会发展第十五个五年规划纲要',
      '第二章 优化产业空间布局',
      '屏山县以纺织服装为主导，培育光伏组件产业。',
    ];
    const edges = await edgesInText(plan.join('\n'), 'yibin-plan.txt');
    expect(edges('PRIORITIZES').sort()).toEqual(['屏山县 → 纺织服装', '屏山县 → 光伏组件'].sort());
  });
});

describe('a city’s lead and its industry measured', () => {
  it('are developed by that city (以船舶制造为主导, X市钢铁产业实现营收…)', async () => {
    const report = [
      '2027年湖南省政府工作报告',
      '益阳以船舶制造为主导，壮大装备产业。湘潭市钢铁产业实现营收1200亿元。',
    ];
    const edges = await edgesInText(report.join('\n'), 'hunan-2027-report.txt');
    expect(edges('PRIORITIZES')).toEqual(expect.arrayContaining(['益阳市 → 船舶', '湘潭市 → 冶金']));
  });
});

describe('the division a paragraph’s first sentence opens with', () => {
  it('develops what a later sentence of it develops with a strong cue first and no place of its own; a sentence is no area', async () => {
    const plan = [
      '德阳市国民经济和社会发展第十五个五年规划纲要',
      '第五章 布局',
      '旌阳区是全市的中心城区。重点发展数字经济、现代服务业。',
      '全市服务业稳中有升。什邡市新建一批项目。大力发展通用航空。',
    ];
    const edges = await edgesInText(plan.join('\n'), 'deyang-plan.txt');
    expect(edges('PRIORITIZES').sort()).toEqual(
      ['旌阳区 → 数字经济', '旌阳区 → 现代服务业', '德阳市 → 通用航空'].sort(),
    );
  });
});
