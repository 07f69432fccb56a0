/** How a plan writes its parks: forms of a name, and sites that are works, not parks (a plan written for this test). */
import { describe, expect, it } from 'vitest';
import { edgesIn, extractText } from '../support/extract-text.ts';

const PLAN = [
  '邵阳市国民经济和社会发展第十四个五年规划纲要',
  '第三章 园区建设',
  '支持邵阳市新邵红岩工业园扩区，对原青山新材料工业园进行提质改造。',
  '加快建设邵阳湘中冷链物流园和邵东公铁联运物流园区。',
  '通过设立青山数字科技园等方式深化合作。',
  '推动14个项目落户邵东科创园。',
  '加强与湘江新区、两江新区对接合作。',
  '建设精品油茶产业示范园和油菜优势产区。',
  '推动大祥创新城、双清智慧城、北塘科创城、宝庆国际商贸城、邵阳市区开发提速。',
  '推动雪峰数字经济创新发展示范园、资江临港经济区等数字经济园区落地，对接中国（广西）自由贸易试验区。',
  '推动轻纺箱包制鞋产业品牌化发展。支持邵东湘中皮具产业园、隆回轻纺制鞋等产业园集群发展。',
  '获批国家火炬邵东打火机特色产业基地，续建邵阳天然植物提取物高技术产业基地，争创更多国家火炬特色产业基地。',
  '**3.青溪：毛竹小镇。**推动现代竹产业园建设，推进一批特色产业园建设。',
  '以白鹤酒产业园为龙头、县市白酒园区为支撑，提升白酒品质。',
  '依托邵东经开区、汽车零配件产业园等产业基础，重点发展装备制造。',
  '以国家高新区、国家农业科技园区、国家火炬特色产业基地为重点，实施园区提质工程。',
  '推进邵东国家级零碳园区建设，推进翠湖港国家级零碳园区建设，推进零碳园区建设，打造一批省级零碳园区。',
  '推动邵阳国家自主创新示范区建设，加快武冈空港经济区发展，对接北部湾经济区。',
  '推进新邵县茶叶产业集聚区建设，邵阳国家级储能产业集聚区营业收入达到500亿元，隆回入选国家数据产业集聚区建设试点。',
].join('\n');

/** The parks a report written for a test names, by name. */
async function parksOf(lines: readonly string[], name: string): Promise<string[]> {
  const { graph } = await extractText(lines.join('\n'), name);
  return graph.nodes.filter((node) => node.label === 'Park').map((node) => node.name);
}

describe('parks as a plan writes them', async () => {
  const { graph } = await extractText(PLAN, 'shaoyang-plan.txt');
  const parks = graph.nodes.filter((node) => node.label === 'Park');
  const projects = graph.nodes.filter((node) => node.label === 'Project').map((node) => node.name);

  it('knows a park named with its prefecture also by the name its county gives it', () => {
    const park = parks.find((p) => p.name === '邵阳市新邵红岩工业园');
    expect(park?.aliases).toContain('新邵红岩工业园');
  });

  it('reads 原 before a name as "former", not as part of it', () => {
    expect(parks.map((p) => p.name)).toContain('青山新材料工业园');
    expect(parks.map((p) => p.name).filter((name) => name.startsWith('原'))).toEqual([]);
  });

  it('reads a park without the means a sentence names it by (通过设立)', () => {
    expect(parks.map((p) => p.name)).toContain('青山数字科技园');
    expect(parks.map((p) => p.name).filter((name) => name.startsWith('通过'))).toEqual([]);
  });

  it('reads a national new area a published list names, though no division is named so (湘江新区)', () => {
    expect(parks.map((p) => p.name)).toEqual(expect.arrayContaining(['湘江新区', '两江新区']));
  });

  it('reads a 科创园 as a park, as a 科技园', () => {
    expect(parks.map((p) => p.name)).toContain('邵东科创园');
  });

  it('takes a park named only by the industry it is for for a kind of park, not a name', () => {
    expect(parks.map((p) => p.name).filter((name) => name.includes('油茶'))).toEqual([]);
  });

  it('takes the items of a list of parks named like a place of work for parks, not a market or a district', () => {
    expect(parks.map((p) => p.name)).toContain('双清智慧城');
    expect(parks.map((p) => p.name).filter((name) => /商贸城|市区/u.test(name))).toEqual([]);
  });

  it('takes a park a list of parks names for what it shows (…创新发展示范园), and a pilot zone of another province', () => {
    expect(parks.map((p) => p.name)).toEqual(
      expect.arrayContaining(['雪峰数字经济创新发展示范园', '中国（广西）自由贸易试验区']),
    );
  });

  it('gives an item of a list closed by a park’s suffix that suffix (隆回轻纺制鞋等产业园), and it hosts the paragraph’s industry', async () => {
    expect(parks.map((p) => p.name)).toContain('隆回轻纺制鞋产业园');
    expect((await edgesIn(PLAN, 'shaoyang-plan.txt'))('HOSTS')).toEqual(
      expect.arrayContaining(['隆回轻纺制鞋产业园 → 轻纺箱包制鞋', '邵东湘中皮具产业园 → 轻纺箱包制鞋']),
    );
  });

  it('takes a base a national programme names (特色产业基地, 高技术产业基地) for a park, not the programme’s kind of base', () => {
    expect(parks.map((p) => p.name)).toEqual(
      // (A name starts at its place: 国家火炬|邵东打火机特色产业基地.)
      expect.arrayContaining(['邵东打火机特色产业基地', '邵阳天然植物提取物高技术产业基地']),
    );
    expect(parks.map((p) => p.name)).not.toContain('国家火炬特色产业基地');
  });

  it('takes a park named only by what it is for for one park where the text speaks of one', () => {
    expect(parks.map((p) => p.name)).toEqual(
      expect.arrayContaining([
        // the object of 推动…建设, the 龙头 of 以…为龙头, listed with a park
        '现代竹产业园',
        '白鹤酒产业园',
        '汽车零配件产业园',
      ]),
    );
    // (a number or scope of parks, or a programme's kind, is no name)
    expect(parks.map((p) => p.name).filter((name) => /特色产业园|国家火炬特色/u.test(name))).toEqual([]);
  });

  it('reads a zero-carbon park (零碳园区) of a place, or named as one park, not the kind', () => {
    expect(parks.map((p) => p.name)).toEqual(
      expect.arrayContaining(['邵东国家级零碳园区', '翠湖港国家级零碳园区']),
    );
    expect(parks.map((p) => p.name).filter((name) => /^(?:零碳|一批|省级)/u.test(name))).toEqual([]);
  });

  it('reads a national innovation zone and a placed airport or port economic zone as parks, not a region’s economic area', () => {
    expect(parks.map((p) => p.name)).toEqual(
      expect.arrayContaining(['邵阳国家自主创新示范区', '武冈空港经济区']),
    );
    expect(parks.map((p) => p.name).filter((name) => name.includes('北部湾'))).toEqual([]);
  });

  it('reads a placed 产业集聚区 as a park, one of a level hosting what it is named for; a place that 入选 names none', async () => {
    expect(parks.map((p) => p.name)).toEqual(
      expect.arrayContaining(['新邵县茶叶产业集聚区', '邵阳国家级储能产业集聚区']),
    );
    expect(parks.map((p) => p.name).filter((name) => name.includes('入选'))).toEqual([]);
    expect((await edgesIn(PLAN, 'shaoyang-plan.txt'))('HOSTS')).toContain('邵阳国家级储能产业集聚区 → 储能');
  });

  it('takes a logistics park for a work being built, not a park', () => {
    expect(parks.map((p) => p.name).filter((name) => name.includes('物流园'))).toEqual([]);
    expect(projects).toEqual(expect.arrayContaining(['邵阳湘中冷链物流园', '邵东公铁联运物流园区']));
  });
});

