import { allMatches, alternation, escapeRegExp, type ParkLexicon, type ParkSuffix } from './lexicons.ts';
import type { PlaceFinder } from './region-gazetteer.ts';

/** How words name what a base is for (the industry reader's). */
export interface GoodsWords {
  /** A name a vocabulary knows as an industry (电机, 通用航空). */
  knows(words: string): boolean;
  /** Words ending with what an industry makes (航空关键零部件). */
  endsWithProduct(words: string): boolean;
  /** Words that may name goods no vocabulary knows (高端铝), not a task or a quality. */
  namesGoods(words: string): boolean;
}

/** A park name taken apart: where it is, what kind of zone, and the parts that vary between documents. */
export interface ParkName {
  /** The name as written, verbs and trailing zone qualifier removed: 怀化国家高新技术产业开发区. */
  surface: string;
  /** The place (or distinctive) part: 怀化, 鹤城, 佳惠农产品（冷链）. */
  place: string;
  kind: string;
  level?: string;
  /** A zone named in brackets after the name: 洪江高新技术产业开发区（洪江市） → 洪江市. */
  qualifier?: string;
  /**
   * As written, when the document names its own park (市高新区 in 洪江市's report: 洪江高新区), a
   * park within it (高新区竹循环经济产业园) or a zone's part by its city alone (大连片区).
   */
  written?: string;
  /** The park its name opens with, when it lies within one (怀化高新区 in 怀化高新区电子信息产业园). */
  within?: ParkName;
  /** What a base is named for (高端铝 of 铜川高端铝产业基地): the industry it hosts. */
  goods?: string;
}

/** The places a document's own parks are named for: its issuer's, and its issuer's province's (short names). */
export interface OwnPlaces {
  issuer?: string;
  province?: string;
  /** The issuer is a city or county: its short kinds alone (高新区) name its own zones. */
  local?: boolean;
}

/** Verbs that build a park, after its place (`营口片区建设|陆港枢纽产业园`). */
const BUILDS = /建设|打造|新建|设立|建立/gu;

/** A count of parks right after a name: 14个, 三家. */
const COUNT_AFTER = /^[\d一二三四五六七八九十两百]+(?:个|家|座|处)/u;

/** `市高新区`, `本县经开区`: the issuing region's own park of that kind. */
const OWN_PARK_PREFIX = /(?:本|我)?(?:市|县|区|州)$/u;

/** Words that open phrases about parks of a scope or number, never one park's name (counts: hasNotNameWord). */
const SCOPE_WORDS =
  '个|家|座|批|全市|全州|全县|全区|全省|各|各类|各县|县市区|市县|县市|省级以上|省级|国家级|市级|县级|重点|特色|专业|现有|相关|一批|一个|多个|若干|中心城区|县域|市域|城区|园区|承接|其他|以上|等|跨省|跨市|跨区域|全国|我省|我市|我州|我县|我区|本省|本市|省内|国内|境内|部分|多数|所有|这些';
const SCOPE_PREFIX = new RegExp(`^(?:${SCOPE_WORDS})`, 'u');
/** Those and the kinds parks are of (现代, 生态…): words that open many phrases ending in a park suffix without naming one park. */
const GENERIC_PREFIX = new RegExp(`^(?:${SCOPE_WORDS}|工业|产业|现代|新型|综合|生态|高新|智慧|新兴)`, 'u');
/**
 * Where a text speaks of one park named only by what it is for (`推动现代竹产业园建设`,
 * `以白鹤酒产业园为龙头`): the words before its name, and those after it, that make it one.
 */
const ONE_PARK_FRAMES: { before: RegExp; after: RegExp }[] = [
  { before: /(?:推动|推进|加快|加强|抓好|启动|完成|支持)$/u, after: /^(?:建设|提质|扩区|升级)/u },
  { before: /以$/u, after: /^为(?:龙头|核心|主体|载体|引领|支撑)/u },
];
/** A name for what a park shows (…融合发展示范园): 发展 there is part of the name, not a verb. */
const SHOWS_DEVELOPMENT = /(?<=创新|融合|协调|转型)发展(?=示范|先行|$)/u;
/** Characters a park name is made of; anything else ends it when reading backwards. */
const NAME_CHARACTER = /[\u4e00-\u9fffA-Za-z0-9（）()]/u;
/** `A、B等特色园区`: a list that says it lists parks (the list, from the clause's start). */
const LISTED_PARKS =
  /([^，,；;。：:等]{2,80})等(?:[一二三四五六七八九十\d]+个)?(特色|重点|国家级|省级|(?!方式|形式)[\u4e00-\u9fff]{2,6}?(?<!物流))?(?:产业)?(?:园区|开发区)/gu;
