/**
 * Goals in running text: in a sentence that sets targets (主要预期目标是…, 力争…, 到2030年…),
 * every clause of the form <indicator><verb?><number><unit><qualifier?> is one goal —
 * `地区生产总值增长5%左右`, `城镇新增就业110万人以上`, `粮食产量稳定在1300亿斤以上`,
 * `新建、改造供水管网6公里`. The words are data (data/lexicon/goal-grammar.json).
 */
import { parseChineseNumber } from '../read/chinese-numerals.ts';
import { allMatches, alternation, type GoalGrammar } from './lexicons.ts';

export interface GoalClause {
  /** What is measured, as written, without the verb: 地区生产总值. */
  indicator: string;
  value: number;
  /** The upper end of a range (5%—5.5%), else null. */
  valueMax: number | null;
  unit: string;
  /** As written: 左右, 以上, 不低于, 达到…; null when the text gives none. */
  qualifier: string | null;
  /** growth: a change (增长5%); level: a value to reach (达到65%). */
  kind: 'growth' | 'level';
  /** The year the text names for it (到2030年), else null. */
  year: number | null;
  /** The promise as written, from the verb or the number on: 达到65%左右, 6.5%以上. */
  target: string;
  /** The clause as written (verbatim in the sentence). */
  text: string;
}

const NUMBER = '(\\d+(?:\\.\\d+)?)';
/** A number, or so many units of one size (2×100 万千瓦: two units of a million kW each). */
const UNITS_NUMBER = '((?:\\d+\\s*[×xX]\\s*)?\\d+(?:\\.\\d+)?)';
/** The amount a number written so stands for: 2×100 → 200. */
function amount(written = ''): number {
  return written
    .split(/\s*[×xX]\s*/u)
    .map(Number)
    .reduce((product, factor) => product * factor, 1);
}
/** A table cell's value may fall: [-33%] (a rate to cut by a third over the period). */
const SIGNED_NUMBER = '(-?\\d+(?:\\.\\d+)?)';
const RANGE_SEPARATOR = '[—–\\-~～至到]';
const MAX_INDICATOR_LENGTH = 24;
/** The year being written in, or the next (今年以来 looks back over it). */
const AHEAD = /今年(?!以来)|明年/u;
/** A short subject and its cue opening an indicator: 园区力争…. Group: the subject. */
const CUE_AFTER_SUBJECT = /^([\u4e00-\u9fff]{1,6}?)(?:力争|确保|争取)/u;
/** Measures a project's capacity is given in (not counts: 新建5个项目 counts them). */
const CAPACITY_IN_NAME = /吨|瓦|伏安|千伏|立方米|平方米|套|台|辆|亩|MW|GW|kW|万只|万件|片/u;
/** A project's name going on after a measure: 年产5万吨|锂电池隔膜项目, 5×100000立方米|中石油怀化油库. */
const NAME_GOES_ON =
  /^[\u4e00-\u9fffA-Za-z0-9]{1,20}?(?:项目|工程|生产线|基地|油库|储气库|冷库|仓库|电站|码头|泊位)/u;
/** A year a sentence is dated by (not one it compares with, 比2020年, or one bounding a class, 2005年以前). */
const DATED_YEAR = /(?<![比较与从])(20\d\d)年(?!以前|之前|前|以后|之后)/gu;
/** The year a target is for: 到2030年, 力争在 2025 年 (spaced as text from PDF often is). */
const TARGET_YEAR = /(?:力争)?(?:到|在)\s*(20\d\d)\s*年(?:底|末)?/u;

/** A pattern matching any of the words (none: never). */
function anyWord(words: readonly string[]): RegExp {
  return new RegExp(words.length > 0 ? alternation(words) : '(?!)', 'u');
}

/** What a section's headings make of the sentences in it. */
type SectionKind = 'rules' | 'review' | 'targets' | 'other';

export class GoalClauseReader {
  private readonly goal: RegExp;
  private readonly growthVerb: RegExp;
  private readonly levelVerb: RegExp;
  private readonly leads: RegExp;
  /** An indicator that is only an action (重点打造, 新建): what it counts follows the number. */
  private readonly actionAtEnd: RegExp;
  /** What each place is to do before what it is to have (每个乡镇|至少建设|…). */
  private readonly scopedAction: RegExp;
  /** The action opening a list of what is counted (新建A、B等5条…). */
  private readonly actionAtStart: RegExp;
  /** A qualifier written before the action rather than the number: 至少|建成 1 个. */
  private readonly qualifiedAction: RegExp;
  /** A count given as a range: 3—4个, 10-15家. */
  private readonly countRange: RegExp;
  /** One value of a 分别 list: 3.5%左右. */
  private readonly respectiveValue: RegExp;
  private readonly valueRun: RegExp;
  /** The verb a 分别 list's values follow: 增长, 达到. */
  private readonly respectiveVerb: RegExp;
  /** A table cell holding one value: ≥195, 95以上, [8000], 6-7. */
  private readonly cellValue: RegExp;
  /** The cue lists as one pattern each (a sentence is scanned once, not once per word). */
  private readonly resultCue: RegExp;
  private readonly targetCue: RegExp;
  private readonly additionCue: RegExp;
  private readonly actionCue: RegExp;
  private readonly countingCue: RegExp;
  /** What a section's heading path says of its sentences (sentences come a section at a time). */
  private lastSection: { section: string; pastYear?: number; kind: SectionKind } | undefined;
  /** Per plan period, the pattern that finds it named as the time of what is said. */
  private readonly periodAsTime = new Map<string, RegExp>();

