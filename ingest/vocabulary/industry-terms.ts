/**
 * Industries as plans write them, lexicon or not: the objects of a development cue
 * (重点发展 / 培育壮大 / 打造 …). An enumeration after a cue names industries when it ends with
 * a head (`A、B、C等产业`, `…等生产性服务业`) or when each item does (`临港产业和海洋产业`,
 * `低空经济`); an item the industry lexicon knows is one whatever its form. The words are data
 * (data/lexicon/industry-grammar.json), so the rules know no document.
 */
import { parseChineseNumber } from '../read/chinese-numerals.ts';
import { allMatches, alternation, type IndustryGrammar, type IndustryLexicon } from './lexicons.ts';

export interface IndustryTerm {
  /** As written: 新能源汽车产业. */
  surface: string;
  /** One name per concept: 新能源汽车 (the lexicon's name when it knows the term). */
  canonical: string;
  /** The development cue before it: 大力发展. */
  cue: string;
  /** Offsets of the surface in the clause. */
  start: number;
  end: number;
  /** The group an enumeration put it in (`…等生产性服务业` → 生产性服务业), when the group is one. */
  group?: string;
}

/** A term read in a part of a text, with its offsets in the text (the part starting at `by`). */
function shifted(term: IndustryTerm, by: number): IndustryTerm {
  return { ...term, start: term.start + by, end: term.end + by };
}

/** The role a plan gives what it names (`以电子信息为主导`), cut from the name. */
const ROLE_AFTER_NAME = /为(?:主导|主体|特色|支柱|核心|首位|引领|龙头)(?:产业)?$/u;
const MAX_ITEM_LENGTH = 14;
/** How an industry's name may end without the ending being part of its concept (新能源汽车产业链). */
const INDUSTRY_ENDINGS = ['产业集群', '产业链', '产业', '集群'];
const INDUSTRY_ENDING = new RegExp(`(${INDUSTRY_ENDINGS.join('|')})$`, 'u');
/**
 * One name per concept drops 全产业链 too (装配式建筑全产业链 → 装配式建筑), and 核心 before a head
 * (人工智能核心产业, the core of 人工智能, is 人工智能).
 */
const CANONICAL_ENDING = new RegExp(`(?:核心)?(全产业链|${INDUSTRY_ENDINGS.join('|')})$`, 'u');
/** An enumeration's end: `等` (and a count: 十大, 5个), then the head noun phrase. */
const COUNT = '(?:[一二三四五六七八九十百\\d]+(?:大|个|条|项|类|批)?)?';
/** A counted head closing a list without 等: `算力、数据、人工智能“四大产业”`. */
const COUNTED_HEAD =
  /[“"「]?[一二两三四五六七八九十\d]+(?:大|个)([\u4e00-\u9fff]{0,4}?(?:产业集群|产业链|产业|集群|服务业|制造业))[”"」]?$/u;
/**
 * A count closing a list of fields, not of industries by name: `…农产品精深加工五大重点方向`,
 * `围绕A、B和C三大方向发力`. Group: the count.
 */
const COUNTED_FIELDS =
  /[“"「]?([一二三四五六七八九十]|\d{1,2})大(?:重点|主攻|主导|优势)?(?:方向|领域|板块|赛道)[”"」]?/gu;
/** Verbs of building a base, and the words between the verb and what the base is of. */
const BUILDING_VERBS = '建设|建成|共建|打造|创建|争创|布局|培育|做强';
const BASE_WORDS = '([^，,；;。：:“”]{2,20}?)';
/** What a base of an industry is called after 产业. */
const BASE_KINDS = '基地|示范基地|集聚区|聚集区|示范区';
/** A base an industry is built in: `建设新能源汽车产业基地`, `共建白酒产业带`. Groups: the verb, what comes before 产业. */
const INDUSTRY_BASE = new RegExp(`(${BUILDING_VERBS})${BASE_WORDS}产业(?:${BASE_KINDS}|高地|带)`, 'gu');
/** A base an industry is being built in, its building named after it: `加快军民融合产业基地建设`. Groups as INDUSTRY_BASE's. */
const BASE_BEING_BUILT = new RegExp(
  `(加快|推进|推动|加强|支持)${BASE_WORDS}产业(?:${BASE_KINDS})(?=建设)`,
  'gu',
);
/**
 * A base where goods are made (`建设世界级船舶与海工装备制造基地`): the goods are industries when
 * the words before 制造 end with what an industry makes or a known industry. Groups: the verb, the goods.
 */
const MANUFACTURING_BASE = new RegExp(`(${BUILDING_VERBS})${BASE_WORDS}制造(?:${BASE_KINDS}|高地)`, 'gu');
/**
 * A zone where a known industry gathers, or a base where goods are processed, named without 产业
 * (`建设工业设计集聚区`, `建设绿色农产品和有机食品加工基地`). Groups as INDUSTRY_BASE's.
 */
const GATHERING_BASE = new RegExp(
  `(${BUILDING_VERBS})${BASE_WORDS}(?:集聚区|聚集区|(?<=加工)基地|强(?:省|市|县|区))`,
  'gu',
);
/** Whether a clause may hold a GATHERING_BASE (most hold none: the pattern is tried only then). */
const GATHERING_WORDS = /集聚区|聚集区|加工基地|强[省市县区]/u;
/** A count of parks and their level, before what they are of: `10个省级`, `3个以上`. */
const PARK_COUNT = '[\\d一二三四五六七八九十百]+个(?:以上|左右)?(?:省级|国家级|市级|县级)?';
const COUNT_OF_PARKS_CLOSING = new RegExp(`${PARK_COUNT}$`, 'u');
/**
 * Parks of an industry counted (`建设10个省级数据产业园`, `培育跨境电商产业园14个`): a kind of park
 * the plan multiplies, so its industry is developed. Groups: the verb, what comes before 产业园.
 */
const COUNTED_INDUSTRY_PARKS = [
  new RegExp(`(建设|建成|培育|打造|创建|新建|认定)${PARK_COUNT}([^，,；;。：:“”\\d]{2,12}?)产业园区?`, 'gu'),
  /(建设|建成|培育|打造|创建|新建|认定)(?:省级|国家级|市级|县级)?([^，,；;。：:“”\d]{2,12}?)产业园区?(?=[\d一二三四五六七八九十百]+个)/gu,
];
/** A standing an object is to reach, before its name: `长三角有影响力的`, `具有国际竞争力的`. */
/** Verbs that open a list a count closes, no cue of their own (`新增A、B两个百亿级产业集群`). */
const OPENS_COUNTED_LIST = /新增|新培育|培育形成|拥有/gu;
/** A designation's field, in brackets at its end (`…产业示范基地（电池）`). */
const DESIGNATED_FIELD = /[（(]([\u4e00-\u9fff]{2,8})[）)]$/u;
/** A level or scope a cluster's or base's name opens with (国家, 省级, 全国). */
const LEVEL_OPENING = /^(?:国家级?|省级|全国|全省|世界级)/u;
/** What an area carries, before the kind of area it is (`全省新能源汽车零部件|的主要承载区`). */
const CARRIER_OF =
  /^(.+?)的(?:主要|核心|重要|首要)?(?:承载区|承载地|集聚区|聚集区|集中区|集聚地|主阵地|主战场|核心区)$/u;
/** The firms, projects or units a clause counts after what it gathers (`企业120家`, `等产业`). */
const GATHERED_UNITS =
  /(?:等)?(?:龙头|重点|规上)?(?:企业|项目|产业)?[\d一二三四五六七八九十百千万余多]*(?:家|个|项)?$/u;
/** Words that open with goods and a head of 产业 (`石化产业`, `钒钛新材料产业集群`). */
const OPENING_HEADED = /^([\u4e00-\u9fff]{2,10}?)(产业集群|产业链|产业)(?![园区城带化基])/u;
/** What goes on from an industry's head into a park's or an area's name (产业|园, 产业|基地, 产业|带). */
const PARK_AFTER_HEAD = /^[园区城带化基]/u;
const STANDING =
  /^[^、，,；;。的]{0,12}(?:影响力|竞争力|领先|一流|知名|重要|领先水平|标杆|示范|最大|最强|较强|特色鲜明)的/u;
/** What an object is shown by, before its name: `以侗苗风情为代表的`, `以杨梅、蓝莓为主的`. */
const SHOWN_BY = /^以[^，,；;。]{1,30}?为(?:代表|主|主体|核心|重点|主导|特色|龙头|引领)的/u;
/** The heads an industry standing as a subject or a promoted object ends with. */
const SUBJECT_HEAD = '(?:产业集群|产业链|产业|集群|服务业|制造业)';
const SUBJECT_ENDING = new RegExp(`${SUBJECT_HEAD}$`, 'u');
/** A promoted object may end with a trade (游艇业), a kind of product (智能农机装备) or of making (服务型制造) too. */
const PROMOTED_HEAD = `(?:${SUBJECT_HEAD}|(?<![就企事行专物创学职营主新])业(?![态务绩主])|装备|制造)`;
const HAS_PROMOTED_HEAD = new RegExp(PROMOTED_HEAD, 'u');
/** Manners listed before 发展 (`高端化、多元化、低碳化发展`, `高品质、多样化、便利化发展`). */
const MANNERS = '(?:(?:[\\u4e00-\\u9fff]{1,3}化|高[\\u4e00-\\u9fff]{1,3})、)*';
/** An industry given a role: `以A和B为主导产业`, `把A作为首位产业`, `将A列为支柱产业`. Groups: the
 * frame's opening word, the industries, the role. */
const ROLE_FRAME =
  /(以|把|将)([^以把将，,；;。]{2,40}?)(?:为|作为|列为|确定为)(?:全市|全县|全区|全省|本地)?(?:的)?(主导产业|首位产业|支柱产业|特色产业|优势产业|重点产业|核心产业|主攻方向|主攻产业|(?:主导|首位|支柱)(?=$|[，,；;。]))/gu;
/**
 * Examples of an industry group (`以A、B为代表的新兴产业`, `包括A、B在内的战略性新兴产业`): the list
 * (group 1 or 2), before a head of industries.
 */
const EXEMPLIFIED =
  /(?:以([^以，,；;。]{2,40}?)为代表|包括([^，,；;。]{2,40}?)在内)的(?=[\u4e00-\u9fff]{0,10}?(?:产业|经济|服务业|制造业|集群))/gu;
/** A list opening a clause, then what measures it: `A、B、C行业增加值`, `A、B增速`. Groups: the list, the measure. */
const MEASURE = /增加值|产值|营业收入|营收|增速/u;
const MEASURED_LIST =
  /^([\u4e00-\u9fff]{2,12}(?:[、和及与][\u4e00-\u9fff]{2,12}){1,7}?)(?:行业|产业)?(增加值|总产值|产值|营业收入|营收|增速)/u;
/** Heads a name may go on with after a shorter head (装备|制造产业集群). */
const HEAD_GOING_ON = /^(?:制造业?|装备)?(?:产业集群|产业链|产业(?![园区基城带小])|集群)?/u;
/** A second promoted object joined to the first (`推动中药材产业和文化旅游业发展`). */
const JOINED_PROMOTED = new RegExp(
  `^(?:和|及|与|以及)([^，,；;。、和及与]{2,12}?${PROMOTED_HEAD})(?=[\\u4e00-\\u9fff]{0,6}?发展)`,
  'u',
);
/**
 * Events and zones a subject's predicate may name (办好文旅产业高质量发展大会, 数字经济创新发展
 * 试验区): held or built, not an industry's course. (A task named so, 竹木家具产业提质升级行动,
 * still concerns its industry.)
 */
const PREDICATE_AS_QUALIFIER =
  /^(?:大会|会议|论坛|峰会|博览会|交易会|洽谈会|推介会|试验区|示范区|先行区|先导区)/u;
/**
 * A clause opening with a name that ends with 产业 / 产业链 / 产业集群 and goes on (not into a
 * park, a town, a process or a system: 产业园, 产业小镇, 产业化, 产业体系, 产业工人…).
 */
const INDUSTRY_OPENING =
  /^[^，,；;。：:]{2,32}?(?:产业集群|产业链|产业)(?![园区化基结体工用投政链集群类小镇城带一二两三四五六七八九十\d])(?=[\u4e00-\u9fff]{2})/u;
/**
 * `以A、B为主导的C产业集群`, `以A为核心的C产业区`: an area (C's cluster, zone, chain) and the
 * industries that lead it. Groups: the leading list, the role, the area's industry, its head.
 */
