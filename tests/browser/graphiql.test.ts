import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanServer } from '../../server/app.ts';
import { EXAMPLE_QUERIES } from '../../web/src/graphiql/example-queries.ts';
import { postGraphQL } from '../support/http.ts';
import { ARTIFACTS, serveCorpusToBrowser, type TestServer } from '../support/test-server.ts';

describe('the query IDE at /graphql', () => {
  let server: PlanServer;
  let served: TestServer & { browser: Browser };
  let browser: Browser;

  beforeAll(async () => {
    served = await serveCorpusToBrowser();
    ({ server, browser } = served);
  });

  afterAll(async () => {
    await served?.close();
  });

  it('answers every example query it offers, with data', async () => {
    for (const example of EXAMPLE_QUERIES) {
      const { body } = await postGraphQL(server.url, example.query);
      expect(body.errors, `${example.title}: ${JSON.stringify(body.errors)}`).toBeUndefined();
      const values = Object.values(body.data ?? {});
      expect(values.length, example.title).toBeGreaterThan(0);
      for (const value of values) expect(JSON.stringify(value).length, example.title).toBeGreaterThan(20);
    }
  });

  it('opens in a browser from our own bundle and runs the first example', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const problems: string[] = [];
    const foreignRequests: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('request', (request) => {
      if (!request.url().startsWith(server.url) && !request.url().startsWith('data:')) {
        foreignRequests.push(request.url());
      }
    });
    await page.goto(new URL('graphql', server.url).href);
    await page.locator('.graphiql-execute-button').waitFor();
    // The tabs hold the examples; the first is open.
    await expect(page.locator('.graphiql-tab').count()).resolves.toBe(EXAMPLE_QUERIES.length);
    // The editors load in chunks of their own: run the query once the editor shows it.
    await page.waitForFunction(() =>
      document.querySelector('.graphiql-query-editor')?.textContent?.includes('parksHostingIndustry'),
    );
    await page.locator('.graphiql-execute-button').click();
    // An answer, data or errors; which one is checked below, with the text in the message.
    await page.waitForFunction(() =>
      /"(data|errors)"/.test(document.querySelector('.result-window')?.textContent ?? ''),
    );
    const result = await page.locator('.result-window').textContent();
    expect(result).toContain('怀化国家高新技术产业开发区');
    await page.screenshot({ path: path.join(ARTIFACTS, 'graphiql.png') });
    expect(foreignRequests).toEqual([]);
    expect(problems).toEqual([]);
  });
});
