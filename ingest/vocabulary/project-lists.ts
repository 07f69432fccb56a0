/**
 * Projects named in a list that shares one head: `托口、龙船塘、岔头风电项目` (three wind farms),
 * `紫金山、太湖、钟山等实验室` (three laboratories), `平漯周、焦济洛平、郑州南站等高铁项目`, `奇瑞乘用车技改、
 * 比亚迪新能源商用车等项目` (each item a project). Plans write most of their projects this way; a
 * suffix read back from alone sees only the last item. The kinds of work a list can share are data
 * (data/lexicon/projects.json, `listKinds`).
 */
import { allMatches, alternation } from './lexicons.ts';

/** What may stand between 等 and the list's head: a count or an adjective of the whole list. */
const BETWEEN_LIST_AND_HEAD =
  /^\s*(?:[\d一二三四五六七八九十两百千]+\s*(?:个|座|条|项|家|处|所|大|批|批次)(?:以上)?)?(?:重大|重点|重要|骨干|标志性|在建|新建|新开工|续建|省级|国家级|省重点|市重点|县重点|大中型|中小型|大型|中型|小型|病险)*/u;
/**
 * `…等项目`, `…等重大水利工程`, `…等一批电子信息产业项目`: the list's items are projects (not
 * `…等项目资金`, `…等项目库`, nor a list of fields: `…等领域项目`).
 */
const PROJECT_HEAD =
  /^(?!领域|方面|行业)[\u4e00-\u9fff]{0,8}?(?:项目|工程)(?!资金|库|管理|储备|清单|谋划|申报)/u;
/** Items that name a kind of place, not one: 城区、园区、景区停车场. */
const COMMON_PLACE =
  /^(?:城区|园区|景区|社区|街区|乡镇|农村|城乡|城市|县城|县市区|市县|省市|各地|全省|全市|全县|全区|重点|主要|其他|中心城区|老城区|新城区)$/u;
/** Areas a work connects, not works: 成渝双城经济圈、粤港澳大湾区. */
const AREA = /(?:经济圈|经济区|经济带|湾区|城市群|都市圈)$/u;
/** What the sentence does to the last work of a list: 岔头风电项目|建设. */
const ACTION_AFTER =
  /(?:的)?(?:建设|前期工作|工作进程|改扩建工作|进程|工作|升型扩建|改扩建|扩建|升级改造|提质改造|除险加固|建成通车|建成投运|建成投产|竣工投产|开工建设|加快建设|通车|投运|投产|开工|竣工|建成)$/u;
/** What the sentence does to a list, standing where its head would (…等建设). */
const ACTION_ALONE = new RegExp(`^${ACTION_AFTER.source}`, 'u');
/** A count of the list's works before their kind (…5条|天然气支线|管网工程): the words after it go with the kind. */
const COUNT_BEFORE_KIND = /^(.{2,}?)[\d一二三四五六七八九十两]+(?:条|座|个|处|项)([\u4e00-\u9fff]*)$/u;
/** Classes of works: 二级公路, 县乡公路, 农村公路, 中小型水库. */
const WORK_CLASS =
  /^(?:[一二三四五六七八九十]级|等级|县乡|乡村|农村|国省|国省道|国道|省道|县道|乡道|干线|支线|普通|城市|城际|市域|中小型|小型|中型|大型|病险|重点|主要|骨干)$/u;
/** Words a project's name does not hold: verbs of the sentence, lists, quantities, generic nouns. */
const NOT_IN_ITEM =
  /(坚持|落实|建立|发挥|推动|促进|培育|构建|实现|形成|支持|鼓励|引导|保障|领域|行业|产业链|产业集群|一批|各类|各项|体系|机制(?!造)|政策|改革|制度|资金|经费|等|的)/u;
/**
 * Words of what a work improves (提升, 能力, 服务…): in a list that says each item is a project
 * they name the work (`制种基地及育种创新能力提升`), elsewhere they are the sentence's own.
 */
const WORK_OF_IMPROVEMENT = /(强化|提高|完善|优化|提升|加强|防治|能力|水平|服务)/u;
/** An item that opens with such a verb is the sentence's (强化夜经济), not a work's name. */
const IMPROVEMENT_FIRST = /^(?:强化|提高|完善|优化|提升|加强)/u;
/** A head that names facilities in general (…等物流平台, …等关键载体); not …等基础设施, a class of works. */
const FACILITIES_HEAD = /^[\u4e00-\u9fff]{0,6}(?:平台|载体)/u;
/** What comes before the first item and is not part of it: the sentence's verb and what precedes. */
const LEAD =
  /^.*(?:加快推进|重点推进|积极推进|全力推进|推进|加快|推动|实施|启动|建设|建成|新建|续建|改扩建|扩建|开工|完成|谋划|规划|引进|打造|支持|依托|围绕|重点|加大|抓好|做好|确保|力争|争取|开通|实现|改造|提质|升级|发展|做强|做大|做优|培育|壮大|兼顾|扩大|提供|开发|论证|投产|投用|投运|建好|用好|布局|加强)/u;