/** What a listed park's name ends with: a place of work (大飞机园, 临港经济区, 联影小镇, 东方美谷). */
const LISTED_PARK_NAME =
  /^(?!.*(?:地区|协作区))[\u4e00-\u9fffA-Za-z0-9\-—]{2,16}(?:园|区|城|镇|谷|港|湾|岛)$/u;
/**
 * A list closed by a park's suffix its items share: `A产业园、B等产业园`, `宜宾、泸州等高新区`; and
 * that close alone.
 */
const SHARED_SUFFIX =
  '(产业园|工业园|工业集中区|科技园|高新区|经开区|经济技术开发区|经济开发区|高新技术产业开发区|开发区|综合保税区|综保区)(?!区)';
const SHARED_SUFFIX_LIST = new RegExp(`([^，,；;。：:等]{2,80})等${SHARED_SUFFIX}`, 'gu');
const SHARED_SUFFIX_CLOSE = new RegExp(`等${SHARED_SUFFIX}`, 'u');
/** What closes a project's name right after a park's: the project builds that park. */
const BUILT_BY_PROJECT = /^[\u4e00-\u9fff]{0,4}项目/u;
/** A work's name going on from words (`…片区|中药材交易集散中心`): no verb, then what names a work. */
const WORK_GOES_ON =
  /^(?:(?!建设|打造|发展|推进|重点|加快)[\u4e00-\u9fff]){1,16}(?:中心|平台|项目|工程|基地)/u;
/** The most characters of a division's name opening a base's (鄂尔多斯, 湘西州). */
const LONGEST_PLACE = 8;
/**
 * The longest place words open with, by a finder's test (whole, local), of at most `longest`
 * characters ('' when none).
 */
function leadingPlace(words: string, isPlace: (text: string) => boolean, longest = words.length): string {
  for (let length = Math.min(longest, LONGEST_PLACE); length >= 2; length -= 1)
    if (isPlace(words.slice(0, length))) return words.slice(0, length);
  return '';
}

/** How a table's, a figure's or a box's caption opens (表3, 图2, 专栏4). */
const CAPTION = /^(?:表|图|专栏|附表)\s*[\d一二三四五六七八九十]/u;
/** Marks where a list's items part at 和 after a park (a private-use character no text holds). */
const JOINT = '\uE000';
const CONNECTIVES = new Set(['和', '与', '及', '、', '或', '至', '的', '于']);

export class ParkNameReader {
  private readonly suffixes: ParkSuffix[];
  private readonly labelSuffixes: ParkSuffix[];
  private readonly suffixPattern: RegExp;
  private readonly verbs: string[];
  private readonly leadingVerb: RegExp;
  private readonly notParks: Set<string>;

  private readonly typeWords: RegExp;
  private readonly cooperationPrefix: RegExp;
  private readonly baseWork: RegExp;

  constructor(
    private readonly lexicon: ParkLexicon,
    industryTerms: string[] = [],
    /** What a base's name may say it is for; none: no base is a park. */
    private readonly goodsWords?: GoodsWords,
  ) {
    this.baseWork = new RegExp(alternation(lexicon.baseWorkWords) || '$^', 'u');
    this.typeWords = new RegExp(alternation([...lexicon.typeWords, ...industryTerms]) || '$^', 'gu');
    this.cooperationPrefix = new RegExp(`(?:${alternation(lexicon.cooperationPrefixes) || '$^'})$`, 'u');
    const longestFirst = [...lexicon.suffixes].sort((a, b) => b.suffix.length - a.suffix.length);
    // (A label's suffix that may also name a part right after its park, 片区, is both.)
    this.suffixes = longestFirst.filter((suffix) => !suffix.labelOnly || suffix.withinOnly);
    this.labelSuffixes = longestFirst.filter((suffix) => suffix.labelOnly);
    this.suffixPattern = new RegExp(
      `(?:${this.suffixes.map((s) => escapeRegExp(s.suffix)).join('|')})(?:[（(][^）)]{2,6}[）)])?`,
      'gu',
    );
    this.verbs = [...lexicon.leadingVerbs].sort((a, b) => b.length - a.length);
    // (Verbs of two characters or more: one-character ones, 以, 在, stand inside names.)
    this.leadingVerb = new RegExp(alternation(this.verbs.filter((verb) => verb.length >= 2)) || '$^', 'gu');
    this.notParks = new Set(lexicon.notParks);
  }

