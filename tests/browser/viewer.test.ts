import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PlanServer, startPlanServer } from '../../server/app.ts';
import { testNeo4j } from '../support/test-graph.ts';
import { ARTIFACTS, serveCorpusToBrowser, type TestServer } from '../support/test-server.ts';

type Cy = import('cytoscape').Core;
declare global {
  interface Window {
    planGraphViewer: { cy: Cy; firstGraphAt: number | null };
  }
}

/** A page that records console errors and uncaught exceptions. */
async function openViewer(browser: Browser, url: string) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(url);
  await page.waitForFunction(() => window.planGraphViewer?.firstGraphAt != null);
  return { page, problems };
}

/** Where a node is on the screen, for real mouse clicks. */
async function screenPoint(page: Page, nodeId: string) {
  const box = await page.locator('#graph').boundingBox();
  const point = await page.evaluate(
    (id) => window.planGraphViewer.cy.getElementById(id).renderedPosition(),
    nodeId,
  );
  return { x: (box?.x ?? 0) + point.x, y: (box?.y ?? 0) + point.y };
}

/**
 * Clicks an edge with the real mouse, the way a person would: on a part of the
 * line where nothing else lies on top. The layout is not deterministic, so the
 * midpoint may be under a node or a crossing edge; we ask Cytoscape's own hit
 * test (the one a click goes through) which points along the curve hit the edge.
 */
async function clickEdge(page: Page, edgeId: string) {
  const box = await page.locator('#graph').boundingBox();
  const candidates = await page.evaluate((id) => {
    const { cy } = window.planGraphViewer;
    const edge = cy.getElementById(id);
    const from = edge.sourceEndpoint();
    const to = edge.targetEndpoint();
    // Parallel edges are drawn as quadratic béziers through one control point.
    const control = edge.controlPoints()?.[0] ?? { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 };
    const renderer = (
      cy as unknown as {
        renderer(): {
          findNearestElement(
            x: number,
            y: number,
            interactive: boolean,
            touch: boolean,
          ): { id(): string } | null;
        };
      }
    ).renderer();
    const zoom = cy.zoom();
    const pan = cy.pan();
    const points: { x: number; y: number; t: number }[] = [];
    for (let step = 1; step < 20; step++) {
      const t = step / 20;
      const x = (1 - t) ** 2 * from.x + 2 * (1 - t) * t * control.x + t ** 2 * to.x;
      const y = (1 - t) ** 2 * from.y + 2 * (1 - t) * t * control.y + t ** 2 * to.y;
      if (renderer.findNearestElement(x, y, true, false)?.id() === id) {
        points.push({ x: x * zoom + pan.x, y: y * zoom + pan.y, t });
      }
    }
    // Nearest the middle first: that is where a person aims.
    return points.sort((p, q) => Math.abs(p.t - 0.5) - Math.abs(q.t - 0.5)).slice(0, 5);
  }, edgeId);
  expect(candidates.length, `some part of ${edgeId} is on top`).toBeGreaterThan(0);
  for (const point of candidates) {
    await page.mouse.click((box?.x ?? 0) + point.x, (box?.y ?? 0) + point.y);
    const hit = await page
      .waitForFunction((id) => window.planGraphViewer.cy.getElementById(id).selected(), edgeId, {
        timeout: 2000,
      })
      .then(() => true)
      .catch(() => false);
    if (hit) return;
  }
  const selected = await page.evaluate(() =>
    window.planGraphViewer.cy.$(':selected').map((element) => element.id()),
  );
  throw new Error(`clicking along ${edgeId} never selected it; selected instead: ${selected.join(', ')}`);
}

/** Waits until no layout animation is running. */
async function settled(page: Page) {
  await page.waitForFunction(() => {
    const { cy } = window.planGraphViewer;
    return cy.nodes(':animated').empty();
  });
  await page.waitForTimeout(200);
}

const drawnIds = (page: Page) =>
  page.evaluate(() =>
    window.planGraphViewer.cy
      .nodes()
      .map((node) => node.id())
      .sort(),
  );

