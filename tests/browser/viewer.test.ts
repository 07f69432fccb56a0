import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PlanServer, startPlanServer } from '../../server/app.ts';
import { launchChromium } from '../support/browser.ts';
import { openTestDriver, ROOT, runIngest, testNeo4j } from '../support/test-graph.ts';

const ARTIFACTS = path.join(ROOT, 'tests', 'artifacts');

describe('the viewer in a real browser', () => {
  let driver: Driver;
  let server: PlanServer;
  let browser: Browser;

  beforeAll(async () => {
    await runIngest();
    driver = openTestDriver();
    server = await startPlanServer(
      { driver, database: testNeo4j().settings.database },
      { host: '127.0.0.1', port: 0 },
    );
    browser = await launchChromium();
    await mkdir(ARTIFACTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await driver?.close();
  });

  it('draws the five documents and their issuers, with no console errors', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));

    await page.goto(server.url);
    await page.waitForFunction(() => {
      const viewer = (window as unknown as { planGraphViewer?: { cy: { nodes(): { length: number } } } })
        .planGraphViewer;
      return (viewer?.cy.nodes().length ?? 0) > 0;
    });
    const drawn = await page.evaluate(() => {
      const { cy } = (window as unknown as { planGraphViewer: { cy: import('cytoscape').Core } })
        .planGraphViewer;
      return {
        documents: cy.nodes('[label = "Document"]').map((node) => node.data('name') as string),
        regions: cy.nodes('[label = "Region"]').map((node) => node.data('name') as string),
        edges: cy.edges('[type = "ISSUED_BY"]').length,
      };
    });
    expect(drawn.documents).toHaveLength(5);
    expect(drawn.regions.sort()).toEqual(['怀化市', '永州市', '洪江市', '湘西土家族苗族自治州'].sort());
    expect(drawn.edges).toBe(5);
    await expect(page.locator('#status').textContent()).resolves.toMatch(/5 份文件/);
    await page.screenshot({ path: path.join(ARTIFACTS, 'viewer-documents.png') });
    expect(problems).toEqual([]);
  });
});