describe('places listed before the kind of park they each have (A、B等高新区)', () => {
  it('reads one park per place, the first place after the sentence’s verb; a kind alone is none', async () => {
    const report = [
      '2027年甘肃省政府工作报告',
      '支持天水、白银、张掖等高新区提档升级，推动金昌、酒泉等经开区争创国家级经开区，推进定西、陇南等开发区整合提升。',
    ];
    const parks = await parksOf(report, 'gansu-2027-report.txt');
    expect(parks.sort()).toEqual(
      [
        '天水高新区',
        '张掖高新区',
        '白银高新区',
        '酒泉经开区',
        '金昌经开区',
        '定西开发区',
        '陇南开发区',
      ].sort(),
    );
  });
});

describe('a table of parks and their leading industries', () => {
  it('reads each cell’s industries as the industry reader splits them (汽车及零部件 is one: the industry with its parts, 汽车)', async () => {
    const layout = [
      '湖南省先进制造业园区布局规划',
      '| 园区名称 | 所在市州 | 主导产业 |',
      '| --- | --- | --- |',
      '| 长沙经济技术开发区 | 长沙市 | 工程机械、汽车及零部件 |',
    ].join('\n');
    const edges = await edgesIn(layout, 'hunan-park-layout.txt');
    expect(edges('HOSTS').sort()).toEqual([
      '长沙经济技术开发区 → 工程机械',
      '长沙经济技术开发区 → 汽车制造业',
    ]);
  });
});

describe('a table of parks a converter left one cell a line', () => {
  it('gives each park the industries of its row', async () => {
    const layout = [
      '邵阳市园区发展规划',
      '第一章 园区布局',
      '表1 重点园区主导产业',
      '园区名称',
      '主导产业',
      '邵东经济开发区',
      '箱包皮具、五金工具',
      '隆回高新技术产业开发区',
      '中医药',
    ].join('\n');
    const edges = await edgesIn(layout, 'shaoyang-parks.txt');
    expect(edges('HOSTS', 'role').sort()).toEqual([
      '邵东经济开发区 → 主导产业',
      '邵东经济开发区 → 主导产业',
      '隆回高新技术产业开发区 → 主导产业',
    ]);
  });
});

describe('a park the sentence opens with', () => {
  it('hosts what it develops, not a known name inside a longer one (半导体 of 功率半导体)', async () => {
    const plan = [
      '襄阳市国民经济和社会发展第十五个五年规划纲要',
      '第一章 园区发展',
      '襄阳高新区重点发展功率半导体和新能源汽车产业。',
    ];
    const edges = await edgesIn(plan.join('\n'), 'xiangyang-plan.txt');
    expect([...new Set(edges('HOSTS'))].sort()).toEqual([
      '襄阳高新区 → 功率半导体',
      '襄阳高新区 → 新能源汽车',
    ]);
    expect(edges('PRIORITIZES')).not.toContain('襄阳市 → 半导体');
  });
});

describe('a park a clause’s task stands on (依托, 在, 把)', () => {
  it('hosts what the clause develops, which the issuer develops; a comma ends the ground, unless the ground is all its clause has', async () => {
    const report = [
      '2027年甘肃省政府工作报告',
      '依托酒泉经开区发展新能源装备制造。',
      '在嘉峪关工业园区布局不锈钢产业。',
      '把定西经开区建成中医药产业高地。',
      '依托陇南经开区，发展绿色食品产业。',
      '依托武威经开区建设物流中心，发展冷链物流产业。',
    ];
    const edges = await edgesIn(report.join('\n'), 'gansu-2027-report.txt');
    expect([...new Set(edges('HOSTS'))].sort()).toEqual(
      [
        '酒泉经开区 → 新能源装备制造',
        '嘉峪关工业园区 → 不锈钢',
        '定西经开区 → 中医药',
        '陇南经开区 → 绿色食品',
      ].sort(),
    );
    expect(edges('PRIORITIZES')).toEqual(
      expect.arrayContaining(['甘肃省 → 新能源装备制造', '甘肃省 → 不锈钢', '甘肃省 → 绿色食品']),
    );
  });
});

describe('a report’s sentences about parks by name', () => {
  it('reads a park within a park named without a place, the roles a park’s sentence states, and no title it wins', async () => {
    const report = [
      '2027年甘肃省政府工作报告',
      '推进甘南工业园区牦牛乳制品产业园建设。',
      '武威工业园区主导产业为新能源装备制造和农产品精深加工。',
      '兰州新区化工园区获评全国智慧化工园区。',
    ];
    const parks = await parksOf(report, 'gansu-2027-report.txt');
    expect(parks).toContain('甘南工业园区牦牛乳制品产业园');
    expect(parks.filter((name) => name.includes('获评') || name === '牦牛乳制品产业园')).toEqual([]);
    const edges = await edgesIn(report.join('\n'), 'gansu-2027-report.txt');
    expect(edges('PART_OF')).toContain('甘南工业园区牦牛乳制品产业园 → 甘南工业园区');
    expect(new Set(edges('HOSTS', 'role').filter((edge) => edge.startsWith('武威')))).toEqual(
      new Set(['武威工业园区 → 主导产业']),
    );
    expect(
      edges('HOSTS')
        .filter((edge) => edge.startsWith('武威'))
        .sort(),
    ).toEqual(['武威工业园区 → 农产品加工', '武威工业园区 → 新能源装备制造'].sort());
  });
});

