import type { Evidence, Properties } from '../../model/graph.ts';
import { documentId } from '../../model/graph.ts';
import { foldNumbers } from '../read/clean-line.ts';
import type { Cell, Table } from '../read/plan-document.ts';
import type { Division } from '../vocabulary/regions.ts';
import type { ExtractionContext } from './extract-context.ts';
import { cellEvidence, column, phraseEvidence, SectionTitles } from './extract-context.ts';
import { addIndustry } from './extract-industries.ts';
import { addRegion, regionNodeId } from './extract-regions.ts';

const EMPTY_VALUE = /^(—+|-+|－|\/|)$/u;
/** Words that date a paragraph's targets to the document's year. */
const THIS_YEAR = /今年|本年度/u;
/** Words that speak of the five-year outline a report presents, not of its own year. */
const OUTLINE = /《纲要|未来五年|今后五年/u;
/** How a paragraph of results opens: 这五年，我们…; 过去一年，…; 五年来，…. */
const LOOK_BACK = /^(?:这五年|过去五年|五年来|这一年|过去一年|一年来)[，,]/u;
/** Words that speak of a period's first year, not its end. */
const PERIOD_START = /开局|开好局|起好步|起步之年|首年/u;
/** An indicator that names a change, not a level: 地区生产总值年均增长, 居民收入增速. */
const GROWTH_INDICATOR = /(增长|增速|增幅|下降|降低)(率)?$/u;
const UNIT_IN_NAME = /[（(]([^（）()]{1,12})[）)]\s*$/u;

/**
 * Goals: each row of an indicator table (十四五 targets, or 十三五 results, told apart by the
 * caption and header), then targets stated in sentences (`到2025年，X达到Y`).
 */
export function extractGoals(context: ExtractionContext): void {
  for (const table of context.document.tables) {
    if (isIndicatorTable(table)) extractIndicatorTable(context, table);
  }
  extractTextGoals(context);
}

function isIndicatorTable(table: Table): boolean {
  return (
    column(table, /指标/) >= 0 &&
    (column(table, /属性/) >= 0 || table.header.some((title) => /20\d\d/.test(title)))
  );
}

