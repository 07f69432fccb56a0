import { copyFile, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPaths } from '../../ingest/pipeline.ts';
import { CORPUS } from '../support/paths.ts';

const REPORT = (place: string) =>
  [
    '下载',
    '打印',
    `2026年${place}政府工作报告`,
    `——2026年1月20日在${place}第十届人民代表大会第五次会议上`,
    '各位代表：',
    '一、2025年工作回顾',
    '过去一年，全市地区生产总值增长5.2%。',
    '二、2026年主要目标任务',
    '今年主要预期目标是：地区生产总值增长5.5%左右，城镇新增就业4万人以上。大力发展新能源汽车、低空经济等新兴产业。',
  ].join('\n');

describe('extractPaths: files and folders as a user gives them', () => {
  it('reads folders recursively: a manifest describes what it lists, the text the rest', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'paths-'));
    await mkdir(path.join(root, 'reports', '2026'), { recursive: true });
    await mkdir(path.join(root, 'plans'));
    await writeFile(path.join(root, 'reports', '2026', 'zunyi.txt'), REPORT('遵义市'));
    await writeFile(path.join(root, 'reports', 'mianyang.txt'), REPORT('绵阳市'));
    await writeFile(path.join(root, 'reports', 'notes.json'), '{}');
    await copyFile(
      path.join(CORPUS, 'hongjiang-gazette-2026-01.txt'),
      path.join(root, 'plans', 'hongjiang-gazette-2026-01.txt'),
    );
    await writeFile(
      path.join(root, 'plans', 'manifest.json'),
      JSON.stringify({
        documents: [
          {
            file: 'hongjiang-gazette-2026-01.txt',
            title: '洪江市人民政府公报',
            issuer: '洪江市',
            kind: 'gazette',
            adopted: '2026-04-01',
            period: '2026',
          },
        ],
      }),
    );
    const extraction = await extractPaths([root]);
    expect(extraction.documents.map((d) => [d.file, d.issuer, d.kind]).sort()).toEqual([
      ['hongjiang-gazette-2026-01.txt', '洪江市', 'gazette'],
      ['mianyang.txt', '绵阳市', 'government-work-report'],
      ['zunyi.txt', '遵义市', 'government-work-report'],
    ]);
    expect(extraction.described.map((d) => d.file).sort()).toEqual(['mianyang.txt', 'zunyi.txt']);
    // The bare reports' goals and industries are read and set for their issuer.
    const goals = extraction.graph.nodes.filter(
      (n) => n.label === 'Goal' && n.evidence[0]?.document === 'zunyi.txt',
    );
    expect(
      goals.map((g) => [
        g.properties.indicator,
        g.properties.value,
        g.properties.qualifier,
        g.properties.targetYear,
      ]),
    ).toEqual(
      expect.arrayContaining([
        ['地区生产总值', 5.5, '左右', 2026],
        ['城镇新增就业', 4, '以上', 2026],
      ]),
    );
    // Last year's result is no goal.
    expect(goals.some((g) => g.properties.value === 5.2)).toBe(false);
    const prioritized = extraction.graph.edges.filter(
      (e) => e.type === 'PRIORITIZES' && e.source.startsWith('region:'),
    );
    expect(prioritized.map((e) => e.target)).toEqual(expect.arrayContaining(['industry:低空经济']));
  });

  it('reports a second file of the same name and leaves it out', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'paths-'));
    await mkdir(path.join(root, 'a'));
    await mkdir(path.join(root, 'b'));
    await writeFile(path.join(root, 'a', 'report.txt'), REPORT('遵义市'));
    await writeFile(path.join(root, 'b', 'report.txt'), REPORT('绵阳市'));
    const extraction = await extractPaths([root]);
    expect(extraction.documents).toHaveLength(1);
    expect(extraction.diagnostics.some((d) => d.rule === 'duplicate-file-name')).toBe(true);
  });

  it('refuses a path that does not exist, naming it', async () => {
    await expect(extractPaths(['/no/such/folder'])).rejects.toThrow(/\/no\/such\/folder does not exist/);
  });
});