/** A kind's specification, written before it and shared with it: 220 千伏(变电站), 千吨级(码头). */
const SPECIFICATION = '\\s*(?:[\\d.]+\\s*(?:千伏|kV|万?千瓦|万?吨级)|[千万]吨级)\\s*';
const LEADING_WORDS = /^(?:以|在|对|把|将|与|和|及|是|为|由|的|了)+/u;

/**
 * A head that names the kind of project (煤电项目, 水利工程), not only that the items are
 * projects (项目, 产业项目, 招商项目: then each item is a project as written).
 */
const QUALIFIED_HEAD =
  /^(?!(?:[\u4e00-\u9fff]{0,8}(?:产业|招商|投资|民生|基础设施|合作|示范|试点|技改|改造))?(?:项目|工程))[\u4e00-\u9fff]{1,8}?(?:项目|工程)/u;

/** An item of a few characters only (徒步, 森林人家), with nothing that says what it is. */
function isBareName(item: string): boolean {
  return /^[\u4e00-\u9fff]{2,4}$/u.test(item);
}

/** How the last item of a list ends it. */
interface ListEnd {
  /** The last item without the list's head. */
  item: string;
  /** The kind of work every item takes (紫金山、太湖等|实验室). */
  head: string | null;
  /** The list says each item is a project (…等项目). */
  everyItemIsOne: boolean;
  /** The head says what kind of project the items are (…等乡村旅游项目), not only that they are projects. */
  kindOfProject?: boolean;
}

/** A name read from a list, and how the list makes it a project. */
export interface ListedProject {
  name: string;
  /** The item as the list writes it (the name without the shared head). */
  item: string;
  /**
   * shared-head: the item took the kind the list shares (紫金山 + 实验室); list: the list says its
   * items are projects (…等项目, or two or more of them end with a kind of work); own-kind: the
   * item ends with a kind of work, in a list that does not say.
   */
  by: 'shared-head' | 'list' | 'own-kind';
}

export class ProjectListReader {
  private readonly kindAtEnd: RegExp;
  private readonly kindAtStart: RegExp;

  constructor(
    kinds: readonly string[],
    private readonly isIndustry: (item: string) => boolean,
  ) {
    const words = alternation(kinds);
    this.kindAtEnd = new RegExp(`(?:${SPECIFICATION})?(?:${words})(?:工程)?(?:项目)?$`, 'u');
    this.kindAtStart = new RegExp(`^(?:${SPECIFICATION})?(?:${words})(?:工程)?(?:项目)?`, 'u');
  }

  /** The projects a sentence names in lists, each as its full name (the shared head given back to each item). */
  names(text: string): ListedProject[] {
    const names: ListedProject[] = [];
    // (Only a list of two or more, or one closed by 等, names anything: most sentences hold neither.)
    if (!text.includes('、') && !text.includes('等')) return names;
    // A list may stand in brackets: 规划港口三处（安江、黔城、托口港）.
    const bracketed = allMatches(BRACKETED, text).map((match) => match[1] ?? '');
    for (const clause of [...this.listClauses(text), ...bracketed]) {
      const items = splitOutside(clause, '、');
      // One name can make a list too: `重点推进X中心等一批电子信息产业项目`.
      if (items.length < 2 && !clause.includes('等')) continue;
      names.push(...this.namesOfList(items));
    }
    return names;
  }

  /**
   * A text's clauses, a list grouped by place with commas kept whole: `重点推进溆浦让家溪，沅陵圣人山
   * 二期，通道三省坡、彭莫山等风电场项目建设` is one list. Clauses before one that closes a list with
   * a kind of work (…等风电场项目) join it while every item they hold is a short name; the first may
   * open with the sentence's verb, the others hold none.
   */
  private listClauses(text: string): string[] {
    const clauses: string[] = [];
    for (const part of splitOutside(text, PART_ENDS)) {
      const commaClauses = splitOutside(part, '，,');
      let runStart = 0;
      for (let end = 0; end < commaClauses.length; end += 1) {
        const closing = commaClauses[end] ?? '';
        if (!closing.includes('等') || !this.endOfList(splitOutside(closing, '、').at(-1) ?? '')?.head)
          continue;
        let start = end;
        while (start > runStart && isNameGroup(commaClauses[start - 1] ?? '')) {
          start -= 1;
          if (LEAD.test(commaClauses[start] ?? '')) break;
        }
        clauses.push(...commaClauses.slice(runStart, start), commaClauses.slice(start, end + 1).join('、'));
        runStart = end + 1;
      }
      clauses.push(...commaClauses.slice(runStart));
    }
    return clauses;
  }

