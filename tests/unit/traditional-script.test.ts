/** A report in traditional script, written for this test, as UTF-8 and as Big5 bytes. */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { extractPaths } from '../../ingest/pipeline.ts';

const REPORT = [
  '泉州市2026年政府工作報告',
  '今年經濟社會發展的主要預期目標是：地區生產總值增長5.5%左右，城鎮新增就業6萬人以上。',
  '重點發展新能源汽車、新材料產業，推進泉州經濟技術開發區擴區。',
].join('\n');

async function extractBytes(bytes: Uint8Array, name: string) {
  const folder = await mkdtemp(path.join(tmpdir(), 'traditional-'));
  const file = path.join(folder, name);
  await writeFile(file, bytes);
  return extractPaths([file]);
}

describe('a document in traditional script', () => {
  it.each([
    ['UTF-8', Buffer.from(REPORT, 'utf8')],
    ['Big5', iconv.encode(REPORT, 'big5')],
  ])('is read in simplified characters and quoted as written (%s)', async (_encoding, bytes) => {
    const { graph } = await extractBytes(bytes, 'quanzhou-report.txt');
    const names = new Map(graph.nodes.map((n) => [n.id, n.name]));
    const goals = graph.nodes.filter((n) => n.label === 'Goal');
    expect(goals.map((g) => [g.name, g.properties.value, g.properties.kind])).toEqual([
      ['地区生产总值', 5.5, 'growth'],
      ['城镇新增就业', 6, 'level'],
    ]);
    const prioritizes = graph.edges
      .filter((e) => e.type === 'PRIORITIZES')
      .map((e) => `${names.get(e.source)} → ${names.get(e.target)}`);
    expect(prioritizes.sort()).toEqual(['泉州市 → 新材料', '泉州市 → 新能源汽车']);
    expect(graph.nodes.some((n) => n.label === 'Park' && n.name === '泉州经济技术开发区')).toBe(true);
    // Every quote is the traditional text at its line.
    const lines = REPORT.split('\n');
    const evidence = [...graph.nodes, ...graph.edges].flatMap((fact) => fact.evidence);
    expect(evidence.length).toBeGreaterThan(5);
    for (const { line, quote } of evidence) expect(lines[line - 1]).toContain(quote);
  });

  it('cites the issuer where its name is written in traditional characters', async () => {
    const text = ['會議紀要', '廣州市2026年政府工作報告', '今年重點發展新能源汽車產業。'].join('\n');
    const { graph } = await extractBytes(Buffer.from(text, 'utf8'), 'guangzhou-report.txt');
    const issuedBy = graph.edges.find((e) => e.type === 'ISSUED_BY');
    expect(issuedBy?.evidence[0]?.quote).toBe('廣州市2026年政府工作報告');
    // The document is named as written, read as a work report of 广州市.
    const document = graph.nodes.find((n) => n.label === 'Document');
    expect([document?.name, document?.properties.kind, document?.properties.issuerName]).toEqual([
      '廣州市2026年政府工作報告',
      'government-work-report',
      '广州市',
    ]);
  });
});