  constructor(private readonly grammar: GoalGrammar) {
    // A counted unit in ten thousands or hundred millions is a unit too (1.25万项, 3亿条).
    const units = alternation([
      ...new Set([...grammar.units, ...grammar.countUnits.flatMap((unit) => [`万${unit}`, `亿${unit}`])]),
    ]);
    // qualifier before, number, (range end), unit, qualifier after: 不低于5%—5.5%左右
    const value = `(${alternation(grammar.qualifiersBefore)})?\\s*${UNITS_NUMBER}(?:%?\\s*${RANGE_SEPARATOR}\\s*${NUMBER})?\\s*(${units})\\s*(${alternation(grammar.qualifiersAfter)})?`;
    // the indicator, then its value
    this.goal = new RegExp(`([^，,；;。：:]*?)${value}`, 'gu');
    this.growthVerb = new RegExp(`(${alternation(grammar.growthVerbs)})$`, 'u');
    this.levelVerb = new RegExp(`(${alternation(grammar.levelVerbs)})$`, 'u');
    this.leads = new RegExp(`^(?:${alternation(grammar.indicatorLeads)})+`, 'u');
    // Actions and verbs that count what follows the number (新建, 建设…): what an indicator may end with.
    const counting = alternation([...grammar.actionCues, ...grammar.countingVerbs]);
    this.actionAtEnd = new RegExp(`(?:${counting})$`, 'u');
    this.actionAtStart = new RegExp(`^(?:${alternation(grammar.actionCues)})+`, 'u');
    this.scopedAction = new RegExp(`^(?:至少|均|要|都|全部)?(?:${counting})+`, 'u');
    this.countRange = new RegExp(`\\d+${RANGE_SEPARATOR}\\d+(?:${alternation(grammar.countUnits)})`, 'u');
    this.qualifiedAction = new RegExp(`(${alternation(grammar.qualifiersBefore)})(?=(?:${counting})$)`, 'u');
    this.respectiveValue = new RegExp(value, 'gu');
    // Two or more values joined by 、 that end a clause: 80万亩、230万亩.
    const bare = value.replace(/\((?!\?)/gu, '(?:');
    this.valueRun = new RegExp(`(?:${bare}\\s*[、和及]\\s*)+${bare}\\s*$`, 'u');
    this.cellValue = new RegExp(
      `^(${alternation(grammar.qualifiersBefore)})?\\s*([\\[［【〔])?\\s*${SIGNED_NUMBER}(?:%?${RANGE_SEPARATOR}${NUMBER})?\\s*(?:%(?=\\s*[\\]］】〕]))?\\s*[\\]］】〕]?\\s*(?:${units})?\\s*(${alternation(grammar.qualifiersAfter)})?$`,
      'u',
    );
    this.resultCue = anyWord(grammar.resultCues);
    this.targetCue = anyWord(grammar.targetCues);
    this.additionCue = anyWord(grammar.additionCues);
    this.actionCue = anyWord(grammar.actionCues);
    this.countingCue = anyWord(grammar.countingVerbs);
    this.respectiveVerb = new RegExp(
      `^(${alternation([...grammar.levelVerbs, ...grammar.growthVerbs])})?`,
      'u',
    );
  }

  /**
   * A table cell's value as a number, with its qualifier as written (`≥`, `以上`); a value in
   * brackets is summed over the plan period (累计), as plans' indicator tables mark it. Null when
   * the cell holds no single value (words, or nothing).
   */
  readCell(text: string): { value: number; valueMax: number | null; qualifier: string | null } | null {
    const compact = text
      .replace(/\s+/gu, '')
      .replace(/(\d)[,，](\d{3})/gu, '$1$2')
      // (A minus sign as PDFs and word processors write it.)
      .replace(/[−－](?=\d)/gu, '-');
    const match = this.cellValue.exec(compact);
    if (!match) {
      // A cell that says how to get there (下降到30微克/立方米, 控制在5%以内): its one promise,
      // read as a clause (目标 stands in for the row's indicator).
      const [goal, ...more] = this.read(`目标${compact}`);
      return goal && more.length === 0
        ? { value: goal.value, valueMax: goal.valueMax, qualifier: goal.qualifier }
        : null;
    }
    const [, before, bracket, value, valueMax, after] = match;
    // As in sentences, the qualifier after the number says more than the verb before it (控制在5%以内).
    const qualifier = [bracket ? '累计' : '', after ?? before ?? ''].join('');
    return {
      value: Number(value),
      valueMax: valueMax === undefined ? null : Number(valueMax),
      qualifier: qualifier || null,
    };
  }

  /**
   * Whether a sentence sets targets rather than reports results. `looksBack`: the document also
   * reports on the past (a work report, a gazette) — then its review sections (`section`, the
   * sentence's heading path) hold results, and its other sections a target cue or an action.
   */
  setsTargets(
    written: string,
    section: string,
    looksBack = false,
    pastYear?: number,
    /** The sentence lists what a plan will build (a five-year plan's 专栏): what it builds is planned. */
    planned = false,
  ): boolean {
    // Text converted from PDF often spaces numbers apart (到 2025 年): cues are read without.
    const sentence = written.replace(/\s+/gu, '');
    // (A period compared with, 较“十三五”翻一番, dates nothing: it is no result.)
    if (this.resultCue.test(sentence.replace(COMPARED_PERIOD, ''))) return false;
    // `2020年规模以上工业企业达1196家`: a sentence dated only before the period reports (a year
    // it compares with, 比2020年下降…, dates nothing).
    if (this.datedBefore(sentence, pastYear)) return false;
    const kind = this.sectionKind(section, pastYear);
    // A cue in the sentence, or a section of targets it stands in (第四节 主要目标和指标体系).
    // A count given as a range (发展3—4个, 引进3—5家) is planned: results are counted exactly.
    // (So does a quota per place: 每个乡镇至少建设1所…, a count each is to have.)
    const hasCue =
      this.targetCue.test(sentence) ||
      this.countRange.test(sentence) ||
      PER_PLACE_COUNT.test(sentence) ||
      kind === 'targets';
    // Rules (a gazette's 实施办法, 补偿标准) set amounts and deadlines, not targets; a review
    // section (“十三五”时期发展成就, 2025年工作回顾) reports results in any document.
    if (kind === 'rules' || kind === 'review') return false;
    // (What a plan's 专栏 builds, develops or keeps, 建设…, 严守…, it plans.)
    if (planned && this.countingCue.test(sentence)) return true;
    // 新增国家5A级景区1个: what a text adds promises it, in a plan too.
    if (!looksBack) return hasCue || this.additionCue.test(sentence);
    return hasCue || this.actionCue.test(sentence);
  }

  /** What a section's heading path says of the sentences in it (see setsTargets). */
  private sectionKind(section: string, pastYear?: number): SectionKind {
    const last = this.lastSection;
    if (last && last.section === section && last.pastYear === pastYear) return last.kind;
    const headings = section.split(' › ').map(headingTitle);
    const kind: SectionKind = headings.some((title) => this.titled(title, this.grammar.ruleSections))
      ? 'rules'
      : headings.some((title) => this.titled(title, this.grammar.reviewSections)) ||
          (pastYear !== undefined && section.includes(`${pastYear}年`))
        ? 'review'
        : this.titled(headings.at(-1) ?? '', this.grammar.targetSections)
          ? 'targets'
          : 'other';
    this.lastSection = { section, pastYear, kind };
    return kind;
  }

  /**
   * Whether a heading's title names a section of this kind (`决胜…取得决定性成就`: a review): it
   * ends with one of the words, and is no task that only uses them (推进…,夯实“三农”发展基础,
   * 提高困难群体救助标准).
   */
  private titled(title: string, words: readonly string[]): boolean {
    return (
      words.some((word) => title.endsWith(word)) &&
      !this.grammar.taskHeadingVerbs.some((verb) => title.startsWith(verb))
    );
  }

  /**
   * The last year of the plan period a text names (“十五五”时期 → 2030), if it names one. `asTime`:
   * only a period named as the time of what is said (“十五五”期间, 到“十五五”末), not one a clause
   * refers to (达到国家下达“十五五”目标任务的序时进度).
   */
  periodYear(text: string, asTime = false): number | undefined {
    // `“十四五”时期发展成就和“十五五”时期主要目标任务`: what is aimed at lies in the later one.
    const years = Object.entries(this.grammar.periodYears)
      .filter(([period]) => (asTime ? this.periodAsTimePattern(period).test(text) : text.includes(period)))
      .map(([, year]) => year);
    return years.length > 0 ? Math.max(...years) : undefined;
  }

  /**
   * `每个县市区创建5星级休闲农庄`, `每个乡镇至少建设…较好的标准化寄宿制学校`: what each place is
   * to have, without the having (and what describes it before 的).
   */
  private perPlace(indicator: string): string {
    const scope = DISTRIBUTIVE.exec(indicator);
    if (!scope) return indicator;
    const rest = indicator.slice(scope.index + scope[0].length);
    const action = this.scopedAction.exec(rest);
    if (!action) return indicator;
    const thing = rest.slice(action[0].length).replace(DESCRIBED, '');
    return thing.length >= 2 ? `${scope[0]}${thing}` : indicator;
  }

  /**
   * `培植2-3个油茶精深加工企业`: a count's measure word (or an area's, a capacity's) right before a
   * noun counts that noun, whatever the verb — unless a number after it says the count is of
   * places (在8个县建设…6.2万亩; a number after the next item's start, 1所A、每个街道…1所B, does
   * not), or the words before are a batch (一批…的县城).
   */
  private countsNounAfter(
    unit: string,
    indicator: string,
    after: string,
    counted: string,
    countsWhere: boolean,
  ): boolean {
    return (
      (this.grammar.countUnits.includes(unit) || MEASURED_BEFORE_NOUN.test(unit)) &&
      (!countsWhere || /^\s*[、和及与]/u.test(after.slice(counted.length))) &&
      // (Not what a 的 after the count describes: 45万人以上|的目标.)
      /^(?!的)[\u4e00-\u9fff“]/u.test(after) &&
      !/(?:一批|若干)$/u.test(indicator)
    );
  }

  /**
   * What is counted, as an indicator: without what describes it before 的 (具有怀化特色的|省级众创
   * 空间) — unless that is an action, where the count is of what the action is done in (20个重点
   * 产业赛道|形成…的标志性成果) — or its building (…2个加气站|建设).
   */
  private countedName(counted: string): string {
    const described = DESCRIBED.exec(counted)?.[0];
    const name =
      described && !this.actionCue.test(described) && !this.countingCue.test(described)
        ? counted.slice(described.length)
        : counted;
    return name.replace(/(?<=[\u4e00-\u9fff]{2})建设$/u, '');
  }

  private periodAsTimePattern(period: string): RegExp {
    let pattern = this.periodAsTime.get(period);
    if (!pattern) {
      pattern = new RegExp(`${period}[”"]?(?:期间|时期|末|内|规划期)|^[“"]?${period}`, 'u');
      this.periodAsTime.set(period, pattern);
    }
    return pattern;
  }

  /**
   * A clause that sets several goals at once: `城镇和农村居民人均可支配收入分别增长4%左右和6%左右`,
   * `一二三产增加值分别增长3.5%、6%、5%` — one goal per subject, in order, when the counts agree.
   */
  private readRespectively(clause: string, year: number | null): GoalClause[] {
    // 分别, or its values written one after another at the clause's end (早稻、中晚稻种植面积80万亩、230万亩).
    const respectively = clause.indexOf('分别');
    const run = respectively < 0 ? this.valueRun.exec(clause) : null;
    const at = respectively >= 0 ? respectively : (run?.index ?? -1);
    if (at < 2) return [];
    const subjects = this.subjects(
      clause
        .slice(0, at)
        .replace(/^.*[：:]/u, '')
        .replace(this.leads, '')
        .trim(),
    );
    const rest = clause.slice(respectively >= 0 ? at + 2 : at);
    const verb = this.respectiveVerb.exec(rest)?.[1];
    const targets = allMatches(this.respectiveValue, rest.slice(verb?.length ?? 0));
    if (subjects.length < 2 || targets.length !== subjects.length) return [];
    const kind: GoalClause['kind'] = verb && this.grammar.growthVerbs.includes(verb) ? 'growth' : 'level';
    return subjects.map((indicator, index) => {
      const [written = '', qualifierBefore, value, valueMax, unit = '', qualifierAfter] =
        targets[index] ?? [];
      return {
        indicator,
        value: amount(value),
        valueMax: valueMax ? Number(valueMax) : null,
        unit,
        qualifier: qualifierAfter ?? qualifierBefore ?? (kind === 'level' && verb ? verb : null),
        kind,
        year,
        text: clause.trim(),
        target: `${verb ?? ''}${written}`.trim(),
      };
    });
  }

  /** The subjects of a 分别 clause: `城镇和农村居民收入` → 城镇居民收入, 农村居民收入; `城乡居民收入` likewise. */
  private subjects(text: string): string[] {
    for (const [prefix, parts] of Object.entries(this.grammar.sharedPrefixes)) {
      if (text.startsWith(prefix) && text.length > prefix.length + 1)
        return parts.map((part) => part + text.slice(prefix.length));
    }
    const items = text.split(/[、和及与]/u).filter((item) => item !== '');
    const last = items.at(-1) ?? '';
    const short = items.slice(0, -1);
    const measureOf = (item: string) =>
      this.grammar.measureNouns.find((noun) => item.endsWith(noun) && item.length > noun.length);
    // Longer subjects take only what the last one measures: 专用型早稻、中晚稻|种植面积.
    const measured = measureOf(last);
    if (short.length > 0 && short.some((item) => item.length > 4) && measured && !short.some(measureOf))
      return [...short.map((item) => item + measured), last];
    // Short subjects take the rest of the last one, after a head as long as theirs: 城镇 + (农村)常住居民收入.
    if (short.length === 0 || short.some((item) => item.length > 4 || item.length >= last.length))
      return items;
    // Items alike in length share as long a tail as theirs (城镇、农村|常住居民收入); else the head is
    // what the last one measures (新增风电、光伏、生物质发电|装机规模).
    const headLength = short[0]?.length ?? 0;
    const alike = short.every((item) => item.length === headLength);
    const measure = alike
      ? undefined
      : this.grammar.measureNouns.find((noun) => last.endsWith(noun) && last.length > noun.length);
    const tail = measure ?? last.slice(headLength);
    return [...short.map((item) => sharingWith(item, last) ?? item + tail), last];
  }

  /** Words that stand where an indicator should and measure nothing (分别, 增加到). */
  private notIndicator(indicator: string): boolean {
    return (
      ['分别', '其中', '合计', '累计', '共计', '提出', '设置', '设置了', '包括', '以上共计'].includes(
        indicator,
      ) ||
      // `约束性指标9个`, `主要指标24个`: how many indicators a plan sets, not one of them.
      /指标$/u.test(indicator) ||
      // A project's investment (总投资50亿元的…项目) is said of the project, not set as a goal.
      /^(?:项目)?(?:总投资|计划投资|概算投资|估算投资)$/u.test(indicator) ||
      // A work's specification (设计时速350公里, 设计标准…, 2×100万千瓦 read in part) describes it.
      /(?:设计时速|时速|设计标准|设计能力|[×xX])$/u.test(indicator) ||
      this.grammar.levelVerbs.includes(indicator) ||
      this.grammar.growthVerbs.includes(indicator)
    );
  }

  /**
   * Whether a sentence names years and all of them are `pastYear` or before (a year it compares
   * with, 比2020年下降…, dates nothing); undefined when it names none.
   */
  datedBefore(written: string, pastYear?: number): boolean | undefined {
    if (pastYear === undefined || !written.includes('年')) return undefined;
    // `今年，园区力争…` after `2025年实现…`: the year being written in dates what follows it.
    if (AHEAD.test(written)) return false;
    // (建成于2005年以前的小区: a year that bounds a class dates nothing either.)
    const dated = allMatches(DATED_YEAR, written.replace(/\s+/gu, '')).map((match) => Number(match[1]));
    if (dated.length === 0) return undefined;
    return dated.every((year) => year <= pastYear);
  }

  /**
   * Whether a section's first sentence opens with a period that ended by `pastYear`: `“十三五”时期，…`
   * in a 十四五 plan opens a review, however the section is titled (第一章 砥砺前行).
   */
  opensReview(written: string, pastYear?: number): boolean {
    const period = /^[“"]?十([一二三四五六七八九])五[”"]?(?:时期|期间|以来)/u.exec(written.trim())?.[1];
    if (pastYear === undefined || !period) return false;
    // 十一五 ends in 2010, each plan five years later.
    return 2010 + 5 * '一二三四五六七八九'.indexOf(period) <= pastYear;
  }

  /** Whether a report turns to what it plans here (今年是…). */
  looksForward(sentence: string): boolean {
    return AHEAD.test(sentence) || this.grammar.forwardMarkers.some((marker) => sentence.includes(marker));
  }

  /** The goals a target sentence sets, one per clause that promises a number; none in a clause about `pastYear`. */
  read(sentence: string, pastYear?: number): GoalClause[] {
    const goals: GoalClause[] = [];
    const year = TARGET_YEAR.exec(sentence)?.[1];
    // (A year compared with, 比2020年下降13%, dates nothing.)
    const past = pastYear === undefined ? undefined : new RegExp(`(?<![比较与从])${pastYear}年`, 'u');
    for (const written of sentence.split(/[，,；;。]/u)) {
      if (/去年|上年/u.test(written) || past?.test(written)) continue;
      const clause = withDigits(written);
      // (Every value is written in digits by now: a clause without one promises nothing.)
      if (!/\d/u.test(clause)) continue;
      const respective = this.readRespectively(clause, year ? Number(year) : null);
      if (respective.length > 0) {
        goals.push(...respective);
        continue;
      }
      const actsUpon = ACTS_UPON.test(clause);
      let clauseScope: string | undefined;
      // Read with exec, not matchAll: a counted item moves lastIndex past what it counts.
      const goal = this.goal;
      let baseline = '';
      goal.lastIndex = 0;
      for (let match = goal.exec(clause); match; match = goal.exec(clause)) {
        const [text, before = '', qualifierBefore, value, valueMax, unit = '', qualifierAfter] = match;
        // A number inside quotes names a slogan (落实“三个80%”要求, “1个总体方案+8个实施方案”).
        if (insideQuotes(clause, match.index + before.length)) continue;
        // `年产5万吨锂电池隔膜项目`: a measure a project's name goes on after is its capacity.
        if (CAPACITY_IN_NAME.test(unit) && NAME_GOES_ON.test(clause.slice(match.index + text.length)))
          continue;
        let indicator = before
          .replace(/^.*[：:]/u, '')
          .replace(TARGET_YEAR, '')
          .trim();
        // `2026年株洲市计划实施…`: a year opening the clause is the one its target is for.
        const leadingYear = LEADING_YEAR.exec(indicator);
        if (leadingYear) indicator = indicator.slice(leadingYear[0].length);
        let kind: GoalClause['kind'] = 'level';
        let verb = '';
        const qualifiedAction = this.qualifiedAction.exec(indicator);
        if (qualifiedAction) indicator = indicator.replace(qualifiedAction[0], '');
        const growth = this.growthVerb.exec(indicator);
        const level = this.levelVerb.exec(indicator);
        if (level) {
          verb = level[1] ?? '';
          indicator = indicator.slice(0, level.index);
        } else if (growth) {
          kind = 'growth';
          indicator = indicator.slice(0, growth.index);
        }
        /** The verb taken off the indicator, level's or growth's. */
        const verbTaken = level?.[1] ?? growth?.[1] ?? '';
        indicator = indicator
          // 比2020年下降13%: the year compared with is no part of what is measured.
          .replace(COMPARED_WITH, '')
          // A list item's number (1. 建设…, （2）) is no part of what is measured.
          .replace(/^(?:\d+\s*[.、．]|[（(]\d+[）)])\s*/u, '')
          .replace(this.leads, '')
          // 园区力争规上工业总产值…: the cue after a short subject is no part of what is measured.
          .replace(CUE_AFTER_SUBJECT, '$1')
          // (…营业收入力争达到3000亿元: so is one right before the verb.)
          .replace(/(?<=[\u4e00-\u9fff]{2})(?:力争|确保|争取|预计)$/u, '')
          // (What an amount before 的 describes opens with 的: 投资2000万元以上|的技改项目.)
          .replace(/^的|^[、和及与]+|[、和及与]+$/gu, '')
          // (A quote mark only where it closes nothing, or around all of it: “乐购”活动 keeps its own.)
          .replace(/^[“”](?![^“”]*”)|(?<!“[^“”]*)[“”]$|^“(?=[^“”]*”$)|(?<=^“[^“”]*)”$/gu, '')
          // 化工产业实现工业总产值30亿元: what the subject achieves is measured, not the achieving.
          .replace(
            /(?<=[\u4e00-\u9fff]{2})实现(?=[\u4e00-\u9fff]{0,6}(?:产值|收入|增加值|营收|总额|规模))/u,
            '',
          )
          .trim();
        // 由现在的30万吨发展到50万吨: the target is the baseline's indicator's.
        if (indicator === '' && baseline) indicator = baseline;
        // 制造业增加值达37亿元，年均增速7%: a bare rate is of the goal before it.
        // (…达到200万平方米，年均增长20%以上: a growth with no indicator of its own, too.)
        const previous = goals.at(-1);
        // (…年均增长5%左右、迈上3万亿元台阶: so is a level reached with no indicator of its own.)
        const bare =
          indicator === '' && (kind === 'growth' || verb !== '') && !baseline && !/\d/u.test(before);
        if ((BARE_RATE.test(indicator) || bare) && previous) {
          if (BARE_RATE.test(indicator)) kind = 'growth';
          indicator = previous.indicator;
        }
        // 培育10家上市企业, 完成8000亩油茶营造林、2.8万亩竹林低改: an action (or nothing) before the
        // number, what is counted after it, up to the next item of the list.
        const end = match.index + text.length;
        const counted =
          /^\s*[\u4e00-\u9fffA-Za-z0-9“”][\u4e00-\u9fffA-Za-z0-9“”、（）()\s]{1,29}?(?<![\d.\s])(?=[、和及与]?\s*[\d.]+(?!\s*(?:吨级|千伏|千瓦|兆瓦|米|[\d.]))|(?<![（(][^）)]*)[、和及与](?=[^，,；;。\d]{1,20}\d)|任务|工作|$)/u.exec(
            clause.slice(end),
          );
        let written = text;
        // 新建A至B、C至D等5条高速公路: the items named before 等 are what is counted, by its noun.
        // Without an action (对A、B等6个隐患点实施…) only when no number follows: else the count
        // says where (在A、B等8个县建设…基地6.2万亩) and the goal is the next number.
        // (新建祁阳、零陵共5个码头泊位: the places before 共 say where, as before 等.)
        // (建设舜陵、仁禾、祥霖 3 个烤烟基础单元: a list of names before a count says which, too;
        // a list of actions does not: 新建、改造 40 条线路.)
        const namesCounted =
          indicator.includes('、') &&
          this.grammar.countUnits.includes(unit) &&
          !this.actionAtEnd.test(indicator) &&
          /^[\u4e00-\u9fff]{2}(?!.*等)/u.test(counted?.[0] ?? '');
        const listed =
          /[等共]$/u.test(indicator) || namesCounted
            ? (this.actionAtStart.exec(indicator)?.[0] ?? '')
            : undefined;
        const countsWhere = !listed && /\d/u.test(clause.slice(end + (counted?.[0].length ?? 0)));
        // `对安江城区16个公共厕所进行提质改造`, `拟对岔头等11个乡镇15处隐患点安装监测设备`: in a clause
        // about what it acts upon (对…), what is counted and done follows the number; a count another
        // number follows says where.
        const actedUpon = actsUpon ? /^\s*[^\d.]{2,40}?(?=\s*[\d.]|$)/u.exec(clause.slice(end)) : null;
        if (actedUpon && this.grammar.countUnits.includes(unit)) {
          // (…在5个工作日内完成: a time, not a count.)
          if (countsWhere || /^\s*(?:工作日|小时|天|月)/u.test(actedUpon[0])) continue;
          indicator = actedUpon[0].trim().replace(/进行/u, '');
          goal.lastIndex = end + actedUpon[0].length;
          written = `${text}${actedUpon[0]}`;
        } else if (counted && !qualifierAfter && listed !== undefined && !countsWhere) {
          indicator = `${listed}${counted[0]}`;
          goal.lastIndex = end + counted[0].length;
          written = `${text}${counted[0]}`;
        } else if (
          counted &&
          (!qualifierAfter || this.grammar.countUnits.includes(unit)) &&
          (indicator === '' ||
            this.actionAtEnd.test(indicator) ||
            this.countsNounAfter(unit, indicator, clause.slice(end), counted[0], countsWhere))
        ) {
          // `每个乡镇建设1所标准化寄宿制学校`: what each place gets is measured, not the getting;
          // the place goes on to the next item (…1所A和1个B). What describes the counted before
          // 的 (具有怀化特色的|省级众创空间) is no part of its name.
          // (Words before that end with 、 are the list's last item, counted or not: A、2个B counts B.)
          // (A level's verb before a count is an action: 整体提升|100所学校.)
          const own = /[、和及与]\s*$/u.test(before) ? '' : `${indicator}${verbTaken}`;
          if (verbTaken) kind = 'level';
          const scope = DISTRIBUTIVE.exec(own)?.[0] ?? (own === '' ? clauseScope : undefined);
          if (scope) clauseScope = scope;
          indicator = `${scope ?? own}${this.countedName(counted[0])}`;
          goal.lastIndex = end + counted[0].length;
          written = `${text}${counted[0]}`.replace(/^[、和及与]/u, '');
        }
        indicator = this.perPlace(indicator);
        if (indicator.length < 2 || indicator.length > MAX_INDICATOR_LENGTH) continue;
        if (!/[\u4e00-\u9fff]/u.test(indicator) || /\d{4}年$/u.test(indicator)) continue;
        // 建设一批10万人以上人口规模的县城: the number describes what a batch holds, it sets no goal;
        // so does an amount before 的 (投资2000万元以上的技改项目3000个: the goal is the count).
        if (/(?:一批|若干)$/u.test(indicator)) continue;
        if (!this.grammar.countUnits.includes(unit) && /^\s*的/u.test(clause.slice(end))) continue;
        // 为期3个月, 用2个月时间: a time something takes, not a count (压缩至…个工作日 has its verb).
        if (
          /^\s*月(?!\s*(?:以内|以下|之内|内|左右))/u.test(clause.slice(end)) &&
          !this.levelVerb.test(before.trim())
        )
          continue;
        // 由460家增加到…, 由现在的30万吨…: the number after 由 is where it starts, not the target; a
        // verb alone measures nothing.
        const from = BASELINE_AFTER.exec(before.trim());
        if (from) {
          baseline = indicator.replace(BASELINE_AFTER, '').trim();
          continue;
        }
        if (this.notIndicator(indicator)) continue;
        goals.push({
          indicator,
          value: amount(value),
          valueMax: valueMax ? Number(valueMax) : null,
          unit,
          qualifier: qualifierAfter ?? qualifierBefore ?? qualifiedAction?.[1] ?? (verb || null),
          kind,
          year: year ? Number(year) : leadingYear ? Number(leadingYear[1]) : null,
          text: written.trim().replace(/^[、和及与]\s*/u, ''),
          target: `${verb}${text.slice(before.length)}`.trim(),
        });
      }
    }
    return goals;
  }
}

/** Whether a quote opened before this offset is still open there. */
function insideQuotes(text: string, offset: number): boolean {
  const before = text.slice(0, offset);
  return (before.match(/“/gu) ?? []).length > (before.match(/”/gu) ?? []).length;
}

/**
 * A short subject that ends with a word the last one holds goes on as the last one does after it:
 * 散居孤儿 with 集中供养孤儿基本生活保障标准 is 散居孤儿基本生活保障标准, 早稻 with 中晚稻种植面积 早稻种植面积.
 */
function sharingWith(item: string, last: string): string | undefined {
  for (let length = item.length - 1; length >= 1; length -= 1) {
    const word = item.slice(item.length - length);
    const at = last.indexOf(word);
    if (at > 0) return item + last.slice(at + length);
  }
  return undefined;
}

/** A clause opening with what it acts upon: 对…, 拟对…. */
const ACTS_UPON = /^\s*(?:拟|将|要)?对/u;

/** A year opening a clause: 2026年, 2026年底. */
const LEADING_YEAR = /^(20\d\d)\s*年(?:底|末)?\s*/u;

/** A year an indicator is compared with, written before the change: 比2020年, 较2025年末, 与2020年相比. */
/** Each of a kind of place, that a count is given per: 每个县市区, 各乡镇, 每个县市（区）. */
const DISTRIBUTIVE =
  /(?:每个?|各)(?:县市区|县市|县区|市州|市县|乡镇|街道|社区|行政村|园区|县|市|区|乡|镇|村)(?:（区）|\(区\))?/u;
/** Measures written before what they measure as counts are (60万亩早稻集中育秧, 100万千瓦装机). */
const MEASURED_BEFORE_NOUN = /^(?:万?亩|公里|千米|万?平方米|万?千瓦|兆瓦)$/u;
/** A count each place of a kind is to have: 每个乡镇至少建设1所, 各县市区建好2个. */
const PER_PLACE_COUNT = new RegExp(`${DISTRIBUTIVE.source}[^，,；;。\\d]{0,8}\\d`, 'u');
/** What describes a counted thing before 的, with a name of its own after it. */
const DESCRIBED = /^\s*[^，,；;。\d的]{1,24}(?:的[^，,；;。\d的]{1,12})*的(?=[\u4e00-\u9fff“]{4})/u;
/** A plan period a figure is compared with: 较“十三五”, 比“十四五”末. */
const COMPARED_PERIOD = /(?:比|较|与)[“"]?十[一二三四五六七八九]五[”"]?(?:时期|期间|末)?/gu;
const COMPARED_WITH = /(?:比|较|与|相比)\s*20\d\d\s*年(?:底|末)?(?:相比)?\s*$/u;
/** Where a baseline is written: 由460家, 从2020年的…, 由现在的30万吨. */
const BASELINE_AFTER = /(?:由|从)(?:[^，,；;。由从]{0,8}的)?$/u;
/** A rate that names no indicator of its own (年均增速7%). */
const BARE_RATE = /^(?:年均)?(?:增速|增幅|增长率|增长速度)$/u;

/** A heading's title without its number and closing stop: `第一章 决胜…成就。` → 决胜…成就. */
function headingTitle(heading: string): string {
  return heading
    .replace(/^(?:第[^篇章节\s]{1,4}[篇章节]|[（(]?[一二三四五六七八九十\d]+[、.．）)])\s*/u, '')
    .replace(/[。.\s]+$/u, '');
}

/**
 * A count or an amount written in Chinese numerals right after what promises it: 培育一家,
 * 新增两个, 突破千亿元 (plans count in numerals rhetorically too: 守住一条底线, 抓好以下八个方面).
 */
const CHINESE_AMOUNT =
  /(?<=新增|新建|培育|建成|建设|引进|创建|打造|争创|认定|组建|完成|开工|改造|招引|落地|获批|达到|超过|突破)([一二两三四五六七八九十百千]+)(?=(?:个|家|座|条|项|所|处|场|种|亿元|万元|万人|公里)(?:以上|左右)?(?![一二三四五六七八九十]))|(?<=突破|超过|达到|迈上|迈入|跨上)(千|万)(?=亿元)/gu;

/** A clause with Chinese numerals before a count or an amount written as digits (培育一家以上 → 培育1家以上). */
function withDigits(clause: string): string {
  if (!/[一二两三四五六七八九十百千万]/u.test(clause)) return clause;
  return clause.replace(CHINESE_AMOUNT, (numeral: string) =>
    numeral === '千' ? '1000' : numeral === '万' ? '10000' : String(parseChineseNumber(numeral)),
  );
}