function extractIndicatorTable(context: ExtractionContext, table: Table): void {
  const header = table.header.map((title) => title.replace(/\s+/g, ''));
  const find = (pattern: RegExp, except: number[] = []) =>
    header.findIndex((t, i) => pattern.test(t) && !except.includes(i));
  // A column of targets named so (2026年目标, 预期目标（2030年）). A 完成 column of an earlier year
  // beside it is the baseline, and the table sets targets; of the same year (规划目标（2020年）|
  // 实现（2020年）), the table reports results.
  const namedTargetColumn = find(/20\d\d.*(?:目标|预期|计划)|(?:目标|预期|计划).*20\d\d/);
  const yearIn = (title: string) => Number(/20\d\d/.exec(title)?.[0] ?? Number.NaN);
  const targetYearNamed = yearIn(header[namedTargetColumn] ?? '');
  const done = header.filter((title) => /实现|完成/.test(title));
  const looksAhead = done.length > 0 && done.every((title) => yearIn(title) < targetYearNamed);
  const isResult = !looksAhead && (/完成/.test(table.caption) || done.length > 0);
  const nameColumn = find(/指标/);
  const numberColumn = find(/序号/);
  const categoryColumn = find(/类别/);
  const unitColumn = find(/单位/);
  const attributeColumn = find(/属性/);
  const yearColumns = header.flatMap((title, index) => (/^20\d\d年?$/.test(title) ? [index] : []));
  // The target column named so, when the years are not two columns.
  const namedTarget = yearColumns.length > 1 ? -1 : namedTargetColumn;
  const columns = isResult
    ? {
        baseline: find(/^20\d\d年?$/),
        target: find(/规划.*(20\d\d|数值)/),
        growth: find(/规划.*(增速|增长)/),
        actual: find(/(实现|完成).*(20\d\d|数值)/),
        actualGrowth: find(/(实现|完成).*(增速|增长)/),
      }
    : {
        baseline: yearColumns[0] ?? find(/20\d\d.*(?:完成|实际|基数|基期|现状)|(?:基数|基期|现状).*20\d\d/),
        target: yearColumns[1] ?? namedTarget,
        growth: find(/增速|增长|累计/),
        actual: -1,
        actualGrowth: -1,
      };
  const yearOf = (index: number, fallback: number) =>
    Number(/20\d\d/.exec(header[index] ?? '')?.[0] ?? fallback);
  const targetYear = isResult ? yearOf(columns.target, 2020) : yearOf(columns.target, 2025);
  const baselineYear = yearOf(columns.baseline, targetYear - 5);
  // The first value column after the name: where a sub-indicator stands instead, in its rows.
  const firstValue = [columns.baseline, columns.target]
    .filter((i) => i > nameColumn)
    .sort((a, b) => a - b)[0];
  let previous: { number: string; indicator: string } | undefined;
  for (const [rowIndex, row] of table.rows.entries()) {
    // A row one cell wider than the header carries a sub-indicator after the name (化学需氧量);
    // so does a row with words where the first value should be and a number after them (Word
    // makes every row of a table as wide as its widest, so width alone does not tell).
    const wordsAtValue =
      firstValue === nameColumn + 1 &&
      isWords(row[nameColumn + 1]?.text ?? '') &&
      isNumber(row[nameColumn + 2]?.text ?? '');
    const hasSubItem = nameColumn >= 0 && (row.length === header.length + 1 || wordsAtValue);
    const at = (index: number): Cell | undefined =>
      index < 0 ? undefined : row[hasSubItem && index > nameColumn ? index + 1 : index];
    const nameCell = at(nameColumn);
    if (!nameCell || nameCell.text === '' || /^注/u.test(nameCell.text)) continue;
    const sub = hasSubItem ? (row[nameColumn + 1]?.text ?? '') : '';
    const { indicator, unit } = splitUnit(nameCell.text.replace(/\s+/g, ''), at(unitColumn)?.text ?? '');
    const number = at(numberColumn)?.text ?? '';
    const value = (index: number) => {
      const text = at(index)?.text.trim() ?? '';
      return EMPTY_VALUE.test(text) ? null : text;
    };
    const target = value(columns.target);
    // A growth target (地区生产总值增长 … 7.5) or a cumulative one ([8000]) stands in the growth
    // column when the target year's is empty.
    const growth = value(columns.growth);
    const targetText = target ?? (isResult ? null : growth);
    // (A growth column's rate is a growth, in %, whatever the row's unit: 规模以上工业增加值 … 8.)
    const byGrowth =
      target === null && targetText !== null && /增长|增速/u.test(header[columns.growth] ?? '');
    const targetValue = targetText === null ? null : context.goalClauses.readCell(targetText);
    const baseline = value(columns.baseline);
    const properties: Properties = {
      indicator: sub ? `${indicator}（${sub}）` : indicator,
      // (So is a rate written in its cell: [-33%] beside a row in 人/亿元.)
      unit:
        (byGrowth && /%/u.test(header[columns.growth] ?? '')) ||
        (target === null && /%/u.test(targetText ?? ''))
          ? '%'
          : unit,
      category: at(categoryColumn)?.text ?? '',
      number,
      baseline,
      baselineValue: baseline === null ? null : (context.goalClauses.readCell(baseline)?.value ?? null),
      baselineYear,
      target,
      value: targetValue?.value ?? null,
      valueMax: targetValue?.valueMax ?? null,
      qualifier: targetValue?.qualifier ?? null,
      kind: byGrowth || GROWTH_INDICATOR.test(indicator) ? 'growth' : 'level',
      targetYear,
      growth,
      attribute: value(attributeColumn) ?? '',
      status: isResult ? 'result' : 'target',
      source: 'table',
      ...(isResult ? { actual: value(columns.actual), actualGrowth: value(columns.actualGrowth) } : {}),
    };
    // A number cell filled down over several rows (a merged cell: 森林覆盖率, 森林蓄积量 under
    // one 序号) numbers several goals: each keeps its own name in its id.
    const sameNumber = number !== '' && number === previous?.number && indicator !== previous.indicator;
    const part = sub || (sameNumber ? indicator : '');
    const key = number && /^\d+$/.test(number) ? `${number}${part ? `-${part}` : ''}` : `row${rowIndex + 1}`;
    if (!sameNumber) previous = { number, indicator };
    addGoal(
      context,
      `goal:${context.document.file}:${isResult ? 'result' : 'target'}:${table.line}:${key}`,
      properties,
      cellEvidence(context, table, nameCell),
    );
  }
}

/**
 * Goals in sentences that set targets: each clause promising a number (`地区生产总值增长5%左右`,
 * `到2030年，城镇化率达到65%`) is a goal for the issuer, in the year the text names, else the
 * document's (a work report's year, a five-year plan's last year).
 */
