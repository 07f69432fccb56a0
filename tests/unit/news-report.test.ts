/** A news report saved from a web page, written for this test (another province's places). */
import { describe, expect, it } from 'vitest';
import { edgesIn, extractText } from '../support/extract-text.ts';

const NEWS = [
  '首页 > 新闻中心 > 本地要闻',
  '宜昌高新区：一季度新签约项目23个 生物医药产业链加速成形',
  '来源：宜昌日报  发布时间：2026-04-12 09:30',
  '本报讯 4月11日，记者从宜昌高新区获悉，一季度该区新签约项目23个。其中，总投资50亿元的人福药业宜昌生物医药产业园二期项目已开工建设。',
  '宜昌高新区重点发展生物医药、新材料两大主导产业。今年以来，园区引进上下游企业12家。',
  '“力争到2027年，生物医药产业规模突破500亿元。”管委会负责人表示。',
  '责任编辑：李华',
].join('\n');

describe('a news report', () => {
  it('is titled by its headline, not the page’s breadcrumb, and read as news', async () => {
    const { graph } = await extractText(NEWS, 'yichang-news.txt');
    const document = graph.nodes.find((n) => n.label === 'Document');
    expect(document?.name).toBe('宜昌高新区：一季度新签约项目23个 生物医药产业链加速成形');
    expect(document?.properties?.kind).toBe('news');
  });

  it('sets as goals only what it says is aimed at, and tells a project’s status and investment', async () => {
    const { graph } = await extractText(NEWS, 'yichang-news.txt');
    const goals = graph.nodes.filter((n) => n.label === 'Goal');
    expect(goals.map((g) => [g.name, g.properties?.value, g.properties?.targetYear])).toEqual([
      ['生物医药产业规模', 500, 2027],
    ]);
    const project = graph.nodes.find((n) => n.label === 'Project');
    expect(project?.name).toBe('人福药业宜昌生物医药产业园二期项目');
    expect(project?.properties).toEqual({ status: '新开工', investment: 50 });
  });

  it('without headings, tells what the park its headline names hosts, and what it aims at after what it did', async () => {
    const text = [
      '襄阳高新区：汽车产业链加速成势',
      '来源：襄阳日报　发布时间：2026-03-20',
      '',
      '本报讯 3月19日，襄阳高新区举行重大项目集中签约活动，现场签约项目18个。今年，园区将围绕新能源汽车、汽车零部件、装备制造三大主导产业，全力推进延链补链。',
      '',
      '据介绍，襄阳高新区2025年实现规上工业总产值1650亿元，同比增长9.5%。今年，园区力争规上工业总产值突破1800亿元，新增规上工业企业30家以上。',
      '',
      '园区相关负责人表示，将重点发展低空经济和航空零部件，打造中部地区有影响力的智能网联汽车产业集群。',
    ].join('\n');
    const { graph } = await extractText(text, 'xiangyang-news.txt');
    const names = new Map(graph.nodes.map((n) => [n.id, n.name]));
    const hosted = graph.edges
      .filter((e) => e.type === 'HOSTS' && e.source === 'park:襄阳|高新区')
      .map((e) => names.get(e.target))
      .sort();
    expect(hosted).toEqual(
      ['新能源汽车', '汽车零部件', '装备制造', '低空经济', '航空零部件', '智能网联汽车'].sort(),
    );
    const goals = graph.nodes.filter((n) => n.label === 'Goal');
    expect(goals.map((g) => [g.name, g.properties?.value, g.properties?.targetYear])).toEqual([
      ['园区规上工业总产值', 1800, 2026],
      ['新增规上工业企业', 30, 2026],
    ]);
    // The byline is a line of its own: no quote runs from it into the report.
    const quotes = graph.nodes.flatMap((n) => n.evidence.map((e) => e.quote));
    expect(quotes.filter((quote) => quote.includes('发布时间') && quote.includes('本报讯'))).toEqual([]);
  });

  it('gives another park the sentence names what it develops, not the headline’s park', async () => {
    const text = [
      '襄阳高新区：汽车产业链加速成势',
      '来源：襄阳日报　发布时间：2026-03-20',
      '',
      '今年，襄阳高新区将围绕新能源汽车、汽车零部件两大主导产业，全力推进延链补链。',
      '',
      '与此同时，谷城经开区围绕再生资源、汽车零部件两大产业推动数字化改造。枣阳经开区则着力发展新型建材产业。',
    ].join('\n');
    const edges = await edgesIn(text, 'xiangyang-parks-news.txt');
    expect(edges('HOSTS').sort()).toEqual(
      [
        '襄阳高新区 → 新能源汽车',
        '襄阳高新区 → 汽车零部件',
        '谷城经开区 → 再生资源',
        '谷城经开区 → 汽车零部件',
        '枣阳经开区 → 新型建材',
      ].sort(),
    );
  });

  it('is about the province or city its headline opens with by a short name, which develops what it says', async () => {
    const text = [
      '甘肃出台措施加快发展低空经济',
      '来源：甘肃日报 2026-11-25',
      '本报讯 近日，省政府办公厅印发若干措施，提出重点培育无人机整机制造、航空运营服务等产业链。',
      '兰州高新区将打造国家级无人机产业基地。',
    ].join('\n');
    const { graph } = await extractText(text, 'gansu-news.txt');
    const region = graph.nodes.find(
      (n) => n.label === 'Region' && graph.edges.some((e) => e.type === 'ISSUED_BY' && e.target === n.id),
    );
    expect(region?.name).toBe('甘肃省');
    const edges = await edgesIn(text, 'gansu-news.txt');
    expect(edges('PRIORITIZES')).toEqual(
      expect.arrayContaining(['甘肃省 → 无人机整机制造', '甘肃省 → 航空运营服务']),
    );
    expect(edges('HOSTS')).toContain('兰州高新区 → 无人机');
  });

  it('is about the province or city whose paper its page names as the source, when its headline names none', async () => {
    const text = [
      '我省低空经济发展迈上新台阶',
      '来源：甘肃日报 2026-11-25',
      '本报讯 今年以来，全省大力发展低空经济，培育无人机整机制造产业链。',
    ].join('\n');
    const edges = await edgesIn(text, 'province-news.txt');
    expect(edges('ISSUED_BY')).toEqual(['我省低空经济发展迈上新台阶 → 甘肃省']);
    expect(edges('PRIORITIZES')).toContain('甘肃省 → 低空经济');
  });
});