  /**
   * Park names in a text, with their offsets; `placeAt` finds where a known place starts in a
   * text (-1: none); `own`: the places the document's own parks are named for.
   */
  find(
    text: string,
    placeAt: PlaceFinder,
    own: OwnPlaces = {},
  ): { name: ParkName; start: number; end: number }[] {
    const found: { name: ParkName; start: number; end: number }[] = [];
    let previousEnd = 0;
    for (const match of allMatches(this.suffixPattern, text)) {
      const suffixStart = match.index;
      let start = suffixStart;
      let cut = false;
      for (;;) {
        const char = text[start - 1] ?? '';
        if (start <= previousEnd || !NAME_CHARACTER.test(char) || CONNECTIVES.has(char)) break;
        if (suffixStart - start >= 24) {
          cut = true;
          break;
        }
        start -= 1;
      }
      const end = suffixStart + match[0].length;
      // `培育跨境电商产业园14个`: a count right after counts parks of a kind, and names none.
      if (COUNT_AFTER.test(text.slice(end))) continue;
      // A window cut mid-word is trusted only from a place onwards (…侗族自治县X物流园 is not a name).
      const candidate = text.slice(start, end);
      // (A part a label's suffix names, 片区, only where no work's name goes on from it:
      // 怀化经开区武陵山片区|中药材交易集散中心 names a work, not a part.)
      if (this.labelSuffixes.some((s) => s.suffix === match[0]) && WORK_GOES_ON.test(text.slice(end)))
        continue;
      let name =
        this.ownPark(text.slice(previousEnd, suffixStart), match[0], own.issuer, own.local) ??
        this.provinceZone(text.slice(previousEnd, suffixStart), match[0], own.province) ??
        (cut && placeAt(candidate) < 0 ? null : this.parse(candidate, placeAt)) ??
        this.oneParkInFrame(candidate, text.slice(end), placeAt);
      // A park within a park (怀化高新区综合物流园): the part after the first is no name alone, or
      // one without a place of its own (甘南工业园区|牦牛乳制品产业园) — unless a project builds it
      // (…产业园建设项目: the project lies in the first park; the park it builds is no park yet).
      const previous = found.at(-1);
      const placeless =
        name !== null && placeAt(name.surface) !== 0 && !BUILT_BY_PROJECT.test(text.slice(end));
      // (A place's 园区 right after a park is the park's part there: 南充高新区|嘉陵园区.)
      const placePart = name !== null && this.suffixOf(name.surface)?.placeOnly === true;
      if ((!name || placeless || placePart) && previous && previous.end === start) {
        // (A document's own park written short, 高新区|竹循环经济产业园, opens it by its full name.)
        const outer = previous.name.written
          ? previous.name.surface
          : text.slice(previous.start, previous.end);
        const joined = this.parse(outer + text.slice(previous.end, end), placeAt);
        name =
          joined && previous.name.written ? { ...joined, written: text.slice(previous.start, end) } : joined;
        if (name) start = previous.start;
      }
      if (name) {
        const nameStart =
          end - (name.written ?? name.surface).length - (name.qualifier ? name.qualifier.length + 2 : 0);
        found.push(...this.placesSharingSuffix(text, nameStart, previousEnd, name, placeAt));
        found.push({ name, start: nameStart, end });
        previousEnd = end;
      }
    }
    return found;
  }

  /**
   * The places listed right before a park named by a place and its suffix alone (`陈仓、洋县园区`,
   * `长沙、株洲高新区`): each names a park of that suffix too. Only places, whole, joined by 、.
   */
  private placesSharingSuffix(
    text: string,
    start: number,
    after: number,
    name: ParkName,
    placeAt: PlaceFinder,
  ): { name: ParkName; start: number; end: number }[] {
    const suffix = name.surface.slice(name.place.length);
    // (A park within a list of places, `凤凰、吉首、湘西高新区、芙蓉镇等`, is one of them, not their suffix.)
    const closesList = !/^[、等]/u.test(text.slice(start + (name.written ?? name.surface).length));
    // What follows the last place is shared too when it names a level or a kind of park, no
    // park's own name (福州、厦门、泉州|省级人工智能|产业园; not 长沙、株洲|湘江|高新区).
    const lead = leadingPlace(name.place, placeAt.whole);
    const shared = name.place.slice(lead.length);
    const sharable = this.distinctive(shared.replace(/^(?:国家级?|省级|市级)/u, '')) === false;
    if (text[start - 1] !== '、' || !closesList || name.written || !lead || !sharable) return [];
    const parks: { name: ParkName; start: number; end: number }[] = [];
    let end = start - 1;
    while (text[end] === '、') {
      let itemStart = end;
      while (
        itemStart > after &&
        NAME_CHARACTER.test(text[itemStart - 1] ?? '') &&
        !CONNECTIVES.has(text[itemStart - 1] ?? '')
      )
        itemStart -= 1;
      const place = this.placeOpening(text.slice(itemStart, end), placeAt);
      if (!placeAt.whole(place)) break;
      parks.unshift({
        name: {
          surface: `${place}${shared}${suffix}`,
          place: `${place}${shared}`,
          kind: name.kind,
          ...(name.level ? { level: name.level } : {}),
        },
        start: end - place.length,
        end,
      });
      end = end - place.length - 1;
    }
    return parks;
  }

