import type { Evidence } from '../../model/graph.ts';
import { foldWidth } from '../read/clean-line.ts';
import { originalLine, quoteOf, type Table } from '../read/plan-document.ts';
import { allMatches, alternation, loadProjectLexicon } from '../vocabulary/lexicons.ts';
import { investmentOf, ProjectFactReader, type ProjectFacts } from '../vocabulary/project-facts.ts';
import { type ListedProject, ProjectListReader } from '../vocabulary/project-lists.ts';
import { addPark } from './add-park.ts';
import type { ExtractionContext } from './extract-context.ts';
import { cellEvidence, column, sentenceEvidence, splitList } from './extract-context.ts';
import { addIndustry } from './extract-industries.ts';
import { addRegion, locateInCell, PLACE_COLUMN } from './extract-regions.ts';

/** Works named by what they are, and how project names end (data/lexicon/projects.json). */
const { workNouns, placedFacilities, projectEndings, listKinds, statusCues } = loadProjectLexicon();
const facts = new ProjectFactReader(statusCues);
const WORK_NOUNS = alternation(workNouns);
/** Works and facilities a name may end with (a line, a museum, a town). */
const WORKS_AND_FACILITIES = alternation([...workNouns, ...placedFacilities]);
const PROJECT_ENDINGS = alternation(projectEndings);
/** How names of projects and engineering works end. */
const PROJECT_SUFFIX = new RegExp(`(${PROJECT_ENDINGS}|${WORKS_AND_FACILITIES}|物流港)`, 'gu');
const PROJECT_SUFFIX_AT_END = new RegExp(`${PROJECT_SUFFIX.source}$`, 'u');
/** Words 工程 opens, which are no works: 工程机械, 工程塑料, 工程技术, 工程师. */
const ENGINEERING_GOES_ON = /^(?:机械|塑料|技术|咨询|设计|师|车辆|材料|装备)/u;
/** What precedes a project's name and is not part of it. */
const LEADING_VERB =
  /^(积极|加快|大力|重点|全力|着力|全面|继续|进一步|力争|争取|争创|申建|启动|推进|推动|实施|注重|稳定|规范|深化|改善|发展|建设|建成|新建|新增|续建|改扩建|扩建|开工|投用|通车|提速|完成|谋划|规划|引进|打造|开展|扎实|深度|参与|分别|基本|达到|支持|依托|围绕|以|在|对|把|将|与|和|及|的|是|为|抓好|做好|落实|确保|加强|提升|完善|实现|\d{4}年(?:底|前|内)?|[—－-]+)+/u;
/** Prefixes of phrases that end like a project name but name no particular one. */
const GENERIC =
  /^(县县|乡乡|村村|镇镇|户户|区域性|重大|重点|一批|若干|更多|现有|各类|各项|相关|民生|基础设施|基础|配套|示范|试点|这些|该|本|其他|系列|[一二三四五六七八九十百千\d]+大(?:$|重点|类|项)|[一二三四五六七八九十\d]+个|新型|新一轮|产业|招商|工业|农业|水利|交通|能源|生态|环境|城市|农村|乡村|政府投资|社会投资|中央预算内|专项债券?|在建|拟建|续建|新开工|前期|储备|备选|技改|技术改造|公益性|经营性|标志性|引领性|品牌|人才|教育|医疗|文化|体育|旅游|特色)/u;
const NAME_CHARACTER = /[\u4e00-\u9fffA-Za-z0-9（）()“”·\-—]/u;
/** Words that do not stand inside a project's name: verbs, lists, quantities. */
const NOT_IN_NAME =
  /(等|和|或|坚持|落实|建立|强化|通过|提高|发挥|抓实|紧盯|部署|实施|推进|突破|组建|整合|优先|申报|防范|确定|出具|引导|持续|开展|集中|事关|实行|领域|一批|各类|各项|重大|重点|以上|政府投资|我市|我州|我县|我区|全市|全州|全县|全区|以及|包括|及其|其中|应当|部门|企业参与|保障|支持|鼓励|提升|加强|完善|优化|创新|推动|促进|培育|打造|构建|实现|形成)/u;