const LED_AREA =
  /以?([^以，,；;。]{2,60}?)为(主导|核心|主体|重点|支撑|引领|主)的?([\u4e00-\u9fff]{0,10}?)(产业集群|产业区|产业链|产业体系|产业带|产业基地|产业园区?|集群|制造业|服务业|产业(?![体园区]))/gu;
/** `以A、B主导产业为核心`: industries by their role, the core of what the sentence describes. Groups: the list, the role, the cue. */
const ROLE_LED =
  /以([^以，,；;。]{2,40}?)(主导产业|特色产业|优势产业|支柱产业|首位产业)为(核心|主导|重点|支撑|主体)/gu;
/** Heads after which the words before are a park's name, not an industry (智能云谷手机|产业园区). */
const NAMED_AREA = /^产业园区?$/u;

/** Words that say a list's end is about industries (`…等领域未来产业`, `…等多种业态`). */
const INDUSTRY_WORD = /产业|业态|经济|服务业|制造业|农业|工业|集群/u;

/** An area a clause says is led by something: `以A、B为主导的C产业集群`. */
export interface LedArea {
  /** What leads it, as written (A、B; places too: 以麻阳、溆浦等县市为主体的…). */
  written: string;
  /** Those of the leaders that are industries. */
  leaders: IndustryTerm[];
  /** The area's own industry (C), when it names one. */
  area?: IndustryTerm;
  /** The kind of area: 产业集群, 产业带, 产业区…. */
  head: string;
}

/** Strong cues: an enumeration after one lists like things, so an item's siblings share its kind. */
const STRONG_CUE_LENGTH = 4;
/**
 * What a list of known industries may close with: projects, growth points, engines, fields and
 * directions, trades (not their firms). Group: the head.
 */
const GROWTH_LIST_END =
  /等((?:重点|重大)?项目|新?增长点|新?增长极|新?引擎|(?:前沿|重点)?(?:领域|方向)|(?:重点)?行业(?!企业))/gu;
/** (The same, for a test that keeps no position between calls.) */
const CLOSES_GROWTH_LIST = new RegExp(GROWTH_LIST_END.source, 'u');
/** Toward what (`向A、B等新赛道拓展`): a list's start. */
const TOWARD = /向/gu;

/** A clause's opening words selected as a cluster: `A、B入选国家级优势特色产业集群`. */
const SELECTED_AS_CLUSTER =
  /^([^，,；;。：:]{2,40}?)(入选|获批|获评|认定为)[^，,；;。]{0,16}?(?:产业集群|集群)/u;

/** The verb a park's becoming is read after: what it becomes is what is built. */
const BUILT_AS = '打造';

/** What a focusing verb names with an industry's head (生物医药|产业链), no 等 before it. */
const FOCUSED_OBJECT = /^([\u4e00-\u9fff、和及与]{2,24}?)(?:产业集群|产业链|产业)(?![园区基城带])/u;
/** A programme named for industries (`实施|A、B|产业集群|培育|行动`). */
const PROGRAMME_FOR =
  /实施([\u4e00-\u9fff、和]{2,20}?)(产业集群|产业链|产业)[\u4e00-\u9fff]{0,8}?(?:行动|工程|计划)/u;
/** A programme to grow what it names (`实施|研学旅游|提升计划`): the words, then how it grows them. */
const PROGRAMME_TO_GROW =
  /实施(?:新一轮)?([\u4e00-\u9fff]{2,12}?)(?:提升|提质|扩容|振兴|培育|发展|壮大|强基|倍增|升级|高质量发展)[\u4e00-\u9fff]{0,6}?(?:行动|工程|计划)/u;
/** Firms or projects a clause brings in, of the industries named before them (`引进|A、B|企业`). */
const FIRMS_ATTRACTED = /(引进|招引|引育)(?:一批|更多)?([\u4e00-\u9fff、和]{2,24}?)(?:龙头)?(?:企业|项目)/u;
/** A role given to a focused object before its head (`新能源汽车主导|产业`). */
const FOCUSED_ROLE = /(?:主导|首位|支柱|特色|优势|重点|核心)$/u;
/** Where a clause's part ends (a shared global pattern: set lastIndex before exec). */
const CLAUSE_END = /[，,；;。]/gu;
/** The head of an industry's chain or cluster, right after its name: what is done to it is done to the industry. */
const CHAIN_HEAD = /^全?(?:产业链|产业集群)/u;
/** That head ending a name (`生物医药全产业链`). */
const CHAIN_ENDING = /全?(?:产业链|产业集群)$/u;
/** The longest known name read as a promoted object without a head. */
const MAX_KNOWN_PROMOTED = 8;
/** An object that is a list closed by 等 and at most its kind (`红色旅游、乡村旅游等`, `…等业态`). */
const CLOSED_LIST = /、[^、]*等[\u4e00-\u9fff]{0,4}\s*$/u;
/** A list's close, its kind and the kind's development: `等新业态|健康发展`. */
const LIST_CLOSED_DEVELOPED = /^等[\u4e00-\u9fff]{0,8}?(?:加快|加速|健康|融合|创新|高质量|规范|有序)?发展/u;

export class IndustryTermReader {
  private readonly cue: RegExp;
  private readonly listEnd: RegExp;
  private readonly headedList: RegExp;
  private readonly notIndustries: Set<string>;
  /** Verbs that curb what follows them in a clause (打击, 淘汰). */
  private readonly curb: RegExp;
  private readonly stopWord: RegExp;
  private readonly withParts: RegExp;
  private readonly leading: RegExp;
  private readonly groups: Set<string>;
  private readonly qualifiers: Set<string>;
  private readonly qualifierEnding: RegExp;
  /** Words that are qualifiers only (优质高效). */
  private readonly qualifiersOnly: RegExp;
  private readonly handsToOpening: RegExp;
  private readonly handsTo: RegExp;
  private readonly groundsOpening: RegExp;
  private readonly subjectPredicate: RegExp;
  private readonly promoting: RegExp;
  private readonly promoteVerb: RegExp;
  /** What follows a promoted industry: its development, within a few words of manner. */
  private readonly promotedTail: RegExp;
  /** Any verb that makes a clause a task rather than a statement about its subject. */
  private readonly acting: RegExp;
  private readonly promoted: RegExp;
  /** A promoting verb, then firms of an industry and their development (加快X企业发展). */
  private readonly firmsPromoted: RegExp;
  private readonly grade: RegExp;
  /** Any head an industry's name ends with (产业, 服务业, 旅游…). */
  private readonly headEnding: RegExp;
  private readonly focus: RegExp;
  /** The first characters of every name the lexicon or the taxonomy knows. */
  private readonly knownInitials: Set<string>;
  /** A part that completes the item before it (器材 of 电器机械及器材). */
  private readonly dependentPart: RegExp;
  /** A name ending with a product's head (传统加工, 高端装备). */
  private readonly productAtEnd: RegExp;

  constructor(
    private readonly grammar: IndustryGrammar,
    private readonly lexicon: IndustryLexicon,
    /** Names and aliases of a published taxonomy, each with its concept's name (data/taxonomy). */
    private readonly taxonomy: ReadonlyMap<string, string> = new Map(),
  ) {
    this.cue = new RegExp(`(${alternation(grammar.cues)})`, 'gu');
    // `…等产业`, `…等生产性服务业`, a product's kind (`红色旅游、乡村旅游等特色旅游`), and new
    // formats of business (`电竞潮玩、微短剧等新业态`, `…等新业态新模式`).
    this.listEnd = new RegExp(
      `等${COUNT}([\\u4e00-\\u9fff]{0,10}?(?:${alternation([...grammar.heads, ...grammar.productHeads, '业态'])})(?:和?新模式)?)$`,
      'u',
    );
    // Within a clause, an enumeration's end names industries only with an industry head (not 等领域).
    // (经济社会 is the economy and society: no head.)
    this.headedList = new RegExp(
      // (Or a count without 等: `A、B、C三大主导产业`, `A、B、C4个集群`.)
      `(?:等${COUNT}|[一二两三四五六七八九十\\d]+[大个])([\\u4e00-\\u9fff]{0,8}?(?:产业集群|产业链|产业|集群|经济(?!社会)|服务业|制造业|文化业态|赛道))`,
      'gu',
    );
    this.notIndustries = new Set(grammar.notIndustries);
    this.dependentPart = new RegExp(`^(?:${alternation(grammar.dependentParts)})$`, 'u');
    this.withParts = new RegExp(`^(.{2,}?)(?:及|和|与)(?:${alternation(grammar.dependentParts)})$`, 'u');
    this.productAtEnd = new RegExp(`(?:${alternation(grammar.productHeads)})$`, 'u');
    this.knownInitials = new Set([...lexicon.surfaces(), ...taxonomy.keys()].map((name) => name.charAt(0)));
    this.curb = new RegExp(alternation(grammar.curbVerbs), 'u');
    // A stop word inside a longer word stops nothing: 电机制造 holds 机制 (a mechanism) by chance.
    this.stopWord = new RegExp(
      `(?:${alternation(grammar.itemStopWords)})(?!(?<=机制)造)|(?:${alternation(grammar.itemEndWords)})$`,
      'u',
    );
    // (Not a word that makes a kind of the next: 服务|型制造, 服务|贸易, 服务|外包; nor 在 of 在线.)
    this.leading = new RegExp(`^(?:${alternation(grammar.leadingWords)})+(?!型|贸易|外包|(?<=在)线)`, 'u');
    this.groups = new Set(grammar.groups);
    this.qualifiers = new Set(grammar.qualifiers);
    this.qualifierEnding = new RegExp(`(?:${alternation(grammar.qualifiers)})$`, 'u');
    // A grade goes before two characters (优质|柑桔); a loose qualifier only before a longer name
    // (特色|生物基材料), as 特色农业 and 绿色食品 are names of their own.
    this.grade = new RegExp(
      `^(?:(?:${alternation(grammar.gradeWords)})+(?=[\\u4e00-\\u9fff]{2})|(?:${alternation(grammar.looseQualifiers)})(?=[\\u4e00-\\u9fff]{4}))`,
      'u',
    );
    this.headEnding = new RegExp(`(?:${alternation([...grammar.heads, ...grammar.productHeads])})$`, 'u');
    this.focus = new RegExp(alternation(grammar.focusVerbs), 'gu');
    this.qualifiersOnly = new RegExp(`^(?:${alternation(grammar.qualifiers)})+$`, 'u');
    this.handsToOpening = new RegExp(`^(?:${alternation(grammar.handsTo)})`, 'u');
    this.groundsOpening = new RegExp(`^(?:${alternation(grammar.groundWords)})`, 'u');
    // (To one place or a list of them: 推动黄石、鄂州发展….)
    this.handsTo = new RegExp(
      `${this.handsToOpening.source}[\\u4e00-\\u9fff]{2,8}(?:、[\\u4e00-\\u9fff]{2,8})*$`,
      'u',
    );
    this.subjectPredicate = new RegExp(alternation(grammar.subjectPredicates), 'u');
    this.promoteVerb = new RegExp(alternation(grammar.promoteVerbs), 'gu');
    this.promotedTail = new RegExp(
      // (Two manners joined may come first: 平台经济|创新和健康发展.)
      `^(?![\\u4e00-\\u9fff]{0,2}事业)(?:[\\u4e00-\\u9fff]{1,3}[和与])?[\\u4e00-\\u9fff]{0,3}?(?:发展|${alternation(grammar.subjectPredicates)})`,
      'u',
    );
    this.firmsPromoted = new RegExp(
      `(${alternation(grammar.promoteVerbs)})([^，,；;。]{2,40}?)(?:龙头|骨干|领军)?企业(?:加快|加速)?(?:发展|做大做强|做大做优|做优做强|集聚发展)`,
      'gu',
    );
    // (The same verbs, for a test that keeps no position between calls.)
    this.promoting = new RegExp(this.promoteVerb.source, 'u');
    this.acting = new RegExp(
      alternation([...grammar.cues, ...grammar.promoteVerbs, ...grammar.focusVerbs, ...grammar.handsTo]),
      'u',
    );
    // `推动中医药产业高质量发展`, `推动生产性服务业向专业化延伸`, `推动餐饮住宿业提档升级`: the
    // object, then a few words of manner and 发展, where it goes (向…), or what it does.
    this.promoted = new RegExp(
      `(${alternation(grammar.promoteVerbs)})([^，,；;。]{2,30}?${PROMOTED_HEAD})(?:${MANNERS}[\\u4e00-\\u9fff]{0,10}?发展|向|${alternation(grammar.subjectPredicates)})`,
      'gu',
    );
  }

