import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeFormatFixtures } from '../support/format-fixtures.ts';
import { CORPUS, runIngest } from '../support/test-graph.ts';
import { ARTIFACTS, serveCorpusToBrowser, type TestServer } from '../support/test-server.ts';

type Cy = import('cytoscape').Core;

const PDF_DOCUMENT = 'huaihua-14th-five-year-plan.pdf';

describe('the viewer shows the page of a fact read from a PDF', () => {
  let served: TestServer & { browser: Browser };
  let page: Page;

  beforeAll(async () => {
    const fixtures = await makeFormatFixtures(
      path.join(CORPUS, 'huaihua-14th-five-year-plan.txt'),
      path.join(ARTIFACTS, 'formats'),
    );
    served = await serveCorpusToBrowser();
    await runIngest([fixtures.pdf]);
    page = await served.browser.newPage({ viewport: { width: 1280, height: 800 } });
  }, 300_000);

  afterAll(async () => {
    // The other tests read the corpus alone.
    await runIngest(['--remove', PDF_DOCUMENT]).catch(() => undefined);
    await page?.close();
    await served?.close();
  }, 120_000);

  it('a document read from a PDF: its evidence says page and line', async () => {
    const id = `document:${PDF_DOCUMENT}`;
    await page.goto(`${served.server.url}#nodes=${encodeURIComponent(id)}`);
    await page.waitForFunction(
      (nodeId) =>
        (window as unknown as { planGraphViewer?: { cy: Cy } }).planGraphViewer?.cy
          .getElementById(nodeId)
          .nonempty(),
      id,
    );
    await page.evaluate((nodeId) => {
      const { cy } = (window as unknown as { planGraphViewer: { cy: Cy } }).planGraphViewer;
      cy.getElementById(nodeId).select();
    }, id);
    const line = page.locator('#details .line').first();
    await expect(line.textContent({ timeout: 10_000 })).resolves.toMatch(
      /^第 \d+ 页 第 \d+ 行 · page \d+, line \d+$/u,
    );
    await page.screenshot({ path: path.join(ARTIFACTS, 'viewer-pdf-page.png') });
  });
});