const WORK_NOUN = new RegExp(`(${WORK_NOUNS})`, 'u');
const INFRASTRUCTURE = new RegExp(`(${WORK_NOUNS})$`, 'u');
const PROJECT_ENDING = new RegExp(`(${PROJECT_ENDINGS})`, 'u');
const GENERIC_INFRASTRUCTURE =
  /^(县级|市级|省级|乡镇|县办|村级|[一二三]级|普速|普通|快速|城际|干线|支线|通用|通航|航空|抽水蓄能|储能|骨干|中型|小型|大型|国道|省道|市域|县域|县市|市县|城市|农村|现有|病险|国家|全国|全省|全市|全州|全县|全区|省外|省内|市内|区域|紧急|人均|箱式|智慧|数字化?|绿色|达到)/u;

/**
 * Projects: the items of 重点建设项目 columns in an industry's 专栏 (which also say the
 * industry and, through their names, the park), then names ending like a project in sentences.
 */
export function extractProjects(context: ExtractionContext): void {
  for (const table of context.document.tables) extractProjectTable(context, table);
  const lists = new ProjectListReader(listKinds, (item) => context.industryTerms.knows(item));
  // `市博物馆` in a city's plan is the city's own: the level word alone names the place.
  const own = OWN_PREFIX[context.issuer?.level ?? ''];
  const isPlace = (words: string) =>
    context.gazetteer.resolve(words, context.scope) !== undefined ||
    (words.length === 1 && !!own?.test(words));
  for (const sentence of context.document.sentences) {
    // Each name, with how the sentence writes it (a listed item may be written without the
    // kind its list shares: 青石、白鹭洲风电项目).
    const names = new Map<string, string>();
    for (const { name, built } of projectNames(sentence.text, isPlace))
      if (
        isNamedWork(name, context.placeAt, built) ||
        ownFacility(name, own) ||
        describedProject(sentence.text, name)
      )
        names.set(name, name);
    for (const name of [...phasedNames(sentence.text), ...routeNames(sentence.text)])
      if (!names.has(name)) names.set(name, name);
    for (const listed of lists.names(sentence.text)) {
      // A list's kind makes a short name one (崇明线、南枫线等轨道交通线).
      const name = cleanName(listed.name, listed.by === 'shared-head' ? 3 : 4);
      if (name && isListedWork(listed, name, context.placeAt) && !names.has(name))
        names.set(name, listed.item);
    }
    const written = [...names.values()];
    for (const [name, as] of names) {
      addProject(context, name, sentenceEvidence(context, sentence), facts.read(sentence.text, as, written));
    }
  }
  // A heading that is a project's name (#### 6. 安江城区公共厕所提质改造项目): reports list their
  // projects so, one per heading. A heading that opens with a verb is a task (实施…工程).
  for (const heading of context.document.headings) {
    const title = heading.title.replace(/^[\d一二三四五六七八九十]+[.、．]\s*/u, '').trim();
    if (!/项目$/u.test(title) || LEADING_VERB.test(title) || title.length < 6) continue;
    const name = cleanName(title);
    if (!name || !isSpecific(name)) continue;
    addProject(context, name, {
      document: context.document.file,
      line: heading.line,
      section: heading.section,
      quote:
        quoteOf(context.document, heading.line, name) ?? originalLine(context.document, heading.line).trim(),
    });
  }
}