  /**
   * Whether two pieces a conjunction joins are one item: the second completes the first
   * (电器机械及器材), the first qualifies the second's head (新能源与智能网联汽车: 新能源汽车), or
   * the whole is a name a vocabulary knows (科技推广和应用服务业).
   */
  private readonly keepsTogether = (first: string, second: string, joined: string): boolean => {
    // (A name a vocabulary knows with its conjunction: 科技推广和应用服务业.)
    if (this.dependentPart.test(second) || this.knows(joined)) return true;
    // (A qualifier of three characters or more: 智能制造 after 电子信息和 is an industry of its own.)
    for (let cut = 3; cut <= second.length - 2; cut += 1) {
      if (this.knows(first + second.slice(cut))) return true;
    }
    return false;
  };

  /** Whether a term says it is an industry: a name a vocabulary knows, or one with an industry's head. */
  private readonly saysIndustry = (term: IndustryTerm): boolean => this.namesAnIndustry(term.surface);

  /** Whether a name says it is an industry: one a vocabulary knows, or one with an industry's head. */
  namesAnIndustry(name: string): boolean {
    return this.knows(name) || this.endsWithHead(name);
  }

  /** Whether a text closes with a count of parks (`建设10个省级`): what follows is a kind of park, no park's name. */
  countsParksBefore(text: string): boolean {
    return COUNT_OF_PARKS_CLOSING.test(text);
  }

  /** Whether words end with what an industry makes (地质装备, 户外用品 does not). */
  endsWithProduct(words: string): boolean {
    return this.productHeadOf(words) !== undefined;
  }

  /** The product a head names (材料 of 新材料产业), if it ends with one. */
  private productHeadOf(head: string): string | undefined {
    const words = head.replace(INDUSTRY_ENDING, '');
    return this.grammar.productHeads
      .filter((product) => words.endsWith(product))
      .sort((a, b) => b.length - a.length)[0];
  }

  /**
   * The longest end of words the vocabularies know as an industry (五省边区文化创意 → 文化创意),
   * of at most `longest` characters.
   */
  knownTail(words: string, longest = words.length): string | undefined {
    for (let cut = Math.max(0, words.length - longest); cut <= words.length - 2; cut += 1) {
      if (this.knows(words.slice(cut))) return words.slice(cut);
    }
    return undefined;
  }

  /** The longest opening of words a vocabulary knows by name (机器人|企业120家), of at most MAX_KNOWN_PROMOTED characters. */
  private knownOpening(words: string): string | undefined {
    for (let length = Math.min(words.length, MAX_KNOWN_PROMOTED); length >= 2; length -= 1)
      if (this.knownName(words.slice(0, length))) return words.slice(0, length);
    return undefined;
  }

  /** Whether a text opens with what is measured of or said of an industry (营业收入, 做大做强…). */
  private measuredAt(text: string): boolean {
    return this.subjectPredicate.exec(text)?.index === 0;
  }

  /** Whether a text opens with a verb that promotes (推动, 加快…). */
  private promotesAt(text: string): boolean {
    return this.promoting.exec(text)?.index === 0;
  }

  /** Whether the lexicon or the taxonomy knows a phrase as an industry (量子通信, 新能源汽车产业). */
  knows(phrase: string): boolean {
    if (this.notIndustries.has(phrase)) return false;
    const core = phrase.replace(INDUSTRY_ENDING, '');
    return [phrase, core].some(
      (form) => this.lexicon.canonical(form) !== undefined || this.taxonomy.has(form),
    );
  }

  /**
   * The industries a clause (text between commas) develops, left to right. `isSubject`: whether
   * the words before a cue name who develops (a region, a park: 零陵重点发展…).
   */
  read(written: string, isSubject: (words: string) => boolean = () => false): IndustryTerm[] {
    // `打造“首店经济”“首发经济”`: quoted items side by side are a list (read as 、, offsets kept).
    const clause = written.includes('”“') ? written.replace(/”“/gu, '、“') : written;
    const found: IndustryTerm[] = [];
    const cues = allMatches(this.cue, clause);
    for (const [index, cue] of cues.entries()) {
      if (!this.standsAsVerb(clause, cue.index, cue[0]) && !isSubject(clause.slice(0, cue.index).trim()))
        continue;
      const objectStart = cue.index + cue[0].length;
      // The object ends where the next cue begins (做强A、培育B) or with the clause.
      const object = clause.slice(objectStart, cues[index + 1]?.index);
      if (this.grammar.listCues.includes(cue[0]) && !CLOSED_LIST.test(object)) continue;
      for (const term of this.enumeration(object, cue[1] ?? cue[0])) {
        found.push(shifted(term, objectStart));
      }
    }
    found.push(
      ...this.headedLists(clause),
      ...this.countedFields(clause),
      ...this.subject(clause),
      ...this.promotedObjects(clause),
      ...this.promotedKnown(clause),
      ...this.knownLists(clause),
      ...this.focusedIndustries(clause),
      ...this.selectedClusters(clause),
      ...this.firmsOfIndustries(clause),
      ...this.firmsAttracted(clause),
      ...this.programmeFor(clause),
      ...this.ledAreas(clause),
      ...this.industryBases(clause),
      ...this.roleFramed(clause),
    );
    return dedupe(found).filter((term) => !this.curbed(clause, term));
  }

  /**
   * Whether a verb that curbs (打击, 淘汰) stands before a term in its clause, or in it:
   * `大力打击网络刷单炒信等黑色产业链`.
   */
  private curbed(text: string, term: IndustryTerm): boolean {
    const clauseStart = Math.max(...[...'，,；;。：:'].map((mark) => text.lastIndexOf(mark, term.start - 1)));
    return this.curb.test(text.slice(clauseStart + 1, term.start)) || this.curb.test(term.surface);
  }

  /**
   * The items of a text known to list industries (`A、B和C` of `以A、B和C为主导产业`), each
   * cleaned of qualifiers; lexicon names where the lexicon knows them.
   */
  listed(text: string, cue: string): IndustryTerm[] {
    const terms: IndustryTerm[] = [];
    for (const item of this.shareTails(splitItems(text.replace(/等$/u, ''), this.keepsTogether))) {
      const surface = this.clean(item.text);
      if (!surface) continue;
      const start = item.start + Math.max(0, item.text.indexOf(surface));
      const canonical = this.lexicon.canonical(surface) ?? this.canonical(surface);
      terms.push({ surface, canonical, cue, start, end: start + surface.length });
    }
    return terms;
  }

  /**
   * Enumerations that say they list industries, cue or not: `先进装备、电子信息、新能源汽车等7大产业
   * 集群对工业贡献率超过70%`, `加快现代装备、新材料等新兴产业集群发展`. The list runs back from 等 to
   * the clause's start or the last cue before it.
   */
  private headedLists(clause: string): IndustryTerm[] {
    const terms: IndustryTerm[] = [];
    // (Every such list closes with 等 or a count of 大: most clauses hold neither.)
    if (!/[等大个]/u.test(clause)) return terms;
    for (const end of allMatches(this.headedList, clause)) {
      const head = end[1] ?? '';
      // `集旅游、医疗、养生等于一体的康养产业`: what one industry brings together, not industries;
      // `支持泰州等地大健康产业`: places; `通过投资、入股等方式进入…产业`: ways, not industries;
      // `支持超聚变、许继等领军企业提升产业…`: enterprises (or institutes: 等新型研发机构).
      if (
        /^(?:[为于]一体|地|城市|市|县|省|方式|形式|途径|手段|渠道|措施|方面|环节|要素)|企业|机构|院所|[及与和向在]|(?<!为主|为重点|为核心)的/u.test(
          head,
        )
      )
        continue;
      // `交通出行、旅游住宿等领域打造一批共享经济平台`: the sentence goes on past the list (a verb
      // stands between 等 and the head); the items are fields, not industries.
      if (head.slice(0, -2).search(this.cue) >= 0) continue;
      // `“沪洽周”“湘投会”等招商平台开展产业链招商`: platforms the clause acts through, not industries.
      // (平台经济 is an industry: the platform is its own name there.)
      if (
        /平台(?!$)|开展|进行|实施|利用/u.test(
          head.replace(/(?:产业集群|产业链|产业|集群|经济|服务业|制造业)$/u, ''),
        )
      )
        continue;
      // `…等六大传统村落集群`: a cluster of other things; a cluster of industries says so (产业集群,
      // 先进制造业集群).
      // (A bare 集群 is of what its items are: industries when half of them say they are.)
      const bareCluster = head === '集群';
      if (
        !bareCluster &&
        !/产业/u.test(head) &&
        /集群$/u.test(head) &&
        !this.namesIndustries(head.replace(/集群$/u, ''))
      )
        continue;
      // `许港、郑焦等产业带`, `…等产业园`: the head goes on into a place, and the items are places.
      // (`…小商品城等一批重大产业项目`, `…研究院等一批农业产业研究院`: works, named by what they
      // serve: a list before 等…项目 is mostly one of works.)
      const after = clause.slice(end.index + end[0].length);
      // (`…等全产业链技术`: techniques, named by the chain they serve.)
      if (/^(?:带|园|区|基地|城|项目|工程|研究院|平台|中心|空间|载体|楼宇|社区|技术|工艺)/u.test(after))
        continue;
      // `大隆农业、宇昌生物等产业链龙头企业`: the head goes on into enterprises.
      if (/^(?:上下游)?(?:的)?(?:龙头|骨干|领军|重点|链主|规上|规模以上)?(?:企业|主体)/u.test(after))
        continue;
      const before = clause.slice(0, end.index);
      // `对居民、租赁和商务…等重点服务业领域开展摸底`: what a clause acts upon (对…) is no
      // industry it develops.
      if (ACTED_UPON.test(before) && before.search(this.cue) < 0) continue;
      const lastCue = lastMatch(this.cue, before);
      // (Or to the verb that focuses on it: 围绕A、B、C三大主导产业; or to where something goes:
      // 引导民间投资向A、B等新赛道拓展.)
      const listStart = Math.max(
        endOf(lastCue),
        endOf(lastMatch(this.focus, before)),
        endOf(lastMatch(TOWARD, before)),
        // (Or to a verb that opens a counted list without developing it: 新增A、B两个…集群.)
        endOf(lastMatch(OPENS_COUNTED_LIST, before)),
      );
      // A count without 等 closes a list only after two items or more, and ends the phrase
      // (…三大产业新业态 goes on to other things), or the next verb begins (…两大产业推动数字化改造).
      if (
        !end[0].startsWith('等') &&
        (!/[、和及与]/u.test(before.slice(listStart)) ||
          !(
            // (…4个集群获评国家先进制造业集群: what the list is recognised as; …三大产业对经济增长
            // 贡献超五成: what it gives.)
            /^(?:$|[^\u4e00-\u9fff]|发展|建设|集群|获评|入选|获批|列入|对[\u4e00-\u9fff]{0,8}贡献)/u.test(
              after,
            ) ||
            this.promotesAt(after) ||
            this.measuredAt(after)
          ))
      )
        continue;
      const cue = lastCue?.[1] ?? (end[0].startsWith('等') ? `等${head}` : head);
      const whole = this.listHead(head, end.index + end[0].length - head.length, cue);
      if (whole) terms.push(whole);
      const group =
        whole?.canonical ?? (this.groups.has(head) && !this.notIndustries.has(head) ? head : undefined);
      const listed = this.listed(before.slice(listStart), cue);
      // `超硬、超轻、超薄等新材料产业`, `农工、农文、农旅等特色产业`: items of two characters none
      // of which names an industry qualify the head: each is a kind of the head's product
      // (超硬材料), or, without one, names none.
      const qualifying =
        listed.length >= 2 && listed.every((term) => term.surface.length <= 2 && !this.knows(term.surface));
      const product = qualifying ? this.productHeadOf(head) : undefined;
      if (qualifying && !product) continue;
      if (bareCluster && listed.filter(this.saysIndustry).length * 2 < listed.length) continue;
      for (const term of listed) {
        const surface = product ? term.surface + product : term.surface;
        terms.push({
          ...shifted(term, listStart),
          surface,
          canonical: product ? this.canonical(surface) : term.canonical,
          ...(group ? { group } : {}),
        });
      }
    }
    return terms;
  }

