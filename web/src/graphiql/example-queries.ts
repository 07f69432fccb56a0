/**
 * Example queries the query IDE at /graphql opens with, one tab per relationship question.
 * The README shows the first one; tests/integration/graphiql.test.ts runs all of them.
 */
export const EXAMPLE_QUERIES: { title: string; query: string }[] = [
  {
    title: '哪些园区以电子信息为主导产业 · parks hosting an industry',
    query: `# Which parks host 电子信息 as 主导产业, according to the 怀化 plan, and where is it written?
query ParksHostingIndustry {
  parksHostingIndustry(industry: "电子信息", role: "主导产业", document: "huaihua-14th-five-year-plan.txt") {
    role
    park { name aliases locatedIn { region { name } } }
    evidence { document line page section quote }
  }
}`,
  },
  {
    title: '一个地区发展哪些产业 · industries of a region',
    query: `# Which industries 洪江市 develops: through its plans' priorities and through its parks.
query RegionIndustries {
  regionIndustries(region: "洪江市") {
    industry { name }
    throughPlans { region { name } cue evidence { document line quote } }
    throughParks { park { name } role evidence { document line quote } }
  }
}`,
  },
  {
    title: '哪些地区共享一个产业 · regions sharing an industry',
    query: `query SharedIndustries {
  sharedIndustries(industry: "新材料") {
    industry { name }
    regions { region { name level } throughParks { park { name } role } throughPlans { cue } }
  }
}`,
  },
  {
    title: '园区里的项目 · projects in a park',
    query: `query ProjectsOfPark {
  projectsOf(entity: "怀化高新区") {
    name
    industries { industry { name } }
    evidence { document line quote }
  }
}`,
  },
  {
    title: '地区的约束性指标 · a region\u2019s goals',
    query: `query RegionGoals {
  regionGoals(region: "怀化市", filter: { attribute: "约束性", targetYear: 2025 }) {
    indicator target unit category
    evidence { document line quote }
  }
}`,
  },
  {
    title: '两个地区的共同点 · what two regions share',
    query: `query CommonGround {
  commonGround(a: "怀化市", b: "永州市") {
    industries { industry { name } }
    indicators
    commonParent { name }
  }
}`,
  },
  {
    title: '规划在哪里提到 · where the plans mention an entity',
    query: `query Mentions {
  mentions(entity: "洪江高新区", first: 20) {
    evidence { document line page section quote }
    relationship { type sourceId targetId }
  }
}`,
  },
  {
    title: '列表、筛选与分页 · lists with filters and pages',
    query: `query Parks($after: String) {
  nodes(label: Park, filter: { region: "怀化市", industry: "新材料" }, first: 10, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      name
      ... on Park { kind industries { role industry { name } } }
    }
  }
}`,
  },
  {
    title: '搜索、邻域与路径 · search, neighbourhood, path',
    query: `query SearchNeighbourhoodPath {
  search(text: "高新", labels: [Park], first: 5) { id name aliases }
  neighborhood(id: "park:洪江|高新区", depth: 1) { nodes { id label name } edges { type sourceId targetId } }
  path(from: "park:洪江|高新区", to: "region:4311", maxHops: 3) { nodes { name } edges { type } }
}`,
  },
  {
    title: '用中文提问 · ask in Chinese',
    query: `# How the question was read, the query it ran (open it in a tab of its own), and the answer.
query Ask {
  ask(question: "怀化有哪些园区把电子信息作为主导产业？") {
    understood
    interpretation
    entities { text id name label }
    query
    columns
    rows
    alternatives { text chosen { name } others { id name } }
    suggestions
  }
}`,
  },
];
