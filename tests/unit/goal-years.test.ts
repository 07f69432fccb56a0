/** The year a report's goals are for, in a report written for this test (another province's). */
import { describe, expect, it } from 'vitest';
import { extractText } from '../support/extract-text.ts';

const REPORT = [
  '2026年青海省人民政府工作报告',
  '一、2025年工作回顾',
  '全省地区生产总值增长5.2%。',
  '二、“十四五”时期发展成就和“十五五”时期主要目标任务',
  '这五年，我们锐意改革、矢志创新，人均预期寿命提升至80.5岁，公园总数达500个。',
  '《纲要（草案）》明确了经济社会发展主要指标，共设置主要指标24个，其中约束性指标8个。一是围绕经济发展，地区生产总值年均增长5%左右。',
  '二是围绕民生福祉，城镇调查失业率控制在5.5%以内。',
  '三、全力推动“十五五”开好局、起好步',
  '今年经济社会发展的主要预期目标是：全省地区生产总值增长5%左右；城镇新增就业6万人以上；粮食产量稳定在110万吨以上。',
  '新建改造农村公路1200公里。',
].join('\n');

describe('the year of a report’s goals', () => {
  it('dates the outline’s targets to the end of its period and the year’s tasks to the year', async () => {
    const { graph } = await extractText(REPORT, 'qinghai-report.txt');
    const goals = graph.nodes
      .filter((node) => node.label === 'Goal')
      .map((goal) => [goal.name, goal.properties?.value, goal.properties?.targetYear]);
    expect(goals).toEqual(
      expect.arrayContaining([
        ['地区生产总值', 5, 2030],
        ['城镇调查失业率', 5.5, 2030],
        ['地区生产总值', 5, 2026],
        ['城镇新增就业', 6, 2026],
        ['粮食产量', 110, 2026],
        ['新建改造农村公路', 1200, 2026],
      ]),
    );
    // A paragraph looking back reports results; how many indicators an outline sets is no goal.
    expect(goals.map(([name]) => name)).not.toContain('人均预期寿命');
    expect(goals.map(([name]) => name)).not.toContain('公园总数');
    expect(goals.map(([name]) => name)).not.toContain('约束性指标');
    expect(goals.map(([name]) => name)).not.toContain('主要指标');
  });
});

describe('figures written in full-width forms', () => {
  it('reads ５．５％ as 5.5% and quotes the line as written', async () => {
    const report = [
      '2026年宁夏回族自治区人民政府工作报告',
      '一、2026年主要目标',
      '今年经济社会发展的主要预期目标是：地区生产总值增长５％左右，城镇调查失业率控制在５．５％以内，一般公共预算收入增长３％。',
    ].join('\n');
    const { graph } = await extractText(report, 'ningxia-report.txt');
    const goals = graph.nodes
      .filter((node) => node.label === 'Goal')
      .map((goal) => [goal.name, goal.properties?.value, goal.evidence[0]?.quote]);
    expect(goals).toEqual(
      expect.arrayContaining([
        ['地区生产总值', 5, expect.stringContaining('５％左右')],
        ['城镇调查失业率', 5.5, expect.stringContaining('５．５％以内')],
        ['一般公共预算收入', 3, expect.stringContaining('３％')],
      ]),
    );
    for (const [, , quote] of goals) expect(report).toContain(quote);
  });
});