  /**
   * A list a count of fields closes (`突出A、B、C三大重点方向`, `围绕A、B和C三大方向发力`), run
   * back to the verb that focuses on it. The count must match the items (和 may join the last
   * two) and one item must say it is an industry: fields of another kind (智能化、绿色化) do not.
   */
  private countedFields(clause: string): IndustryTerm[] {
    const terms: IndustryTerm[] = [];
    if (!clause.includes('大')) return terms;
    for (const counted of allMatches(COUNTED_FIELDS, clause)) {
      const before = clause.slice(0, counted.index);
      const listStart = endOf(lastMatch(this.focus, before));
      const parts = before.slice(listStart).split('、');
      const count = parseChineseNumber(counted[1] ?? '');
      const joinedLast = /和|及|与/u.test(parts.at(-1) ?? '');
      if (parts.length !== count && !(parts.length === count - 1 && joinedLast)) continue;
      const items = this.listed(before.slice(listStart), counted[0]);
      if (!items.some((item) => this.knows(item.surface) || this.endsWithHead(item.surface))) continue;
      for (const item of items) terms.push(shifted(item, listStart));
    }
    return terms;
  }

  /**
   * `第三方、第四方物流`, `国内、国际物流`: an item written like the next one's opening (as long,
   * the same first or last character) shares the head the next one goes on with, when the item
   * names no industry alone.
   */
  private parallelTail(item: string, next: string): string | undefined {
    if (item.length < 2 || item.length > 4 || next.length < item.length + 2) return undefined;
    if (this.knows(item) || this.endsWithHead(item)) return undefined;
    const opening = next.slice(0, item.length);
    if (opening === item || (opening[0] !== item[0] && opening.at(-1) !== item.at(-1))) return undefined;
    const tail = next.slice(item.length);
    const shareable =
      this.knows(tail) || [...this.grammar.heads, ...this.grammar.productHeads].includes(tail);
    return shareable ? tail : undefined;
  }

  /**
   * Items of one character share the industry the next longer item ends with: `磷、煤、氟化工` are
   * 磷化工, 煤化工 and 氟化工; `钨、稀土新材料` 钨新材料 and 稀土新材料. The tail is the longest a
   * vocabulary knows (or a product's head: 材料), shorter than that item.
   */
  private shareTails(items: { text: string; start: number }[]): { text: string; start: number }[] {
    return items.map((item, index) => {
      const parallel = this.parallelTail(item.text.trim(), items[index + 1]?.text.trim() ?? '');
      if (parallel) return { text: item.text.trim() + parallel, start: item.start };
      if (!/^[\u4e00-\u9fff]$/u.test(item.text.trim())) return item;
      const longer = items
        .slice(index + 1)
        .find((next) => next.text.trim().length >= 3)
        ?.text.trim();
      if (!longer) return item;
      for (let cut = 1; cut <= longer.length - 2; cut += 1) {
        const tail = longer.slice(cut);
        if (this.knows(tail) || this.grammar.productHeads.includes(tail))
          return { text: item.text.trim() + tail, start: item.start };
      }
      return item;
    });
  }

  /**
   * The head of a list when it names an industry of its own (`法律、仲裁等专业服务业`, `红色旅游、
   * 古镇旅游等特色旅游`): the whole its items are parts of. Not a bare head (产业) nor a word of
   * notIndustries (特色产业).
   */
  private listHead(head: string, start: number, cue: string): IndustryTerm | undefined {
    // A short name, nothing of the sentence in it (一批…, …和…, …在…).
    if (!/^[\u4e00-\u9fff]{3,7}$/u.test(head) || /[和与及在的批]/u.test(head)) return undefined;
    const surface = this.clean(head);
    if (!surface || surface !== head || this.notIndustries.has(surface)) return undefined;
    if (!this.knows(surface) && !this.endsWithHead(surface)) return undefined;
    // `…等特色经济`, `…等多元化服务业`: a qualifier before a head names no industry of its own;
    // nor does a head of two characters no vocabulary knows (…等装备产业, …等行业产业).
    const core = surface.replace(this.headEnding, '');
    if (
      core.length < 2 ||
      this.qualifiersOnly.test(core) ||
      /^(?:多元化|重大|新兴|前沿性?|基础)|行业/u.test(core)
    )
      return undefined;
    const canonical = this.canonical(surface);
    if (canonical.length < 3 && !this.knows(surface)) return undefined;
    return { surface, canonical, cue, start, end: start + surface.length };
  }

  /**
   * An industry as the clause's subject, before what it does or what is measured of it:
   * `现代能源产业做大做强`, `纺织产业增加值增长15%左右`, `数字经济规模达2.5万亿元` (a known name).
   */
  private subject(clause: string): IndustryTerm[] {
    const predicate = this.subjectPredicate.exec(clause);
    // `办好文旅产业高质量发展大会`: a predicate that goes on into a noun qualifies it.
    const qualifies =
      predicate && PREDICATE_AS_QUALIFIER.test(clause.slice(predicate.index + predicate[0].length));
    const listed =
      predicate && predicate.index >= 2 && !qualifies
        ? this.subjectBefore(clause, predicate.index, predicate[0])
        : [];
    // `推动文化旅游业提档升级、健康服务业加速壮大、商贸服务业转型增效`: pairs of subject and
    // predicate in a list, each read as the first.
    for (
      let at = predicate ? predicate.index + predicate[0].length : 0;
      listed.length > 0 && clause[at] === '、';
    ) {
      const rest = clause.slice(at + 1);
      const next = this.subjectPredicate.exec(rest);
      const terms = next && next.index >= 2 ? this.subjectBefore(rest, next.index, next[0]) : [];
      if (!next || terms.length === 0) break;
      listed.push(...terms.map((term) => shifted(term, at + 1)));
      at += 1 + next.index + next[0].length;
    }
    if (listed.length > 0 || !clause.includes('、')) return listed;
    const measured = this.measuredList(clause);
    if (measured.length > 0) return measured;
    // `磷、煤、氟化工产业深度耦合`: an enumeration of industries (产业, 产业链) opening the clause is
    // its subject, whatever the clause goes on to say.
    const opening = INDUSTRY_OPENING.exec(clause);
    // Only an enumeration: a single opening word before 产业 is as often a verb (优化产业布局).
    if (
      !opening?.[0].includes('、') ||
      /等|全产业|^从|[^\u4e00-\u9fff、]|[一二两三四五六七八九十][大类个项]/u.test(opening[0])
    )
      return [];
    if (this.acting.test(opening[0])) return [];
    // …and one whose every item before the last is an industry too (or one character of one
    // sharing the last item's tail: 磷、煤、氟化工), not 文化优势、生态优势转化为产业优势.
    const items = opening[0].replace(this.leading, '').split('、').slice(0, -1);
    if (!items.every((item) => item.length === 1 || this.knows(item) || this.endsWithHead(item))) return [];
    return this.subjectBefore(clause, opening[0].length, '产业');
  }

  /**
   * `船舶、电子专用材料、航空航天行业增加值分别增长…`, `海洋电力、海洋旅游增速保持在10%以上`: a list
   * opening a clause whose growth or output is measured is a list of industries, when half its
   * items or more say they are one.
   */
  private measuredList(clause: string): IndustryTerm[] {
    // (Most clauses measure nothing: the pattern is tried only where a measure stands.)
    if (!MEASURE.test(clause)) return [];
    const measured = MEASURED_LIST.exec(clause);
    if (!measured?.[1] || this.acting.test(measured[1])) return [];
    const listed = this.listed(measured[1].replace(/(?:行业|产业)$/u, ''), measured[2] ?? '');
    const saying = listed.filter(this.saysIndustry);
    return listed.length >= 2 && saying.length * 2 >= listed.length ? listed : [];
  }