describe('what a report says a park is, has or is handed', () => {
  it('hosts what it is or becomes, its industry after 的, and what the clause after its own development develops', async () => {
    const report = [
      '2027年甘肃省政府工作报告',
      '天水经开区是全省重要的电工电器产业基地。',
      '支持白银高新区争创国家级先进材料产业集群。',
      '武威高新区的新能源装备产业规模突破百亿元。',
      '推动定西高新区、陇西经开区提质发展，重点发展中医药产业。',
      '推动金昌经开区建设，加快发展新材料产业。',
      '平凉工业园区入选国家级绿色园区。',
    ];
    const edges = await edgesIn(report.join('\n'), 'gansu-2027-report.txt');
    expect([...new Set(edges('HOSTS'))].sort()).toEqual(
      [
        '天水经开区 → 电工电器',
        '白银高新区 → 先进材料',
        '武威高新区 → 新能源装备',
        '定西高新区 → 中医药',
        '陇西经开区 → 中医药',
      ].sort(),
    );
  });
});

describe('what a report says a park takes in, joins or forms', () => {
  it('hosts what a clause gathers in it, the industries of projects settling in it (a short sentence ending with the park is no label of it), what it joins or forms, and each item of a list it shares with other parks by rank (分别)', async () => {
    const report = [
      '2027年湖北省政府工作报告',
      '推动生物医药产业向宜昌高新区集聚，引导新材料企业向荆门化工园区集中。',
      '今年以来，一批集成电路项目落户鄂州葛店经开区，带动就业五千人。',
      '一批光电子项目落户孝感高新区。',
      '推动襄阳高新区融入全国新能源汽车产业布局。',
      '仙桃经开区形成无纺布产业集群。',
      '咸宁高新区、黄冈高新区分别聚焦生物医药、新材料。',
      '十堰经开区、随州高新区分别做强汽车零部件、专用汽车和应急装备。',
    ];
    const edges = await edgesIn(report.join('\n'), 'hubei-2027-report.txt');
    expect([...new Set(edges('HOSTS'))].sort()).toEqual(
      [
        '宜昌高新区 → 生物医药',
        '荆门化工园区 → 新材料',
        '鄂州葛店经开区 → 集成电路',
        '孝感高新区 → 光电子',
        '襄阳高新区 → 新能源汽车',
        '仙桃经开区 → 无纺布',
        '咸宁高新区 → 生物医药',
        '黄冈高新区 → 新材料',
      ].sort(),
    );
  });
});

describe('parks of a sentence, each with its own clause', () => {
  it('hosts the known names a park focuses on, what its cluster does as a subject, what the clause after parks it grounds develops (依托A、B，做强…), and never what a clause before the park develops, nor a known name a longer one read opens (新能源 of 新能源电池)', async () => {
    const report = [
      '2027年云南省人民政府工作报告',
      '昆明高新区聚焦生物医药、新一代信息技术，大理经开区做强有色金属精深加工。',
      '楚雄高新区绿色硅光伏产业集群加快壮大。',
      '依托昆明经开区、安宁工业园区，做强绿色铝、精细磷化工产业。',
      '曲靖经开区重点发展新能源电池和智能终端。',
      '保山工贸园区重点培育硅光伏、绿色铝产业，蒙自经开区发展有色金属精深加工。',
    ];
    const parks = await parksOf(report, 'yunnan-2027-report.txt');
    expect(parks).toContain('保山工贸园区');
    const edges = await edgesIn(report.join('\n'), 'yunnan-2027-report.txt');
    expect([...new Set(edges('HOSTS'))].sort()).toEqual(
      [
        '昆明高新区 → 生物医药',
        '昆明高新区 → 新一代信息技术',
        '大理经开区 → 有色金属',
        '楚雄高新区 → 绿色硅光伏',
        '昆明经开区 → 绿色铝',
        '曲靖经开区 → 新能源电池',
        '曲靖经开区 → 智能终端',
        '昆明经开区 → 精细磷化工',
        '安宁工业园区 → 绿色铝',
        '安宁工业园区 → 精细磷化工',
        '保山工贸园区 → 硅光伏',
        '保山工贸园区 → 绿色铝',
        '蒙自经开区 → 有色金属',
      ].sort(),
    );
  });
});

describe('parks a count of their kind closes, and a park a place builds', () => {
  it('hosts by rank in a list closed by its count (A、B、C三大开发区分别…); reads the park after a place and a verb that builds it', async () => {
    const report = [
      '2027年天津市人民政府工作报告',
      '天津经开区、天津港保税区、滨海高新区三大开发区分别聚焦汽车、航空航天、生物医药。',
      '宝坻区建设中关村科技城，支持宁河区建设陆港枢纽产业园，支持花垣创建绿色矿山示范园区。',
    ];
    const parks = await parksOf(report, 'tianjin-2027-report.txt');
    expect(parks.sort()).toEqual(
      ['天津经开区', '天津港保税区', '滨海高新区', '中关村科技城', '陆港枢纽产业园'].sort(),
    );
    const edges = await edgesIn(report.join('\n'), 'tianjin-2027-report.txt');
    expect(edges('HOSTS').sort()).toEqual(
      ['天津经开区 → 汽车制造业', '天津港保税区 → 航空航天', '滨海高新区 → 生物医药'].sort(),
    );
  });
});

describe('a park a clause makes its vehicle, and a park within a district named like a park', () => {
  it('hosts what the next clause builds in the park made its core (以X为核心，打造…); a district before a park’s name is where it lies, no park', async () => {
    const report = [
      '2027年天津市人民政府工作报告',
      '以天津港保税区为核心，打造航空航天产业集群。',
      '加快滨海新区中关村科技园建设。',
    ];
    const parks = await parksOf(report, 'tianjin-2027-report.txt');
    expect(parks.sort()).toEqual(['天津港保税区', '滨海新区中关村科技园'].sort());
    const edges = await edgesIn(report.join('\n'), 'tianjin-2027-report.txt');
    expect(edges('HOSTS')).toEqual(['天津港保税区 → 航空航天']);
    expect(edges('LOCATED_IN')).toContain('滨海新区中关村科技园 → 滨海新区');
  });
});

