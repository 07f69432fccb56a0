/**
 * What a sentence says of a project it names: its status (新开工, 建成…, by the cues of
 * data/lexicon/projects.json), its investment (总投资50亿元) and its capacity (年产5万吨,
 * 装机容量2×100万千瓦), read in the clause that names it. A list's clause (新开工A、B、C等项目)
 * gives its status to every item; an investment or a capacity only to a project that stands
 * alone in its clause (a list's total is no item's).
 */

export interface ProjectFacts {
  status?: string;
  /** 亿元. */
  investment?: number;
  /** As written, without layout spaces: 年产5万吨, 装机容量2×100万千瓦, 500MW. */
  capacity?: string;
}

/** 总投资50亿元, 计划投资约1.2亿元, 投资8000万元. */
const INVESTMENT =
  /(?:总投资|计划投资|概算投资|投资)(?:额)?(?:约|达|超过|近|逾)?\s*(\d+(?:\.\d+)?)\s*(亿元|万元)/u;
const CLAUSE_END = /[，,；;。！!？?]/u;
/** What a work produces, handles or holds, and how much: 年产5万吨, 装机容量 240 万千瓦, 500MW. */
const CAPACITY =
  /(?:(?:年产|年处理|日处理|日供水|设计产能|产能|装机容量|装机规模|装机|总库容|库容|吞吐能力|设计能力)(?:约|达|为|达到)?\s*)?(?:\d+\s*[×xX]\s*)?\d+(?:\.\d+)?\s*(?:万千瓦时|万千瓦|千瓦|兆瓦|MW|GW|万吨级|万吨|吨|亿立方米|万立方米|万标箱|万辆|万台|万套|亿片|万片|万头|万只)/u;
/** A clause that opens with what a work produces or holds: 新增装机容量…, 年产…. */
const CAPACITY_OPENING = /^\s*(?:新增|设计|规划)?(?:年产|年处理|日处理|产能|装机|库容|总库容|吞吐能力)/u;
/** A capacity said of a work, not a count or an amount of money: it must name its measure. */
const CAPACITY_SAID = /年产|年处理|日处理|日供水|产能|装机|库容|吞吐能力|设计能力|MW|GW|兆瓦|千瓦|吨级/u;
/** The same, right before a name it describes: `总投资56亿元的`. */
const INVESTMENT_BEFORE = new RegExp(`${INVESTMENT.source}的$`, 'u');

/**
 * A project table's investment cell in 亿元: its number in the unit the cell or the column's
 * title gives (总投资（万元）), 亿元 when neither does.
 */
export function investmentOf(cell: string, title: string): number | undefined {
  const number = /^\s*(?:约|总计)?\s*(\d+(?:\.\d+)?)\s*(亿元|万元|亿|万)?\s*$/u.exec(cell.replace(/,/gu, ''));
  if (!number) return undefined;
  const unit = number[2] ?? /(亿元|万元)/u.exec(title)?.[1] ?? '亿元';
  return Number(number[1]) / (unit.startsWith('万') ? 10_000 : 1);
}

export class ProjectFactReader {
  private readonly cues: { cue: string; status: string }[];

  constructor(statusCues: Record<string, string[]> = {}) {
    this.cues = Object.entries(statusCues)
      .flatMap(([status, cues]) => cues.map((cue) => ({ cue, status })))
      .sort((a, b) => b.cue.length - a.cue.length);
  }

  /** The status a project table's cell gives (续建, 新开工…), by the same cues as a sentence. */
  statusOf(cell: string): string | undefined {
    return this.cues.find(({ cue }) => cell.includes(cue))?.status;
  }

  /**
   * The facts about the project written `written` in `sentence` (empty when the sentence does
   * not hold it verbatim); `others`: the other projects' names the sentence holds.
   */
  read(sentence: string, written: string, others: readonly string[] = []): ProjectFacts {
    const at = sentence.indexOf(written);
    if (at < 0) return {};
    const { clause, next } = clauseAround(sentence, at, at + written.length);
    // Names' own words (…建设项目, 规划展览馆) say nothing of a status.
    const rest = [written, ...others].reduce((text, name) => text.replaceAll(name, ' '), clause);
    const status = this.cues.find(({ cue }) => rest.includes(cue))?.status;
    // (Not a name that stands for a list: `A等重大产业项目18个，总投资500亿元`.)
    const alone =
      !others.some((other) => other !== written && clause.includes(other)) &&
      !sentence.startsWith('等', at + written.length);
    // `总投资56亿元的X项目`: an amount right before the name, with 的, is its own.
    const before = INVESTMENT_BEFORE.exec(sentence.slice(0, at));
    // `X项目，总投资50亿元`: the next clause may give it, when it opens so.
    const money =
      before ??
      (alone
        ? (INVESTMENT.exec(rest) ??
          (/^(?:项目)?(?:总|计划|概算)投资/u.test(next) ? INVESTMENT.exec(next) : null))
        : null);
    const investment = money ? Number(money[1]) / (money[2] === '万元' ? 10_000 : 1) : undefined;
    // The capacity its name holds (麻阳500MW农光互补光伏发电), else the one its clause gives.
    // (`X工程竣工投产，新增装机容量…`: the next clause may give it, when it opens so.)
    const capacity =
      capacityIn(written) ??
      (alone
        ? (capacityIn(rest) ?? (CAPACITY_OPENING.test(next) ? capacityIn(next) : undefined))
        : undefined);
    return {
      ...(status ? { status } : {}),
      ...(investment !== undefined ? { investment } : {}),
      ...(capacity ? { capacity } : {}),
    };
  }
}

/** A capacity a text says, as written without layout spaces. */
function capacityIn(text: string): string | undefined {
  const said = CAPACITY.exec(text)?.[0];
  return said && CAPACITY_SAID.test(said) ? said.replace(/\s+/gu, '') : undefined;
}

/**
 * The clause of a sentence holding [start, end) (from the punctuation before to the one after),
 * and the clause after it.
 */
function clauseAround(sentence: string, start: number, end: number): { clause: string; next: string } {
  let from = start;
  while (from > 0 && !CLAUSE_END.test(sentence[from - 1] ?? '')) from -= 1;
  let to = end;
  while (to < sentence.length && !CLAUSE_END.test(sentence[to] ?? '')) to += 1;
  let after = to + 1;
  while (after < sentence.length && !CLAUSE_END.test(sentence[after] ?? '')) after += 1;
  return { clause: sentence.slice(from, to), next: sentence.slice(to + 1, after) };
}