  private namesOfList(rawItems: string[]): ListedProject[] {
    const trimmed = rawItems.map((item) => item.trim());
    trimmed[0] = stripLead(trimmed[0] ?? '');
    // `祁阳骨干通用机场和江华、道县…通用机场`: an item that joins a complete work to the next name
    // is two items.
    const items = trimmed.flatMap((item, index) => {
      const joined = index < trimmed.length - 1 ? /^(.{2,}?)(?:和|及|与)(.{2,})$/u.exec(item) : null;
      return joined?.[1] && joined[2] && this.kindAtEnd.test(joined[1]) ? [joined[1], joined[2]] : [item];
    });
    const last = items.at(-1) ?? '';
    // `…和南京北站`: the last item may join two names; the list ends at the first complete name.
    const listEnd = this.endOfList(last);
    if (!listEnd) return [];
    items[items.length - 1] = listEnd.item;
    const { head, everyItemIsOne } = listEnd;
    if (items.length < 2 && !everyItemIsOne) return [];
    const names: ListedProject[] = [];
    // A list of two or more works (`怀仁医药物流中心、国药控股医药物流中心`) says its items are works.
    const works = items.filter((item) => this.kindAtEnd.test(item)).length >= 2;
    for (const item of items) {
      if (!this.isItem(item) || (!everyItemIsOne && WORK_OF_IMPROVEMENT.test(item))) continue;
      const kind = this.kindAtEnd.exec(item);
      if (kind && !this.namesAWork(item.slice(0, kind.index))) continue;
      if (kind) names.push({ name: compact(item), item, by: everyItemIsOne || works ? 'list' : 'own-kind' });
      else if (head)
        // `崇明线、南枫线等轨道交通线`: an item that already ends like the kind keeps its name.
        // (So does one that ends as a project does: 赣深高铁配套工程、昌景黄高铁.)
        names.push({
          name: compact(sameEnding(item, head) || /(?:工程|项目)$/u.test(item) ? item : item + head),
          item,
          by: 'shared-head',
        });
      // `徒步、露营等户外运动项目`: before a head that says what kind of project, a bare word is
      // an activity, not a project's name.
      else if (everyItemIsOne && !this.isIndustry(item) && !(listEnd.kindOfProject && isBareName(item)))
        names.push({ name: item, item, by: 'list' });
    }
    return names;
  }

  /**
   * How the last item ends the list: `…等高铁项目` gives every item the head 高铁; `…等项目` makes
   * every item a project as written; `岔头风电项目` gives the others 风电项目. Null when the list is
   * not one of projects (`…等产业`, `…等领域`, a list of plain words).
   */
  private endOfList(last: string): ListEnd | null {
    // `青湾高铁和北湖站综合枢纽等…`: the list ends at the first complete name before 和.
    const joined = /^(.{2,}?)(?:和|及|与)(.{2,})$/u.exec(last);
    if (joined?.[1] && this.kindAtEnd.test(joined[1])) return this.endOfList(joined[1]);
    const etc = last.lastIndexOf('等');
    if (etc >= 2) {
      const item = last.slice(0, etc);
      // `…应急备份中心等建设`: what the sentence does to the list is no head.
      const tail = last
        .slice(etc + 1)
        .replace(BETWEEN_LIST_AND_HEAD, '')
        .replace(ACTION_ALONE, '');
      const kind = this.kindAtStart.exec(tail)?.[0];
      if (kind) return { item, head: kind, everyItemIsOne: true };
      if (PROJECT_HEAD.test(tail))
        return { item, head: null, everyItemIsOne: true, kindOfProject: QUALIFIED_HEAD.test(tail) };
      // `A中试基地、B中试基地等科技创新平台`: a head of facilities in general; items that end with
      // a kind of work still name works, two or more of them.
      if (tail === '' || FACILITIES_HEAD.test(tail)) return { item, head: null, everyItemIsOne: false };
      return null;
    }
    const work = last.replace(ACTION_AFTER, '');
    // The head is the kind of work the last item ends with: 岔头|风电项目, 安江电站库区|堤防.
    const kind = this.kindAtEnd.exec(work);
    if (!kind) return null;
    const counted = COUNT_BEFORE_KIND.exec(work.slice(0, kind.index));
    if (counted?.[1]) return { item: counted[1], head: (counted[2] ?? '') + kind[0], everyItemIsOne: true };
    return { item: work, head: kind.index >= 2 ? kind[0] : null, everyItemIsOne: false };
  }