describe('an area of a park named right after it', () => {
  it('reads X高新区Y片区 and X经开区Y园 as parts of the park, a 片区 hosting what it develops; not a part a work’s name goes on from, nor a kind of park within one (综合物流园)', async () => {
    const report = [
      '2027年襄阳市人民政府工作报告',
      '襄阳高新区东津片区重点发展数字经济，襄阳经开区余家湖片区重点发展精细化工。',
      '建成襄阳经开区鱼梁洲片区物流集散中心。',
      '推动枣阳经开区吴店园、宜城经开区雷河园提档升级，建设襄阳高新区综合物流园。',
    ];
    const parks = await parksOf(report, 'xiangyang-2027-report.txt');
    expect(parks.sort()).toEqual(
      [
        '襄阳高新区',
        '襄阳经开区',
        '襄阳高新区东津片区',
        '襄阳经开区余家湖片区',
        '枣阳经开区',
        '枣阳经开区吴店园',
        '宜城经开区',
        '宜城经开区雷河园',
      ].sort(),
    );
    const edges = await edgesIn(report.join('\n'), 'xiangyang-2027-report.txt');
    expect(edges('HOSTS').sort()).toEqual(
      ['襄阳高新区东津片区 → 数字经济', '襄阳经开区余家湖片区 → 精细化工'].sort(),
    );
    expect(edges('PART_OF')).toEqual(
      expect.arrayContaining(['襄阳高新区东津片区 → 襄阳高新区', '襄阳经开区余家湖片区 → 襄阳经开区']),
    );
  });
});

describe('a box of parks, one item each', () => {
  it('hosts what each park’s item states as its roles, lists after a colon with a cue, or develops in the paragraph its title line opens', async () => {
    const plan = [
      '岳阳市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要',
      '第五章 构建现代产业体系',
      '专栏5 重点园区发展方向',
      '（1）岳阳经济技术开发区。主导产业为先进装备制造、电子信息，培育生物医药产业。',
      '（3）汨罗高新区',
      '以再生资源回收利用为特色，积极发展新能源汽车零部件。',
      '（4）临湘工业园：做强浮标钓具、食品加工。',
    ];
    const edges = await edgesIn(plan.join('\n'), 'yueyang-14th-five-year-plan.txt');
    expect([...new Set(edges('HOSTS'))].sort()).toEqual(
      [
        '岳阳经济技术开发区 → 先进装备制造',
        '岳阳经济技术开发区 → 电子信息',
        '岳阳经济技术开发区 → 生物医药',
        '汨罗高新区 → 新能源汽车零部件',
        '临湘工业园 → 食品',
      ].sort(),
    );
  });
});

describe('a gazette’s approval of a park', () => {
  it('hosts the roles stated in a later clause and what the park is told to develop under a numbered item; a level before a kind names no park', async () => {
    const gazette = [
      '湖北省人民政府公报 2027年第5期',
      '省人民政府关于同意设立通山经济开发区的批复',
      '一、同意设立通山经济开发区，为省级开发区，实行现行省级开发区政策。',
      '二、通山经济开发区规划面积5.2平方公里，主导产业为石材加工、纺织服装和电子信息。',
      '三、通山经济开发区要坚持集约节约用地，重点发展绿色建材产业。',
    ];
    expect(await parksOf(gazette, 'hubei-gazette-2027-05.txt')).toEqual(['通山经济开发区']);
    const edges = await edgesIn(gazette.join('\n'), 'hubei-gazette-2027-05.txt');
    expect([...new Set(edges('HOSTS'))].sort()).toEqual(
      [
        '通山经济开发区 → 石材加工',
        '通山经济开发区 → 纺织服装',
        '通山经济开发区 → 电子信息',
        '通山经济开发区 → 绿色建材',
      ].sort(),
    );
  });
});

describe('a park building a park of an industry within it', () => {
  it('hosts the industry of the park it builds (X经开区着力打造A产业园) and of a part named for it (X经开区A专区)', async () => {
    const report = [
      '2027年山西省人民政府工作报告',
      '晋中经开区着力打造生物医药产业园，推进太原经开区化工新材料专区建设。',
    ];
    const parks = await parksOf(report, 'shanxi-2027-report.txt');
    // (The park it builds is a park within it: stop 37.)
    expect(parks.sort()).toEqual(
      ['晋中经开区', '晋中经开区生物医药产业园', '太原经开区', '太原经开区化工新材料专区'].sort(),
    );
    const edges = await edgesIn(report.join('\n'), 'shanxi-2027-report.txt');
    expect([...new Set(edges('HOSTS'))].sort()).toEqual(
      [
        '晋中经开区 → 生物医药',
        '晋中经开区生物医药产业园 → 生物医药',
        '太原经开区化工新材料专区 → 化工新材料',
      ].sort(),
    );
  });
});

describe('zones of other kinds a place names', () => {
  it('reads petrochemical zones and bases, knowledge and eco cities, software parks and bonded zones of a place; a zone named for an industry before its kind hosts it', async () => {
    const report = [
      '2027年广西壮族自治区政府工作报告',
      '推进钦州港石化区、北海铁山港石化基地、南宁五象知识城、柳州柳东生态城建设，建设世界级石化基地。',
      '推进南宁软件园、钦州保税区建设。',
      '推进北海银滩现代服务业合作区建设。',
    ];
    const parks = await parksOf(report, 'guangxi-2027-report.txt');
    expect(parks.sort()).toEqual(
      [
        '钦州港石化区',
        '北海铁山港石化基地',
        '南宁五象知识城',
        '柳州柳东生态城',
        '南宁软件园',
        '钦州保税区',
        '北海银滩现代服务业合作区',
      ].sort(),
    );
    const edges = await edgesIn(report.join('\n'), 'guangxi-2027-report.txt');
    expect(edges('HOSTS')).toEqual(['北海银滩现代服务业合作区 → 现代服务业']);
  });
});