function extractTextGoals(context: ExtractionContext): void {
  // A statistics bulletin reports its year's figures: it sets no targets.
  if (context.entry.kind === 'statistics') return;
  const { year, pastYear } = documentYears(context);
  // A plan looks ahead; a report or a gazette also looks back on the year before, and promises
  // with its actions (新建…); a news report tells what was done, and promises only with a cue (力争…).
  const looksBack = !/plan$/u.test(context.entry.kind) && context.entry.kind !== 'news';
  const titles = new SectionTitles(context.document.headings);
  // A work report reviews the past year first: nothing before it turns forward is a target.
  // (One that never turns forward, an excerpt of its tasks, reviews nothing.)
  const turn =
    context.entry.kind === 'government-work-report'
      ? context.document.sentences.findIndex((sentence) =>
          context.goalClauses.looksForward(`${titles.at(sentence.line, sentence.section)} ${sentence.text}`),
        )
      : -1;
  // A section that opens with the period before (“十三五”时期，…) reviews it, with all below it.
  let reviewedSection: string | undefined;
  let previousSection: string | undefined;
  // A paragraph dated before the period (2020年全市地区生产总值…) reports to its end.
  let pastParagraph: number | undefined;
  // The paragraph of a list of targets a `；` leaves open.
  let openList: number | undefined;
  // A paragraph that says its targets are this year's (今年…主要预期目标是：…；…), or the
  // outline's a report presents (《纲要（草案）》明确了…主要指标：一是…。二是…).
  let thisYearParagraph: number | undefined;
  let outlineParagraph: number | undefined;
  for (const [index, sentence] of context.document.sentences.entries()) {
    if (index < turn) continue;
    // Read with full-width digits and signs as ASCII (５％); quotes are cut from the original.
    const text = foldNumbers(sentence.text);
    const section = titles.at(sentence.line, sentence.section);
    if (sentence.section !== previousSection && context.goalClauses.opensReview(text, pastYear))
      reviewedSection = sentence.section;
    previousSection = sentence.section;
    if (reviewedSection !== undefined && within(sentence.section, reviewedSection)) continue;
    // A paragraph opening with a look back (这五年，…, 过去一年，…) reports to its end.
    if (LOOK_BACK.test(text)) pastParagraph = sentence.paragraph;
    const dated = context.goalClauses.datedBefore(text, pastYear);
    if (dated !== undefined) pastParagraph = dated ? sentence.paragraph : undefined;
    if (dated === undefined && pastParagraph === sentence.paragraph) continue;
    // A plan's 专栏 lists what the period will build: there an action with a number (新建…5条
    // 高速公路) promises it, as in a report's tasks.
    const inBox = sentence.boxNumber !== null;
    // `…主要预期目标是：地区生产总值增长6%左右；一般公共预算收入增长5%；…`: the items after a
    // target's `；` go on with its list, though each is a sentence of its own.
    const listed = openList === sentence.paragraph;
    const sets =
      listed ||
      context.goalClauses.setsTargets(text, section, looksBack || inBox, pastYear, inBox && !looksBack);
    openList = sets && /[；;]$/u.test(text) ? sentence.paragraph : undefined;
    if (!sets) continue;
    if (THIS_YEAR.test(text)) thisYearParagraph = sentence.paragraph;
    if (OUTLINE.test(text)) outlineParagraph = sentence.paragraph;
    // A heading that starts the coming period (全力推动“十五五”开好局) or names the document's year
    // beside it (“十五五”时期目标任务和2026年工作安排) sets this year's tasks, unless the sentence
    // names the period itself.
    const headingForYear = PERIOD_START.test(section) || (year !== null && section.includes(`${year}年`));
    // A sentence of the plan outline (《纲要（草案）》提出…, 未来五年…) speaks of the period.
    const ofOutline = outlineParagraph === sentence.paragraph;
    const periodYear =
      thisYearParagraph === sentence.paragraph || PERIOD_START.test(text)
        ? undefined
        : (context.goalClauses.periodYear(text, true) ??
          (headingForYear && !ofOutline ? undefined : context.goalClauses.periodYear(section)) ??
          (ofOutline && year !== null ? year + 4 : undefined));
    for (const read of context.goalClauses.read(text, pastYear)) {
      // An indicator opening with a division (洪江市地区生产总值) is that division's goal.
      const named = context.gazetteer.leading(read.indicator, {
        scope: context.scope,
        prefer: context.issuer?.code,
        accept: (division) => division.level !== 'township',
      });
      const region = named && read.indicator.length - named.length >= 2 ? named : undefined;
      const goal = region ? { ...read, indicator: read.indicator.slice(region.length) } : read;
      const written = `${goal.value}${goal.valueMax !== null ? `—${goal.valueMax}` : ''}${goal.unit}`;
      const properties: Properties = {
        indicator: goal.indicator,
        unit: goal.unit,
        category: '',
        number: '',
        baseline: null,
        baselineYear: null,
        target: goal.target || written,
        targetYear: goal.year ?? periodYear ?? year,
        growth: goal.kind === 'growth' ? written : null,
        value: goal.value,
        valueMax: goal.valueMax,
        qualifier: goal.qualifier,
        kind: goal.kind,
        attribute: '',
        status: 'target',
        source: 'text',
      };
      const evidence = phraseEvidence(context, sentence, goal.text);
      addGoal(
        context,
        `goal:${context.document.file}:text:${sentence.line}:${goal.indicator}:${goal.value}`,
        properties,
        evidence,
        region?.division,
      );
    }
  }
}