describe('the viewer in a real browser', () => {
  let driver: Driver;
  let server: PlanServer;
  let served: TestServer & { browser: Browser };
  let browser: Browser;
  let page: Page;
  let problems: string[];
  let sharedUrl = '';

  beforeAll(async () => {
    served = await serveCorpusToBrowser();
    ({ driver, server, browser } = served);
  });

  /** Rows of a Cypher query on the graph the viewer shows, numbers as numbers. */
  async function cypher(query: string, parameters: Record<string, unknown> = {}) {
    const { records } = await driver.executeQuery(query, parameters, {
      database: testNeo4j().settings.database,
    });
    return records.map((record) =>
      Object.fromEntries(
        record.keys.map((key) => {
          const value = record.get(key);
          return [key, typeof value?.toNumber === 'function' ? value.toNumber() : value];
        }),
      ),
    );
  }

  afterAll(async () => {
    await served?.close();
  });

  it('first screen: the five documents and their issuers, and a hint to search', async () => {
    ({ page, problems } = await openViewer(browser, server.url));
    const drawn = await page.evaluate(() => {
      const { cy } = window.planGraphViewer;
      return {
        documents: cy.nodes('[label = "Document"]').map((node) => node.data('name') as string),
        regions: cy.nodes('[label = "Region"]').map((node) => node.data('name') as string),
        edges: cy.edges('[type = "ISSUED_BY"]').length,
      };
    });
    expect(drawn.documents).toHaveLength(5);
    expect(drawn.regions.sort()).toEqual(['怀化市', '永州市', '洪江市', '湘西土家族苗族自治州'].sort());
    expect(drawn.edges).toBe(5);
    await expect(page.locator('#status').textContent()).resolves.toMatch(/5 份文件.*搜索/);
    await expect(page.locator('#legend').textContent()).resolves.toContain('园区 Park');
    // The summary: what the graph holds, the documents by region with kind and year, where to start.
    const overview = page.locator('#overview');
    await overview.locator('.overview-counts').waitFor();
    await expect(overview.locator('.overview-counts').textContent()).resolves.toMatch(
      /文件 5.*园区 \d+.*关系 \d+/,
    );
    await expect(overview.locator('.overview-documents').textContent()).resolves.toMatch(
      /怀化市：五年规划（2021）/,
    );
    // Every count on the first screen is the graph's own.
    const shown = (await overview.locator('.overview-counts').textContent()) ?? '';
    for (const [caption, label] of [
      ['文件', 'Document'],
      ['地区', 'Region'],
      ['园区', 'Park'],
      ['产业', 'Industry'],
      ['项目', 'Project'],
      ['目标', 'Goal'],
    ]) {
      const [row] = await cypher(`MATCH (n:${label}) RETURN count(n) AS count`);
      expect(shown).toContain(`${caption} ${row?.count}`);
    }
    const [relationships] = await cypher('MATCH ()-[r]->() RETURN count(r) AS count');
    expect(shown).toContain(`关系 ${relationships?.count}`);
    await page.screenshot({ path: path.join(ARTIFACTS, 'viewer-1-first-screen.png') });
    expect(problems).toEqual([]);
  });

  it('search 电子信息 → place it → double-click → the parks hosting it appear', async () => {
    await page.locator('#search-input').fill('电子信息');
    const first = page.locator('#search .suggestions li[data-id]').first();
    await expect(first.getAttribute('data-id')).resolves.toBe('industry:电子信息');
    await page.screenshot({ path: path.join(ARTIFACTS, 'viewer-2-suggestions.png') });
    await first.click();
    await page.waitForFunction(() =>
      window.planGraphViewer.cy.getElementById('industry:电子信息').nonempty(),
    );
    await settled(page);

    const before = await page.evaluate(() =>
      window.planGraphViewer.cy.nodes().map((node) => ({ id: node.id(), ...node.position() })),
    );
    const point = await screenPoint(page, 'industry:电子信息');
    await page.mouse.dblclick(point.x, point.y);
    await page.waitForFunction(() => window.planGraphViewer.cy.nodes('[label = "Park"]').length > 0);
    await settled(page);

    const { hosted, moved } = await page.evaluate((earlier) => {
      const { cy } = window.planGraphViewer;
      const industry = cy.getElementById('industry:电子信息');
      return {
        hosted: industry
          .incomers('edge[type = "HOSTS"]')
          .sources()
          .map((park) => park.data('name') as string),
        // Expanding adds around the node: what was drawn before stays where it was.
        moved: earlier.filter((node) => {
          const now = cy.getElementById(node.id).position();
          return Math.hypot(now.x - node.x, now.y - node.y) > 1;
        }).length,
      };
    }, before);
    expect(hosted).toContain('怀化国家高新技术产业开发区');
    expect(hosted).toContain('吉首经开区');
    expect(hosted.length).toBeGreaterThanOrEqual(10);
    expect(moved).toBe(0);
    await page.screenshot({ path: path.join(ARTIFACTS, 'viewer-3-expanded.png') });
    sharedUrl = page.url();
    expect(sharedUrl).toContain('#nodes=');
    expect(problems).toEqual([]);
  });

  it('click a HOSTS edge → its evidence: document, section, line and the quote with the park highlighted', async () => {
    const edgeId = 'HOSTS:park:怀化|高新区->industry:电子信息:主导产业';
    // Make the edge easy to hit: zoom in on it.
    await page.evaluate((id) => {
      const { cy } = window.planGraphViewer;
      cy.fit(cy.getElementById(id).connectedNodes(), 120);
    }, edgeId);
    await settled(page);
    await clickEdge(page, edgeId);
    const details = page.locator('#details');
    await expect(details.locator('h2').textContent()).resolves.toMatch(
      /怀化国家高新技术产业开发区.*主导产业.*电子信息/,
    );
    const quotes = await details.locator('blockquote.quote').allTextContents();
    expect(quotes.some((quote) => quote.includes('怀化高新区重点打造形成以新材料和电子信息为主导产业'))).toBe(
      true,
    );
    await expect(details.locator('mark').allTextContents()).resolves.toEqual(
      expect.arrayContaining(['怀化高新区', '电子信息']),
    );
    await expect(details.locator('.line').first().textContent()).resolves.toMatch(/第 725 行/);
    await expect(details.locator('.section-path').first().textContent()).resolves.toContain(
      '第二篇 › 第一章',
    );
    await page.screenshot({ path: path.join(ARTIFACTS, 'viewer-4-evidence.png') });
    expect(problems).toEqual([]);
  });

  it('filters hide a label; pin and collapse work on the selected node', async () => {
    await page.locator('#legend input[data-label="Project"]').uncheck();
    const hidden = await page.evaluate(() =>
      window.planGraphViewer.cy.nodes('[label = "Project"]').filter(':visible').empty(),
    );
    expect(hidden).toBe(true);
    await page.locator('#legend input[data-label="Project"]').check();

    // (A block body: returning a Cytoscape collection would make Playwright serialize all of cy.)
    await page.evaluate(() => {
      window.planGraphViewer.cy.getElementById('industry:电子信息').select();
    });
    await page.locator('#details button[data-action="pin"]').click();
    expect(page.url()).toContain('pins=');
    const countBefore = await page.evaluate(() => window.planGraphViewer.cy.nodes().length);
    await page.locator('#details button[data-action="collapse"]').click();
    const countAfter = await page.evaluate(() => window.planGraphViewer.cy.nodes().length);
    expect(countAfter).toBeLessThan(countBefore);
    expect(problems).toEqual([]);
  });

  it('the question "which parks host X" draws the answer graph and lists it as a table', async () => {
    const expected = await fetch(new URL('graphql', server.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ parksHostingIndustry(industry: "电子信息") { id park { id } } }' }),
    }).then(async (response) => (await response.json()).data.parksHostingIndustry as { id: string }[]);

    await page.locator('#question').selectOption('parks-hosting-industry');
    await page.locator('#questions input[type="search"]').fill('电子信息');
    await page.locator('#questions .suggestions li[data-id="industry:电子信息"]').click();
    await page.locator('#ask').click();
    await page.locator('.answer-table tbody tr').first().waitFor();
    await settled(page);

    const rows = await page.locator('.answer-table tbody tr').count();
    expect(rows).toBe(expected.length);
    const drawnEdges = await page.evaluate(() =>
      window.planGraphViewer.cy.edges('[type = "HOSTS"]').map((edge) => edge.id()),
    );
    expect(drawnEdges.sort()).toEqual(expected.map((hosts) => hosts.id).sort());
    await expect(page.locator('.answer-table').textContent()).resolves.toContain(
      '怀化国家高新技术产业开发区',
    );
    await page.screenshot({ path: path.join(ARTIFACTS, 'viewer-5-question.png') });
    // A row selects its relationship and shows its evidence (the README's screenshot).
    await page.locator('.answer-table tbody tr', { hasText: '主导产业' }).first().click();
    await expect(page.locator('#details mark').first().textContent()).resolves.toBeTruthy();
    await page.screenshot({ path: path.join(ARTIFACTS, 'viewer-readme.png') });
    expect(problems).toEqual([]);
  });

  it('expanding a node with hundreds of neighbours offers them by kind, and draws a page of a kind at a time', async () => {
    await page.locator('#search-input').fill('怀化市');
    await expect
      .poll(() => page.locator('#search .suggestions li[data-id]').first().locator('.name').textContent())
      .toBe('怀化市');
    const id = (await page
      .locator('#search .suggestions li[data-id]')
      .first()
      .getAttribute('data-id')) as string;
    await page.locator('#search-input').press('Enter');
    await page.waitForFunction(
      (regionId) => window.planGraphViewer.cy.getElementById(regionId).nonempty(),
      id,
    );
    await settled(page);
    const before = await page.evaluate(() => window.planGraphViewer.cy.nodes().length);
    const point = await screenPoint(page, id);
    await page.mouse.dblclick(point.x, point.y);
    const chooser = page.locator('#expand-chooser');
    await chooser.locator('button[data-action="expand-kind"][data-kind="Goal"]').waitFor();
    // Nothing is drawn until a kind is chosen.
    expect(await page.evaluate(() => window.planGraphViewer.cy.nodes().length)).toBe(before);
    const neighboursOf = (kind: string) =>
      page.evaluate(
        ([regionId, label]) =>
          window.planGraphViewer.cy
            .getElementById(regionId as string)
            .neighborhood(`node[label = "${label}"]`)
            .not('.fold').length,
        [id, kind],
      );
    // Parks only: as many as the graph has located in it.
    const parks = chooser.locator('button[data-action="expand-kind"][data-kind="Park"]');
    const parkCount = Number(/(\d+)\s*$/.exec((await parks.textContent()) ?? '')?.[1]);
    const [located] = await cypher(
      'MATCH (:Region {id: $id})<-[:LOCATED_IN]-(park:Park) RETURN count(DISTINCT park) AS count',
      { id },
    );
    expect(parkCount).toBe(located?.count);
    await parks.click();
    await expect.poll(() => neighboursOf('Park')).toBe(Math.min(parkCount, 30));
    expect(await neighboursOf('Goal')).toBe(0);
    // Then its goals, folded into one box; a double-click on it draws a page of them inside it.
    const goals = chooser.locator('button[data-action="expand-kind"][data-kind="Goal"]');
    const total = Number(/(\d+)\s*$/.exec((await goals.textContent()) ?? '')?.[1]);
    expect(total).toBeGreaterThan(60);
    await chooser.locator('button[data-action="expand-fold"][data-kind="Goal"]').click();
    const box = `fold:${id}:Goal`;
    await page.waitForFunction((boxId) => window.planGraphViewer.cy.getElementById(boxId).nonempty(), box);
    expect(await neighboursOf('Goal')).toBe(0);
    await expect
      .poll(() => page.evaluate((boxId) => window.planGraphViewer.cy.getElementById(boxId).data('name'), box))
      .toContain(`×${total}`);
    await settled(page);
    await page.screenshot({ path: path.join(ARTIFACTS, 'viewer-11-expand-folded.png') });
    const boxPoint = await screenPoint(page, box);
    await page.mouse.dblclick(boxPoint.x, boxPoint.y);
    await expect
      .poll(() =>
        page.evaluate((boxId) => window.planGraphViewer.cy.getElementById(boxId).children().length, box),
      )
      .toBe(30);
    expect(await neighboursOf('Goal')).toBe(30);
    await settled(page);
    await chooser.locator('button[data-action="expand-close"]').click();
    await page.evaluate((boxId) => {
      const { cy } = window.planGraphViewer;
      cy.fit(cy.getElementById(boxId).union(cy.getElementById(boxId).neighborhood()), 30);
    }, box);
    await page.screenshot({ path: path.join(ARTIFACTS, 'viewer-11-expand-by-kind.png') });
    // The box is no entity: a shared link names only the entities drawn.
    expect(decodeURIComponent(await page.evaluate(() => location.hash))).not.toContain('fold:');
    expect(problems).toEqual([]);
  });

  it('an example question of the first screen is asked in the question box', async () => {
    const example = page.locator('#overview button[data-action="overview-question"]').first();
    const question = (await example.textContent()) as string;
    await example.click();
    await expect.poll(() => page.locator('#ask-input').inputValue()).toBe(question);
    await expect(page.locator('#ask-result .interpretation').textContent()).resolves.toMatch(/^理解为：/);
    expect(problems).toEqual([]);
  });

  it('the question box reads a Chinese question, draws the answer with evidence, and takes another reading', async () => {
    await page.locator('#ask-input').fill('哪些园区发展光伏？');
    await page.locator('#ask-input').press('Enter');
    const interpretation = page.locator('#ask-result .interpretation');
    await interpretation.waitFor();
    await expect(interpretation.textContent()).resolves.toMatch(/^理解为：哪些园区发展「.+」/);
    await page.locator('#ask-result .answer-table tbody tr').first().waitFor();
    await settled(page);
    const parks = await page.locator('#ask-result .answer-table tbody tr td:first-child').allTextContents();
    expect(parks.length).toBeGreaterThan(0);
    const drawn = await drawnIds(page);
    for (const park of parks) {
      const id = await page
        .locator('#ask-result .answer-table tbody tr', { hasText: park })
        .first()
        .getAttribute('data-id');
      expect(drawn).toContain(id);
    }
    // A row selects its park; the details panel quotes where the plans name it.
    await page.locator('#ask-result .answer-table tbody tr').first().click();
    await expect(page.locator('#details mark').first().textContent()).resolves.toBeTruthy();
    await page.screenshot({ path: path.join(ARTIFACTS, 'viewer-9-ask.png') });
    // 永州经济技术开发区 is a park and, coded among divisions, a region: one click reads it as
    // the other one, and the line then offers the first reading back. (As a region it develops
    // nothing of its own: the park hosts its industries, and the line says it found no answer.)
    await page.locator('#ask-input').fill('永州经济技术开发区发展哪些产业？');
    await page.locator('#ask-input').press('Enter');
    const other = page.locator('#ask-result .alternatives button').first();
    await other.waitFor();
    const first = await other.getAttribute('data-id');
    await other.click();
    await expect.poll(() => other.getAttribute('data-id')).not.toBe(first);
    await expect(interpretation.textContent()).resolves.toMatch(/^(?:无法从这些文件回答：)?理解为/);
    expect(problems).toEqual([]);
  });

  it('search offers a park or region first for the first characters of its short name, and Enter draws it', async () => {
    const search = page.locator('#search-input');
    const first = page.locator('#search .suggestions li[data-id]').first();
    for (const [typed, name] of [
      ['怀化高新', '怀化国家高新技术产业开发区'],
      ['洪江高新', '洪江高新技术产业开发区'],
      ['靖州工业', '靖州工业集中区'],
      ['湘西', '湘西土家族苗族自治州'],
    ]) {
      await search.fill(typed as string);
      await expect.poll(() => first.locator('.name').textContent()).toBe(name);
    }
    await search.fill('怀化高新');
    await expect.poll(() => first.locator('.name').textContent()).toBe('怀化国家高新技术产业开发区');
    const id = (await first.getAttribute('data-id')) as string;
    await search.press('Enter');
    await page.waitForFunction((parkId) => window.planGraphViewer.cy.getElementById(parkId).nonempty(), id);
    expect(problems).toEqual([]);
  });

  it('who develops what: a matrix of regions × industries; a cell draws what is behind it, with evidence', async () => {
    await page.locator('#matrix').click();
    const table = page.locator('#matrix-panel table.matrix');
    await table.waitFor();
    await expect(table.locator('th.region', { hasText: '湖南省' }).count()).resolves.toBe(1);
    await expect(table.locator('thead th', { hasText: '电子信息' }).first().isVisible()).resolves.toBe(true);
    await page.screenshot({ path: path.join(ARTIFACTS, 'viewer-10-matrix.png') });
    // Columns by name, then back to the most widely developed first.
    const industriesShown = () => table.locator('thead th:not(.corner)').allTextContents();
    const byRegions = await industriesShown();
    await page.locator('#matrix-order').selectOption('tree|name');
    const byName = await industriesShown();
    expect(byName).toEqual([...byRegions].sort((a, b) => a.localeCompare(b, 'zh')));
    await page.locator('#matrix-order').selectOption('tree|regions');
    expect(await industriesShown()).toEqual(byRegions);
    // The matrix as shown, as a picture: every column's name in the SVG, and a PNG.
    const [svg] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('#matrix-panel button[data-action="export-svg"]').click(),
    ]);
    const picture = await readFile((await svg.path()) as string, 'utf8');
    expect(picture).toMatch(/^<svg[^>]*xmlns=/);
    for (const name of byRegions) expect(picture).toContain(`>${name}</text>`);
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('#matrix-panel button[data-action="export-png"]').click(),
    ]);
    expect((await readFile((await png.path()) as string)).subarray(1, 4).toString()).toBe('PNG');
    // 怀化市's row (open under 湖南省) and the 电子信息 column: its parks host it as 主导产业.
    const row = table.locator('tr', { has: page.locator('th.region', { hasText: /^.?怀化市$/ }) });
    const cell = row.locator('td[data-industries="industry:电子信息"]');
    await expect(cell.textContent()).resolves.toMatch(/园/);
    // Its number: the documents stating that 怀化市 or a region below it develops 电子信息.
    const [stated] = await cypher(
      `MATCH (:Region {name: '怀化市'})<-[:PART_OF*0..3]-(place:Region)
       CALL (place) {
         MATCH (place)-[r:PRIORITIZES]->(:Industry {id: 'industry:电子信息'}) RETURN r.sources AS files
         UNION ALL
         MATCH (place)<-[:LOCATED_IN]-(:Park)-[r:HOSTS]->(:Industry {id: 'industry:电子信息'}) RETURN r.sources AS files
       }
       UNWIND files AS file
       RETURN count(DISTINCT file) AS count`,
    );
    expect(Number(/(\d+)$/.exec((await cell.textContent()) ?? '')?.[1])).toBe(stated?.count);
    // An industry chain: its parts as columns.
    await page.locator('#matrix-chain').fill('电子信息');
    await page.locator('#matrix-panel .suggestions li[data-id="industry:电子信息"]').click();
    // The chain and its parks are counted afresh (no answer kept yet): give it time.
    await expect
      .poll(() => page.locator('#matrix-panel .matrix-bar strong').textContent(), { timeout: 10_000 })
      .toContain('产业链：电子信息');
    const columns = await table.locator('thead th').allTextContents();
    expect(columns).toContain('电子信息');
    expect(columns.length).toBeGreaterThan(3);
    // Below it, each part with the parks hosting it: as many as the graph has.
    const part = page.locator('#matrix-panel .chain-part[data-industry="industry:电子信息"]');
    await part.waitFor();
    const [hosting] = await cypher(
      'MATCH (park:Park)-[:HOSTS]->(:Industry {id: $id}) RETURN count(DISTINCT park) AS count',
      { id: 'industry:电子信息' },
    );
    await expect(part.locator('button[data-action="chain-park"]').count()).resolves.toBe(
      Math.min(hosting?.count ?? 0, 12),
    );
    const [parts] = await cypher(
      'MATCH (part:Industry)-[:PART_OF*1..2]->(:Industry {id: $id}) RETURN count(DISTINCT part) AS count',
      { id: 'industry:电子信息' },
    );
    await expect(page.locator('#matrix-panel .chain-part').count()).resolves.toBe((parts?.count ?? 0) + 1);
    // The view is in the URL.
    expect(decodeURIComponent(await page.evaluate(() => location.hash))).toContain(
      'panel=matrix&of=industry:电子信息',
    );
    await page.screenshot({ path: path.join(ARTIFACTS, 'viewer-12-chain.png') });
    await cell.click();
    await expect.poll(() => page.locator('#matrix-panel').isHidden()).toBe(true);
    await page.waitForFunction(() =>
      window.planGraphViewer.cy.getElementById('industry:电子信息').nonempty(),
    );
    await settled(page);
    const hosts = await page.evaluate(() =>
      window.planGraphViewer.cy.edges('[type = "HOSTS"]').map((edge) => edge.id()),
    );
    expect(hosts.length).toBeGreaterThan(0);
    await clickEdge(page, hosts[0] as string);
    await expect(page.locator('#details mark').first().textContent()).resolves.toBeTruthy();
    expect(problems).toEqual([]);
  });

  it("targets as charts: a region's goals baseline → target, one indicator across regions; a mark draws its evidence", async () => {
    await page.locator('#goals').click();
    await page.locator('#goals-region').fill('怀化市');
    await page.locator('#goals-panel .suggestions li[data-id]').first().click();
    const progress = page.locator('#goals-panel .goals-progress svg [data-goal]');
    await progress.first().waitFor();
    // As many bars as the year's goals with a baseline and a target as numbers.
    const year = Number(await page.locator('#goals-year').inputValue());
    const [withBaseline] = await cypher(
      `MATCH (:Region {name: '怀化市'})<-[:FOR_REGION]-(goal:Goal)
       WHERE goal.targetYear = $year AND goal.value > 0 AND goal.baselineValue > 0
       RETURN count(goal) AS count`,
      { year },
    );
    await expect(progress.count()).resolves.toBe(withBaseline?.count);
    await page.screenshot({ path: path.join(ARTIFACTS, 'viewer-13-goals-chart.png') });
    const [svg] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('#goals-panel .goals-progress button[data-action="export-svg"]').click(),
    ]);
    await expect(readFile((await svg.path()) as string, 'utf8')).resolves.toMatch(/^<svg[^>]*xmlns=/);
    expect(decodeURIComponent(await page.evaluate(() => location.hash))).toMatch(
      /panel=goals&of=region:[^&]+&name=怀化市/,
    );

    // One indicator across regions and documents: a dot per goal in the largest unit group.
    await page.locator('#goals-indicator').fill('地区生产总值');
    await page.locator('#goals-indicator').press('Enter');
    const dots = page.locator('#goals-panel .goals-comparison svg [data-goal]');
    await dots.first().waitFor();
    const groups = await cypher(
      `MATCH (goal:Goal) WHERE goal.indicator CONTAINS '地区生产总值' AND goal.value IS NOT NULL
       RETURN goal.unit AS unit, goal.kind AS kind, count(*) AS count ORDER BY count DESC`,
    );
    await expect(dots.count()).resolves.toBe(groups[0]?.count);
    await page.screenshot({ path: path.join(ARTIFACTS, 'viewer-14-indicator-chart.png') });

    // A mark draws the goal with its region and document; the goal's evidence is in the details.
    const goalId = (await dots.first().getAttribute('data-goal')) as string;
    await dots.first().click();
    await expect.poll(() => page.locator('#goals-panel').isHidden()).toBe(true);
    await page.waitForFunction((id) => window.planGraphViewer.cy.getElementById(id).selected(), goalId);
    const around = await page.evaluate(
      (id) =>
        window.planGraphViewer.cy
          .getElementById(id)
          .neighborhood('node')
          .map((node) => node.data('label') as string),
      goalId,
    );
    expect(around).toEqual(expect.arrayContaining(['Region', 'Document']));
    await expect(page.locator('#details .evidence').first().textContent()).resolves.toBeTruthy();
    expect(problems).toEqual([]);
  });

  it('a shared URL opens the same panel', async () => {
    const [region] = await cypher("MATCH (r:Region {name: '永州市'}) RETURN r.id AS id");
    const shared = await openViewer(
      browser,
      `${server.url}#panel=goals&of=${encodeURIComponent(region?.id)}&name=${encodeURIComponent('永州市')}`,
    );
    await shared.page.locator('#goals-panel svg [data-goal]').first().waitFor();
    await expect(shared.page.locator('#goals-panel .matrix-bar strong').textContent()).resolves.toContain(
      '永州市',
    );
    const chain = await openViewer(browser, `${server.url}#panel=matrix&of=industry:电子信息&name=电子信息`);
    await chain.page.locator('#matrix-panel .chain-part').first().waitFor();
    await expect(chain.page.locator('#matrix-panel .matrix-bar strong').textContent()).resolves.toContain(
      '产业链：电子信息',
    );
    expect([...shared.problems, ...chain.problems]).toEqual([]);
    await shared.page.close();
    await chain.page.close();
  });

  it('a shared URL draws the same nodes after a reload', async () => {
    const shared = await openViewer(browser, sharedUrl);
    await settled(shared.page);
    const expected = decodeURIComponent(new URL(sharedUrl).hash)
      .replace(/^#nodes=/, '')
      .split('&')[0];
    const reopened = await drawnIds(shared.page);
    expect(reopened.length).toBeGreaterThan(10);
    expect(reopened).toContain('industry:电子信息');
    // Same set as the link lists (ids contain no commas in this corpus).
    expect(reopened).toEqual(expected?.split(',').sort());
    await shared.page.screenshot({ path: path.join(ARTIFACTS, 'viewer-6-shared-url.png') });
    expect(shared.problems).toEqual([]);
    await shared.page.close();
  });

  it('exports the drawing as JSON (the graph document) and as PNG', async () => {
    const [json] = await Promise.all([page.waitForEvent('download'), page.locator('#export-json').click()]);
    const graph = JSON.parse(await readFile((await json.path()) as string, 'utf8'));
    const drawn = await drawnIds(page);
    expect(graph.nodes.map((node: { id: string }) => node.id).sort()).toEqual(drawn);
    expect(graph.edges[0].evidence[0]).toHaveProperty('quote');
    const [png] = await Promise.all([page.waitForEvent('download'), page.locator('#export-png').click()]);
    const bytes = await readFile((await png.path()) as string);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(problems).toEqual([]);
  });

  it('says clearly when the API is down', async () => {
    const doomed = await startPlanServer(
      { driver, database: testNeo4j().settings.database },
      { host: '127.0.0.1', port: 0 },
    );
    const down = await openViewer(browser, doomed.url);
    await doomed.close();
    await down.page.locator('#search-input').fill('怀化');
    await down.page.waitForFunction(() => document.querySelector('#status')?.classList.contains('error'));
    await expect(down.page.locator('#status').textContent()).resolves.toContain('无法连接服务器');
    await down.page.screenshot({ path: path.join(ARTIFACTS, 'viewer-7-api-down.png') });
    await down.page.close();
  });

  it('a large drawing seen whole skips node names, and shows them once zoomed in to read', async () => {
    const large = await openViewer(browser, server.url);
    // 600 regions in a chain: more than a screen can name at once.
    const elements = Array.from({ length: 600 }, (_, i) => [
      { group: 'nodes', data: { id: `n${i}`, label: 'Region', name: `地区${i}`, evidence: [], sources: [] } },
      ...(i > 0
        ? [
            {
              group: 'edges',
              data: {
                id: `e${i}`,
                type: 'PART_OF',
                source: `n${i}`,
                target: `n${i - 1}`,
                caption: '',
                evidence: [],
              },
            },
          ]
        : []),
    ]).flat();
    await large.page.evaluate(
      (els) =>
        (window.planGraphViewer as unknown as { loadElements(e: unknown): Promise<unknown> }).loadElements(
          els,
        ),
      elements,
    );
    const named = () =>
      large.page.evaluate(() => {
        const { cy } = window.planGraphViewer;
        return { zoom: cy.zoom(), unnamed: cy.nodes('.unnamed').length };
      });
    const whole = await named();
    expect(whole.zoom).toBeLessThan(0.5);
    expect(whole.unnamed).toBe(600);
    await large.page.evaluate(() => {
      window.planGraphViewer.cy.zoom(1.5);
    });
    expect((await named()).unnamed).toBe(0);
    await large.page.screenshot({ path: path.join(ARTIFACTS, 'viewer-8-large-zoomed.png') });
    expect(large.problems).toEqual([]);
    await large.page.close();
  });
});