describe('parks listed with their kind, and a park focusing on one industry', () => {
  it('host what the clause after the list develops (A、B等园区打造…); a park hosts the known name it focuses on', async () => {
    const report = [
      '2027年江西省政府工作报告',
      '支持南昌高新区、赣州经开区等园区打造千亿级电子信息产业集群。',
      '萍乡经开区聚焦新材料，景德镇高新区聚焦航空装备。',
      '抓好粮食生产。',
    ];
    const edges = await edgesIn(report.join('\n'), 'jiangxi-2027-report.txt');
    expect([...new Set(edges('HOSTS'))].sort()).toEqual(
      [
        '南昌高新区 → 电子信息',
        '赣州经开区 → 电子信息',
        '萍乡经开区 → 新材料',
        '景德镇高新区 → 航空装备',
      ].sort(),
    );
    expect(edges('PRIORITIZES').filter((edge) => edge.includes('粮食'))).toEqual([]);
  });
});

describe('parks listed each with its industry', () => {
  it('host their own, the second pair as the first', async () => {
    const report = [
      '2027年江西省政府工作报告',
      '吉安高新区电子信息、抚州高新区生物医药产业营收分别增长15%、12%。',
    ];
    const edges = await edgesIn(report.join('\n'), 'jiangxi-2027-report.txt');
    expect([...new Set(edges('HOSTS'))].sort()).toEqual(
      ['吉安高新区 → 电子信息', '抚州高新区 → 生物医药'].sort(),
    );
  });
});

describe('a park the clause before makes the core or leader', () => {
  it('hosts what the next clause develops (以X经开区为龙头，大力发展…); not one it only rests on (为依托)', async () => {
    const report = [
      '2027年甘肃省政府工作报告',
      '以兰州经开区为龙头，大力发展石油化工产业。以天水高新区为核心，着力发展电子信息产业。',
      '以白银高新区为依托，重点发展新材料产业。',
    ];
    const edges = await edgesIn(report.join('\n'), 'gansu-2027-report.txt');
    expect([...new Set(edges('HOSTS'))].sort()).toEqual(
      ['兰州经开区 → 石油化工', '天水高新区 → 电子信息'].sort(),
    );
  });
});

describe('a layout’s lines of parks and what each hosts, no cue', () => {
  it('give each park the bare list after its colon or dash; each bulleted line is an item of its own; a province’s 园区 is none', async () => {
    const plan = [
      '甘肃省园区产业布局方案',
      '一、重点园区',
      '- 兰州经开区：石油化工、电子信息、新能源汽车',
      '- 天水高新区：电子信息、航空动力、新材料',
      '- 白银高新区——有色金属、新材料',
    ];
    const edges = await edgesIn(plan.join('\n'), 'gansu-park-layout.txt');
    expect([...new Set(edges('HOSTS'))].sort()).toEqual(
      [
        '兰州经开区 → 石油化工',
        '兰州经开区 → 电子信息',
        '兰州经开区 → 新能源汽车',
        '天水高新区 → 电子信息',
        '天水高新区 → 航空动力',
        '天水高新区 → 新材料',
        '白银高新区 → 有色金属',
        '白银高新区 → 新材料',
      ].sort(),
    );
    expect((await parksOf(plan, 'gansu-park-layout.txt')).filter((name) => name.startsWith('甘肃'))).toEqual(
      [],
    );
  });
});

describe('a park among the places a verb hands a task to', () => {
  it('takes the task the list closed by 等 goes on to (支持A、B、X高新区、C等发展…)', async () => {
    const report = ['2027年甘肃省政府工作报告', '支持敦煌、嘉峪关、酒泉经开区、瓜州等发展文化旅游产业。'];
    const edges = await edgesIn(report.join('\n'), 'gansu-2027-report.txt');
    expect(edges('HOSTS')).toEqual(['酒泉经开区 → 文化旅游']);
  });
});

describe('the areas of a park’s layout, each opening its clause', () => {
  it('are parts of the park whose plan it is, each hosting what its clause develops', async () => {
    const plan = [
      '攸县经济开发区“十五五”发展规划',
      '第三章 空间布局',
      '构建“一园两区”格局：东区重点完善配套；网岭片区重点发展新材料产业；皇图岭片区重点发展电子信息产业。',
    ];
    const edges = await edgesIn(plan.join('\n'), 'youxian-park-plan.txt');
    expect(edges('HOSTS')).toEqual(expect.arrayContaining(['网岭片区 → 新材料', '皇图岭片区 → 电子信息']));
    expect(edges('PART_OF')).toEqual(
      expect.arrayContaining(['网岭片区 → 攸县经济开发区', '皇图岭片区 → 攸县经济开发区']),
    );
  });
});

describe('places listed before a suffix they share, right after a verb', () => {
  it('each name a park, the first too (支持|天水、白银国家高新区); cities before a free-trade zone’s 片区 each name one', async () => {
    const report = [
      '2027年甘肃省政府工作报告',
      '支持天水、白银国家高新区争先进位。中国（甘肃）自贸试验区兰州、天水、酒泉片区形成制度创新成果50项。',
    ];
    const parks = await parksOf(report, 'gansu-2027-report.txt');
    expect(parks.sort()).toEqual(
      [
        '天水国家高新区',
        '白银国家高新区',
        '中国（甘肃）自贸试验区',
        '中国（甘肃）自贸试验区兰州片区',
        '中国（甘肃）自贸试验区天水片区',
        '中国（甘肃）自贸试验区酒泉片区',
      ].sort(),
    );
  });

  it('share a level and an industry after the last place too, not a name of its own', async () => {
    const report = [
      '2027年甘肃省政府工作报告',
      '加快建设兰州、天水、酒泉省级新材料产业园，支持张掖、金昌西城产业园扩区。',
    ];
    const parks = await parksOf(report, 'gansu-2027-report.txt');
    expect(parks.sort()).toEqual(
      ['兰州省级新材料产业园', '天水省级新材料产业园', '酒泉省级新材料产业园', '金昌西城产业园'].sort(),
    );
  });
});

describe('an autonomous region’s free-trade zone', () => {
  it('is one park, written alone or whole, named by the region’s short name (广西, not 广西壮族自治)', async () => {
    const report = [
      '2027年广西壮族自治区政府工作报告',
      '自贸试验区南宁片区、钦州港片区新增企业5000家。中国（广西）自由贸易试验区加快发展。',
    ];
    const parks = await parksOf(report, 'guangxi-2027-report.txt');
    // (A part named by a division and a word of its own, 钦州港, is a part too.)
    expect(parks.sort()).toEqual(
      [
        '中国（广西）自由贸易试验区',
        '中国（广西）自由贸易试验区南宁片区',
        '中国（广西）自由贸易试验区钦州港片区',
      ].sort(),
    );
  });
});

