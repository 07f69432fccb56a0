import { copyFile, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPaths } from '../../ingest/pipeline.ts';
import type { ManifestEntry } from '../../ingest/read/manifest.ts';
import { extractText } from '../support/extract-text.ts';
import { CORPUS } from '../support/paths.ts';

/** What the pipeline reads a document as when no manifest lists it. */
async function describedAs(name: string, text: string): Promise<ManifestEntry | undefined> {
  return (await extractText(text, name)).documents[0];
}

describe('a park’s own plan', () => {
  it('is issued in the park’s place, and what it develops the park hosts', async () => {
    const plan = [
      '株洲高新技术产业开发区“十五五”发展规划',
      '第二章 产业发展',
      '园区将重点发展轨道交通装备、航空动力两大主导产业，培育壮大新能源汽车产业。',
    ].join('\n');
    const { documents, graph } = await extractText(plan, 'zhuzhou-park-plan.txt');
    expect(documents[0]).toMatchObject({ issuer: '株洲市', park: '株洲高新技术产业开发区' });
    const names = new Map(graph.nodes.map((n) => [n.id, n.name]));
    const facts = (type: string) =>
      graph.edges
        .filter((e) => e.type === type)
        .map((e) => `${names.get(e.source)} → ${names.get(e.target)}`)
        .sort();
    expect(facts('HOSTS')).toEqual([
      '株洲高新技术产业开发区 → 新能源汽车',
      '株洲高新技术产业开发区 → 航空动力',
      '株洲高新技术产业开发区 → 轨道交通装备',
    ]);
    expect(facts('PRIORITIZES')).toEqual([]);
  });
});

describe('a statistics bulletin', () => {
  it('reports the year its title names, and sets no targets or priorities', async () => {
    const bulletin = [
      '泸州市2025年国民经济和社会发展统计公报',
      '泸州市统计局',
      '2026年3月12日',
      '初步核算，全年全市地区生产总值2900亿元，比上年增长6.1%。年末城镇化率达到54%。',
      '白酒产业实现产值1100亿元，第一产业增加值增长3.5%。',
    ].join('\n');
    const { documents, graph } = await extractText(bulletin, 'luzhou-bulletin.txt');
    expect(documents[0]).toMatchObject({ kind: 'statistics', period: '2025', issuer: '泸州市' });
    expect(graph.nodes.filter((n) => n.label === 'Goal')).toEqual([]);
    expect(graph.edges.filter((e) => e.type === 'PRIORITIZES')).toEqual([]);
  });
});

describe('what a document is, from its own text (no manifest)', () => {
  it('skips the words of a saved web page and finds the title, issuer, kind and date under them', async () => {
    const entry = await describedAs(
      'report.txt',
      [
        '下载',
        '打印',
        '【字号：',
        '加大',
        '】',
        '2026年遵义市政府工作报告',
        '——2026年1月9日在遵义市第六届人民代表大会第五次会议上',
        '来源：遵义日报',
        '时间：2026-01-12',
        '各位代表：',
        '现在，我代表市人民政府，向大会报告工作。',
      ].join('\n'),
    );
    expect(entry).toMatchObject({
      title: '2026年遵义市政府工作报告',
      issuer: '遵义市',
      kind: 'government-work-report',
      adopted: '2026-01-09',
      period: '2026',
    });
  });

  it('dates a news page by its page lines when the title and the lines under it give no date', async () => {
    const entry = await describedAs(
      'news.txt',
      [
        '首页 > 新闻中心 > 本地要闻',
        '遵义：今年实施重点项目320个',
        '来源：遵义日报',
        '发布时间：2026-02-18 09:30',
        '记者从遵义市发展和改革委员会获悉，今年全市计划实施重点建设项目320个。',
      ].join('\n'),
    );
    expect(entry).toMatchObject({
      title: '遵义：今年实施重点项目320个',
      adopted: '2026-02-18',
      period: '2026',
    });
  });

  it('takes the issuer from the line under a title that does not name it', async () => {
    const entry = await describedAs(
      'report.txt',
      [
        '政府工作报告。 本报记者 某某 摄',
        '政府工作报告',
        '（2026年1月20日在四川省第十四届人民代表大会第四次会议上）',
        '各位代表：',
      ].join('\n'),
    );
    expect(entry).toMatchObject({ title: '政府工作报告', issuer: '四川省', kind: 'government-work-report' });
  });

  it('titles a notice that issues a document by the document it issues', async () => {
    const entry = await describedAs(
      'notice.txt',
      [
        '岳阳市人民政府办公室关于印发《岳阳市石化产业链高质量发展三年行动方案（2026—2028年）》的通知',
        '岳政办发〔2026〕3号',
        '各县市区人民政府：',
        '现印发给你们，请认真贯彻执行。',
      ].join('\n'),
    );
    expect(entry).toMatchObject({
      title: '岳阳市石化产业链高质量发展三年行动方案（2026—2028年）',
      issuer: '岳阳市',
      period: '2026-2028',
    });
  });

  it('reads a five-year plan, its period and its most local division', async () => {
    const entry = await describedAs(
      'plan.txt',
      [
        '四川省绵阳市国民经济和社会发展第十五个五年规划纲要',
        '（2026年2月1日市第八届人民代表大会通过）',
        '第一篇 开启新征程',
      ].join('\n'),
    );
    expect(entry).toMatchObject({
      issuer: '绵阳市',
      kind: 'five-year-plan',
      period: '2026-2030',
      adopted: '2026-02-01',
    });
  });

  it.each([
    'huaihua-14th-five-year-plan.txt',
    'hongjiang-14th-five-year-plan.txt',
    'xiangxi-14th-five-year-plan.txt',
    'yongzhou-14th-five-year-plan.txt',
    'hongjiang-gazette-2026-01.txt',
  ])('reads %s as its manifest describes it (issuer; kind when it has a title)', async (name) => {
    const manifest = JSON.parse(await readFile(path.join(CORPUS, 'manifest.json'), 'utf8')) as {
      documents: ManifestEntry[];
    };
    const listed = manifest.documents.find((entry) => entry.file === name);
    const folder = await mkdtemp(path.join(tmpdir(), 'describe-'));
    await copyFile(path.join(CORPUS, name), path.join(folder, name));
    const [entry] = (await extractPaths([path.join(folder, name)])).documents;
    expect(entry?.issuer).toBe(listed?.issuer);
    // The 湘西 plan's text starts with its body: no title says what kind of document it is.
    if (!name.startsWith('xiangxi')) expect(entry?.kind).toBe(listed?.kind);
  });
});

describe('a document written in Markdown', () => {
  it('is titled without the heading marks', async () => {
    const { graph } = await extractText(
      '# 青州市2026年政府工作报告\n\n一、过去一年工作回顾\n',
      'qingzhou.txt',
    );
    expect(graph.nodes.find((n) => n.label === 'Document')?.name).toBe('青州市2026年政府工作报告');
  });
});

describe('a county named by two characters', () => {
  it('issues the plan its title opens with', async () => {
    expect(
      await describedAs(
        'youxian-plan.txt',
        '攸县国民经济和社会发展第十四个五年规划纲要\n第一章 产业\n发展特色农业。',
      ),
    ).toMatchObject({ issuer: '攸县' });
  });
});
