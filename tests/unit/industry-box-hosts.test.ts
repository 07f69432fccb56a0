/** HOSTS from an industry's 专栏: its parks host the fields each row names, parts of the caption's industry. */
import { describe, expect, it } from 'vitest';
import type { PlanGraph } from '../../model/graph.ts';
import { extractText } from '../support/extract-text.ts';

/** `source → target` by name for each relationship of a type (whose source id starts so), sorted. */
const ends = (graph: PlanGraph, type: string, from = '') => {
  const name = (id: string) => graph.nodes.find((n) => n.id === id)?.name;
  return graph.edges
    .filter((e) => e.type === type && e.source.startsWith(from))
    .map((e) => `${name(e.source)} → ${name(e.target)}`)
    .sort();
};

describe("an industry's 专栏 with a direction and a parks column", () => {
  it('makes each row’s parks host its direction, or its few fields when the row has no direction of its own: parts of the industry', async () => {
    const plan = [
      '# 青州市国民经济和社会发展第十四个五年规划纲要',
      '第三章 产业发展',
      '专栏5  电子信息产业“十四五”发展重点',
      '主攻方向\t重点突破领域\t重点建设项目\t重点支持园区',
      '光电传感器件\t片式电阻、磁性材料、覆铜板、锂电隔膜、导电浆料等\t青州电子材料项目\t青州高新区、临朐工业集中区',
      '\t电线电缆、智能电表等\t青州电缆扩能项目\t昌乐工业集中区',
    ].join('\n');
    const { graph } = await extractText(plan, 'qingzhou-plan.txt');
    expect(ends(graph, 'HOSTS')).toEqual(
      [
        '青州高新区 → 光电传感器件',
        '临朐工业集中区 → 光电传感器件',
        '昌乐工业集中区 → 电线电缆',
        '昌乐工业集中区 → 智能电表',
      ].sort(),
    );
    // (The parks host the industry through its parts, not again directly.)
    const partOf = ends(graph, 'PART_OF', 'industry:');
    expect(partOf).toContain('电线电缆 → 电子信息');
    expect(partOf).toContain('光电传感器件 → 电子信息');
    // The plan's issuer sets out to develop the fields of its industry's table.
    expect(ends(graph, 'PRIORITIZES')).toEqual(
      expect.arrayContaining([
        '青州市 → 电子信息',
        '青州市 → 光电传感器件',
        '青州市 → 电线电缆',
        '青州市 → 智能电表',
      ]),
    );
  });
});

describe('a line that opens with a park', () => {
  it('makes the park host what the rest of the line develops, and a park hosts only what its own clause says', async () => {
    const plan = [
      '# 青州市国民经济和社会发展第十四个五年规划纲要',
      '第三章 园区发展',
      '青州高新区。发展壮大高端装备、新材料等主导产业，培育低空经济。',
      '临朐经济开发区重点发展食品加工产业，昌乐重点发展电子信息产业。',
    ].join('\n');
    const { graph } = await extractText(plan, 'qingzhou-plan.txt');
    expect(ends(graph, 'HOSTS')).toEqual(
      [
        '青州高新区 → 高端装备制造',
        '青州高新区 → 新材料',
        '青州高新区 → 低空经济',
        '临朐经济开发区 → 食品',
      ].sort(),
    );
  });
});

describe('a park handed a task', () => {
  it('hosts what its own clause develops, and nothing the sentence goes on to', async () => {
    const report = [
      '2026年天津市人民政府工作报告',
      '推动滨海科学城智能传感产业发展，推进南开科技城建设，大力培育发展脑机接口等未来产业。',
    ].join('\n');
    const { graph } = await extractText(report, 'tianjin-report.txt');
    expect(ends(graph, 'HOSTS')).toEqual(['滨海科学城 → 智能传感']);
  });

  it('shares it with the parks listed with it (支持A经开区、B经开区打造…)', async () => {
    const plan = [
      '# 衡阳市国民经济和社会发展第十五个五年规划纲要',
      '第三章 产业发展',
      '支持衡阳高新区、耒阳经开区打造输变电装备、先进陶瓷产业集群。',
    ].join('\n');
    const { graph } = await extractText(plan, 'hengyang-plan.txt');
    expect(ends(graph, 'HOSTS')).toEqual(
      [
        '衡阳高新区 → 先进陶瓷',
        '衡阳高新区 → 输变电装备',
        '耒阳经开区 → 先进陶瓷',
        '耒阳经开区 → 输变电装备',
      ].sort(),
    );
  });
});