describe('a park named for a group of industries plans name as one', () => {
  it('hosts the group (未来产业城 hosts 未来产业), not one that names none (新兴产业)', async () => {
    const report = ['2027年江苏省政府工作报告', '推进扬州未来产业城、泰州新兴产业城建设。'];
    const edges = await edgesIn(report.join('\n'), 'jiangsu-2027-report.txt');
    expect(edges('HOSTS')).toEqual(['扬州未来产业城 → 未来产业']);
  });
});

describe('a park a paragraph about one industry rests on', () => {
  it('hosts that industry: `4. 发展创意经济。以X为依托…`', async () => {
    const plan = [
      '岳阳市国民经济和社会发展第十四个五年规划纲要',
      '第一章 文化产业',
      '4. 发展创意经济。以岳阳国家广告产业园区为依托，整合一批优质科技项目。',
    ];
    const edges = await edgesIn(plan.join('\n'), 'yueyang-plan.txt');
    expect(edges('HOSTS')).toEqual(['岳阳国家广告产业园区 → 创意经济']);
  });
});

describe('zones of national programmes, and words that name no zone before a suffix', () => {
  it('reads comprehensive bonded and experimental zones, Taiwan investment zones, innovation demonstration zones and trade cooperation zones after a short name; a scope, a kind or a verb before a suffix names none', async () => {
    const report = [
      '2027年浙江省政府工作报告',
      '支持舟山综合保税区、瓯江综合实验区、苍南台商投资区提升能级。',
      '建设杭甬温国家自创区，推动中阿地方经贸合作示范区建设。',
      '建立高新区和高校联动机制，设立科创综合保税区，高水平建设跨省域高新技术产业开发区。',
      '全国高新区综合排名提升，我省高新区数量居前列，支持省内高新区、沿江经开区提质，推进全国综合保税区、我省自创区建设。',
    ];
    const parks = await parksOf(report, 'zhejiang-2027-report.txt');
    expect(parks.sort()).toEqual(
      [
        '舟山综合保税区',
        '瓯江综合实验区',
        '苍南台商投资区',
        '杭甬温国家自创区',
        '中阿地方经贸合作示范区',
      ].sort(),
    );
  });
});

describe('a base named by a city or a county and what it is for', () => {
  it('is a park hosting that industry (a product, 制造 or 产业 after goods); a farm, a school, an airfield or a province’s base is none', async () => {
    const report = [
      '2027年甘肃省政府工作报告',
      '支持兰州石化装备制造集群、天水电工电器零部件基地、金昌镍钴新材料产业基地、嘉峪关不锈钢产业基地发展。',
      '建设张掖蔬菜生产基地、酒泉实训基地、敦煌通航基地和甘肃新能源装备产业基地，推动武威攀岩基地、白银4大有色金属产业基地建设。',
    ];
    const { graph } = await extractText(report.join('\n'), 'gansu-2027-report.txt');
    const parks = graph.nodes.filter((node) => node.label === 'Park').map((node) => node.name);
    expect(parks.sort()).toEqual(
      ['天水电工电器零部件基地', '金昌镍钴新材料产业基地', '嘉峪关不锈钢产业基地'].sort(),
    );
    const edges = await edgesIn(report.join('\n'), 'gansu-2027-report.txt');
    expect(edges('HOSTS').sort()).toEqual(
      [
        '天水电工电器零部件基地 → 电工电器零部件',
        '金昌镍钴新材料产业基地 → 新材料',
        '嘉峪关不锈钢产业基地 → 不锈钢',
      ].sort(),
    );
  });
});

describe('a park whose own programme a clause carries out', () => {
  it('hosts what the next clause names, unless that clause names a place of its own', async () => {
    const report = [
      '2027年江西省政府工作报告',
      '深入实施自贸试验区提升战略，推进新能源汽车全产业链、电子信息产业链关键环节集成开放创新。',
      '深化南昌高新区“二次创业”行动，做强航空装备产业。',
      '推进赣州经开区提质行动，支持九江打造石油化工产业集群。',
    ];
    const edges = await edgesIn(report.join('\n'), 'jiangxi-2027-report.txt');
    expect([...new Set(edges('HOSTS'))].sort()).toEqual(
      [
        '中国（江西）自由贸易试验区 → 新能源汽车',
        '中国（江西）自由贸易试验区 → 电子信息',
        '南昌高新区 → 航空装备',
      ].sort(),
    );
  });
});

describe('a park whose suffix names its industry', () => {
  it('hosts it (汽车城, 影视城), and what the clause develops in it (生物城); one listed among projects is a work', async () => {
    const report = [
      '2027年广西壮族自治区政府工作报告',
      '支持柳州汽车城打造全国重要汽车生产基地，支持南宁国际生物城创新药生态圈发展，建设北海科技影视城。',
      '以桂林国际商贸城、桂林国际汽车城和桂林会展中心等项目为支撑，发展现代商贸。',
      '推进贵港国际汽车城和贵港会展中心项目建设。',
    ];
    const parks = await parksOf(report, 'guangxi-2027-report.txt');
    expect(parks.sort()).toEqual(['柳州汽车城', '南宁国际生物城', '北海科技影视城'].sort());
    const edges = await edgesIn(report.join('\n'), 'guangxi-2027-report.txt');
    expect([...new Set(edges('HOSTS'))].sort()).toEqual(
      [
        '柳州汽车城 → 汽车制造业',
        '南宁国际生物城 → 创新药',
        '北海科技影视城 → 广播、电视、电影和录音制作业',
      ].sort(),
    );
  });
});

describe('names listed beside a park, joined by 、 or 和', () => {
  it('are parks too, even of a suffix that else needs a place, hosting what their names say (and the part in brackets)', async () => {
    const report = [
      '2027年四川省政府工作报告',
      '建设南方创意产业集聚区、东方科技影视城和岷江影视（动漫）产业基地，打造文化产业集群。',
      '建设北方创意产业集聚区和东方文化中心。',
    ];
    const parks = await parksOf(report, 'sichuan-2027-report.txt');
    expect(parks.sort()).toEqual(['南方创意产业集聚区', '东方科技影视城', '岷江影视（动漫）产业基地'].sort());
    const edges = await edgesIn(report.join('\n'), 'sichuan-2027-report.txt');
    expect([...new Set(edges('HOSTS'))].sort()).toEqual(
      [
        '南方创意产业集聚区 → 文化创意',
        '东方科技影视城 → 广播、电视、电影和录音制作业',
        '岷江影视（动漫）产业基地 → 广播、电视、电影和录音制作业',
        '岷江影视（动漫）产业基地 → 动漫',
      ].sort(),
    );
  });
});