describe('a news round-up of a province’s parks', () => {
  it('hosts in each park what it focuses on in a role, makes its first, is admitted as or earns from; its headline’s time and kind name no park', async () => {
    const news = [
      '江西省2027年一季度开发区运行情况',
      '来源：江西日报',
      '赣州经开区聚焦新能源汽车主导产业，新引进配套企业12家。',
      '九江经开区以电子信息为首位产业，力争全年营收突破千亿元。',
      '鹰潭高新区铜基新材料产业集群入选国家先进制造业集群。',
      '上饶经开区光伏产业营业收入同比增长35%。',
    ].join('\n');
    const { graph } = await extractText(news, 'jiangxi-news-2027.txt');
    expect(
      graph.nodes
        .filter((n) => n.label === 'Park')
        .map((n) => n.name)
        .sort(),
    ).toEqual(['赣州经开区', '九江经开区', '鹰潭高新区', '上饶经开区'].sort());
    const hosts = (await edgesIn(news, 'jiangxi-news-2027.txt'))('HOSTS');
    expect([...new Set(hosts)].sort()).toEqual(
      [
        '赣州经开区 → 新能源汽车',
        '九江经开区 → 电子信息',
        '鹰潭高新区 → 铜基新材料',
        '上饶经开区 → 光伏',
      ].sort(),
    );
    const roles = graph.edges
      .filter((e) => e.type === 'HOSTS' && e.source.includes('赣州'))
      .map((e) => e.properties?.role);
    expect(roles).toEqual(['主导产业']);
  });
});