  /**
   * Reads one candidate (e.g. a table cell) as a park name, or null when it is not one. A name
   * starts at the first place the gazetteer knows (`充分发挥洪江高新区` → 洪江高新区); without a
   * place it must be a distinctive name with no verb, quantity or generic word in it.
   */
  parse(
    candidate: string,
    placeAt: PlaceFinder,
    /** The text speaks of one park (see ONE_PARK_FRAMES): a name of what it is for will do. */
    singular = false,
    /**
     * With `singular`: the name is listed beside parks, which says it names one too, even of a
     * suffix that else needs a place (西部创意产业集聚区, 两江影视产业基地 beside X科技城).
     */
    besideParks = false,
  ): ParkName | null {
    let text = candidate.trim();
    if (!balanced(text)) return null;
    let qualifier: string | undefined;
    const bracket = /[（(]([^）)]{2,6})[）)]$/u.exec(text);
    if (bracket?.[1] && this.suffixes.some((s) => text.slice(0, bracket.index).endsWith(s.suffix))) {
      qualifier = bracket[1];
      text = text.slice(0, bracket.index);
    }
    const suffix = this.suffixOf(text);
    if (!suffix) return null;
    // 中国（湖南）自由贸易试验区: the place is the one in brackets, the name is written whole. (A
    // province other documents are about too: 中国（上海）… in a plan of Hunan.)
    const nationalAt = text.search(/中国[（(]/u);
    const national = nationalAt >= 0 ? /^中国[（(]([^）)]{2,8})[）)]/u.exec(text.slice(nationalAt)) : null;
    if (national?.[1] && (placeAt(national[1]) === 0 || /^[\u4e00-\u9fff]{2,3}$/u.test(national[1]))) {
      const whole = text.slice(text.indexOf(national[0]));
      // (A part's suffix names a part of the zone before it: 中国（X）自由贸易试验区|南宁片区.)
      const zone = suffix.withinOnly
        ? this.parkWithin(whole.slice(0, -suffix.suffix.length), placeAt)
        : undefined;
      if (suffix.withinOnly && !zone) return null;
      return {
        surface: whole,
        place: national[1],
        kind: suffix.kind,
        ...(suffix.level ? { level: suffix.level } : {}),
        ...(zone ? { within: zone } : {}),
      };
    }
    let placeIndex = placeAt(text.slice(0, text.length - suffix.suffix.length));
    // 紫云山（包河）文化创意产业园, 西部（重庆）科学城: a place in brackets qualifies the word before it,
    // which the name starts with.
    if (placeIndex > 0 && /[（(]/u.test(text[placeIndex - 1] ?? '')) {
      text = this.stripVerbs(text);
      placeIndex = 0;
    }
    // 中新济南未来产业城: a zone two countries build opens with their pair, before its place.
    const pair = placeIndex > 0 ? this.cooperationPrefix.exec(text.slice(0, placeIndex)) : null;
    if (pair) placeIndex -= pair[0].length;
    text = placeIndex >= 0 ? text.slice(placeIndex) : this.stripVerbs(text);
    // 贵安新区, 雄安新区: a zone a published list names, though no division the gazetteer holds does.
    const known = placeIndex < 0 ? this.lexicon.knownNames.find((name) => text.endsWith(name)) : undefined;
    if (known) return { surface: known, place: known.slice(0, -suffix.suffix.length), kind: suffix.kind };
    if (this.notParks.has(text)) return null;
    // (The place part starts after the pair: where the zone lies is the place's.)
    let prefix = text.slice(pair?.[0].length ?? 0, text.length - suffix.suffix.length);
    let level = suffix.level;
    // 国家/省级 right before the suffix is the park's level, not part of its place.
    const qualified = /(国家级?|省级)$/u.exec(prefix);
    const byState = qualified?.[1]?.startsWith('国家') === true;
    if (qualified) {
      level = byState ? '国家级' : '省级';
      prefix = prefix.slice(0, qualified.index);
    }
    if (suffix.goodsAfterPlace) {
      const base = this.goodsBase(text, prefix, suffix, level, placeIndex, placeAt);
      if (base || !singular || !besideParks || !prefix.endsWith('产业')) return base;
    }
    if (singular) return this.oneParkOfAKind(text, prefix, suffix, level, placeIndex, besideParks);
    if (prefix.length < 2 || GENERIC_PREFIX.test(prefix)) return null;
    // `宝坻区建设中关村科技城`: a place, then a verb, then the name.
    if (this.hasNotNameWord(prefix)) return placeIndex >= 0 ? this.afterVerb(text, prefix, placeAt) : null;
    // `A产业园和B产业园` read whole is two names, not one.
    if (
      /[和与及、]/u.test(prefix.replace(/[（(][^）)]*[）)]/gu, '')) &&
      this.suffixes.some((s) => prefix.includes(s.suffix))
    )
      return null;
    // (A zone the state names, 黄河三角洲国家农高区, may be named by an area no gazetteer holds;
    // a province's level before a kind names none without a place: 实行现行省级开发区政策.)
    const stateNamed = byState && prefix.length >= 4;
    if (placeIndex < 0 && qualified && !byState) return null;
    if (
      placeIndex < 0 &&
      ((suffix.needsPlace && !stateNamed) ||
        prefix.length < (suffix.shortNameAlone ? 2 : 4) ||
        !this.distinctive(prefix))
    )
      return null;
    // (A province's 园区 are all its parks: 湖南省园区产业布局 names none.)
    const within = this.parkWithin(prefix, placeAt);
    // (Or a place's 园区 within a park: 南充高新区|嘉陵园区.)
    const placeWithin = within !== undefined && placeAt.whole(prefix.slice(within.surface.length));
    if (suffix.placeOnly && !placeWithin && (!placeAt.whole(prefix) || /(?:省|自治区)$/u.test(prefix)))
      return null;
    if (suffix.withinOnly && !within) return null;
    if (within && suffix.longestPart && prefix.length - within.surface.length > suffix.longestPart)
      return null;
    return {
      surface: text,
      place: prefix,
      kind: suffix.kind,
      ...(level ? { level } : {}),
      ...(qualifier ? { qualifier } : {}),
      ...(within ? { within } : {}),
    };
  }

  /**
   * A park named by what it is for (现代竹产业园), read where the text speaks of one park: no
   * scope, count or verb in its name, a suffix that needs no place, and no place or park in it
   * (those the plain reading takes).
   */
  private oneParkOfAKind(
    text: string,
    prefix: string,
    suffix: ParkSuffix,
    level: string | undefined,
    placeIndex: number,
    besideParks: boolean,
  ): ParkName | null {
    if (
      placeIndex >= 0 ||
      (suffix.needsPlace && !besideParks) ||
      suffix.placeOnly ||
      suffix.withinOnly ||
      prefix.length < 2 ||
      SCOPE_PREFIX.test(prefix) ||
      // a programme's kind of park (国家火炬特色产业基地), not one park
      /^(?:国家|省)/u.test(prefix) ||
      this.hasNotNameWord(prefix.replace(SHOWS_DEVELOPMENT, '')) ||
      this.suffixes.some((s) => prefix.includes(s.suffix))
    )
      return null;
    return { surface: text, place: prefix, kind: suffix.kind, ...(level ? { level } : {}) };
  }

  /**
   * A base named by a city or a county and the goods it is for (铜川高端铝产业基地, 永州电机制造
   * 基地): the place, a level at most, the goods, and 产业 or 制造 at most.
   */
  private goodsBase(
    text: string,
    prefix: string,
    suffix: ParkSuffix,
    level: string | undefined,
    placeIndex: number,
    placeAt: PlaceFinder,
  ): ParkName | null {
    if (placeIndex !== 0 || this.hasNotNameWord(prefix)) return null;
    // (Two characters at least left for the goods.)
    const place = leadingPlace(prefix, placeAt.local, prefix.length - 2);
    if (!place) return null;
    const named = prefix.slice(place.length).replace(/^(?:国家级?|省级)/u, '');
    const goods = named.replace(/(?:产业|制造)$/u, '');
    const words = this.goodsWords;
    if (!words || goods.length < 2 || this.hasNotNameWord(goods) || this.baseWork.test(goods)) return null;
    // A base of a product (航空零部件基地); of an industry only when its name says so (电机制造
    // 基地, not 通航基地, an airfield); of goods no vocabulary knows only as 产业 (高端铝产业基地).
    const admitted =
      words.endsWithProduct(goods) ||
      (goods !== named && words.knows(goods)) ||
      (named.endsWith('产业') && words.namesGoods(goods));
    if (!admitted) return null;
    return { surface: text, place: prefix, kind: suffix.kind, goods, ...(level ? { level } : {}) };
  }

  /**
   * A park named by what it is for, where the text around it speaks of one park
   * (`推动现代竹产业园建设`): `candidate` as read back from the suffix, `after` the text after it.
   */
  private oneParkInFrame(candidate: string, after: string, placeAt: PlaceFinder): ParkName | null {
    for (const frame of ONE_PARK_FRAMES) {
      if (!frame.after.test(after)) continue;
      for (let start = candidate.length - 3; start > 0; start -= 1) {
        if (!frame.before.test(candidate.slice(0, start))) continue;
        const name = this.parse(candidate.slice(start), placeAt, true);
        if (name) return name;
      }
    }
    return null;
  }

  /** The park a name's place part opens with (怀化高新区|电子信息), the longest that is one. */
  private parkWithin(prefix: string, placeAt: PlaceFinder): ParkName | undefined {
    for (let end = prefix.length; end >= 4; end -= 1) {
      if (!this.suffixOf(prefix.slice(0, end))) continue;
      const outer = this.parse(prefix.slice(0, end), placeAt);
      if (outer) return outer;
    }
    return undefined;
  }

  /**
   * Reads the label a paragraph opens with (——株山片区。, 青石园区：) as a park: any park name, or a
   * short name before a suffix that names a park only so (片区, 组团) when the paragraph (`line`)
   * speaks of an industrial area (以…为龙头, 产业区), not of townships.
   */
  parseLabel(label: string, placeAt: PlaceFinder, line: string): ParkName | null {
    const text = label.trim();
    // (A table's or a box's caption, `表3 园区内产业园`, names what it lists, no park.)
    if (CAPTION.test(text)) return null;
    const name = this.parse(text, placeAt);
    // (A short sentence ending with a park, `一批A项目落户X经开区。`, is no label: only a list mark
    // may stand before the name.)
    const nameAt = name ? text.lastIndexOf(name.written ?? name.surface) : -1;
    if (name) return /[\u4e00-\u9fff]/u.test(text.slice(0, Math.max(nameAt, 0))) ? null : name;
    const suffix = this.labelSuffixes.find((s) => text.endsWith(s.suffix));
    if (!suffix || !this.lexicon.industrialAreaWords.some((word) => line.includes(word))) return null;
    const prefix = text.slice(0, text.length - suffix.suffix.length);
    if (
      prefix.length < 2 ||
      prefix.length > 8 ||
      !/^[\u4e00-\u9fff]+$/u.test(prefix) ||
      GENERIC_PREFIX.test(prefix) ||
      this.hasNotNameWord(prefix) ||
      !this.distinctive(prefix)
    )
      return null;
    return { surface: text, place: prefix, kind: suffix.kind };
  }

  /**
   * Whether a prefix without a place names one park rather than a type of park: something
   * must remain once industries and generic modifiers (现代, 智能, 冷链, 养殖…) are taken out.
   */
  private distinctive(prefix: string): boolean {
    const rest = prefix.replace(this.typeWords, '');
    return rest.replace(/[（）()]/gu, '').length >= 2;
  }

  private hasNotNameWord(prefix: string): boolean {
    return (
      this.lexicon.notNameWords.some((word) => prefix.includes(word)) ||
      // a count (3个, 五大, 两类), not a name that starts with a numeral (九江, 十堰, 六安)
      /^(?:\d|[一二三四五六七八九十两百千]+(?:[个家座批大类项期型]|$)|[一二三四五六七八九十]{2})/u.test(
        prefix,
      ) ||
      // quantities (3个, 一批), not the 家 of 国家
      /[\d一二三四五六七八九十两几多][个家座批]/u.test(prefix) ||
      // a class by output (五百亿级开发区, 千亿级园区), not a name
      /[百千万亿]级$/u.test(prefix) ||
      // a time (江西省2027年一季度|开发区运行情况: a title's words, not a name)
      /\d{4}年|季度|年度|半年/u.test(prefix) ||
      // a count of the kind right before it (A高新区、B经开区三大|开发区)
      /(?:\d|[一二三四五六七八九十两])大$/u.test(prefix)
    );
  }

  /**
   * A document's own park, named by the kind of region that issued it and the park's kind
   * (依托市高新区, 本县经开区), after a verb, a connective or a break: named for `ownPlace`
   * (洪江 + 高新区). `before`: the text before the suffix; `written`: the suffix as matched.
   */
  private ownPark(before: string, written: string, ownPlace?: string, bare = false): ParkName | null {
    if (!ownPlace) return null;
    const own = OWN_PARK_PREFIX.exec(before);
    // A city's or county's plan calls its own zone by its short kind alone (推动高新区提质).
    const alone = !own && bare && written in this.lexicon.shortForms;
    if (!own && !alone) return null;
    const suffix = this.suffixes.find((s) => written.startsWith(s.suffix));
    const opener = own ? before.slice(0, own.index) : before;
    // (本市园区 speaks of all the city's parks: a county's 园区 is named by the county.)
    if (!this.opensName(opener) || !suffix || suffix.placeOnly || written !== suffix.suffix) return null;
    return {
      surface: `${ownPlace}${suffix.suffix}`,
      written: `${own?.[0] ?? ''}${written}`,
      place: ownPlace,
      kind: suffix.kind,
      ...(suffix.level ? { level: suffix.level } : {}),
    };
  }

  /**
   * A zone the province has one of, written alone after a break, a connective or a verb
   * (自贸试验区及临港新片区…, 推动自贸试验区提质): the issuing province's, named in full.
   */
  private provinceZone(before: string, written: string, province?: string): ParkName | null {
    const suffix = this.suffixes.find((s) => s.suffix === written);
    if (!province || !suffix?.provinceZoneName || !this.opensName(before)) return null;
    return {
      surface: suffix.provinceZoneName.replace('{province}', province),
      written,
      place: province,
      kind: suffix.kind,
      ...(suffix.level ? { level: suffix.level } : {}),
    };
  }

  /** Whether a name can start after this text: at a break, a connective or a verb. */
  private opensName(before: string): boolean {
    const last = before.at(-1) ?? '';
    return (
      before === '' ||
      !NAME_CHARACTER.test(last) ||
      CONNECTIVES.has(last) ||
      this.verbs.some((verb) => before.endsWith(verb))
    );
  }

  /**
   * A list's first item without the words before it: the verbs, or whatever stands before a
   * place's whole name that ends it (支持|宜宾 of `支持宜宾、泸州等高新区`).
   */
  private placeOpening(text: string, placeAt: PlaceFinder): string {
    const stripped = this.stripVerbs(text);
    const at = placeAt(stripped);
    return at > 0 && placeAt.whole(stripped.slice(at)) ? stripped.slice(at) : stripped;
  }

  /**
   * The name after the last verb that builds in a candidate opening with a place (`宝坻区建设|
   * 中关村科技城`), read as a name of its own. (Not one a place is to win, `创建|绿色矿山示范园`:
   * a kind of park.)
   */
  private afterVerb(text: string, prefix: string, placeAt: PlaceFinder): ParkName | null {
    const built = allMatches(BUILDS, prefix).at(-1);
    if (built && built.index > 0) return this.parse(text.slice(built.index + built[0].length), placeAt);
    // `嘉陵区依托|南充高新区`: after any verb a name may open, when a place opens it again.
    const verb = allMatches(this.leadingVerb, prefix).at(-1);
    const rest = verb && verb.index > 0 ? text.slice(verb.index + verb[0].length) : '';
    return rest && placeAt(rest) === 0 ? this.parse(rest, placeAt) : null;
  }

  private stripVerbs(text: string): string {
    let stripped = text;
    for (let changed = true; changed; ) {
      changed = false;
      for (const verb of this.verbs) {
        if (stripped.startsWith(verb) && stripped.length > verb.length + 2) {
          stripped = stripped.slice(verb.length);
          changed = true;
        }
      }
    }
    return stripped;
  }

  /**
   * The items of a list that says it lists parks (`提升联影小镇、东方美谷等特色园区能级`), each
   * ending like a place of work (园, 区, 城, 镇, 谷, 港…): parks, whatever their suffix, with the
   * kind of park the list names (数字经济 of `…等数字经济园区`). Lists of logistics sites
   * (…等物流园区) are left to the projects.
   */
  listedParks(text: string, placeAt: PlaceFinder): { parks: ParkName[]; kind: string }[] {
    const lists: { parks: ParkName[]; kind: string }[] = [];
    for (const match of allMatches(LISTED_PARKS, text)) {
      const names: ParkName[] = [];
      const items = (match[1] ?? '').split('、');
      items[0] = this.stripVerbs(items[0] ?? '');
      for (const written of items) {
        const item = written.replace(/^“|”$/gu, '');
        const parsed = this.parse(item, placeAt);
        if (parsed) names.push(parsed);
        // (A list of parks may name one for what it shows: …创新发展示范园, …融合发展示范区.)
        else if (
          LISTED_PARK_NAME.test(item) &&
          !GENERIC_PREFIX.test(item) &&
          !this.hasNotNameWord(item.replace(SHOWS_DEVELOPMENT, ''))
        )
          names.push({ surface: item, place: item, kind: '园区' });
      }
      if (names.length > 0) lists.push({ parks: names, kind: match[2] ?? '' });
    }
    return lists;
  }

  /**
   * The items of a list closed by a park's suffix (`支持汝城湘江源皮具产业园、嘉禾轻纺制鞋等产业园`)
   * that open with a place and have no suffix of their own: parks with the list's suffix
   * (嘉禾轻纺制鞋产业园), each with where its item starts.
   */
  sharedSuffixParks(text: string, placeAt: PlaceFinder): { name: ParkName; start: number }[] {
    const parks: { name: ParkName; start: number }[] = [];
    // (Few texts close a list so: the long pattern is tried only on those.)
    if (!SHARED_SUFFIX_CLOSE.test(text)) return parks;
    for (const match of allMatches(SHARED_SUFFIX_LIST, text)) {
      const items = (match[1] ?? '').split('、');
      if (items.length < 2) continue;
      let start = match.index;
      for (const [index, written] of items.entries()) {
        const itemStart = start;
        start += written.length + 1;
        const item = index === 0 ? this.placeOpening(written, placeAt) : written;
        if (this.suffixOf(item) || placeAt(item) !== 0) continue;
        const name = this.parse(`${item}${match[2]}`, placeAt);
        if (name) parks.push({ name, start: itemStart + written.length - item.length });
      }
    }
    return parks;
  }

  /**
   * The other items of an enumeration two or more of whose items are parks (`推动吴淞创新城、南大
   * 智慧城、湾区科创城开发提速`): named like a place of work with no park's suffix (…城, …谷),
   * they are parks too. An item with a park's suffix listed with one park is one park, though
   * named only by what it is for (`推动市高新区、生态科技产业园等平台建设`).
   * `found`: the parks named in the text, with their offsets. (The last item only when 等 closes
   * it: what follows a last item is the clause's.)
   */
  siblingParks(
    text: string,
    found: readonly { start: number; end: number }[],
    placeAt: PlaceFinder,
  ): { name: ParkName; start: number }[] {
    const siblings: { name: ParkName; start: number }[] = [];
    for (const clause of allMatches(/[^，,；;。：:]+/gu, text)) {
      // Items part at 、, and at 和/及/与 right after a park (A、B科技城和C产业基地).
      // (The last item joined so is whole, as one a 等 closes.)
      const parted = clause[0].replace(/[和及与]/gu, (joint, at: number) =>
        found.some((park) => park.end === clause.index + at) ? JOINT : joint,
      );
      const lastJoined = parted.lastIndexOf(JOINT) > parted.lastIndexOf('、');
      const items = parted.split(/[、\uE000]/u);
      if (items.length < 2) continue;
      let start = clause.index;
      const read = items.map((written, index) => {
        const itemStart = start;
        start += written.length + 1;
        const isPark = found.some(
          (park) => park.start >= itemStart && park.end <= itemStart + written.length,
        );
        const closed = /^(.+?)等/u.exec(written)?.[1];
        const last = lastJoined ? (closed ?? written) : closed;
        const words = index === items.length - 1 ? last : index === 0 ? this.stripVerbs(written) : written;
        const item = words?.replace(/^[“"]|[”"]$/gu, '');
        return { isPark, item, at: itemStart + (words ? written.indexOf(words) : 0) };
      });
      const parksListed = read.filter((entry) => entry.isPark).length;
      if (parksListed === 0) continue;
      for (const { isPark, item, at } of read) {
        if (isPark || !item) continue;
        if (this.suffixOf(item)) {
          const one = this.parse(item, placeAt, true, true);
          if (one) siblings.push({ name: one, start: at });
          continue;
        }
        if (parksListed < 2 || items.length < 3 || !LISTED_PARK_NAME.test(item) || GENERIC_PREFIX.test(item))
          continue;
        // (Not a logistics site or a market, works: 物流城, 商贸城.)
        if (this.hasNotNameWord(item) || /物流|商贸|商城|市场/u.test(item)) continue;
        if (!/[城谷]$/u.test(item)) continue;
        siblings.push({ name: { surface: item, place: item, kind: '园区' }, start: at });
      }
    }
    return siblings;
  }

  /** Whether a text opens with a zone suffix (产业园…): what stands before it is a park's name. */
  suffixAt(text: string): boolean {
    // (Not a part's suffix, 园 of X高新区Y园: words go on into it only after a park; nor a base's,
    // which names a park only after a place.)
    return this.suffixes.some(
      (suffix) => !suffix.withinOnly && !suffix.goodsAfterPlace && text.startsWith(suffix.suffix),
    );
  }

  /** Whether a text opens with a zone suffix and a count (产业园14个): parks of a kind, no name. */
  countedAt(text: string): boolean {
    const suffix = this.suffixes.find((s) => text.startsWith(s.suffix));
    return suffix !== undefined && COUNT_AFTER.test(text.slice(suffix.suffix.length));
  }

  /** The zone suffix a name ends with (产业园, 高新区), longest first; undefined for none. */
  suffixOf(surface: string): ParkSuffix | undefined {
    return this.suffixes.find((suffix) => surface.endsWith(suffix.suffix));
  }

  /** The short form plans use for a zone: 怀化高新技术产业开发区 → 怀化高新区. */
  shortForm(name: ParkName): string | undefined {
    const short = Object.entries(this.lexicon.shortForms).find(([, long]) => name.surface.endsWith(long));
    return short ? `${name.place}${short[0]}` : undefined;
  }
}

function balanced(text: string): boolean {
  const open = (text.match(/[（(]/gu) ?? []).length;
  const close = (text.match(/[）)]/gu) ?? []).length;
  return open === close;
}