  /** The industries the words of a clause before `end` name as its subject. */
  private subjectBefore(clause: string, end: number, cue: string): IndustryTerm[] {
    const words = clause.slice(0, end);
    const opening = words.replace(/^[“"「\s]+/u, '').replace(this.leading, '');
    const start = words.length - opening.length;
    // A cue inside the words makes them a task (打造…产业集群), read as such; a subject is short.
    this.cue.lastIndex = 0;
    if (opening.length > (opening.includes('、') ? 32 : 16) || this.cue.test(opening)) return [];
    // A subject says it is an industry by its head (not by 经济 or 工业 alone: 拉动经济, 万元工业…;
    // 工业 after a known name is a sector: 能源工业).
    const sector = /(?<=[\u4e00-\u9fff]{2})工业$/u.test(opening) && this.knows(opening.slice(0, -2));
    if (
      !SUBJECT_ENDING.test(opening) &&
      !sector &&
      !this.lexicon.canonical(opening) &&
      !this.taxonomy.has(opening)
    )
      return [];
    // (The sector is its known name's: 能源工业 is 能源.)
    return this.headedItems(sector ? opening.slice(0, -2) : opening, cue).map((term) => shifted(term, start));
  }

  /**
   * The items of a subject or promoted object that say they are industries: split on 、, each
   * ending with a head or known (磷、煤、氟化工产业 → 氟化工); of `A和B产业` only B, as 和 may join
   * unlike things (文化事业和文化产业, 结构调整和产业转型升级).
   */
  private headedItems(written: string, cue: string): IndustryTerm[] {
    const terms: IndustryTerm[] = [];
    // `A、B、C三大先导产业`: the count and its qualifier close the list; the last item is C产业.
    const counted = /[一二三四五六七八九十\d]+大[\u4e00-\u9fff]{0,4}?(产业集群|产业链|产业|集群)$/u.exec(
      written,
    );
    const text =
      counted && written.includes('、') ? written.slice(0, counted.index) + (counted[1] ?? '') : written;
    const pieces = text.split('、');
    const shared = this.shareTails(pieces.map((piece) => ({ text: piece, start: 0 })));
    let offset = 0;
    for (const [index, piece] of pieces.entries()) {
      // (A name a vocabulary knows keeps its 和: 软件和信息服务业.)
      const conjunct = this.knows(this.clean(piece) ?? '') ? null : /^.*(?:以及|和|及|与)/u.exec(piece);
      const item = conjunct ? piece.slice(conjunct[0].length) : (shared[index]?.text ?? piece);
      const at = offset + (conjunct?.[0].length ?? 0);
      offset += piece.length + 1;
      const surface = this.clean(item);
      // Items of a counted list share its head (光学元件、智能传感三大产业): each is one.
      if (!surface || !(counted || this.knows(surface) || this.endsWithHead(surface))) continue;
      const start = at + item.indexOf(surface);
      terms.push({ surface, canonical: this.canonical(surface), cue, start, end: start + surface.length });
    }
    return terms;
  }

  /**
   * The industries a paragraph is about when it opens with their name as its label: `森工。按照…`,
   * `——水果产业。加速形成…`, `（三）文化旅游业：…`, `生物科技及生物医药产业。…` (two, sharing the
   * head). `label`: the words before the first 。 or ：; `inIndustryFocus`: whether it stands in a 专栏
   * that sets out an industry's focus, where a label names an industry without a head too.
   */
  lead(label: string, inIndustryFocus = false): IndustryTerm[] {
    const text = label
      .replace(/^[\s—\-·•]*(?:[（(]?[一二三四五六七八九十\d]+[）).、．]\s*)?[—-]*/u, '')
      // 粗粮精深加工板块: a sector of an industry plan, named by its industry.
      .replace(/板块$/u, '');
    const whole = this.clean(text);
    // (Where the 专栏 sets out an industry's focus, a label names an industry without a head: 矿冶.)
    if (!whole || !(inIndustryFocus || this.knows(whole) || this.endsWithHead(whole))) return [];
    // A label that is a task (全面发展乡村旅游) is read as one, by read().
    this.cue.lastIndex = 0;
    if (this.cue.test(whole)) return [];
    const head = INDUSTRY_ENDING.exec(whole)?.[0] ?? '';
    // Two industries sharing one head (光学元件及工业软件产业), unless a piece names none alone
    // (居民和家庭服务业 is one industry).
    const split = whole.split(/、|及|和|与/u);
    const each = split.every(
      (piece, index) =>
        piece.length >= 2 &&
        (index === split.length - 1 || this.knows(piece) || this.endsWithHead(`${piece}${head}`)),
    );
    // (A focus named without a head, its pieces joined by 及/和, is one: 新型电子元器件及电子材料.)
    // (Not pieces each a name a vocabulary knows: 食品加工和文化旅游.)
    const oneFocus = head === '' && !whole.includes('、') && !split.every((piece) => this.knows(piece));
    const pieces = this.knows(whole) || !each || oneFocus ? [whole] : split;
    return pieces.flatMap((piece, index) => {
      const surface = index < pieces.length - 1 && !this.knows(piece) ? `${piece}${head}` : piece;
      const start = label.indexOf(piece);
      return piece.length >= 2
        ? [{ surface, canonical: this.canonical(surface), cue: '专题', start, end: start + piece.length }]
        : [];
    });
  }

  /**
   * Industries a clause gives a role (`以商用车和新能源汽车为主导产业`, `把新能源汽车作为首位产业`,
   * `将生物医药列为支柱产业`), the role as cue.
   */
  private roleFramed(clause: string): IndustryTerm[] {
    const terms: IndustryTerm[] = [];
    // Examples of a group are industries of it, one of them at least by name or head.
    if (clause.includes('为代表') || clause.includes('在内'))
      for (const match of allMatches(EXEMPLIFIED, clause)) {
        const written = match[1] ?? match[2] ?? '';
        const at = match.index + match[0].indexOf(written);
        const listed = this.listed(written, match[1] ? '为代表' : '在内');
        if (!listed.some((term) => this.saysIndustry(term) || this.knows(term.canonical))) continue;
        for (const term of listed) terms.push(shifted(term, at));
      }
    // (A role without its head closes a clause: `以纺织服装为主导，…`.)
    if (!/产业|主攻|为(?:主导|首位|支柱)$/u.test(clause)) return terms;
    for (const match of allMatches(ROLE_FRAME, clause)) {
      const at = match.index + (match[1] ?? '').length;
      const listed = this.listed(match[2] ?? '', match[3] ?? '');
      // One item at least must say it is an industry (firms or places given a role name none).
      if (!listed.some((term) => this.saysIndustry(term) || this.knows(term.canonical))) continue;
      for (const term of listed) terms.push(shifted(term, at));
    }
    return terms;
  }

  /**
   * A name of goods or a trade no vocabulary knows (菱镁 of 世界级菱镁产业基地, 航空): not a task
   * (科技创新), a quality (外向型, 标准化, 新质生产力, 高新技术) or a part of the country (西部创意).
   */
  namesGoods(name: string): boolean {
    return (
      name.length >= 2 &&
      name.length <= 8 &&
      !this.acting.test(name) &&
      !/创新|科技|研发|孵化|转化|创意|高新|[化型性式制力术]$|^(?:[东西南北中]部|省|市|县|集)/u.test(name)
    );
  }

  /**
   * `建设新能源汽车产业基地`, `打造国家级生物医药产业集聚区`: the industry a base of it is built
   * for (any verb of building: 建设 is no cue of its own). Each item of a list before 产业 too.
   */
  private industryBases(clause: string): IndustryTerm[] {
    const terms: IndustryTerm[] = [];
    const making = clause.includes('制造');
    const gathers = GATHERING_WORDS.test(clause);
    if (!clause.includes('产业') && !making && !gathers) return terms;
    // Each kind of base with what its words must be. (Parks of an industry counted are looked for
    // only where a 产业园 stands.)
    const kinds: { patterns: RegExp[]; admits: (written: string) => boolean }[] = [
      {
        patterns: [
          INDUSTRY_BASE,
          ...(clause.includes('建设') ? [BASE_BEING_BUILT] : []),
          ...(clause.includes('产业园') ? COUNTED_INDUSTRY_PARKS : []),
        ],
        admits: () => true,
      },
      {
        patterns: making ? [MANUFACTURING_BASE] : [],
        admits: (written) => this.endsWithProduct(written) || this.knownTail(written) !== undefined,
      },
      // (A zone of 产业 is INDUSTRY_BASE's; one of something else only for a known industry.)
      {
        patterns: gathers ? [GATHERING_BASE] : [],
        admits: (written) => !/产业$|制造$/u.test(written) && this.knownTail(written) !== undefined,
      },
    ];
    for (const { patterns, admits } of kinds) {
      for (const base of patterns.flatMap((pattern) => allMatches(pattern, clause))) {
        terms.push(...this.baseIndustries(base, admits));
      }
    }
    return terms;
  }

  /** The industries a base matched by a pattern of industryBases is built for, if its words admit it. */
  private baseIndustries(base: RegExpExecArray, admits: (written: string) => boolean): IndustryTerm[] {
    const verb = base[1] ?? '';
    // (What the base is to be, 全国重要的, is no part of the industry.)
    const standing = STANDING.exec(base[2] ?? '')?.[0].length ?? 0;
    const written = (base[2] ?? '').slice(standing);
    if (!admits(written)) return [];
    // (A count or a level may stand between the verb and the words.)
    const start = base.index + base[0].indexOf(base[2] ?? '', verb.length) + standing;
    // Only industries the vocabularies know: a base is also built for a kind of thing (科技创新
    // 产业基地); one named with its place is for the known name its words end with
    // (五省边区|生物医药产业基地).
    return this.listed(written, verb).flatMap((term) => {
      const known =
        this.knownTail(term.surface) ?? (this.namesGoods(term.surface) ? term.surface : undefined);
      if (!known) return [];
      const at = term.start + start + term.surface.length - known.length;
      return [
        { ...term, surface: known, canonical: this.canonical(known), start: at, end: at + known.length },
      ];
    });
  }

  /**
   * An area's industry and the industries that lead it: `打造以纺织、机械制造为主导的产业集群`,
   * `发展原材料化工、生物化工为主导的化工产业区` (化工 and its two leaders), `形成以智能终端产业为
   * 核心的…`. Leaders of other roles (为主) must say they are industries (known, or with a
   * head); products (`竹基材料等产品`) are not.
   */
  private ledAreas(clause: string): IndustryTerm[] {
    return [
      ...this.areasLed(clause).flatMap((led) => [...led.leaders, ...(led.area ? [led.area] : [])]),
      ...this.roleLed(clause),
    ];
  }

  /**
   * Industries a clause makes the core of what it describes by their role, with no area named
   * after them: `以优质稻、杂交制种、冰糖橙主导产业为核心`.
   */
  private roleLed(clause: string): IndustryTerm[] {
    if (!/为(?:核心|主导|重点|支撑|主体)/u.test(clause)) return [];
    const terms: IndustryTerm[] = [];
    for (const match of allMatches(ROLE_LED, clause)) {
      const [, written = '', role = '', cue = ''] = match;
      const at = match.index + 1;
      for (const term of this.listed(written.replace(/等$/u, ''), `${role}为${cue}`))
        terms.push(shifted(term, at));
    }
    return terms;
  }

  /**
   * Each area a clause says is led by something (`以A、B为主导的C产业集群`): the leaders as
   * written, those that are industries, and the area's own industry (C).
   */
  areasLed(clause: string): LedArea[] {
    const areas: LedArea[] = [];
    // (The role after 为 first: 为 alone stands in many other words, 成为, 作为.)
    if (!/为(?:主|核心|重点|支撑|引领)/u.test(clause)) return areas;
    for (const match of allMatches(LED_AREA, clause)) {
      const terms: IndustryTerm[] = [];
      const [written = '', writtenLeaders = '', role = '', area = '', head = ''] = match;
      // A sector is led only through 的 (以A为主的制造业); `以A为重点开展…制造业…` does something else.
      if (/业$/u.test(head) && !written.includes(`为${role}的`)) continue;
      // Without 以 (发展A、B为主导的…), the leaders follow the clause's last cue.
      const lastCue = written.startsWith('以') ? undefined : allMatches(this.cue, writtenLeaders).at(-1);
      const skipped = lastCue ? lastCue.index + lastCue[0].length : 0;
      const writtenList = writtenLeaders.slice(skipped);
      // `以A、B等先进制造和高新技术产业为主的制造业`: the items stop at 等; what follows names their kind.
      const leaders = writtenList.replace(/等[^等、]*$/u, '');
      const cue = role === '主' ? '主导' : role;
      const leadersAt = match.index + (written.startsWith('以') ? 1 : 0) + skipped;
      if (!/等产品$/u.test(writtenList))
        for (const term of this.listed(leaders, cue)) {
          // 主导 and 核心 say the leaders are industries; 为主 also follows other things (以政府投资为主).
          if (/主导|核心/u.test(role) || this.knows(term.surface) || this.endsWithHead(term.surface))
            terms.push(shifted(term, leadersAt));
        }
      // A sector's head is part of its name (生产性服务业); a cluster's is not (电子信息|产业集群).
      const named = /业$/u.test(head) ? area + head : area;
      const surface =
        area.length >= 2 && !/[的和与及]/u.test(area) && !NAMED_AREA.test(head)
          ? this.clean(named)
          : undefined;
      const start = match.index + written.length - head.length - area.length + named.indexOf(surface ?? '');
      areas.push({
        written: writtenList,
        leaders: terms,
        head,
        ...(surface
          ? { area: { surface, canonical: this.canonical(surface), cue, start, end: start + surface.length } }
          : {}),
      });
    }
    return areas;
  }

  /**
   * `加快农用机械、环保机械企业发展`, `支持天兵科技、天章卫星等商业航天企业做大做优`: the firms of an
   * industry promoted, so the industry (each item with a head, or the kind after 等).
   */
  private firmsOfIndustries(clause: string): IndustryTerm[] {
    const terms: IndustryTerm[] = [];
    if (!clause.includes('企业')) return terms;
    for (const match of allMatches(this.firmsPromoted, clause)) {
      const written = match[2] ?? '';
      // (After 等, the kind of the firms listed by name.)
      const kind = written.lastIndexOf('等');
      const object = kind >= 0 ? written.slice(kind + 1) : written;
      const at = match.index + (match[1] ?? '').length + (kind >= 0 ? kind + 1 : 0);
      for (const term of this.headedItems(object, match[1] ?? '')) {
        terms.push(shifted(term, at));
      }
    }
    return terms;
  }

  /**
   * `实施煤机智能制造产业集群培育行动`: the industries a programme is named for (its head right
   * before the programme's kind), each item a name a vocabulary knows or one of what is made.
   */
  private programmeFor(clause: string): IndustryTerm[] {
    if (!clause.includes('实施')) return [];
    const programme = PROGRAMME_FOR.exec(clause);
    if (!programme) return this.programmeToGrow(clause);
    const at = programme.index + '实施'.length;
    const head = programme[2] ?? '';
    return this.listed(programme[1] ?? '', '实施').flatMap((item) => {
      const term = shifted(item, at);
      // (Known alone, known with the head, 未来|产业, or ending with what is made, 智能制造.)
      if (this.knows(item.surface) || this.endsWithProduct(item.surface)) return [term];
      const whole = `${item.surface}${head}`;
      return this.knows(whole) ? [{ ...term, surface: whole, canonical: this.canonical(whole) }] : [];
    });
  }
  /**
   * `实施研学旅游提升计划`, `实施生产性服务业扩容强基行动`: a programme to grow an industry named
   * whole, no head: a name the vocabularies know, or one ending with what is made or provided.
   */
  private programmeToGrow(clause: string): IndustryTerm[] {
    const programme = PROGRAMME_TO_GROW.exec(clause);
    const written = programme?.[1] ?? '';
    if (!programme || !(this.knows(written) || this.endsWithProduct(written))) return [];
    const start = programme.index + programme[0].indexOf(written, '实施'.length);
    return [
      {
        surface: written,
        canonical: this.canonical(written),
        cue: '实施',
        start,
        end: start + written.length,
      },
    ];
  }

  /**
   * `重点引进物联网企业`, `招引一批新能源汽车项目`: the firms or projects of an industry a clause
   * brings in, so the industry (every item a name a vocabulary knows).
   */
  private firmsAttracted(clause: string): IndustryTerm[] {
    const attracted = FIRMS_ATTRACTED.exec(clause);
    // (A list 等 closes is the enumerations' to read: 引进A、B等新能源发电项目.)
    if (!attracted || attracted[2]?.includes('等')) return [];
    const at = attracted.index + (attracted[1] ?? '').length;
    const items = this.listed(attracted[2] ?? '', attracted[1] ?? '');
    if (!this.allKnown(items)) return [];
    return items.map((item) => shifted(item, at));
  }

  /** The industries whose development a clause promotes: `大力推动中医药产业发展`. */
  private promotedObjects(clause: string): IndustryTerm[] {
    const terms: IndustryTerm[] = [];
    // Most clauses name no head at all: the pattern need not be tried on them.
    if (!HAS_PROMOTED_HEAD.test(clause)) return terms;
    for (const match of allMatches(this.promoted, clause)) {
      // `支持泰州等地大健康产业…`: the places the verb hands the task to are not the object.
      const places = /^.*等(?:地|城市|市|县)/u.exec(match[2] ?? '')?.[0] ?? '';
      // (The shortest object that ends with a head may stop inside a name: 先进装备|制造产业集群.)
      const rest = clause.slice(match.index + (match[1] ?? '').length + (match[2] ?? '').length);
      const object = (match[2] ?? '').slice(places.length) + (HEAD_GOING_ON.exec(rest)?.[0] ?? '');
      // `推进交通运输与产业融合发展`: a bare 产业 after a conjunction is industry in general;
      // `推动数字创意在文化旅游、制造业等领域…发展`: what is promoted is where the object goes.
      if (/[与和及在内的]产业$/u.test(object) || /在(?!线)/u.test(object)) continue;
      // `科技推广和应用服务业`: an object opening with a conjunction follows no verb but a noun.
      if (/^[和及与、]/u.test(object)) continue;
      // `推动鞍山西柳服装、辽阳小北河袜业等专业市场焕新发展`: items of a list of other things.
      if (clause.startsWith('等', match.index + (match[1] ?? '').length + (match[2] ?? '').length)) continue;
      const at = match.index + (match[1] ?? '').length + places.length;
      for (const term of this.headedItems(object, match[1] ?? '')) {
        terms.push(shifted(term, at));
      }
      const objectEnd = at + object.length;
      const joined = JOINED_PROMOTED.exec(clause.slice(objectEnd));
      if (joined?.[1]) {
        const joinedAt = objectEnd + joined[0].length - joined[1].length;
        for (const term of this.headedItems(joined[1], match[1] ?? '')) {
          terms.push(shifted(term, joinedAt));
        }
      }
    }
    return terms;
  }

  /**
   * A list of industries a vocabulary mostly knows, closed by what it grows
   * (`推进绿色先进能源、新能源汽车、机器人等重点项目`, `培育6G、量子科技等新增长点`) or by the fields a
   * verb focuses on (`聚焦工业母机、智能芯片等领域`): industries, though the head names projects,
   * growth or fields. From the last verb before it.
   */
  private knownLists(clause: string): IndustryTerm[] {
    const terms: IndustryTerm[] = [];
    // (Few clauses close a list so: the pattern is tried only where one may.)
    if (!CLOSES_GROWTH_LIST.test(clause)) return terms;
    for (const end of allMatches(GROWTH_LIST_END, clause)) {
      const before = clause.slice(0, end.index);
      const focused = endOf(lastMatch(this.focus, before));
      const listStart = Math.max(
        endOf(lastMatch(this.cue, before)),
        endOf(lastMatch(this.promoteVerb, before)),
        focused,
      );
      // Fields (…等领域) are industries only where a verb focuses on them (聚焦A、B等领域), not
      // where something is done in them (在A、B等领域开展…).
      if (/(?:领域|方向)$/u.test(end[1] ?? '') && (focused === 0 || focused !== listStart)) continue;
      const items = splitItems(before.slice(listStart), this.keepsTogether);
      if (items.length < 2) continue;
      // Every item an industry by name or by its head, at least half of them known; or three
      // quarters known, at least three, and the rest short names beside them (深海空天 of
      // 聚焦深海空天、生物制造、脑机接口、量子科技等领域): a list names things of one kind.
      const named = items.map((item) => ({ item, name: this.clean(item.text) }));
      if (!named.every(({ name }) => name !== undefined)) continue;
      const known = named.filter(({ name }) => this.knows(name as string)).length;
      const unnamed = named.filter(({ name }) => !this.namesAnIndustry(name as string));
      const besideKnown =
        known >= 3 &&
        known * 4 >= named.length * 3 &&
        unnamed.every(({ name }) => (name as string).length <= MAX_KNOWN_PROMOTED);
      if (unnamed.length === 0 ? known * 2 < named.length : !besideKnown) continue;
      for (const { item, name } of named) {
        const surface = name as string;
        const start = listStart + item.start + Math.max(0, item.text.indexOf(surface));
        terms.push({
          surface,
          canonical: this.lexicon.canonical(surface) ?? this.canonical(surface),
          cue: end[1] ?? '',
          start,
          end: start + surface.length,
        });
      }
    }
    return terms;
  }

  /**
   * Industries of places a clause opens with, selected as clusters (`延安苹果、汉中中药材入选国家级
   * 优势特色产业集群`): each item ends with a name a vocabulary knows; the whole item is the term,
   * so that its place stays with it (the extractor reads the place off).
   */
  private selectedClusters(clause: string): IndustryTerm[] {
    // (Few clauses name a cluster: the pattern is tried only on those.)
    const selected = clause.includes('集群') ? SELECTED_AS_CLUSTER.exec(clause) : null;
    if (!selected?.[1]) return [];
    const opening = selected[1].replace(this.leading, '');
    const offset = selected[1].length - opening.length;
    const items = splitItems(opening, this.keepsTogether);
    const named = items.map((item) => ({ item, surface: this.clean(item.text) ?? '' }));
    if (
      named.some(
        ({ surface }) => !this.knownTail(surface, MAX_KNOWN_PROMOTED) || surface.length > MAX_ITEM_LENGTH,
      )
    )
      return [];
    return named.map(({ item, surface }) => {
      const start = offset + item.start + Math.max(0, item.text.indexOf(surface));
      return {
        surface,
        canonical: this.canonical(surface),
        cue: selected[2] ?? '',
        start,
        end: start + surface.length,
      };
    });
  }

  /**
   * Industries a focusing verb names with their head, with no 等 (`聚焦生物医药产业，…`, `围绕绿色
   * 食品产业链招引项目`, `瞄准集成电路和新型显示产业`): every item a name a vocabulary knows.
   */
  private focusedIndustries(clause: string): IndustryTerm[] {
    const terms: IndustryTerm[] = [];
    for (const focus of allMatches(this.focus, clause)) {
      const start = focus.index + focus[0].length;
      const rest = clause.slice(start).trim();
      // (Or known names, all the clause has after the verb: 萍乡经开区聚焦新材料, X高新区聚焦A、B;
      // not an activity, 抓好粮食生产.)
      // (A list 等 closes is the enumerations' to read: 围绕A、B等重点方向.)
      const whole = !/(?:生产|建设)$/u.test(rest) && !rest.includes('等');
      const headed = FOCUSED_OBJECT.exec(clause.slice(start))?.[1];
      // (The role the head is given is the cue: 聚焦新能源汽车|主导|产业.)
      const role = headed ? FOCUSED_ROLE.exec(headed) : null;
      const object = role ? headed?.slice(0, role.index) : (headed ?? (whole ? rest : undefined));
      if (!object) continue;
      const items = this.listed(object, focus[0]);
      if (!this.allKnown(items)) continue;
      const cue = role ? `${role[0]}产业` : focus[0];
      terms.push(...items.map((item) => ({ ...shifted(item, start), cue })));
    }
    return terms;
  }

  /**
   * Industries a vocabulary knows, promoted without a head (`推进柑橘、猕猴桃规模化发展`, `合理引导
   * 风电发展`): every item known, the last followed by its development within a few words.
   */
  private promotedKnown(clause: string): IndustryTerm[] {
    const terms: IndustryTerm[] = [];
    for (const verb of allMatches(this.promoteVerb, clause)) {
      const start = verb.index + verb[0].length;
      // Only a known name can follow (most verbs are followed by other things). (A name is
      // looked up trimmed: a space may come first.)
      const initial = clause.charAt(start);
      if (!this.knownInitials.has(initial) && !/^\s$/u.test(initial)) continue;
      CLAUSE_END.lastIndex = start;
      const end = CLAUSE_END.exec(clause)?.index;
      const pieces = clause.slice(start, end).split('、');
      const last = pieces.pop() ?? '';
      // (In a list beside known ones, an item may say it is an industry by its head: 石化物流、
      // 农产品集散物流、冷链物流.)
      const known = pieces.filter((piece) => this.knownName(piece) ?? this.chainedKnown(piece));
      const headed = (piece: string) =>
        piece.length <= MAX_KNOWN_PROMOTED && !piece.includes('等') && this.endsWithHead(piece);
      if (
        known.length < pieces.length &&
        (known.length === 0 || !pieces.every((p) => this.knownName(p) || headed(p)))
      )
        continue;
      let name: string | undefined;
      for (let length = Math.min(MAX_KNOWN_PROMOTED, last.length); length >= 2 && !name; length -= 1) {
        const candidate = last.slice(0, length);
        const names =
          this.knownName(candidate) !== undefined ||
          (pieces.length > 0 && known.length > 0 && headed(candidate));
        // (A list may close with 等 and its kind before the development: …共享经济等新业态发展.)
        const tail = last.slice(length);
        const closed = pieces.length > 0 && LIST_CLOSED_DEVELOPED.test(tail);
        // A known name with its chain's head is the industry whatever is done to the chain
        // (推进A全产业链、B产业链关键环节集成创新).
        const chain = CHAIN_HEAD.exec(tail)?.[0];
        if (names && chain && this.knownName(candidate)) name = `${candidate}${chain}`;
        else if (names && (this.promotedTail.test(tail) || closed)) name = candidate;
      }
      if (!name) continue;
      let at = start;
      for (const surface of [...pieces, name]) {
        terms.push({
          surface,
          canonical: this.knownName(surface) ?? this.canonical(surface),
          cue: verb[0],
          start: at,
          end: at + surface.length,
        });
        at += surface.length + 1;
      }
    }
    return terms;
  }

  /** The concept of a known name a loose qualifier opens (绿色|石化): the name's. */
  private knownAfterQualifier(name: string): string | undefined {
    const qualifier = this.grammar.looseQualifiers.find((word) => name.startsWith(word));
    return qualifier && name.length >= qualifier.length + 2
      ? this.knownName(name.slice(qualifier.length))
      : undefined;
  }

  /** Whether there are items and every one is a name the lexicon or the taxonomy knows. */
  private allKnown(items: readonly IndustryTerm[]): boolean {
    // (By its name as written or without its head: 氢能产业 is known as 氢能.)
    return (
      items.length > 0 &&
      items.every((item) => (this.knownName(item.surface) ?? this.knownName(item.canonical)) !== undefined)
    );
  }

  /** The concept the lexicon or the taxonomy gives a name, exactly. */
  private knownName(name: string): string | undefined {
    return this.lexicon.canonical(name) ?? this.taxonomy.get(name);
  }

  /** The known name an industry's chain or cluster is written with (生物医药全产业链 → 生物医药). */
  private chainedKnown(name: string): string | undefined {
    const chain = CHAIN_ENDING.exec(name);
    return chain && chain.index > 0 ? this.knownName(name.slice(0, chain.index)) : undefined;
  }

  /**
   * What a clause after a park's name says it is or becomes (`是全省重要的电工电器产业基地`,
   * `争创国家级先进材料产业集群`): the industries of the base or cluster, read as after a verb
   * that builds one. Offsets are the clause's.
   */
  becomes(clause: string): IndustryTerm[] {
    const verb = this.grammar.becomingVerbs.find((word) => clause.startsWith(word));
    if (!verb) return this.gathers(clause);
    const words = clause.slice(verb.length);
    // `获评国家新型工业化产业示范基地（电池）`: a designation's field, in brackets after it.
    const field = DESIGNATED_FIELD.exec(words);
    if (field?.[1] && (this.knows(field[1]) || this.namesGoods(field[1]))) {
      const start = verb.length + field.index + 1;
      return [
        {
          surface: field[1],
          canonical: this.canonical(field[1]),
          cue: verb,
          start,
          end: start + field[1].length,
        },
      ];
    }
    // `是全省新能源汽车零部件的主要承载区`: what it carries, before the kind of area.
    const carried = CARRIER_OF.exec(words)?.[1];
    const read = this.readAsBuilt(carried ?? words, verb, verb.length);
    if (read.length > 0) return read;
    // `创建国家光电产业创新集群`: the industry a cluster or base of a level opens with.
    const level = LEVEL_OPENING.exec(words)?.[0].length ?? 0;
    const opening = this.openingIndustry(words.slice(level), verb);
    return opening ? [shifted(opening, verb.length + level)] : [];
  }

  /**
   * What a clause after a park's name says it gathers (`集聚机器人企业120家`, `聚集了新能源、智能
   * 电网装备等产业`): the industries of the firms, projects or trades, by gatheringVerbs.
   */
  private gathers(clause: string): IndustryTerm[] {
    const verb = this.grammar.gatheringVerbs.find((word) => clause.startsWith(word));
    if (!verb) return [];
    const at = verb.length + (clause.charAt(verb.length) === '了' ? 1 : 0);
    const words = clause.slice(at).replace(GATHERED_UNITS, '');
    const read = this.readAsBuilt(words, verb, at);
    const opening = read.length > 0 ? undefined : this.openingIndustry(words);
    return opening ? [{ ...shifted(opening, at), cue: verb }] : read;
  }

  /**
   * A clause that is a focus verb and a list (`围绕精品钢铁、石油化工`, after a park's name): the
   * list's industries, read as built.
   */
  focusedList(clause: string): IndustryTerm[] {
    const verb = this.grammar.focusVerbs.find((word) => clause.startsWith(word));
    return verb ? this.readAsBuilt(clause.slice(verb.length), verb, verb.length) : [];
  }

  /**
   * The industry words open with, whole to a head or a unit of it (石化|产业实现营收…, 机器人|企业
   * 120家, 钒钛新材料产业集群): a name the vocabularies know, alone or with its head, or one
   * ending with what is made (钒钛新材料) before its head.
   */
  openingIndustry(words: string, cue = ''): IndustryTerm | undefined {
    const headed = OPENING_HEADED.exec(words);
    const goods = headed?.[1] ?? '';
    const named =
      headed && (this.knows(goods) || (this.endsWithProduct(goods) && this.cueAt(goods) === goods.length))
        ? `${goods}${headed[2]}`
        : undefined;
    const surface = named ?? this.knownOpening(words);
    // (Not the name of a park or an area of it: 智能制造产业|园, 化工产业|基地.)
    if (!surface || this.notIndustries.has(surface) || PARK_AFTER_HEAD.test(words.slice(surface.length)))
      return undefined;
    return { surface, canonical: this.canonical(surface), cue, start: 0, end: surface.length };
  }

  /**
   * What words name when read as built (`生物医药产业` of `推动生物医药产业向X高新区集聚`, what a
   * park takes in), with `cue` as their cue; offsets shifted by `at`.
   */
  readAsBuilt(words: string, cue: string, at = 0): IndustryTerm[] {
    const shift = at - BUILT_AS.length;
    return this.read(`${BUILT_AS}${words}`).map((term) => ({ ...shifted(term, shift), cue }));
  }

  /**
   * A bare list of industries, with no cue (a layout's `长沙：工程机械、电子信息、新能源汽车`): every
   * item an industry by name or head and half at least known, or two thirds known and the rest
   * short names beside them.
   */
  bareList(text: string): IndustryTerm[] {
    const trimmed = text.replace(/[。.\s]+$/u, '');
    // (A list closed by 等 and a kind of no industry, `A、B等资源优势`, lists no industries.)
    const closing = /等([\u4e00-\u9fff]*)$/u.exec(trimmed)?.[1];
    if (closing && !INDUSTRY_WORD.test(closing)) return [];
    const items = this.listed(trimmed, '布局');
    // (An item ending with a known name, goods before it, names that industry's kind: 钒钛|钢铁.)
    const knownEnd = (item: IndustryTerm) =>
      this.knows(item.surface) || this.knownTail(item.surface) !== undefined;
    const known = items.filter(knownEnd).length;
    const named =
      items.every((item) => this.saysIndustry(item) || knownEnd(item)) && known * 2 >= items.length;
    const besideKnown =
      known >= 2 &&
      known * 3 >= items.length * 2 &&
      items.every((item) => item.surface.length <= MAX_KNOWN_PROMOTED);
    return items.length > 0 && (named || besideKnown) ? items : [];
  }

  /** The words opening a clause that hand its task to a region named after them (支持合肥打造…). */
  handsToAt(clause: string): RegExpExecArray | null {
    return this.handsToOpening.exec(clause);
  }

  /**
   * The word opening a clause that makes the place or park after it where its task is done
   * (在赣州布局…, 依托X经开区发展…).
   */
  groundsAt(clause: string): RegExpExecArray | null {
    return this.groundsOpening.exec(clause);
  }

  /** The words before a clause's first cue, without the words that lead it (`川南经济区|着力|壮大…`). */
  beforeCue(clause: string): string {
    let words = clause.slice(0, this.cueAt(clause)).trim();
    for (let lead = this.leadEnding(words); lead; lead = this.leadEnding(words))
      words = words.slice(0, -lead.length);
    return words;
  }

  private leadEnding(words: string): string | undefined {
    return this.grammar.cueLeads.find((lead) => words.endsWith(lead) && lead.length < words.length);
  }

  /** Whether a clause opens with a cue of two words (重点发展, 大力培育): a task whose subject came before. */
  opensWithStrongCue(clause: string): boolean {
    const first = this.firstCue(clause);
    return first?.index === 0 && first[0].length >= STRONG_CUE_LENGTH;
  }

  /** Where the first development cue of a clause stands (its length when none). */
  cueAt(clause: string): number {
    return this.firstCue(clause)?.index ?? clause.length;
  }

  private firstCue(clause: string): RegExpExecArray | undefined {
    return allMatches(this.cue, clause)[0];
  }

  /** A cue is a verb at the clause's start, after a lead word (大力, 加快) or after a region handed the task. */
  private standsAsVerb(clause: string, at: number, cue: string): boolean {
    const before = clause
      .slice(0, at)
      .replace(/[“”"「」\s]/gu, '')
      // An item's number (2. 发展森林康养产业, （三）培育…) stands before its first verb.
      .replace(
        /^(?:\d{1,2}[.．、]|[（(][\d一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)/u,
        '',
      );
    if (before === '') return true;
    if (this.grammar.cueLeads.some((lead) => before.endsWith(lead))) return true;
    // `乘势而上发展壮大…`, `立足实际加快发展…`: a four-character phrase of manner before a cue of
    // two words, which no noun phrase ends with.
    if (cue.length >= STRONG_CUE_LENGTH && /^[\u4e00-\u9fff]{4}$/u.test(before)) return true;
    // 支持合肥打造…: a short opening that hands the task to a place.
    return this.handsTo.test(before);
  }

  private enumeration(object: string, cue: string): IndustryTerm[] {
    // Brackets hold an item's parts (生物制药（植物提取、化妆品）): read apart, masked in place.
    // `打造长三角有影响力的X产业集群`: what the industry is to be (有影响力的, 全国领先的) is no part of it.
    const masked = object
      .replace(/[（(][^（）()]*[）)]/gu, (bracket) => ' '.repeat(bracket.length))
      .replace(SHOWN_BY, (shown) => ' '.repeat(shown.length))
      .replace(STANDING, (standing) => ' '.repeat(standing.length));
    const end =
      this.listEnd.exec(masked) ??
      this.countedHead(masked) ??
      this.countedProducts(masked) ??
      this.sharedHead(masked);
    // `超聚变、中创智领等一批行业领军企业`: a list of enterprises (or jobs, trades) names no industry.
    if (end?.[1] && this.grammar.notHeads.some((word) => (end[1] ?? '').endsWith(word))) return [];
    // `…等政策协同发力的经济`: a head that is a phrase of its own lists no industries.
    if (end?.[1] && /(?<!为主|为重点|为核心)的/u.test(end[1])) return [];
    // `提升旅游资源、优势产业…等经济社会资源`: a list that ends with a noun other than an
    // industry's lists other things.
    const tail = /^[^，,；;]*等([\u4e00-\u9fff]{2,})$/u.exec(masked.trim())?.[1];
    // (After a strong cue, items that name industries themselves still do: 发展壮大银发经济、演艺
    // 经济等新型消费.)
    const otherThings = !end && tail !== undefined && !INDUSTRY_WORD.test(tail.replace(/经济社会/u, ''));
    // (Not when the list's words go on to people or firms: 建筑业等高风险企业职工参加工伤保险.)
    // (Nor to what the fields have: …等领域的人才培养能力.)
    if (otherThings && /企业|职工|人员|主体|的/u.test(tail ?? '')) return [];
    // A list may close with 等 and nothing after it (大力发展A、B等): its last item is B.
    const listText = (
      end ? masked.slice(0, end.index) : otherThings ? masked.slice(0, masked.lastIndexOf('等')) : masked
    ).replace(/等\s*$/u, '');
    const whole = end?.[1] ? this.listHead(end[1], masked.trimEnd().length - end[1].length, cue) : undefined;
    const group = whole?.canonical ?? end?.[1];
    const items = this.shareTails(splitItems(listText, this.keepsTogether));
    // `培育爱农业、懂技术、善经营的新型职业农民`, `形成分工明确、特色鲜明的…产业`: the items qualify
    // a noun after 的; they name no industry.
    // (The list's own clause: a later one, `…，丰富产品的数量`, qualifies nothing of it.)
    if ((listText.split(/[，,；;]/u)[0] ?? '').includes('的')) return [];
    // `集研发、生产、销售于一体`: the items are what one thing brings together, not industries.
    if (/[为于]一体/u.test(object)) return [];
    const cleaned = items.flatMap((item) => {
      const surface = this.clean(item.text);
      if (!surface) return [];
      const known = this.lexicon.canonical(surface) ?? this.taxonomy.get(surface);
      return [
        {
          surface,
          // (绿色|石化: a known name a loose qualifier opens says it is an industry too.)
          knownCore: known === undefined && this.knownAfterQualifier(surface) !== undefined,
          start: item.start + Math.max(0, item.text.indexOf(surface)),
          known,
          headed: this.endsWithHead(surface),
        },
      ];
    });
    // (After a weak cue, only when most items say so: 培育银发经济、冰雪经济…等消费新热点.)
    if (
      otherThings &&
      cue.length < STRONG_CUE_LENGTH &&
      cleaned.filter((item) => item.headed).length * 2 <= cleaned.length
    )
      return [];
    // Without a head ending the list, each item must say it is an industry itself, or stand in a
    // list after a strong cue beside one that does (大力发展高端合金、高性能纤维及复合材料; 重点发展
    // 低空经济和航空零部件).
    const last = cleaned.at(-1);
    const saysIndustry = (item?: { known?: string; headed: boolean }) =>
      item !== undefined && (item.known !== undefined || item.headed);
    // (Or items all of one kind, by their last word, one of them known: 服务贸易、数字贸易、离岸贸易.)
    const lastWord = (item: { surface: string }) => item.surface.slice(-2);
    const oneKind =
      cleaned.length >= 2 &&
      cleaned.every((item) => lastWord(item) === lastWord(cleaned[0] ?? item)) &&
      cleaned.some(saysIndustry);
    const siblingsCount =
      cue.length >= STRONG_CUE_LENGTH &&
      cleaned.length >= 2 &&
      (oneKind ||
        (listText.includes('、')
          ? saysIndustry(last) ||
            (cleaned.filter(saysIndustry).length * 2 >= cleaned.length &&
              cleaned.every((item) => saysIndustry(item) || item.surface.length <= 3))
          : cleaned.some(saysIndustry)));
    const terms: IndustryTerm[] = [];
    for (const { surface, start, known, headed, knownCore } of cleaned) {
      if (otherThings && !headed) continue;
      if (!end && !known && !headed && !knownCore && !(siblingsCount && surface.length <= 8)) continue;
      // `新兴产业、未来产业` share 产业: an item that is a group with it keeps its name (未来产业).
      const grouped = end?.[1] && this.groups.has(surface + end[1]) ? surface + end[1] : undefined;
      const canonical = known ?? grouped ?? this.canonical(surface);
      terms.push({
        surface,
        canonical,
        cue,
        start,
        end: start + surface.length,
        ...(group && (whole || (this.groups.has(group) && !this.notIndustries.has(group))) ? { group } : {}),
      });
      terms.push(...this.parts(object, start + surface.length, canonical, cue));
    }
    if (whole && terms.length > 0) terms.push(whole);
    // `…等产业集群` alone (no items), or a head that is an industry group itself: `做强现代服务业`.
    if (terms.length === 0 && !end) {
      const whole = this.clean(object);
      if (whole && this.groups.has(whole) && !this.notIndustries.has(whole)) {
        const start = object.indexOf(whole);
        terms.push({
          surface: whole,
          canonical: this.canonical(whole),
          cue,
          start,
          end: start + whole.length,
        });
      }
    }
    return terms;
  }

  /** `A、B“四大产业”`: a counted head ends a list of two or more without 等. */
  private countedHead(text: string): { index: number; 1: string } | null {
    const counted = COUNTED_HEAD.exec(text.trimEnd());
    return counted?.[1] && /[、和及与]/u.test(text.slice(0, counted.index))
      ? { index: counted.index, 1: counted[1] }
      : null;
  }

  /**
   * `做强林纸、林板、家具及制品三大传统加工`: a count of as many as the items, then what they make
   * (a product's head: 加工, 装备, 食品…), ends a list without 等 too.
   */
  private countedProducts(text: string): { index: number; 1: string } | null {
    const counted = /([一二两三四五六七八九十])大([\u4e00-\u9fff]{2,6})$/u.exec(text.trimEnd());
    if (!counted?.[2] || !this.productAtEnd.test(counted[2])) return null;
    const items = text.slice(0, counted.index).split('、');
    const joinedLast = /和|与/u.test(items.at(-1) ?? '');
    const count = parseChineseNumber(counted[1] ?? '');
    if (items.length < 2 || (items.length !== count && !(joinedLast && items.length === count - 1)))
      return null;
    return { index: counted.index, 1: counted[2] };
  }

  /**
   * `A和B产业`, `A、B产业集群`: a head after a list of two or more, without 等, ends it too.
   * Returns a match-like value: where the head starts, and the head.
   */
  private sharedHead(text: string): { index: number; 1: string } | null {
    const trimmed = text.trimEnd();
    // A list (、 和 及 与) or an item with its parts in brackets (masked as spaces).
    if (!/[、和及与]|\S\s+\S/u.test(trimmed)) return null;
    const head = INDUSTRY_ENDINGS.find((word) => trimmed.endsWith(word));
    if (!head) return null;
    // `油茶、油菜特色优势产业链`: qualifiers before the head are the head's, not the last item's.
    let index = trimmed.length - head.length;
    for (
      let qualifier = this.qualifierEnding.exec(trimmed.slice(0, index));
      qualifier && qualifier.index > 0;
    ) {
      index = qualifier.index;
      qualifier = this.qualifierEnding.exec(trimmed.slice(0, index));
    }
    return { index, 1: trimmed.slice(index) };
  }

  /** The parts a bracket right after an item names (生物制药（植物提取、化妆品）), each part of that item. */
  private parts(object: string, at: number, whole: string, cue: string): IndustryTerm[] {
    const bracket = /^\s*[（(]([^（）()]+)[）)]/u.exec(object.slice(at));
    if (!bracket?.[1]) return [];
    const open = at + object.slice(at).indexOf(bracket[1]);
    return this.listed(bracket[1], cue)
      .filter((part) => part.canonical !== whole)
      .map((part) => ({ ...shifted(part, open), group: whole }));
  }

  /** An item stripped of leading qualifiers and quotes; undefined when it is no industry name. */
  private clean(text: string): string | undefined {
    const surface = text
      .trim()
      // `做大做强“3+3+2”工程机械…`: a programme's code before the first item is no part of it.
      .replace(/^[“"][\d+×*＋\-—]+[”"]/u, '')
      .replace(/^[“"「『]|[”"」』]$/gu, '')
      .replace(this.leading, '')
      // `集中力量把水果、中药材…`: what comes before 把 is the sentence's verb, not the item.
      .replace(/^[\u4e00-\u9fff]{0,6}把/u, '')
      // `力争到2027年新能源产业产值突破…`: the year a target is set for is no part of a name.
      .replace(/^(?:力争)?(?:到|至|在)?(?:\d{4}|[〇零一二三四五六七八九]{4})年(?:底|末)?/u, '')
      // A count before the list (六大、十大…产业, 10个以上省级…产业集群) is no part of a name.
      .replace(/^[一二三四五六七八九十百千\d]+(?:大|个(?:以上|左右)?)/u, '')
      // (Nor a class by output, 五千亿级, nor a count closing the last item, 生物医药|两个产业集群,
      // 现代物流|“两大支柱”.)
      .replace(/^[一二三四五六七八九十百千万\d]+[亿万]元?级/u, '')
      .replace(
        /(?<=[\u4e00-\u9fff]{2})[“"「]?[一二两三四五六七八九十\d]+[个大条项类](?:支柱|板块)?[”"」]?(?=(?:产业集群|产业链|产业|集群)?$)/u,
        '',
      )
      .replace(this.leading, '')
      // `以A和B为主导产业`: the role after 为 is no part of B's name.
      .replace(ROLE_AFTER_NAME, '')
      // `建强先进制造业体系`: the system of an industry group is that group.
      .replace(/(?<=业)(?:产业)?体系$/u, '')
      // `提升都市现代农业质量效益`: what is raised of an industry is that industry.
      .replace(/(?<=(?:业|产业链|集群|经济))(?:发展)?(?:质量效益|质量|效益|能级|水平|竞争力|附加值)$/u, '')
      // (And the 产业生态 of an industry a vocabulary knows, 培育低空经济产业生态.)
      .replace(/产业生态$/u, (ending, at: number, whole: string) =>
        this.knows(whole.slice(0, at)) ? '' : ending,
      )
      .trim();
    if (surface.length < 2 || surface.length > MAX_ITEM_LENGTH) return undefined;
    if (!/^[\u4e00-\u9fffA-Za-z0-9+]+$/u.test(surface)) return undefined;
    if (/^[\dA-Za-z+]+$/u.test(surface) && !/^\d+G$/u.test(surface)) return undefined;
    // `“保税+”`, `“互联网+”`: a mode joined to others, not an industry of its own.
    if (surface.endsWith('+')) return undefined;
    // `新增7个全国未来产业…`: a count inside is a sentence's, not a name's (5G, 3D打印 are names).
    if (/[\d一二三四五六七八九十百千万亿]+(?:个|家|项|条|座|处)/u.test(surface)) return undefined;
    const core = surface.replace(INDUSTRY_ENDING, '');
    // `培育壮大农业优势特色百亿产业`, `千亿级产业集群`: a class by output, not a name.
    if (/[十百千万]亿(?:元)?级?$/u.test(core)) return undefined;
    const known = this.lexicon.canonical(surface) ?? this.taxonomy.get(surface) ?? this.taxonomy.get(core);
    // `推动宝鸡、咸阳加快制造业转型`: a verb promoting inside an item makes it a clause (not in a
    // name a vocabulary knows: 科技推广和应用服务业).
    if (!known && this.promoting.test(surface)) return undefined;
    // A known name may hold a stop word (工程机械); an unknown one that does is no industry.
    // 特色县域经济 is 县域经济 qualified: no industry either.
    const ungraded = surface.replace(this.grade, '');
    if (this.notIndustries.has(surface) || this.notIndustries.has(ungraded)) return undefined;
    // A cause or a collective's economy, whoever's (残疾人慈善事业, 村级集体经济), is no industry either.
    if (!known && /(?:事业|集体经济)$/u.test(surface)) return undefined;
    // (An end word before the head too: 通武廊交界重点区域|产业.)
    if (!known && (this.stopWord.test(surface) || this.stopWord.test(core))) return undefined;
    if (this.qualifiers.has(core) || (!known && this.notIndustries.has(core))) return undefined;
    // `优质高效服务业`, `现代特色农业`: qualifiers before a sector's name name no industry of their own.
    const sector = /(?:服务业|制造业|农业|工业|产业)$/u.exec(surface);
    if (!known && sector && this.qualifiersOnly.test(surface.slice(0, sector.index))) return undefined;
    // A generic group with a modifier (新一轮重点产业链, 人工智能三大先导产业, 新技术新产业), or
    // 产业 inside a phrase (传统产业巩固提升), names no industry unless a vocabulary knows it.
    if (!known && !this.groups.has(surface)) {
      const unqualified = core.replace(/[一二三四五六七八九十\d]+大$/u, '');
      if (this.qualifierEnding.test(core)) return undefined;
      if (/新$/u.test(unqualified) || /产业./u.test(core)) return undefined;
      if (/^[^\u4e00-\u9fff]*(?:农村)?[一二三四五六七八九十]+$/u.test(unqualified)) return undefined;
    }
    return surface;
  }

  /** Whether words name industries: a known name or group, or a name with an industry's head (先进制造业). */
  namesIndustries(words: string): boolean {
    const core = words.replace(/^[一二三四五六七八九十百\d]+大/u, '');
    return this.knows(core) || this.groups.has(core) || this.endsWithHead(core);
  }

  private endsWithHead(surface: string): boolean {
    if (this.grammar.notHeads.some((word) => surface.endsWith(word))) return false;
    return [...this.grammar.heads, ...this.grammar.productHeads].some(
      (head) => surface.endsWith(head) && surface.length > head.length,
    );
  }

  /** The group named as an industry a text ends with (中新济南|未来产业: 未来产业), the longest. */
  groupEnding(text: string): string | undefined {
    return [...this.groups]
      .filter((group) => text.endsWith(group) && text.length > group.length && !this.notIndustries.has(group))
      .sort((a, b) => b.length - a.length)[0];
  }

  /** One name per concept: the 产业 / 产业链 / 产业集群 / 集群 ending dropped when two characters remain. */
  canonical(surface: string): string {
    // A group named as an industry keeps its head: 未来产业, 战略性新兴产业 (未来 alone names nothing).
    if (this.groups.has(surface) && !this.notIndustries.has(surface)) return surface;
    const stripped = surface.replace(CANONICAL_ENDING, '').replace(this.grade, '');
    // (第一产业, 数字产业: what is left would name nothing — an ordinal, an adjective.)
    const bare = stripped.length < 2 || /^第[一二三]$|^数字$/u.test(stripped);
    const name = !bare
      ? stripped
      : surface.includes('产业') && stripped.length >= 2
        ? `${stripped}产业`
        : surface;
    // The whole first: a lexicon may know 数字产业 (数字经济) where 数字 alone names nothing.
    const known =
      this.lexicon.canonical(surface) ??
      this.lexicon.canonical(name) ??
      this.taxonomy.get(surface) ??
      this.taxonomy.get(name);
    if (known) return known;
    // An industry with its parts (新能源汽车及零部件) is that industry: the parts are in it.
    const whole = this.withParts.exec(name)?.[1];
    return whole && this.knows(whole) ? this.canonical(whole) : name;
  }
}

/** A clause that opens by naming what it acts upon: `对…等领域开展摸底` (not 针对…, what a task is for). */
const ACTED_UPON = /^(?:\d+[.、．]\s*)?(?:[（(][^）)]*[）)])?\s*[^，,；;。]{0,6}?(?<!针)对/u;

/** The last match of a global pattern in a text. */
function lastMatch(pattern: RegExp, text: string): RegExpExecArray | undefined {
  return allMatches(pattern, text).at(-1);
}

/** Where a match ends (0 for none). */
function endOf(match: RegExpExecArray | undefined): number {
  return match ? match.index + match[0].length : 0;
}

/** What joins two items within one of a list's parts. */
const JOINER = /以及|和|及|与/gu;

/**
 * Items of an enumeration: split on 、; then on 和 / 及 / 与 / 以及 when both sides are two
 * characters or more, unless `together` says the two are one item (电器机械及器材).
 */
function splitItems(
  text: string,
  together: (first: string, second: string, joined: string) => boolean,
): { text: string; start: number }[] {
  const items: { text: string; start: number }[] = [];
  let offset = 0;
  for (const part of text.split('、')) {
    const pieces: { text: string; start: number }[] = [];
    let from = 0;
    for (const match of allMatches(JOINER, part)) {
      pieces.push({ text: part.slice(from, match.index), start: offset + from });
      from = match.index + match[0].length;
    }
    pieces.push({ text: part.slice(from), start: offset + from });
    if (pieces.length > 1 && pieces.every((piece) => piece.text.trim().length >= 2)) {
      for (const piece of pieces) {
        const previous = items.at(-1);
        const joined = previous ? text.slice(previous.start, piece.start + piece.text.length).trim() : '';
        if (previous && piece !== pieces[0] && together(previous.text.trim(), piece.text.trim(), joined))
          previous.text = text.slice(previous.start, piece.start + piece.text.length);
        else items.push({ ...piece });
      }
    } else {
      items.push({ text: part, start: offset });
    }
    offset += part.length + 1;
  }
  return items;
}

function dedupe(terms: IndustryTerm[]): IndustryTerm[] {
  const seen = new Set<string>();
  return terms.filter((term) => {
    const key = `${term.start}:${term.canonical}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