/**
 * The year a target without one is for (a plan's last year, else the document's own), and the
 * year it looks back on (the one before a plan's period, 2020 for 2021–2025, else the one before).
 */
function documentYears(context: ExtractionContext): { year: number | null; pastYear: number | undefined } {
  const { period, adopted } = context.entry;
  const years = [...period.matchAll(/20\d\d/gu)].map((match) => Number(match[0]));
  const adoptedYear = /20\d\d/u.exec(adopted)?.[0];
  const year = years.length > 0 ? Math.max(...years) : adoptedYear ? Number(adoptedYear) : null;
  const periodStart = years.length > 1 ? Math.min(...years) : undefined;
  return { year, pastYear: periodStart ? periodStart - 1 : year === null ? undefined : year - 1 };
}

/** Whether a section path is `outer` or lies under it. */
function within(section: string, outer: string): boolean {
  return section === outer || section.startsWith(`${outer} › `);
}

/** A goal set by the document for `region` (a division its text names), else for the issuer. */
function addGoal(
  context: ExtractionContext,
  id: string,
  properties: Properties,
  evidence: Evidence,
  region?: Division,
): void {
  const { builder, issuer } = context;
  const indicator = String(properties.indicator);
  builder.addNode({ id, label: 'Goal', name: indicator, properties, evidence });
  builder.addEdge({ type: 'SETS', source: documentId(context.document.file), target: id, evidence });
  if (region) {
    builder.addEdge({
      type: 'FOR_REGION',
      source: id,
      target: addRegion(context, region, evidence),
      evidence,
    });
  } else if (issuer && builder.hasNode(regionNodeId(issuer))) {
    builder.addEdge({ type: 'FOR_REGION', source: id, target: regionNodeId(issuer), evidence });
  }
  for (const industry of context.industries.find(indicator)) {
    // `非石化能源占一次能源消费比重`: what is measured is what the industry is not.
    if (indicator[industry.start - 1] === '非') continue;
    const industryNode = addIndustry(context, industry.canonical, industry.surface, evidence);
    builder.addEdge({ type: 'CONCERNS', source: id, target: industryNode, evidence });
  }
}

/** `地区生产总值增长（%）` → indicator `地区生产总值增长`, unit `%`; a unit column wins. */
function splitUnit(name: string, unitCell: string): { indicator: string; unit: string } {
  const match = UNIT_IN_NAME.exec(name);
  const indicator = match ? name.slice(0, match.index) : name;
  const unit = unitCell.trim() || (match?.[1] ?? '').replace(/％/g, '%');
  return { indicator, unit };
}

/** A number as a table writes one: 64863, ≥70.83, [5], (3.2). */
function isNumber(text: string): boolean {
  return /^[[(（]?[≥≤<>＞＜~]?\d/u.test(text.trim());
}

/**
 * Words, not a value: a sub-indicator's name (化学需氧量) where a number, a bracket or a dash
 * would be. Followed by a number (isNumber), it is no value written in words (法定人群全覆盖).
 */
function isWords(text: string): boolean {
  const cell = text.trim();
  return cell.length >= 2 && /^[\u4e00-\u9fffA-Za-z]/u.test(cell) && !/^(?:20\d\d|—|-)/u.test(cell);
}
