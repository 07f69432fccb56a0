/**
 * What a sentence says of a project it names: its status (新开工, 建成…, by the cues of
 * data/lexicon/projects.json) and its investment (总投资50亿元), read in the clause that names
 * it. A list's clause (新开工A、B、C等项目) gives its status to every item; an investment only
 * to a project that stands alone in its clause (a list's total is no item's).
 */

export interface ProjectFacts {
  status?: string;
  /** 亿元. */
  investment?: number;
}

/** 总投资50亿元, 计划投资约1.2亿元, 投资8000万元. */
const INVESTMENT =
  /(?:总投资|计划投资|概算投资|投资)(?:额)?(?:约|达|超过|近|逾)?\s*(\d+(?:\.\d+)?)\s*(亿元|万元)/u;
const CLAUSE_END = /[，,；;。！!？?]/u;
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
    return { ...(status ? { status } : {}), ...(investment !== undefined ? { investment } : {}) };
  }
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
