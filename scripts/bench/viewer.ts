/**
 * Viewer performance in Debian's chromium (the browser the tests use):
 * - time to first graph: navigation start → the first screen drawn, on the real served viewer;
 * - the first screen's summary (counts, documents) rendered; the matrix of who develops what
 *   and the goals chart of the region with the most goals, from the click to the drawn view;
 * - layout + render of synthetic graphs of 500 and 2,000 nodes (fcose, and the hierarchy).
 *
 * Needs a running server with the viewer built: `npm run build:web && npm run serve`, then
 * `npm run bench:viewer -- [url]` (default http://127.0.0.1:4000/). One run each; no assertions.
 */
import type { ElementDefinition } from 'cytoscape';
import { NODE_LABELS } from '../../model/labels.ts';
import {
  RELATIONSHIP_PAIRS,
  RELATIONSHIP_TYPE_NAMES,
  type RelationshipType,
} from '../../model/relationships.ts';
import { launchChromium } from '../../tests/support/browser.ts';

const url = process.argv[2] ?? process.env.VIEWER_URL ?? 'http://127.0.0.1:4000/';

/** A graph shaped like the real one: regions with parks, parks hosting industries, projects in parks. */
function syntheticGraph(size: number): ElementDefinition[] {
  const elements: ElementDefinition[] = [];
  const ids: Record<string, string[]> = Object.fromEntries(NODE_LABELS.map((label) => [label, []]));
  // Shares of the real graph; a label not listed gets the smallest share.
  const share: Record<string, number> = {
    Region: 0.06,
    Park: 0.2,
    Industry: 0.06,
    Project: 0.4,
    Goal: 0.27,
    Document: 0.01,
  };
  let seed = 7;
  const random = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  for (const label of NODE_LABELS) {
    const count = Math.max(1, Math.round(size * (share[label] ?? 0.01)));
    for (let i = 0; i < count; i += 1) {
      const id = `${label}:${i}`;
      ids[label]?.push(id);
      elements.push({
        group: 'nodes',
        data: { id, label, name: `${label} 示例${i}号`, aliases: [], evidence: [], sources: [] },
      });
    }
  }
  const pick = (label: string) => {
    const list = ids[label] ?? [];
    return list[Math.floor(random() * list.length)] as string;
  };
  const edge = (type: RelationshipType, source: string, target: string) =>
    elements.push({
      group: 'edges',
      data: {
        id: `${type}:${source}->${target}:${elements.length}`,
        type,
        source,
        target,
        caption: type,
        evidence: [],
        sources: [],
        properties: {},
      },
    });
  for (const type of RELATIONSHIP_TYPE_NAMES) {
    const pairs = RELATIONSHIP_PAIRS.filter((pair) => pair.type === type);
    for (const from of [...new Set(pairs.map((pair) => pair.source))].flatMap((label) => ids[label] ?? [])) {
      if (random() < 0.55) {
        const targets = pairs.map((pair) => pair.target);
        edge(type, from, pick(targets[Math.floor(random() * targets.length)] as string));
      }
    }
  }
  return elements.filter(
    (element) => element.group === 'nodes' || element.data.source !== element.data.target,
  );
}

const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(url);
  await page.waitForFunction(
    () =>
      (window as unknown as { planGraphViewer?: { firstGraphAt: number | null } }).planGraphViewer
        ?.firstGraphAt != null,
    undefined,
    { timeout: 30_000 },
  );
  const firstGraph = await page.evaluate(
    () => (window as unknown as { planGraphViewer: { firstGraphAt: number } }).planGraphViewer.firstGraphAt,
  );
  console.log(`time to first graph (navigation → documents drawn): ${Math.round(firstGraph)} ms`);
  await page.locator('#overview .overview-counts').waitFor();
  const firstScreen = await page.evaluate(() => performance.now());
  console.log(
    `first screen with its summary (navigation → counts and documents shown): ${Math.round(firstScreen)} ms`,
  );
  // The first screen's layout animates for a moment: the views are opened once it rests, as a
  // person would. Measured on the page's clock; the two evaluate round trips (a few ms) count too.
  await page.waitForFunction(() =>
    (window as unknown as { planGraphViewer: { cy: import('cytoscape').Core } }).planGraphViewer.cy
      .nodes(':animated')
      .empty(),
  );
  const timed = async (open: string, drawn: string) => {
    const start = await page.evaluate(() => performance.now());
    await page.locator(open).click();
    await page.locator(drawn).first().waitFor({ timeout: 30_000 });
    return (await page.evaluate(() => performance.now())) - start;
  };
  console.log(
    `matrix (click → table drawn): ${Math.round(await timed('#matrix', '#matrix-panel table.matrix'))} ms`,
  );
  await page.locator('#matrix').click();
  const region = await page.evaluate(async () => {
    const answer = await fetch('graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: '{ nodes(label: Region, sort: {field: NAME}, first: 200) { nodes { id name } } }',
      }),
    }).then((r) => r.json());
    return answer.data.nodes.nodes as { id: string; name: string }[];
  });
  // The goals chart opened from a link (the region with the most goals is the heaviest).
  const counts = await Promise.all(
    region.map(async ({ id, name }) => {
      const answer = await page.evaluate(async (regionId) => {
        const r = await fetch('graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            query: 'query($r: String!) { goalChart(region: $r) { goals { id } } }',
            variables: { r: regionId },
          }),
        }).then((x) => x.json());
        return r.data.goalChart.goals.length as number;
      }, id);
      return { id, name, goals: answer };
    }),
  );
  const heaviest = counts.sort((a, b) => b.goals - a.goals)[0];
  if (heaviest) {
    const started = Date.now();
    await page.goto(
      `${url}#panel=goals&of=${encodeURIComponent(heaviest.id)}&name=${encodeURIComponent(heaviest.name)}`,
    );
    await page.locator('#goals-panel svg [data-goal]').first().waitFor({ timeout: 30_000 });
    console.log(
      `goals chart of ${heaviest.name} (${heaviest.goals} goals; link opened → chart drawn): ${Date.now() - started} ms`,
    );
  }
  for (const size of [500, 2000]) {
    const elements = syntheticGraph(size);
    const edges = elements.filter((element) => element.group === 'edges').length;
    // The hierarchy (dagre) falls back to fcose above HIERARCHY_LIMIT (1,000) nodes.
    for (const layout of size <= 1000 ? (['fcose', 'hierarchy'] as const) : (['fcose'] as const)) {
      const timing = await page.evaluate(
        ([els, name]) =>
          (
            window as unknown as {
              planGraphViewer: {
                loadElements(e: unknown, l: string): Promise<{ layoutMs: number; totalMs: number }>;
              };
            }
          ).planGraphViewer.loadElements(els, name),
        [elements, layout] as const,
      );
      console.log(
        `${String(size).padStart(5)} nodes, ${edges} edges, ${layout.padEnd(9)}: layout ${Math.round(timing.layoutMs)} ms, layout + render ${Math.round(timing.totalMs)} ms`,
      );
    }
  }
} finally {
  await browser.close();
}
