import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractPaths } from '../../ingest/pipeline.ts';
import { readSourceText, type SourceText } from '../../ingest/read/read-source-text.ts';
import { citedText, type PlanGraph } from '../../model/graph.ts';
import { type FormatFixtures, makeFormatFixtures } from '../support/format-fixtures.ts';
import { graphChecksum } from '../support/graph-checksum.ts';
import { CORPUS, openTestDriver, runIngest, testNeo4j } from '../support/test-graph.ts';
import { ARTIFACTS } from '../support/test-server.ts';

const PLAN = path.join(CORPUS, 'huaihua-14th-five-year-plan.txt');

/** What a format must keep of the plan: parks, what they host, and goals with their values. */
function facts(graph: PlanGraph) {
  const parks = graph.nodes.filter((n) => n.label === 'Park').map((n) => n.id);
  const hosts = graph.edges.filter((e) => e.type === 'HOSTS').map((e) => `${e.source} → ${e.target}`);
  // Goal ids carry the document's file name; a goal is known by its indicator and value.
  const goals = graph.nodes
    .filter((n) => n.label === 'Goal')
    .map((n) => `${n.name.replace(/\s+/gu, '')} = ${n.properties.value ?? ''}`);
  return { parks: new Set(parks), hosts: new Set(hosts), goals: new Set(goals) };
}

const missingFrom = (a: Set<string>, b: Set<string>) => [...a].filter((x) => !b.has(x));

describe('PDF, Word and web-page versions of a plan give the facts of its text', () => {
  let fixtures: FormatFixtures;
  let text: ReturnType<typeof facts>;

  beforeAll(async () => {
    fixtures = await makeFormatFixtures(PLAN, path.join(ARTIFACTS, 'formats'));
    text = facts((await extractPaths([PLAN])).graph);
  }, 180_000);

  for (const format of ['html', 'docx', 'pdf'] as const) {
    it(`${format}: the same parks and HOSTS, and the goals with their values`, async () => {
      const file = fixtures[format];
      const extraction = await extractPaths([file]);
      expect(extraction.failed).toEqual([]);
      const found = facts(extraction.graph);
      expect(text.parks.size).toBeGreaterThan(20);
      expect(missingFrom(text.parks, found.parks)).toEqual([]);
      expect(missingFrom(found.parks, text.parks)).toEqual([]);
      expect(text.hosts.size).toBeGreaterThan(40);
      expect(missingFrom(text.hosts, found.hosts)).toEqual([]);
      expect(missingFrom(found.hosts, text.hosts)).toEqual([]);
      // Every goal, with its value: also where Word makes every row of a table as wide as its
      // widest (sub-indicators of the first indicator table) and where a paragraph breaks
      // across a PDF page before a number (…用水量降低 | 10%).
      expect(text.goals.size).toBeGreaterThan(100);
      expect(missingFrom(text.goals, found.goals)).toEqual([]);
      expect(missingFrom(found.goals, text.goals)).toEqual([]);
    });

    it(`${format}: every quote is verbatim at its line of the extracted text${format === 'pdf' ? ', on its page' : ''}`, async () => {
      const file = fixtures[format];
      const source: SourceText = await readSourceText(file);
      const { graph } = await extractPaths([file]);
      const evidence = [...graph.nodes, ...graph.edges].flatMap((element) => element.evidence);
      expect(evidence.length).toBeGreaterThan(500);
      for (const e of evidence) {
        expect(citedText(source.lines, e), `${e.document}:${e.line}`).toContain(e.quote);
        if (format === 'pdf') expect(e.page, `${e.line}`).toBe(source.pages?.[e.line - 1]);
        else expect(e.page).toBeUndefined();
      }
      if (format === 'pdf') {
        const pages = new Set(evidence.map((e) => e.page));
        expect(pages.size).toBeGreaterThan(30);
      }
    });
  }

  it('a web page: navigation, toolbars and the footer are not text of the plan', async () => {
    const source = await readSourceText(fixtures.html);
    const all = source.lines.join('\n');
    for (const chrome of [
      '当前位置',
      '网站标识码',
      '分享到',
      'ICP备案号',
      '联系我们',
      '网站地图',
      '主办单位',
    ])
      expect(all).not.toContain(chrome);
    expect(source.lines[0]).toBe('怀化市国民经济和社会发展第十四个');
  });

  it('a PDF: page numbers are dropped and wrapped paragraphs are whole lines again', async () => {
    const source = await readSourceText(fixtures.pdf);
    expect(source.lines.filter((line) => /^\s*[-—]?\s*\d{1,3}\s*[-—]?\s*$/u.test(line))).toEqual([]);
    const opening = source.lines.find((line) => line.startsWith('怀化市国民经济和社会发展第十四个五年（'));
    expect(opening).toMatch(/是全市人民共同奋斗的行动纲领。$/u);
  });
});

describe('a file that cannot be read gets one clear message and leaves the graph as it was', () => {
  let fixtures: FormatFixtures;
  let driver: Driver;
  const database = testNeo4j().settings.database;

  beforeAll(async () => {
    fixtures = await makeFormatFixtures(PLAN, path.join(ARTIFACTS, 'formats'));
    await runIngest();
    driver = openTestDriver();
  }, 300_000);

  afterAll(async () => {
    await driver?.close();
  });

  const cases: [keyof FormatFixtures, RegExp][] = [
    ['scannedPdf', /scanned\.pdf is a PDF without a text layer \(a scanned image\?\)/u],
    ['encryptedPdf', /encrypted\.pdf is a password-protected PDF/u],
    ['truncatedPdf', /truncated\.pdf cannot be read as a PDF \(damaged or truncated\?\)/u],
    ['notZipDocx', /not-a-zip\.docx is not a Word \.docx file/u],
    ['emptyFile', /empty\.txt is empty/u],
  ];
  for (const [fixture, message] of cases) {
    it(`${fixture}: says what is wrong`, async () => {
      await expect(readSourceText(fixtures[fixture])).rejects.toThrow(message);
    });
  }

  it('ingesting all of them changes nothing and names each one once', async () => {
    const before = await graphChecksum(driver, database);
    const failure = await runIngest(cases.map(([fixture]) => fixtures[fixture])).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    for (const [, message] of cases) expect(failure?.stderr.match(new RegExp(message, 'gu'))?.length).toBe(1);
    expect(await graphChecksum(driver, database)).toEqual(before);
  });
});