describe('a park a verb hands its task to', () => {
  it('hosts what the strong cue after it develops, behind an item’s mark too (2. 支持X高新区重点发展…)', async () => {
    const report = [
      '2027年河北省政府工作报告',
      '支持保定高新区重点发展新能源装备。推动邢台经开区大力发展新能源汽车零部件。',
      '2. 支持廊坊经开区引进一批电子信息项目。',
      '（二）推动邯郸冀南新区建设先进钢材产业基地。',
      '三、依托廊坊临空经济区，培育航空物流产业。',
    ];
    const edges = await edgesIn(report.join('\n'), 'hebei-2027-report.txt');
    expect([...new Set(edges('HOSTS'))].sort()).toEqual(
      [
        '保定高新区 → 新能源装备',
        '邢台经开区 → 新能源汽车零部件',
        '廊坊经开区 → 电子信息',
        '邯郸冀南新区 → 先进钢材',
        '廊坊临空经济区 → 航空物流',
      ].sort(),
    );
  });
});

describe('a park and an industry in other shapes of sentence', () => {
  it('hosts what it gathers, carries, is the core of, owns, and the industry that lies in it or rests on it', async () => {
    const report = [
      '2027年河北省政府工作报告',
      '唐山高新区集聚机器人企业120家。保定高新区聚集了新能源、智能电网装备等产业。',
      '新能源汽车产业主要布局在沧州经开区和邯郸经开区。',
      '邢台经开区是全省新能源汽车零部件的主要承载区。',
      '打造以承德高新区为核心的钒钛新材料产业集群。',
      '沧州临港经开区的石化产业实现营收1200亿元，位于廊坊经开区的商贸物流中心投入运营。',
      '光伏产业以定州经开区为核心，以衡水高新区为支撑。',
    ];
    const edges = await edgesIn(report.join('\n'), 'hebei-2027-report.txt');
    expect([...new Set(edges('HOSTS'))].sort()).toEqual(
      [
        '唐山高新区 → 机器人',
        '保定高新区 → 新能源',
        '保定高新区 → 智能电网装备',
        '沧州经开区 → 新能源汽车',
        '邯郸经开区 → 新能源汽车',
        '邢台经开区 → 新能源汽车零部件',
        '承德高新区 → 钒钛新材料',
        '沧州临港经开区 → 石油化工',
        '定州经开区 → 光伏',
        '衡水高新区 → 光伏',
      ].sort(),
    );
  });
});

describe('a free-trade zone’s part, an industry right after a park, and a park’s focus', () => {
  it('host what their clause says, not the zone or a park named within', async () => {
    const report = [
      '2027年河南省政府工作报告',
      '河南自贸试验区洛阳片区重点发展临空产业，郑州片区大力发展汽车制造业。',
      '信阳高新区电子信息产业链不断延伸，周口高新区的纺织产业营收突破百亿元。',
      '洛阳经开区围绕新能源电池、石油化工，打造临港产业集群。',
      '重点推进鹤壁经开区智能制造产业园建设。',
    ];
    const edges = await edgesIn(report.join('\n'), 'henan-2027-report.txt');
    expect([...new Set(edges('HOSTS'))].sort()).toEqual(
      [
        '河南自贸试验区洛阳片区 → 临空',
        '河南自贸试验区郑州片区 → 汽车制造业',
        '信阳高新区 → 电子信息',
        '周口高新区 → 纺织业',
        '洛阳经开区 → 新能源电池',
        '洛阳经开区 → 石油化工',
        '鹤壁经开区智能制造产业园 → 智能制造',
      ].sort(),
    );
  });
});

describe('a park given a designation, a cluster of a level or a second role', () => {
  it('hosts the field in brackets, the cluster’s industry and the second role’s', async () => {
    const report = [
      '2027年河南省政府工作报告',
      '新乡高新区获评国家新型工业化产业示范基地（电池）。支持南阳高新区创建国家光电产业创新集群。',
      '驻马店高新区形成了以装备制造为主导、生物医药为特色的产业体系。',
    ];
    const edges = await edgesIn(report.join('\n'), 'henan-2027-report.txt');
    expect([...new Set(edges('HOSTS'))].sort()).toEqual(
      [
        '新乡高新区 → 电池',
        '南阳高新区 → 光电子',
        '驻马店高新区 → 装备制造',
        '驻马店高新区 → 生物医药',
      ].sort(),
    );
  });
});

describe('a plan’s tables and boxes of parks in other shapes', () => {
  it('reads the inner park of a table of parks within parks, a box’s zero-padded items, and no caption as a park', async () => {
    const plan = [
      '德阳市国民经济和社会发展第十五个五年规划纲要',
      '第三章 产业园区',
      '表3 园区内产业园',
      '| 所在园区 | 产业园名称 | 主导产业 |',
      '| --- | --- | --- |',
      '| 德阳高新区 | 氢能产业园 | 氢能装备 |',
      '| 广汉经开区 | 航空产业园 | 通用航空、航空维修 |',
      '',
      '专栏4 重点园区',
      '01 旌阳经开区：重点发展食品饮料。',
      '02 罗江经开区：重点发展新材料、先进化工。',
    ];
    const { graph } = await extractText(plan.join('\n'), 'deyang-plan.txt');
    const parks = graph.nodes.filter((node) => node.label === 'Park').map((node) => node.name);
    expect(parks.sort()).toEqual(
      [
        '德阳高新区',
        '德阳高新区氢能产业园',
        '广汉经开区',
        '广汉经开区航空产业园',
        '旌阳经开区',
        '罗江经开区',
      ].sort(),
    );
    const edges = await edgesIn(plan.join('\n'), 'deyang-plan.txt');
    expect([...new Set(edges('HOSTS'))].sort()).toEqual(
      [
        '德阳高新区氢能产业园 → 氢能',
        '德阳高新区氢能产业园 → 氢能装备',
        '广汉经开区航空产业园 → 通用航空',
        '广汉经开区航空产业园 → 航空维修',
        '旌阳经开区 → 食品饮料',
        '罗江经开区 → 新材料',
        '罗江经开区 → 先进化工',
      ].sort(),
    );
  });
});