describe('a park an industry’s paragraph relies on', () => {
  it('hosts the paragraph’s industry (…产业。依托X，重点发展…)', async () => {
    const plan = [
      '# 衡阳市国民经济和社会发展第十五个五年规划纲要',
      '第三章 产业发展',
      '（一）做强输变电装备产业。依托衡阳高新区，重点发展变压器、互感器等产品，壮大关键零部件配套。',
    ].join('\n');
    const { graph } = await extractText(plan, 'hengyang-plan.txt');
    expect(ends(graph, 'HOSTS')).toContain('衡阳高新区 → 输变电装备');
  });
});

describe("a document's own park", () => {
  it('names 市高新区 for the issuing city, keeps other names as aliases, and reads 以X为主导产业 without the role', async () => {
    const plan = [
      '# 青州市2026年政府工作报告',
      '一、今年工作安排',
      '支持主城区依托市高新区重点做强竹木加工、新型建材等产业。',
      '强化青州市高新区的工业主阵地作用。',
      '青州高新区重点打造形成以新材料和电子信息为主导产业的格局。',
    ].join('\n');
    const { graph } = await extractText(plan, 'qingzhou-report-2026.txt');
    const park = graph.nodes.find((n) => n.label === 'Park');
    expect(graph.nodes.filter((n) => n.label === 'Park')).toHaveLength(1);
    expect([park?.name, ...(park?.aliases ?? [])].sort()).toEqual(['青州市高新区', '青州高新区']);
    expect(ends(graph, 'HOSTS')).toEqual(
      expect.arrayContaining([`${park?.name} → 新型建材`, `${park?.name} → 电子信息`]),
    );
    expect(graph.nodes.some((n) => n.name.includes('为主导'))).toBe(false);
  });
});

describe('a park named for an industry', () => {
  it('hosts the industry its name ends with, as a specialised park; a programme title names none', async () => {
    const plan = [
      '# 青州市国民经济和社会发展第十四个五年规划纲要',
      '第三章 园区发展',
      '加快建设青州高新区电子信息产业园和临朐县绿色新型建材产业园。',
      '创建临朐县樱桃国家现代农业产业园。',
    ].join('\n');
    const { graph } = await extractText(plan, 'qingzhou-plan.txt');
    expect(ends(graph, 'HOSTS')).toEqual([
      '临朐县绿色新型建材产业园 → 新型建材',
      '青州高新区电子信息产业园 → 电子信息',
    ]);
    expect(graph.edges.filter((e) => e.type === 'HOSTS').map((e) => e.properties?.role)).toEqual([
      '专业园区',
      '专业园区',
    ]);
  });
});

describe("an industry's paragraph that opens by developing it", () => {
  it('makes the parks it supports host that industry', async () => {
    const plan = [
      '# 青州市国民经济和社会发展第十四个五年规划纲要',
      '第三章 产业发展',
      '推动纺织服装产业品牌化发展。以服装、家纺为核心，支持青州纺织产业园、临朐家纺产业园集群发展，打造区域品牌。',
    ].join('\n');
    const { graph } = await extractText(plan, 'qingzhou-plan.txt');
    // (纺织服装 is a part of 轻工纺织, named as the text writes it.)
    expect(ends(graph, 'HOSTS')).toEqual(
      expect.arrayContaining(['临朐家纺产业园 → 纺织服装', '青州纺织产业园 → 纺织服装']),
    );
  });
});
