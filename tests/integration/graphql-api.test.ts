import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countGraph } from '../../ingest/load/load-graph.ts';
import { citedText, type Evidence } from '../../model/graph.ts';
import { type PlanServer, startPlanServer } from '../../server/app.ts';
import { postGraphQL } from '../support/http.ts';
import { CORPUS, runIngest, testNeo4j } from '../support/test-graph.ts';
import { serveCorpus, type TestServer } from '../support/test-server.ts';

const HUAIHUA_PLAN = 'huaihua-14th-five-year-plan.txt';

/** Lines of a corpus file, to check that evidence quotes are verbatim. */
const corpusLines = new Map<string, string[]>();
function citedLines(evidence: Evidence): string {
  let lines = corpusLines.get(evidence.document);
  if (!lines) {
    lines = readFileSync(path.join(CORPUS, evidence.document), 'utf8').split(/\r?\n/);
    corpusLines.set(evidence.document, lines);
  }
  return citedText(lines, evidence);
}

function expectVerbatim(evidence: Evidence[]): void {
  expect(evidence.length).toBeGreaterThan(0);
  for (const item of evidence) expect(citedLines(item)).toContain(item.quote);
}

type Data = Record<string, unknown>;

describe('the GraphQL API over HTTP, on the real corpus in the real Neo4j', () => {
  let driver: Driver;
  let server: PlanServer;
  let served: TestServer;

  /** Posts a query and returns its data, failing on any error. */
  async function ask(query: string, variables: Record<string, unknown> = {}): Promise<Data> {
    const { status, body } = await postGraphQL(server.url, query, variables);
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    expect(status).toBe(200);
    return body.data as Data;
  }

  /** Posts a query that must be refused; returns the codes of its errors. */
  async function refusal(query: string, variables: Record<string, unknown> = {}) {
    const { status, body } = await postGraphQL(server.url, query, variables);
    expect(body.errors?.length).toBeGreaterThan(0);
    for (const error of body.errors ?? []) expect(error.extensions?.stacktrace).toBeUndefined();
    return { status, codes: (body.errors ?? []).map((error) => error.extensions?.code), body };
  }

  beforeAll(async () => {
    served = await serveCorpus();
    ({ driver, server } = served);
  });

  afterAll(async () => {
    await served?.close();
  });

  describe('relationship questions', () => {
    it('names the parks whose 主导产业 includes 电子信息 in the 怀化 plan, with the quotes', async () => {
      const data = await ask(
        `query ($document: String) {
          parksHostingIndustry(industry: "电子信息", role: "主导产业", document: $document) {
            id role park { name } industry { name } evidence { document line endLine section quote }
          }
        }`,
        { document: HUAIHUA_PLAN },
      );
      const answers = data.parksHostingIndustry as {
        role: string;
        park: { name: string };
        industry: { name: string };
        evidence: Evidence[];
      }[];
      // 专栏3 of the 怀化 plan lists the parks with their 主导产业.
      expect(answers.map((a) => a.park.name).sort()).toEqual(
        ['怀化国家高新技术产业开发区', '沅陵工业集中区', '芷江工业集中区', '麻阳工业集中区'].sort(),
      );
      for (const answer of answers) {
        expect(answer.role).toBe('主导产业');
        expect(answer.industry.name).toBe('电子信息');
        expect(answer.evidence.every((e) => e.document === HUAIHUA_PLAN)).toBe(true);
        expectVerbatim(answer.evidence);
      }
    });

    it('reaches the same HOSTS relationships from the park and from the industry', async () => {
      const data = await ask(`{
        industry: node(id: "industry:电子信息") { ... on Industry { parks { id park { id } role } } }
        parks: nodes(label: Park, filter: {industry: "industry:电子信息"}, first: 200) {
          nodes { ... on Park { industries { id industry { id } } } }
        }
      }`);
      const fromIndustry = (data.industry as { parks: { id: string }[] }).parks;
      expect(fromIndustry.length).toBeGreaterThan(4);
      const fromParks = (
        data.parks as { nodes: { industries: { id: string; industry: { id: string } }[] }[] }
      ).nodes
        .flatMap((park) => park.industries)
        .filter((edge) => edge.industry.id === 'industry:电子信息');
      expect(fromParks.map((edge) => edge.id).sort()).toEqual(fromIndustry.map((edge) => edge.id).sort());
    });

    it('tells which industries a region develops, through its plans and through its parks', async () => {
      const data = await ask(`{
        regionIndustries(region: "洪江市") {
          industry { name }
          throughPlans { region { name } cue evidence { document line endLine section quote } }
          throughParks { park { name locatedIn { region { name } } } role evidence { document line endLine section quote } }
        }
      }`);
      const answers = data.regionIndustries as {
        industry: { name: string };
        throughPlans: { region: { name: string }; evidence: Evidence[] }[];
        throughParks: {
          park: { name: string; locatedIn: { region: { name: string } }[] };
          evidence: Evidence[];
        }[];
      }[];
      expect(answers.some((a) => a.throughPlans.length > 0)).toBe(true);
      expect(answers.some((a) => a.throughParks.length > 0)).toBe(true);
      const byParks = answers.filter((a) => a.throughParks.length > 0).flatMap((a) => a.throughParks);
      // 洪江高新区 is in 洪江市 and hosts the city's industries; every park counted lies in the city.
      expect(byParks.map((edge) => edge.park.name)).toContain('洪江高新技术产业开发区');
      for (const answer of answers) {
        expect(answer.throughPlans.length + answer.throughParks.length).toBeGreaterThan(0);
        for (const edge of [...answer.throughPlans, ...answer.throughParks]) expectVerbatim(edge.evidence);
      }
    });

    it('lists a region’s best-supported industries first, and pages them', async () => {
      const query = (first: string) => `{
        regionIndustries(region: "洪江市"${first}) { industry { name } throughPlans { id } throughParks { id } }
      }`;
      type Answer = { industry: { name: string }; throughPlans: unknown[]; throughParks: unknown[] };
      const all = (await ask(query(''))).regionIndustries as Answer[];
      const support = (answer: Answer) => answer.throughPlans.length + answer.throughParks.length;
      expect(all.length).toBeGreaterThan(5);
      for (let i = 1; i < all.length; i += 1) {
        expect(support(all[i - 1] as Answer)).toBeGreaterThanOrEqual(support(all[i] as Answer));
      }
      const firstFive = (await ask(query(', first: 5'))).regionIndustries as Answer[];
      expect(firstFive.map((answer) => answer.industry.name)).toEqual(
        all.slice(0, 5).map((answer) => answer.industry.name),
      );
      const tooMany = await refusal(
        '{ regionIndustries(region: "洪江市", first: 1000) { industry { id } } }',
      );
      expect(tooMany.codes).toEqual(['BAD_USER_INPUT']);
    });

    it('lists the regions that share an industry, and what two regions have in common', async () => {
      const shared = await ask(`{
        sharedIndustries(industry: "电子信息") { industry { name } regions { region { name } } }
      }`);
      const [electronics] = shared.sharedIndustries as { regions: { region: { name: string } }[] }[];
      const regions = electronics?.regions.map((entry) => entry.region.name) ?? [];
      expect(regions).toEqual(expect.arrayContaining(['怀化市', '永州市']));

      const common = await ask(`{
        commonGround(a: "怀化市", b: "永州") {
          regions { name }
          industries { industry { name } regions { region { name } throughPlans { id } throughParks { id } } }
          indicators
          commonParent { name }
        }
      }`);
      const ground = common.commonGround as {
        regions: { name: string }[];
        industries: { industry: { name: string }; regions: { region: { name: string } }[] }[];
        indicators: string[];
        commonParent: { name: string } | null;
      };
      expect(ground.regions.map((r) => r.name)).toEqual(['怀化市', '永州市']);
      expect(ground.industries.map((i) => i.industry.name)).toContain('电子信息');
      for (const industry of ground.industries) {
        expect(new Set(industry.regions.map((r) => r.region.name))).toEqual(new Set(['怀化市', '永州市']));
      }
      // Both plans report 地区生产总值 in their indicator tables.
      expect(ground.indicators).toContain('地区生产总值');
      expect(ground.commonParent?.name).toBe('湖南省');
    });

    it('counts who develops what: regions in their hierarchy × the most widely developed industries', async () => {
      const data = await ask(`{
        developmentMatrix(industries: 20) {
          regions { id name level parentId }
          industries { id name regions parentId parentName }
          cells { regionId industryId throughPlans throughParks strongestRole documents }
        }
      }`);
      type Matrix = {
        regions: { id: string; name: string; parentId: string | null }[];
        industries: { id: string; name: string; regions: number }[];
        cells: {
          regionId: string;
          industryId: string;
          throughPlans: number;
          throughParks: number;
          strongestRole: string | null;
          documents: string[];
        }[];
      };
      const matrix = data.developmentMatrix as Matrix;
      const byName = new Map(matrix.regions.map((r) => [r.name, r]));
      expect(byName.get('湖南省')?.parentId).toBeNull();
      expect(byName.get('怀化市')?.parentId).toBe(byName.get('湖南省')?.id);
      expect(matrix.industries.length).toBe(20);
      // Most widely developed first; each counts the regions its cells name.
      for (const industry of matrix.industries) {
        expect(industry.regions).toBe(
          new Set(matrix.cells.filter((c) => c.industryId === industry.id).map((c) => c.regionId)).size,
        );
      }
      expect(matrix.industries.map((i) => i.regions)).toEqual(
        [...matrix.industries.map((i) => i.regions)].sort((a, b) => b - a),
      );
      // Each cell is what the graph says of that region itself: its PRIORITIZES, its parks' HOSTS.
      const electronics = matrix.cells.find(
        (c) =>
          c.industryId === 'industry:电子信息' &&
          c.throughParks > 0 &&
          c.regionId === byName.get('怀化市')?.id,
      );
      expect(electronics?.strongestRole).toBe('主导产业');
      expect(electronics?.documents).toContain('huaihua-14th-five-year-plan.txt');
      const region = await ask(
        `query($id: ID!) { node(id: $id) { ... on Region {
          priorities { industry { id } }
          parks { park { industries { industry { id } } } }
        } } }`,
        { id: electronics?.regionId },
      );
      const node = region.node as {
        priorities: { industry: { id: string } }[];
        parks: { park: { industries: { industry: { id: string } }[] } }[];
      };
      expect(node.priorities.filter((p) => p.industry.id === 'industry:电子信息').length).toBe(
        electronics?.throughPlans,
      );
      expect(
        node.parks.filter((p) => p.park.industries.some((h) => h.industry.id === 'industry:电子信息')).length,
      ).toBe(electronics?.throughParks);
    });

    it('shows an industry chain: the industry and its parts as columns, a part no region develops as a gap', async () => {
      const data = await ask(`{
        developmentMatrix(industry: "电子信息", industries: 100) {
          industries { id regions }
          cells { industryId regionId }
        }
        industry: node(id: "industry:电子信息") {
          ... on Industry { subindustries { industry { id subindustries { industry { id } } } } }
        }
      }`);
      const matrix = data.developmentMatrix as {
        industries: { id: string; regions: number }[];
        cells: { industryId: string; regionId: string }[];
      };
      type Parts = { subindustries: { industry: { id: string } & Partial<Parts> }[] };
      const parts = (data.industry as Parts).subindustries.flatMap((s) => [
        s.industry.id,
        ...(s.industry.subindustries ?? []).map((t) => t.industry.id),
      ]);
      expect(parts.length).toBeGreaterThan(2);
      // Every part two levels down is a column, developed or not; nothing else is.
      expect(matrix.industries.map((i) => i.id).sort()).toEqual(
        [...new Set(['industry:电子信息', ...parts])].sort(),
      );
      for (const industry of matrix.industries) {
        expect(industry.regions).toBe(
          new Set(matrix.cells.filter((c) => c.industryId === industry.id).map((c) => c.regionId)).size,
        );
      }
    });

    it('finds the projects of a park and of a region (with the regions below it)', async () => {
      const data = await ask(`{
        park: projectsOf(entity: "洪江高新区") { name parks { park { name } } }
        region: projectsOf(entity: "怀化市", first: 200) { name }
        county: projectsOf(entity: "中方县", first: 200) { name locatedIn { region { name } } parks { park { name } } }
      }`);
      const inPark = data.park as { parks: { park: { name: string } }[] }[];
      expect(inPark.length).toBeGreaterThan(0);
      for (const project of inPark) {
        expect(project.parks.map((p) => p.park.name)).toContain('洪江高新技术产业开发区');
      }
      const inCounty = data.county as { name: string }[];
      const inCity = new Set((data.region as { name: string }[]).map((p) => p.name));
      // The city has more projects than a page holds: the next pages follow the last name.
      for (let last = [...inCity].at(-1); last; ) {
        const page = await ask(
          `query ($after: String) { projectsOf(entity: "怀化市", first: 200, after: $after) { name } }`,
          { after: last },
        );
        const names = (page.projectsOf as { name: string }[]).map((p) => p.name);
        for (const name of names) {
          expect(inCity.has(name), `${name} on two pages`).toBe(false);
          inCity.add(name);
        }
        last = names.length === 200 ? names.at(-1) : undefined;
      }
      expect(inCounty.length).toBeGreaterThan(0);
      // 中方县 is part of 怀化市: its projects are the city's projects too.
      for (const project of inCounty) expect(inCity.has(project.name)).toBe(true);
    });

    it("filters a region's goals by attribute and year, and can include the regions below it", async () => {
      const data = await ask(`{
        own: regionGoals(region: "洪江市", filter: {attribute: "约束性", targetYear: 2025}) {
          indicator attribute targetYear status evidence { document line endLine section quote }
        }
        below: regionGoals(region: "怀化市", filter: {status: "target"}, includeSubregions: true, first: 200) {
          regions { region { name } }
        }
      }`);
      const own = data.own as {
        indicator: string;
        attribute: string;
        targetYear: number;
        evidence: Evidence[];
      }[];
      expect(own.length).toBeGreaterThan(3);
      for (const goal of own) {
        expect(goal.attribute).toBe('约束性');
        expect(goal.targetYear).toBe(2025);
        expectVerbatim(goal.evidence);
      }
      expect(own.map((goal) => goal.indicator)).toContain('森林覆盖率');
      const regions = new Set(
        (data.below as { regions: { region: { name: string } }[] }[]).flatMap((g) =>
          g.regions.map((r) => r.region.name),
        ),
      );
      expect([...regions]).toEqual(expect.arrayContaining(['怀化市', '洪江市']));
    });

    it('shows where the plans mention an entity, across documents', async () => {
      const data = await ask(`{
        mentions(entity: "洪江高新区") { evidence { document line endLine section quote } relationship { type sourceId targetId } }
      }`);
      const mentions = data.mentions as { evidence: Evidence; relationship: { type: string } | null }[];
      const documents = new Set(mentions.map((m) => m.evidence.document));
      // The park is named in the 怀化 plan, the 洪江 plan and the 洪江 gazette.
      expect([...documents].sort()).toEqual(
        ['hongjiang-14th-five-year-plan.txt', 'hongjiang-gazette-2026-01.txt', HUAIHUA_PLAN].sort(),
      );
      expect(mentions.some((m) => m.relationship === null)).toBe(true);
      expect(mentions.some((m) => m.relationship?.type === 'HOSTS')).toBe(true);
      expectVerbatim(mentions.map((m) => m.evidence));
    });
  });

  describe('lists, search and graphs', () => {
    it("filters projects by what the text says of them, and gives each one's status and investment", async () => {
      const data = await ask(`{
        nodes(label: Project, filter: {project: {status: "新开工"}}, first: 200) {
          totalCount nodes { id name ... on Project { status investment } }
        }
      }`);
      const connection = data.nodes as {
        totalCount: number;
        nodes: { id: string; status: string | null; investment: number | null }[];
      };
      const { records } = await driver.executeQuery(
        "MATCH (p:Project {status: '新开工'}) RETURN count(p) AS n, [x IN collect(p) WHERE x.investment IS NOT NULL | x.id] AS invested",
      );
      expect(connection.totalCount).toBe(Number(records[0]?.get('n')));
      expect(connection.totalCount).toBeGreaterThan(0);
      expect(connection.nodes.every((node) => node.status === '新开工')).toBe(true);
      const invested = records[0]?.get('invested') as string[];
      for (const node of connection.nodes.filter((n) => invested.includes(n.id))) {
        expect(node.investment).toBeGreaterThan(0);
      }
    });

    it('gives a project the capacity its name or clause says, as written', async () => {
      const data = await ask(`{ search(text: "麻阳500MW农光互补光伏发电", labels: [Project], first: 5) {
        id name ... on Project { capacity } } }`);
      const hits = data.search as { name: string; capacity?: string | null }[];
      const project = hits.find((hit) => hit.name === '麻阳500MW农光互补光伏发电');
      expect(project?.capacity).toBe('500MW');
    });

    it('pages through a filtered list with cursors, every entity once', async () => {
      const query = `query ($after: String) {
        nodes(label: Park, filter: {region: "怀化市"}, first: 7, after: $after) {
          totalCount pageInfo { hasNextPage endCursor } nodes { id name }
        }
      }`;
      const seen: string[] = [];
      let after: string | null = null;
      let total = 0;
      for (let page = 0; page < 50; page += 1) {
        const data = await ask(query, { after });
        const connection = data.nodes as {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
          nodes: { id: string; name: string }[];
        };
        total = connection.totalCount;
        seen.push(...connection.nodes.map((node) => node.id));
        if (!connection.pageInfo.hasNextPage) break;
        after = connection.pageInfo.endCursor;
      }
      expect(total).toBeGreaterThan(7);
      expect(seen).toHaveLength(total);
      expect(new Set(seen).size).toBe(total);
      // 沅陵工业集中区 lies in 沅陵县, below 怀化市.
      expect(seen).toContain('park:沅陵|工业集中区');
    });

    it('continues after the last entity seen when an ingest removes entities before it', async () => {
      type Page = {
        nodes: { id: string; name: string; sources: string[] }[];
        pageInfo: { endCursor: string };
      };
      const query = `query ($first: Int!, $after: String) {
        nodes(label: Park, first: $first, after: $after) {
          pageInfo { endCursor } nodes { id name sources }
        }
      }`;
      const page = async (first: number, after: string | null = null) =>
        (await ask(query, { first, after })).nodes as Page;
      const firstPage = await page(40);
      // A document that alone names one of the parks seen, but not the last one: removing it
      // takes entities away before the place the cursor marks.
      const last = firstPage.nodes.at(-1);
      const removable = firstPage.nodes
        .slice(0, -1)
        .find((park) => park.sources.length === 1 && !last?.sources.includes(park.sources[0] ?? ''));
      expect(removable, 'a park named by one document only, on the first page').toBeDefined();
      const document = removable?.sources[0] ?? '';
      try {
        await runIngest(['--remove', document]);
        const next = await page(10, firstPage.pageInfo.endCursor);
        const everything = await page(200);
        expect(everything.nodes.map((park) => park.id)).not.toContain(removable?.id);
        // What comes after the last park seen, in the graph as it is now.
        const lastAt = everything.nodes.findIndex((park) => park.id === last?.id);
        expect(lastAt).toBeGreaterThan(0);
        const expected = everything.nodes.slice(lastAt + 1, lastAt + 11).map((park) => park.id);
        expect(next.nodes.map((park) => park.id)).toEqual(expected);
      } finally {
        await runIngest();
      }
    }, 120_000);

    it('pages in every sort, with values missing, each entity once and in order', async () => {
      type Entry = { id: string; name: string; targetYear?: number | null };
      type Sort = { field: 'NAME' | 'ID' | 'TARGET_YEAR'; direction: 'ASC' | 'DESC' };
      const query = `query ($label: Label!, $sort: Sort!, $first: Int!, $after: String, $name: String) {
        nodes(label: $label, sort: $sort, first: $first, after: $after, filter: {name: $name}) {
          totalCount pageInfo { hasNextPage endCursor } nodes { id name ... on Goal { targetYear } }
        }
      }`;
      const pageThrough = async (label: string, sort: Sort, first: number, name: string | null = null) => {
        const seen: Entry[] = [];
        let after: string | null = null;
        let total = 0;
        for (let page = 0; page < 400; page += 1) {
          const connection = (await ask(query, { label, sort, first, after, name })).nodes as {
            totalCount: number;
            pageInfo: { hasNextPage: boolean; endCursor: string };
            nodes: Entry[];
          };
          total = connection.totalCount;
          seen.push(...connection.nodes);
          if (!connection.pageInfo.hasNextPage) break;
          after = connection.pageInfo.endCursor;
        }
        return { seen, total };
      };
      // The order the API promises: values ascending with missing ones last, or descending with
      // missing ones first; ties by id.
      const inOrder = (entries: Entry[], sort: Sort) => {
        const value = (entry: Entry) =>
          sort.field === 'TARGET_YEAR'
            ? (entry.targetYear ?? null)
            : sort.field === 'ID'
              ? entry.id
              : entry.name;
        const sign = sort.direction === 'ASC' ? 1 : -1;
        return [...entries].sort((a, b) => {
          const [x, y] = [value(a), value(b)];
          if (x !== y) {
            // A missing value sorts as if larger than any: last ascending, first descending.
            if (x === null) return sign;
            if (y === null) return -sign;
            return (x < y ? -1 : 1) * sign;
          }
          return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
        });
      };
      const check = async (label: string, sort: Sort, first: number, name: string | null = null) => {
        const { seen, total } = await pageThrough(label, sort, first, name);
        expect(seen, `${label} ${sort.field} ${sort.direction}`).toHaveLength(total);
        expect(new Set(seen.map((entry) => entry.id)).size).toBe(total);
        expect(seen.map((entry) => entry.id)).toEqual(inOrder(seen, sort).map((entry) => entry.id));
        return seen;
      };
      for (const direction of ['ASC', 'DESC'] as const) {
        await check('Goal', { field: 'TARGET_YEAR', direction }, 37);
        await check('Park', { field: 'NAME', direction }, 37);
        await check('Park', { field: 'ID', direction }, 37);
        // No park has a target year: every value missing, the order is by id alone.
        await check('Park', { field: 'TARGET_YEAR', direction }, 37);
      }
      // Goals with and without a year, one per page, so that every cursor is tried: on a value
      // and on a missing one, before and after the change from one to the other.
      const session = driver.session({ database: testNeo4j().settings.database });
      try {
        await session.run(
          `UNWIND [1, 2] AS n
           CREATE (:Entity:Goal {id: 'goal:test-no-year-' + n, name: '森林覆盖率', indicator: '森林覆盖率',
                   aliases: [], sources: [], evidence: []})`,
        );
        for (const direction of ['ASC', 'DESC'] as const) {
          const seen = await check('Goal', { field: 'TARGET_YEAR', direction }, 1, '森林覆盖率');
          expect(seen.filter((entry) => entry.targetYear == null)).toHaveLength(2);
          expect(seen.filter((entry) => entry.targetYear != null).length).toBeGreaterThan(1);
        }
      } finally {
        await session.run(
          "MATCH (goal:Goal) WHERE goal.id STARTS WITH 'goal:test-no-year-' DETACH DELETE goal",
        );
        await session.close();
      }
    }, 120_000);

    it('refuses a cursor given out for another sort', async () => {
      const data = await ask('{ nodes(label: Park, first: 3) { pageInfo { endCursor } } }');
      const cursor = (data.nodes as { pageInfo: { endCursor: string } }).pageInfo.endCursor;
      const refused = await refusal(
        `{ nodes(label: Park, first: 3, after: "${cursor}", sort: {field: ID, direction: DESC}) { totalCount } }`,
      );
      expect(refused.codes).toEqual(['BAD_USER_INPUT']);
      expect(refused.body.errors?.[0]?.message).toMatch(/given out for Park NAME ASC, not Park ID DESC/);
    });

    it('filters by industry and role, sorts, and checks each page against the filter', async () => {
      const data = await ask(`{
        nodes(label: Park, filter: {industry: "电子信息", role: "主导产业"}, sort: {field: NAME, direction: DESC}, first: 50) {
          nodes { name ... on Park { industries(role: "主导产业") { industry { name parent: partOf { parent { name } } } } } }
        }
      }`);
      const parks = (
        data.nodes as { nodes: { name: string; industries: { industry: { name: string } }[] }[] }
      ).nodes;
      expect(parks.length).toBeGreaterThan(3);
      const names = parks.map((park) => park.name);
      expect(names).toEqual([...names].sort().reverse());
      for (const park of parks) expect(park.industries.length).toBeGreaterThan(0);
    });

    it('searches Chinese names and aliases, narrowed by label', async () => {
      const data = await ask(`{
        all: search(text: "高新", first: 20) { id label name aliases }
        parks: search(text: "洪江高新区", labels: [Park], first: 3) { id label name }
        traditional: search(text: "洪江高新區", labels: [Park], first: 3) { id }
        odd: search(text: "园 AND \\"( OR *", first: 5) { id }
        operators: search(text: "\\\\ ~ !! AND", first: 5) { id }
      }`);
      const names = (data.all as { name: string; aliases: string[] }[]).flatMap((node) => [
        node.name,
        ...node.aliases,
      ]);
      expect(names).toEqual(expect.arrayContaining(['怀化高新区', '洪江高新区']));
      const [first] = data.parks as { id: string; label: string }[];
      expect(first).toMatchObject({ id: 'park:洪江|高新区', label: 'Park' });
      // Typed in traditional characters.
      expect((data.traditional as { id: string }[])[0]?.id).toBe('park:洪江|高新区');
      expect(data.odd).toEqual([]);
      expect(data.operators).toEqual([]);
    });

    it('draws a neighbourhood and a path as nodes and edges that fit together', async () => {
      const data = await ask(`{
        one: neighborhood(id: "park:洪江|高新区") { truncated nodes { id label } edges { id type sourceId targetId } }
        two: neighborhood(id: "park:洪江|高新区", depth: 2, limit: 40) { truncated nodes { id } edges { sourceId targetId } }
        path(from: "park:洪江|高新区", to: "region:4311", maxHops: 3) { nodes { id name } edges { type sourceId targetId } }
      }`);
      for (const graph of [data.one, data.two, data.path] as {
        nodes: { id: string }[];
        edges: { sourceId: string; targetId: string }[];
      }[]) {
        const ids = new Set(graph.nodes.map((node) => node.id));
        expect(graph.edges.length).toBeGreaterThan(0);
        for (const edge of graph.edges) {
          expect(ids.has(edge.sourceId) && ids.has(edge.targetId)).toBe(true);
        }
      }
      const one = data.one as { nodes: { id: string; label: string }[]; edges: { type: string }[] };
      expect(one.nodes.map((node) => node.label)).toEqual(expect.arrayContaining(['Region', 'Industry']));
      expect(one.edges.map((edge) => edge.type)).toContain('HOSTS');
      const two = data.two as { truncated: boolean; nodes: unknown[] };
      expect(two.nodes).toHaveLength(40);
      expect(two.truncated).toBe(true);
      const path = data.path as { nodes: { id: string }[] };
      expect(path.nodes.map((node) => node.id)).toEqual(
        expect.arrayContaining(['park:洪江|高新区', 'region:4311']),
      );
    });
    it('takes names and aliases wherever an entity is named, paths and neighbourhoods too', async () => {
      const data = await ask(`{
        byName: path(from: "洪江市", to: "怀化市") {
          nodes { name } edges { type sourceId targetId ... on RegionPartOf { source region { name } parent { name } } }
        }
        byAlias: neighborhood(id: "洪江高新区", limit: 5) { nodes { id } }
      }`);
      const byName = data.byName as {
        nodes: { name: string }[];
        edges: { type: string; source?: unknown }[];
      };
      expect(byName.nodes.map((node) => node.name).sort()).toEqual(['怀化市', '洪江市']);
      expect(byName.edges.map((edge) => edge.type)).toEqual(['PART_OF']);
      // A relationship's own property named like an end (PART_OF's source: the classification) is that property.
      expect(byName.edges[0]).toMatchObject({
        source: expect.any(String),
        region: { name: '洪江市' },
        parent: { name: '怀化市' },
      });
      expect((data.byAlias as { nodes: { id: string }[] }).nodes.map((node) => node.id)).toContain(
        'park:洪江|高新区',
      );
      for (const query of [
        '{ path(from: "没有这个地方", to: "怀化市") { nodes { id } } }',
        '{ path(from: "洪江市", to: "region:0000") { nodes { id } } }',
        '{ neighborhood(id: "没有这个园区") { nodes { id } } }',
      ]) {
        const refused = await refusal(query);
        expect([query, refused.codes]).toEqual([query, ['NOT_FOUND']]);
      }
    });
  });

  describe('cost', () => {
    /** Round trips for answers: besides them, the store reads the graph's fingerprint (at most once a second). */
    const questionTrips = () =>
      [...server.store.roundTripsByQuery].reduce(
        (sum, [name, count]) => sum + (name === 'graph-version' ? 0 : count),
        0,
      );

    it('spends the same number of Cypher round trips on 3 parks as on 80', async () => {
      const query = `query ($first: Int!) {
        nodes(label: Park, first: $first) {
          nodes {
            name
            ... on Park {
              locatedIn { region { name parent { name } } }
              industries { role evidence { quote } industry { name parks { park { name } } } }
              projects { project { name } }
            }
          }
        }
      }`;
      const tripsFor = async (first: number) => {
        const before = questionTrips();
        const data = await ask(query, { first });
        return {
          trips: questionTrips() - before,
          parks: (data.nodes as { nodes: unknown[] }).nodes.length,
        };
      };
      const small = await tripsFor(3);
      const large = await tripsFor(80);
      expect(small.parks).toBe(3);
      expect(large.parks).toBe(80);
      // One for the list, one per relationship field in the query (locatedIn, parent, industries,
      // parks, projects) — fewer when a level has nothing to ask about (3 parks without projects).
      expect(small.trips).toBeLessThanOrEqual(6);
      expect(large.trips).toBeLessThanOrEqual(6);
      expect(large.trips).toBeGreaterThanOrEqual(small.trips);
    });

    it('answers a relationship question in one round trip, the names it is asked about resolved from memory', async () => {
      const query = '{ regionIndustries(region: "洪江市") { industry { name } throughParks { role } } }';
      await ask(query);
      const before = questionTrips();
      await ask(query.replace('洪江市', '怀化市'));
      expect(questionTrips() - before).toBe(1);
    });
  });

  describe('refusals', () => {
    it('answers NOT_FOUND and BAD_USER_INPUT with a message a person understands', async () => {
      const missing = await refusal('{ parksHostingIndustry(industry: "不存在的产业") { id } }');
      expect(missing.codes).toEqual(['NOT_FOUND']);
      expect(missing.body.errors?.[0]?.message).toMatch(/不存在的产业/);
      const blank = await refusal('{ regionGoals(region: "  ") { id } }');
      expect(blank.codes).toEqual(['BAD_USER_INPUT']);
      const tooMany = await refusal('{ nodes(label: Park, first: 1000) { totalCount } }');
      expect(tooMany.codes).toEqual(['BAD_USER_INPUT']);
      const badCursor = await refusal('{ nodes(label: Park, after: "not-a-cursor") { totalCount } }');
      expect(badCursor.codes).toEqual(['BAD_USER_INPUT']);
      const tooDeep = await refusal('{ neighborhood(id: "park:洪江|高新区", depth: 9) { truncated } }');
      expect(tooDeep.codes).toEqual(['BAD_USER_INPUT']);
    });

    it('refuses abuse with the right code and keeps answering', async () => {
      const countsBefore = await countGraph(driver, testNeo4j().settings.database);
      // 20 levels of nesting.
      let nested = 'name';
      for (let level = 0; level < 10; level += 1)
        nested = `industries { industry { parks { park { ${nested} } } } }`;
      const deep = await refusal(`{ node(id: "park:洪江|高新区") { ... on Park { ${nested} } } }`);
      expect(new Set(deep.codes)).toEqual(new Set(['QUERY_TOO_COMPLEX']));
      // 100,000 items.
      const huge = await refusal('{ nodes(label: Goal, first: 100000) { nodes { id } } }');
      expect(new Set(huge.codes)).toEqual(new Set(['QUERY_TOO_COMPLEX']));
      // Not GraphQL.
      const syntax = await refusal('{ nodes(label: Park { totalCount } }');
      expect(syntax.codes).toEqual(['BAD_USER_INPUT']);
      // A 1 MB body.
      const big = await fetch(new URL('graphql', server.url), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `{ documents { id } }${' '.repeat(1_048_576)}` }),
      });
      expect(big.status).toBe(413);
      expect(
        ((await big.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code,
      ).toBe('QUERY_TOO_COMPLEX');
      // A body that is not JSON.
      const garbled = await fetch(new URL('graphql', server.url), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query": "{ documents { id } }"',
      });
      expect(garbled.status).toBe(400);
      expect(
        ((await garbled.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code,
      ).toBe('BAD_USER_INPUT');
      // Cypher in a filter string is a value, not code: nothing matches and nothing changes.
      const injection = await ask(
        'query ($name: String) { nodes(label: Park, filter: {name: $name}) { totalCount } }',
        {
          name: "'}) MATCH (n) DETACH DELETE n //",
        },
      );
      expect((injection.nodes as { totalCount: number }).totalCount).toBe(0);
      const text = await ask('query ($text: String!) { search(text: $text) { id } }', {
        text: '") YIELD node CALL { MATCH (n) DETACH DELETE n } //',
      });
      expect(text.search).toEqual([]);
      expect(await countGraph(driver, testNeo4j().settings.database)).toEqual(countsBefore);
      // And the server still answers.
      const after = await ask('{ documents { id } }');
      expect(after.documents).toHaveLength(5);
    });

    /** A server that reuses answers as `npm run serve` does, with the given timings. */
    const startServed = (reuse: { answerCacheMs: number; graphCheckMs: number }) =>
      startPlanServer(
        { driver, database: testNeo4j().settings.database, reuse },
        { host: '127.0.0.1', port: 0 },
      );

    it('as served, answers a repeated question with the answer it kept, without Neo4j', async () => {
      const served = await startServed({ answerCacheMs: 2_000, graphCheckMs: 60_000 });
      try {
        const post = () =>
          postGraphQL(
            served.url,
            '{ regionIndustries(region: "洪江市") { industry { name } throughParks { park { name } } } }',
          );
        const first = await post();
        const tripsAfterFirst = served.store.roundTrips;
        const second = await post();
        expect(first.headers.get('cache-control')).toMatch(/max-age=2/);
        expect(first.headers.get('age')).toBeNull();
        // A kept answer says how old it is.
        expect(second.headers.get('age')).not.toBeNull();
        expect(second.text).toBe(first.text);
        expect(served.store.roundTrips).toBe(tripsAfterFirst);
        expect(tripsAfterFirst).toBeGreaterThan(0);
        // An answer with errors is not kept: asked again, it is made again.
        const refused = () =>
          postGraphQL(served.url, '{ regionIndustries(region: "没有这个地方") { industry { name } } }');
        const firstRefusal = await refused();
        expect(firstRefusal.body.errors?.length).toBeGreaterThan(0);
        expect(firstRefusal.headers.get('cache-control')).not.toMatch(/public/);
        expect((await refused()).headers.get('age')).toBeNull();
      } finally {
        await served.close();
      }
    });

    it('as served, keeps answers until an ingest changes the graph, then answers anew', async () => {
      const served = await startServed({ answerCacheMs: 60_000, graphCheckMs: 100 });
      const documentIds = async () => {
        const { body } = await postGraphQL(served.url, '{ documents { id } }');
        return (body.data as { documents: { id: string }[] }).documents.map((d) => d.id).sort();
      };
      try {
        const before = await documentIds();
        expect(before).toContain('document:hongjiang-gazette-2026-01.txt');
        const trips = served.store.roundTrips;
        await new Promise((resolve) => setTimeout(resolve, 300));
        // Reused while the graph stays as it was: only fingerprint checks reach Neo4j.
        expect(await documentIds()).toEqual(before);
        expect(served.store.roundTrips - trips).toBeLessThanOrEqual(1);
        await runIngest(['--remove', 'hongjiang-gazette-2026-01.txt']);
        // Well within the minute answers may be kept: the fingerprint changed.
        await expect
          .poll(documentIds, { timeout: 5_000, interval: 100 })
          .toEqual(before.filter((id) => id !== 'document:hongjiang-gazette-2026-01.txt'));
      } finally {
        await served.close();
        await runIngest();
      }
    }, 120_000);

    it('has no mutations, and introspection works', async () => {
      const data = await ask('{ __schema { mutationType { name } queryType { name } } }');
      expect(data.__schema).toEqual({ mutationType: null, queryType: { name: 'Query' } });
      const mutation = await refusal('mutation { deleteEverything }');
      expect(mutation.codes).toEqual(['BAD_USER_INPUT']);
      expect(mutation.body.errors?.[0]?.message).toMatch(/read-only/);
    });
  });
});