describe('a box holding a table a converter left one cell a line', () => {
  it('is read as a table: each park hosts its row’s industries', async () => {
    const plan = [
      '宜宾市国民经济和社会发展第十五个五年规划纲要',
      '第五章 园区',
      '专栏3 重点产业园区',
      '园区名称',
      '级别',
      '主导产业',
      '宜宾高新区',
      '国家级',
      '动力电池、晶硅光伏',
      '宜宾临港经开区',
      '国家级',
      '智能终端、新材料',
    ];
    const edges = await edgesIn(plan.join('\n'), 'yibin-plan.txt');
    expect([...new Set(edges('HOSTS'))].sort()).toEqual(
      [
        '宜宾高新区 → 动力电池',
        '宜宾高新区 → 晶硅光伏',
        '宜宾临港经开区 → 智能终端',
        '宜宾临港经开区 → 新材料',
      ].sort(),
    );
  });
});

describe('the parts of a park, named short', () => {
  it('opening later clauses, after 其中, or a place’s 园区 right after the park, are its parts hosting what their clause develops', async () => {
    const plan = [
      '南充市国民经济和社会发展第十五个五年规划纲要',
      '第五章 园区',
      '南充高新区潆华片区重点发展油气化工，航空港片区重点发展航空物流。',
      '推动南充经开区形成“一区三园”格局，其中河东园重点发展汽车零部件，其他园区加快转型。',
      '嘉陵区依托南充高新区嘉陵园区，重点发展新能源装备。',
    ];
    const { graph } = await extractText(plan.join('\n'), 'nanchong-plan.txt');
    const parks = graph.nodes.filter((node) => node.label === 'Park').map((node) => node.name);
    expect(parks.sort()).toEqual(
      [
        '南充高新区',
        '南充高新区潆华片区',
        '南充高新区航空港片区',
        '南充经开区',
        '南充经开区河东园',
        '南充高新区嘉陵园区',
      ].sort(),
    );
    const edges = await edgesIn(plan.join('\n'), 'nanchong-plan.txt');
    expect([...new Set(edges('HOSTS'))].sort()).toEqual(
      [
        '南充高新区潆华片区 → 油气化工',
        '南充高新区航空港片区 → 航空物流',
        '南充经开区河东园 → 汽车零部件',
        '南充高新区嘉陵园区 → 新能源装备',
      ].sort(),
    );
    expect(
      edges('PART_OF')
        .filter((edge) => edge.includes('园') || edge.includes('片区'))
        .sort(),
    ).toEqual(
      [
        '南充高新区潆华片区 → 南充高新区',
        '南充高新区航空港片区 → 南充高新区',
        '南充经开区河东园 → 南充经开区',
        '南充高新区嘉陵园区 → 南充高新区',
      ].sort(),
    );
  });
});

describe('a park of an industry a park builds', () => {
  it('is a park within it, named short as written, hosting its industry; not one of a count', async () => {
    const plan = [
      '绵阳市国民经济和社会发展第十五个五年规划纲要',
      '第五章 园区',
      '江油高新区做强特钢新材料产业，建设特钢产业园。',
      '绵阳高新区永兴片区布局新型显示产业园。',
      '游仙经开区建设3个特色产业园。',
    ];
    const { graph } = await extractText(plan.join('\n'), 'mianyang-plan.txt');
    const parks = graph.nodes.filter((node) => node.label === 'Park');
    expect(parks.map((node) => node.name).sort()).toEqual(
      [
        '江油高新区',
        '江油高新区特钢产业园',
        '绵阳高新区',
        '绵阳高新区永兴片区',
        '绵阳高新区永兴片区新型显示产业园',
        '游仙经开区',
      ].sort(),
    );
    expect(parks.find((node) => node.name === '江油高新区特钢产业园')?.aliases).toContain('特钢产业园');
    const edges = await edgesIn(plan.join('\n'), 'mianyang-plan.txt');
    expect(edges('HOSTS')).toContain('绵阳高新区永兴片区新型显示产业园 → 新型显示');
    expect(edges('PART_OF')).toContain('江油高新区特钢产业园 → 江油高新区');
  });
});

describe('a zone the statistics code as a division', () => {
  it('keeps no bare kind as its alias (武汉经济技术开发区 is not also 经济技术开发区)', async () => {
    const report = ['2027年湖北省政府工作报告', '支持武汉经济技术开发区打造智能网联汽车产业集群。'];
    const { graph } = await extractText(report.join('\n'), 'hubei-2027-report.txt');
    const park = graph.nodes.find((node) => node.label === 'Park' && node.name === '武汉经济技术开发区');
    expect(park).toBeDefined();
    expect(park?.aliases).not.toContain('经济技术开发区');
  });
});

describe('a park a paragraph rests an industry on, under that industry’s heading', () => {
  it('hosts the heading’s one industry (以X为核心承载区); not a park only relied on there', async () => {
    const plan = [
      '宜宾市国民经济和社会发展第十五个五年规划纲要',
      '第三篇 构建现代化产业体系',
      '第二节 发展晶硅光伏产业',
      '以宜宾高新区为核心承载区，推动晶硅光伏产业集群化发展。依托宜宾临港经开区，完善配套。',
    ];
    const edges = await edgesIn(plan.join('\n'), 'yibin-plan.txt');
    expect([...new Set(edges('HOSTS'))]).toEqual(['宜宾高新区 → 晶硅光伏']);
  });
});

describe('the park a paragraph’s first sentence opens with', () => {
  it('hosts what a later sentence of the paragraph develops with no subject of its own; not one naming a place', async () => {
    const plan = [
      '绵阳市国民经济和社会发展第十五个五年规划纲要',
      '第五章 园区',
      '绵阳高新区是全市创新发展的主引擎。重点发展新型显示、集成电路。大力发展江油特钢产业。',
      '大力发展人工智能产业。',
    ];
    const edges = await edgesIn(plan.join('\n'), 'mianyang-plan.txt');
    expect([...new Set(edges('HOSTS'))].sort()).toEqual(
      ['绵阳高新区 → 新型显示', '绵阳高新区 → 集成电路'].sort(),
    );
  });
});