  /** What stands before an item's kind names one work (溆浦—洞口|高速公路), not a class of them (二级|公路, 高速|公路). */
  private namesAWork(proper: string): boolean {
    return proper.length >= 2 && !WORK_CLASS.test(proper) && !this.kindAtEnd.test(proper);
  }

  private isItem(item: string): boolean {
    return (
      item.length >= 2 &&
      item.length <= 30 &&
      !COMMON_PLACE.test(item) &&
      !AREA.test(item) &&
      !NOT_IN_ITEM.test(item) &&
      !IMPROVEMENT_FIRST.test(item) &&
      !/^[\d.]+$/u.test(item) &&
      balanced(item)
    );
  }
}

/** Where a list grouped by commas still ends: the end of a sentence or of a part of it. */
const PART_ENDS = '。；：！？;:!?';
/** An item of a list grouped by commas: a name of a few characters, nothing more. */
const GROUPED_ITEM = /^[\u4e00-\u9fff]{2,10}$/u;

/** A clause that is only short names (`沅陵圣人山二期`, `通道三省坡、彭莫山`), after the sentence's verb. */
function isNameGroup(clause: string): boolean {
  const items = splitOutside(stripLead(clause.trim()), '、');
  return items.every(
    (item) => GROUPED_ITEM.test(item.trim()) && !NOT_IN_ITEM.test(item) && !WORK_OF_IMPROVEMENT.test(item),
  );
}

/** The sentence before the first item, dropped: `加快推进奇瑞乘用车技改` → 奇瑞乘用车技改. */
function stripLead(item: string): string {
  return item.replace(LEAD, '').replace(LEADING_WORDS, '');
}

/** `安江` + 港, but not `崇明线` + 轨道交通线: an item that already ends like the head keeps its name. */
function sameEnding(item: string, head: string): boolean {
  const core = head.replace(/(?:项目|工程)$/u, '');
  return item.endsWith(core.slice(-1)) || item.endsWith(head);
}

/** A name without the layout spaces around its numbers (塔峰-马托 220 千伏线路); words of Latin letters keep theirs. */
function compact(name: string): string {
  return name.replace(/\s+/gu, (space, at: number) =>
    /[A-Za-z]/u.test(name[at - 1] ?? '') && /[A-Za-z]/u.test(name[at + space.length] ?? '') ? ' ' : '',
  );
}

function balanced(text: string): boolean {
  const count = (pattern: RegExp) => (text.match(pattern) ?? []).length;
  return count(/[（(]/gu) === count(/[）)]/gu) && count(/“/gu) === count(/”/gu);
}

/** What a sentence holds in brackets (a list may stand there). */
const BRACKETED = /[（(]([^（）()]+)[）)]/gu;
/** What opens a bracket or a quote, inside which no separator splits, and what closes it. */
const OPENERS = '（(“《';
const CLOSERS = '）)”》';
const OPENING = new RegExp(`[${OPENERS}]`, 'u');

/** Splits at any of the separators that stands outside brackets and quotes. */
function splitOutside(text: string, separators: string): string[] {
  // Most texts hold no brackets or quotes: a plain split does.
  if (!OPENING.test(text)) return text.split(separatorPattern(separators));
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  // Only the brackets, quotes and separators matter: found natively, not character by character.
  for (const { index, 0: char } of allMatches(markPattern(separators), text)) {
    if (OPENERS.includes(char)) depth += 1;
    else if (CLOSERS.includes(char)) depth = Math.max(0, depth - 1);
    else if (depth === 0) {
      parts.push(text.slice(start, index));
      start = index + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

const PATTERNS = new Map<string, RegExp>();
/** A character class of the characters, made once (the few characters special in one escaped). */
function characterClass(characters: string, flags: string): RegExp {
  const key = `${flags}${characters}`;
  let pattern = PATTERNS.get(key);
  if (!pattern) {
    pattern = new RegExp(`[${characters.replace(/[\\\]^-]/gu, '\\$&')}]`, flags);
    PATTERNS.set(key, pattern);
  }
  return pattern;
}
const separatorPattern = (separators: string) => characterClass(separators, 'u');
/** Separators, brackets and quotes: where splitting outside brackets looks. */
const markPattern = (separators: string) => characterClass(`${OPENERS}${CLOSERS}${separators}`, 'gu');
