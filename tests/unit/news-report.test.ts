/** A news report saved from a web page, written for this test (another province's places). */
import { describe, expect, it } from 'vitest';
import { extractText } from '../support/extract-text.ts';

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
});