/** Columns of a project table beside the name: where, how much, in what state, in which industry. */
const INVESTMENT_COLUMN = /^(?:计划)?总投资|^投资(?:额|规模|估算)?(?:[（(]|$)/u;
const STATUS_COLUMN = /^(?:建设|项目)?(?:性质|状态|进度|阶段)$/u;
const INDUSTRY_COLUMN = /^(?:所属)?(?:产业|行业)(?:领域|类别|分类)?$/u;

function extractProjectTable(context: ExtractionContext, table: Table): void {
  const projectColumn = column(table, /项目/);
  // An indicator table's 项目 column holds indicators, not projects.
  if (projectColumn < 0 || column(table, /指标|属性|目标值/) >= 0) return;
  const captionIndustry = context.industries.find(table.caption)[0];
  const place = column(table, PLACE_COLUMN);
  const investment = column(table, INVESTMENT_COLUMN);
  const status = column(table, STATUS_COLUMN);
  const industry = column(table, INDUSTRY_COLUMN);
  for (const row of table.rows) {
    const cell = row[projectColumn];
    if (!cell) continue;
    const items = splitList(cell.text, { conjunctions: false });
    // What the row's other cells say holds for each project it names; an amount only for one
    // project alone (an item of a list shares the row's status, not its investment).
    const amount =
      investment >= 0 && items.length === 1
        ? investmentOf(row[investment]?.text ?? '', table.header[investment] ?? '')
        : undefined;
    const state = status >= 0 ? facts.statusOf(row[status]?.text ?? '') : undefined;
    const industryCell = industry >= 0 ? row[industry] : undefined;
    const rowIndustries = industryCell ? industriesIn(context, industryCell.text) : [];
    const placeCell = place >= 0 ? row[place] : undefined;
    for (const item of items) {
      const name = cleanName(item);
      if (!name || !isSpecific(name)) continue;
      const evidence = cellEvidence(context, table, cell, item);
      const id = addProject(context, name, evidence, {
        ...(state ? { status: state } : {}),
        ...(amount !== undefined ? { investment: amount } : {}),
      });
      // The row's industries (citing their cell), else the caption's (citing the project).
      const industryEvidence =
        industryCell && rowIndustries.length > 0 ? cellEvidence(context, table, industryCell) : evidence;
      for (const found of rowIndustries.length > 0
        ? rowIndustries
        : captionIndustry
          ? [captionIndustry]
          : []) {
        const industryId = addIndustry(context, found.canonical, found.surface, industryEvidence);
        context.builder.addEdge({
          type: 'IN_INDUSTRY',
          source: id,
          target: industryId,
          evidence: industryEvidence,
        });
      }
      if (placeCell) locateInCell(context, id, table, placeCell);
    }
  }
}

/** The industries a table's industry cell names (电子信息, 新材料、生物医药). */
function industriesIn(context: ExtractionContext, text: string) {
  return splitList(text).flatMap((item) => context.industries.find(item).slice(0, 1));
}

/** Adds a project with the park and region its name places it in; returns its id. */
function addProject(
  context: ExtractionContext,
  name: string,
  evidence: Evidence,
  properties: ProjectFacts = {},
): string {
  // Spaces inside a Chinese name are layout (年产 50 万 / 年产50万), and digits may be full
  // width: the same project written either way is one node.
  const id = `project:${foldWidth(name).replace(/\s+/gu, '')}`;
  context.builder.addNode({ id, label: 'Project', name, properties: { ...properties }, evidence });
  // A park the name opens with (怀化高新区…项目); a name that ends like a park (城东冷链物流园) is
  // the project itself, not a park it lies in.
  // The innermost: 怀化高新区电子信息产业园建设项目 lies in the 电子信息产业园 of 怀化高新区.
  const parks = context.parkNames.find(name, context.placeAt);
  const park = parks.filter((found) => found.start === parks[0]?.start && found.end < name.length).at(-1);
  // (Nor one whose suffix names works too, 汽车城和会展中心: the works the project builds.)
  if (park && !context.parkNames.suffixOf(park.name.surface)?.alsoWork) {
    const parkId = addPark(context, park.name, evidence);
    context.builder.addEdge({ type: 'IN_PARK', source: id, target: parkId, evidence });
  }
  // The place a name starts with (its last two characters are the kind of work, never the place).
  const region = context.gazetteer.leading(name.slice(0, name.length - 2), {
    scope: context.scope,
    prefer: context.issuer?.code,
    accept: (division) => division.level !== 'province',
  })?.division;
  if (region) {
    const regionId = addRegion(context, region, evidence);
    context.builder.addEdge({ type: 'LOCATED_IN', source: id, target: regionId, evidence });
  }
  for (const industry of context.industries.find(name)) {
    if (!/(产业园|产业链|产业基地)/u.test(name)) continue;
    const industryId = addIndustry(context, industry.canonical, industry.surface, evidence);
    context.builder.addEdge({ type: 'IN_INDUSTRY', source: id, target: industryId, evidence });
  }
  return id;
}

/**
 * How a plan names its own division before a facility: 市(级|本级) in a city's, 县 in a county's
 * (not the words 市场, 市民, 市区…).
 */
const OWN_PREFIX: Record<string, RegExp> = {
  prefecture: /^(?:市|州)(?:级|本级)?(?!场|民|区|政|域|内|外|县|容|面|值|中心|里|州)/u,
  county: /^(?:县|市)(?:级|本级)?(?!场|民|区|政|域|内|外|城|容|面|值|中心|里|乡|市)/u,
};
const FACILITY_AT_END = new RegExp(`(?:${WORKS_AND_FACILITIES})$`, 'u');
const PLACED_FACILITY_AT_END = new RegExp(`(?:${alternation(placedFacilities)})$`, 'u');
/** Institutions that name their own facilities: a university, a hospital, a company. */
const INSTITUTION = /(?:大学(?!生)|学院|医院|研究院|研究所|公司|集团|学校)/u;

/**
 * `市博物馆`, `市本级儿童康复大楼`: a facility the issuer's level word alone names. Not its
 * hospitals (市一医院, 市人民医院): plans name them as the institutions that do the work.
 */
function ownFacility(name: string, own: RegExp | undefined): boolean {
  return !!own?.test(name) && FACILITY_AT_END.test(name) && !/医院$/u.test(name) && !NOT_IN_NAME.test(name);
}

/** Words after which a name starts: what comes before them is the sentence, not the name. */
const NAME_STARTS_AFTER =
  /.*(成立|创建|建立|搭建|办好|整合|并购|自建|培育|实现了|实现|纳入|拥有|用好|建强|组建|开通|抢抓|加大|科学规划|规划|参与|消除|有利于|即将|步入|成为|串联|拓展|改造|融入|随着|获批|衔接|对接|连接|接入|利用|发挥|研究|设立|布局|加固|通过|依托|围绕|加快|推进|建设|实施|启动|完成|争取|推动|谋划|新建|续建|改扩建|扩建|开工|建成|打造|引进|确保|力争|加强|提升|抓好|做好|落实|支持|鼓励|引导|在|自|从|向|对|把|将|被|由|的)/u;

/** What is done that a work's name may end with before 工程/项目: 提质改造(工程), 扩建(项目). */
const ACTION_BEFORE_ENDING = /(?:改造|改扩建|扩建|新建|续建|建设)$/u;

/** Verbs whose object is a work being built, not a programme: 开工建设豫东水资源配置工程. */
const BUILT_BEFORE = /(开工建设|开工|建成|竣工|新建|续建|动工|开建)$/u;

/** A name read from a sentence, and whether the sentence builds it (a verb of building before it). */
interface NameInText {
  name: string;
  built: boolean;
}

/** Names in a sentence that end like a project, read backwards from the ending to a boundary. */
export function projectNames(text: string, isPlace: (words: string) => boolean = () => false): NameInText[] {
  const names: NameInText[] = [];
  let previousEnd = 0;
  for (const match of allMatches(PROJECT_SUFFIX, text)) {
    let start = match.index;
    while (start > previousEnd && match.index - start < 24) {
      const char = text[start - 1] ?? '';
      if (!NAME_CHARACTER.test(char)) break;
      start -= 1;
    }
    // 长江国家文化公园江苏段, 大运河国家文化公园（河南段）: the section is part of the name.
    const section = SECTION_AFTER.exec(text.slice(match.index + match[0].length))?.[0] ?? '';
    const end = match.index + match[0].length + section.length;
    // 怀化铁路口岸, 阳塘铁路货场, 湘桂铁路永州地区扩能工程: the line or airport opens a longer name.
    if (!section && INFRASTRUCTURE.test(match[0]) && continuesName(text.slice(end))) continue;
    // 湖南省冷链物流中心城市, …建设项目试点县: a role or a status the name is part of, not a work.
    if (NAMES_A_ROLE.test(text.slice(end)) || COUNTED_AFTER.test(text.slice(end))) continue;
    // 工程机械, 工程塑料: 工程 going on into a word of its own ends no work's name.
    if (match[0] === '工程' && ENGINEERING_GOES_ON.test(text.slice(end))) continue;
    // 房地产业高速增长: high speed, not a highway.
    if (match[0] === '高速' && /^(?:增长|发展|运行|运转|推进|迭代|扩张|普及)/u.test(text.slice(end)))
      continue;
    // 长江路快速化改造工程: a verb right before the ending is part of the name, not where it starts.
    const written = text.slice(start, match.index);
    const action = ACTION_BEFORE_ENDING.exec(written)?.[0] ?? '';
    const prefix = written.slice(0, written.length - action.length).replace(NAME_STARTS_AFTER, '') + action;
    // 永州内陆港（叠加铁路口岸）项目: a bracket right after a name goes on with that name.
    const previous = names.at(-1);
    if (previous && start === previousEnd && /^[（(]/u.test(prefix)) {
      const longer = cleanName(previous.name + prefix + match[0] + section);
      if (longer) names[names.length - 1] = { ...previous, name: longer };
      previousEnd = end;
      continue;
    }
    const name = cleanName(prefix + match[0] + section);
    if (name && isSpecific(name, isPlace)) {
      const nameStart = end - name.length;
      names.push({ name, built: BUILT_BEFORE.test(text.slice(Math.max(0, nameStart - 4), nameStart)) });
      previousEnd = end;
    }
  }
  return names;
}

/** The section or phase of a work a name goes on with: 江苏段, （河南段）, 新沂至江都段, 二期, 北延线, 新院区. */
const SECTION_AFTER =
  /^(?:[\u4e00-\u9fff]{2,3}段|[\u4e00-\u9fff]{2,4}至[\u4e00-\u9fff]{2,4}段|[（(][\u4e00-\u9fff]{2,6}段[）)]|[一二三四五六七八九\d]期(?:工程|项目)?|(?:[东西南北]延|延长)线(?:[\u4e00-\u9fff]{2,3}段)?|(?:新|[东西南北])院区)/u;

/** A line, road or dam is named by a short proper name before it: 渝湘(高铁), 双牌(水库), 怀化-东盟(国际铁路). */
function properWorkName(before: string): boolean {
  const proper = before.replace(/[-—–]/gu, '');
  return (
    proper.length >= 2 &&
    proper.length <= 8 &&
    !GENERIC_INFRASTRUCTURE.test(proper) &&
    !/(境内|地区|合理|研究|设立|无|期内|类|型|园区|城区|北站|南站|扩能|千瓦|千伏|功能区|境)/u.test(proper) &&
    // 芷江三大(水库) counts works, 水土保持与(水库) joins two things: neither names one
    // (五大连池机场 does: the count must end the name).
    !/[一二三四五六七八九十两\d][大个座条]$|[与和及或]/u.test(proper)
  );
}

/** A term a name quotes: “安江农产品集散中心”. */
const QUOTED_TERM = /“([^”]{2,})”/gu;
/** How the quoted name of a place or facility ends: 集散中心, 广场, 古城, 产业园, 小镇. */
const QUOTED_FACILITY = /(中心|广场|大厦|城|园|馆|港|基地|小镇|街|村|市场|楼|院|站|场|谷|湾)$/u;

/**
 * What a name stands in when the text goes on so: a city's role (…中心城市), a pilot (…项目试点县),
 * a profession (卓越工程师), a level reached (达到三级中医医院水平), a system it has (…中医医院管理制度).
 */
const NAMES_A_ROLE = /^(?:城市|试点|示范县|示范市|示范区|资金|库|清单|储备|师|水平|管理制度|制度|体系|机制)/u;
/** A count right after a name (建成运输机场3座) counts works of that kind: none is named. */
const COUNTED_AFTER = /^[\d一二三四五六七八九十百千]+(?:座|个|条|处|家|项|所)/u;

/** Nouns that make a line or airport part of the name of something else: a station, a port, a freight yard. */
const LONGER_NAME =
  /^[东西南北]?(站|货场|口岸|枢纽|物流|油库|沿线|经济带|公司|集团|货运|班列|运输|集装箱|城市|群|动车|列车|车次|班次)/u;

/**
 * Whether the text right after a line, road or airport continues the same name: a station or
 * port of it, or a longer work whose own ending comes before any punctuation (湘桂铁路永州地区
 * 扩能工程建设 → 湘桂铁路永州地区扩能工程, read whole from that ending). Only when reading back
 * from that ending would reach the work: a verb in between (双牌水库除险加固工程, 水库扩建灌区
 * 工程) starts what is done to the work, and the work's own name ends before it.
 */
function continuesName(after: string): boolean {
  if (LONGER_NAME.test(after)) return true;
  const run = /^[\u4e00-\u9fffA-Za-z0-9]{1,16}/u.exec(after)?.[0] ?? '';
  const ending = PROJECT_ENDING.exec(run);
  if (!ending) return false;
  const between = run.slice(0, ending.index + ending[0].length);
  return (
    between.replace(NAME_STARTS_AFTER, '') === between &&
    !NOT_IN_NAME.test(between) &&
    !LEADING_VERB.test(between) &&
    !/^(等|的)/u.test(between)
  );
}

/**
 * A kind of works, not one: “示范引领”型特色小镇, 永州市十大文旅特色小镇 (a count after the place;
 * one that opens the name may be the name's own: 五大连池机场).
 */
const A_KIND = /”型|[^一二三四五六七八九十两百千\d][一二三四五六七八九十两百千\d]+大[\u4e00-\u9fff]{2,8}$/u;

/**
 * In running text, a project is named when its name holds a place of the scope, a quoted
 * name, or names a particular line, road or dam (渝湘高铁, 涔天河水库); programmes such as
 * 人才引进工程 are not projects.
 */
function isNamedWork(name: string, placeAt: (text: string) => number, built = false): boolean {
  if (NOT_IN_NAME.test(name) || name.length < 4 || A_KIND.test(name)) return false;
  // The first line, road or dam in the name: the name itself (渝湘高铁) or the work a longer
  // name is about (沅水鱼潭航电枢纽工程, 涔天河水库扩建灌区工程).
  const work = WORK_NOUN.exec(name);
  if (work) {
    const named = properWorkName(name.slice(0, work.index));
    if (named || work.index + work[0].length === name.length) return named;
  }
  if (placeAt(name) >= 0) return true;
  // 湖南医药学院侗药研发中心, 湘钢集团博士工作站: an institution's own facility.
  const facility = PLACED_FACILITY_AT_END.exec(name);
  if (facility && INSTITUTION.test(name.slice(0, facility.index))) return true;
  // A work the sentence builds (开工建设豫东水资源配置工程); a programme is carried out (实施…工程).
  if (built && !name.includes('“')) return true;
  // A quoted name: “安江农产品集散中心”项目. Before a bare 项目, a quoted term
  // that names no place or facility is a kind of project the plan talks about (“两高”项目,
  // “一带一路”项目, 更多“硬投资”项目), not one.
  const quoted = allMatches(QUOTED_TERM, name).map((match) => match[1] ?? '');
  if (quoted.length === 0) return false;
  // So is a quoted term before 工程 (“以竹代塑”工程, “雪亮”工程): a programme, not a work.
  return !/(?:项目|工程)$/u.test(name) || quoted.some((term) => QUOTED_FACILITY.test(term));
}

/**
 * A phase of a work the text builds or opens (`罗泾港区改造二期启动建设`, `金山海上风电一期建成投运`):
 * whatever its name ends with, a numbered phase with what is done to it names one work.
 */
const PHASED =
  /([\u4e00-\u9fffA-Za-z0-9]{4,20}?[一二三四五六七八九\d]期)(?=(?:工程|项目)?(?:顺利|正式|全面|加快)?(?:启动建设|开工建设|建成投运|建成投产|建成通车|建成|投运|投产|开工|竣工|完工|开通|启用))/gu;

/** The same, the verb written first and the phase closing its clause (`建成罗泾港区改造二期`). */
const PHASED_AFTER_VERB =
  /(?:建成|开工建设|启动建设|开工|投用|投运|竣工)([\u4e00-\u9fffA-Za-z0-9]{4,20}?[一二三四五六七八九\d]期)(?=[，,；;。、]|$)/gu;

function phasedNames(text: string): string[] {
  const names: string[] = [];
  // Most sentences name no phase: the scan from every position is skipped.
  if (!text.includes('期')) return names;
  const phases = [
    ...allMatches(PHASED, text).map((match) => (match[1] ?? '').replace(NAME_STARTS_AFTER, '')),
    // (The verb written first has been read: what follows it is the name, whatever it holds: 改造二期.)
    ...allMatches(PHASED_AFTER_VERB, text).map((match) => match[1] ?? ''),
  ];
  for (const phase of phases) {
    const name = cleanName(phase);
    if (name && !GENERIC.test(name) && !NOT_IN_NAME.test(name) && name.length >= 6) names.push(name);
  }
  return names;
}

/**
 * A road named by where it runs (芷江至碧涌二级公路, 上团-寨头公路, S335安江至双溪公路): its ends name
 * one road, whatever the plan calls such roads otherwise (农村公路, 旅游公路 are kinds).
 */
const ROUTE =
  /((?:[GSXY]\d{2,4})?[\u4e00-\u9fff]{2,12}?(?:至|-|—)[\u4e00-\u9fff]{2,8}?(?:[一二三四]级)?(?:公路|旅游公路))/gu;

function routeNames(text: string): string[] {
  if (!text.includes('公路')) return [];
  return allMatches(ROUTE, text).flatMap((match) => {
    const name = cleanName((match[1] ?? '').replace(NAME_STARTS_AFTER, ''));
    return name && !GENERIC.test(name) && !NOT_IN_NAME.test(name) && name.length >= 6 ? [name] : [];
  });
}

/** Words of a count of projects, not one: 累计承接产业转移项目, 新签约产业项目. */
const AGGREGATE = /累计|签约|承接|招引|引进|落地|转移|产业项目$/u;

/**
 * `中车株机轨道交通装备智能制造基地项目将于3月开工，总投资32亿元`: a project the text gives an
 * investment of, alone in its clause, or says is to start or be done, is one, whoever's name
 * opens it (a status alone is said of kinds of projects too: 累计承接产业转移项目…落地).
 */
function describedProject(text: string, name: string): boolean {
  if (!/(?:项目|工程)$/u.test(name) || NOT_IN_NAME.test(name) || AGGREGATE.test(name) || name.length < 8)
    return false;
  // (Or when it is to start or be done: `…项目计划今年6月开工`, `…工程年底前建成通车`.)
  const after = text.slice(text.indexOf(name) + name.length);
  return facts.read(text, name, [name]).investment !== undefined || BUILT_AFTER.test(after);
}

/** A start or completion said right after a name, in its clause. */
const BUILT_AFTER = /^[^，,；;。、]{0,10}?(?:开工|动工|建成|竣工|投产|通车|投用|投运)/u;

/** What a project's name ends with when it names an activity, not a work: 综合治理, 智能化改造. */
const ACTIVITY_ENDING =
  /(治理|整治|改造|修复|保护|保持|连通|提升|一体化|防治|联运|开发|发展|示范|赋能|服务|管理|标准化|信息化|智能化|数字化|互通|降碳|覆盖|合作|协作|建设|配送|旅游|体验|展示|采摘|搬迁|安置|灾害|事件|队伍|生产|制造|配套|资金|经费)$/u;

/** A built thing an activity can be done to: 制种基地, 供水管网, 污水处理厂, 基础设施. */
const FACILITY = /(?:基地|园(?!区)|厂|管网|中心(?!城)|场|站|馆|港|库|桥|设施)/u;

/**
 * Whether a name read from a list names one work. An item that took the list's shared kind is a
 * proper name by the list's grammar; an item of a `…等项目` list must not name an activity (unless
 * a place says where); an item that only ends like a work must pass what a name in a sentence passes.
 */
function isListedWork(listed: ListedProject, name: string, placeAt: (text: string) => number): boolean {
  const { item } = listed;
  if (GENERIC.test(item) || GENERIC_INFRASTRUCTURE.test(item) || A_KIND.test(item)) return false;
  // `“考古中国”等重大项目`: a quoted term alone is a programme unless it names a facility.
  const quoted = /^“([^”]+)”$/u.exec(item)?.[1];
  if (quoted && !QUOTED_FACILITY.test(quoted)) return false;
  const named = placeAt(item) >= 0 || /[\dA-Za-z“]/u.test(item);
  switch (listed.by) {
    case 'shared-head':
      return item.length <= 20;
    case 'list':
      // An activity on a named facility (制种基地及育种创新能力提升) is a work too.
      return (
        name.length >= 3 &&
        (named || (item.length >= 4 && (!ACTIVITY_ENDING.test(item) || FACILITY.test(item))))
      );
    case 'own-kind':
      return named || isNamedWork(name, placeAt);
  }
}

function cleanName(raw: string, shortest = 4): string | null {
  // A name read across table cells keeps only its own cell (公路\t二广高速 → 二广高速).
  const name = (raw.split('\t').at(-1) ?? '').trim().replace(/等$/u, '').replace(LEADING_VERB, '');
  // What is left of a count (4个千吨级码头 → 个千吨级码头) starts no name.
  // So does a count of works (90家县级医院); a size does (5万平方米全自动化立体冷库).
  // (A range counts too: 3—4所县级中医医院; and so do levels: 市县两级综合性医院.)
  if (
    /^(?:[\d一二三四五六七八九十百千]+(?:[—–\-~至][\d一二三四五六七八九十百千]+)?[个家座条处所]|[个家座吨条处所万亿]|[省市县乡镇]?两级)/u.test(
      name,
    )
  )
    return null;
  // A name opening with a bracket (（中型升大型）水库工程) is what is left of another.
  if (/^[（(]/u.test(name)) return null;
  // A name cut inside quotes or brackets (`雪亮复亮”工程`) is a fragment, not a name.
  const opens = (name.match(/[“（(]/gu) ?? []).length;
  const closes = (name.match(/[”）)]/gu) ?? []).length;
  if (opens !== closes || /^[^“（(]*[”）)]/u.test(name)) return null;
  return name.length >= shortest ? name : null;
}

function isSpecific(name: string, isPlace: (words: string) => boolean = () => false): boolean {
  const suffix = PROJECT_SUFFIX_AT_END.exec(name);
  const prefix = suffix ? name.slice(0, suffix.index) : name;
  // A place's own facility (苏州实验室, 怀化研究院, 市博物馆): the place alone names it.
  if (suffix && !/^(?:项目|工程)$/u.test(suffix[0]) && prefix !== '' && isPlace(prefix)) return true;
  if (prefix.length < 2 || GENERIC.test(prefix)) return false;
  // Short prefixes must look like proper names: at least a place-like 2-character start and 4 characters.
  return (
    prefix.length >= 4 ||
    /(高铁|铁路|高速公路|机场|水库|电站|大桥|大道|快速路|小商品城|调蓄工程|灌区|船闸|航电枢纽|隧道)$/u.test(
      name,
    )
  );
}
