import type { Evidence } from '../../model/graph.ts';
import type { Diagnostic } from '../diagnostics.ts';
import { LIST_MARK } from '../read/classify-line.ts';
import type { ManifestEntry } from '../read/manifest.ts';
import {
  type Cell,
  type Heading,
  originalLine,
  type PlanDocument,
  quoteOf,
  type Sentence,
  type Table,
} from '../read/plan-document.ts';
import type { AreaNameReader } from '../vocabulary/area-names.ts';
import type { GoalClauseReader } from '../vocabulary/goal-clauses.ts';
import type { IndustryTermReader } from '../vocabulary/industry-terms.ts';
import type { IndustryLexicon } from '../vocabulary/lexicons.ts';
import type { ParkNameReader } from '../vocabulary/park-names.ts';
import type { PlaceFinder, RegionGazetteer } from '../vocabulary/region-gazetteer.ts';
import type { Division } from '../vocabulary/regions.ts';
import type { DocumentDescriber } from './describe-document.ts';
import type { GraphBuilder } from './graph-builder.ts';

/** What extraction knows before it reads any document: loaded once, shared by all. */
export interface ExtractionResources {
  industries: IndustryLexicon;
  /** Industries as plans write them, lexicon or not. */
  industryTerms: IndustryTermReader;
  /** Goals as plans promise them in sentences. */
  goalClauses: GoalClauseReader;
  parkNames: ParkNameReader;
  gazetteer: RegionGazetteer;
  /** Areas a plan marks out that are no division (托口片区, …核心引领区). */
  areaNames: AreaNameReader;
  /** What a document is, for a document no manifest describes. */
  describer: DocumentDescriber;
  /** The version of what reads facts (extractor-version.ts), recorded on each Document. */
  extractorVersion: string;
}

/** What every extractor of one document works with: the resources and the document's own. */
export interface ExtractionContext extends ExtractionResources {
  entry: ManifestEntry;
  document: PlanDocument;
  /** The division that issued the document, when the gazetteer knows it. */
  issuer: Division | undefined;
  /** The prefecture the document is about: place names are looked up there first. */
  scope: string | undefined;
  /** Where the first place of the scope stands in a text (-1: none). */
  placeAt: PlaceFinder;
  /**
   * The park whose own plan or report this is (the entry's park), its node id: set by
   * extractParks, which runs first. What such a document develops, the park hosts.
   */
  ownPark?: string;
  /**
   * How the document writes parks within parks short (航空港片区, 河东园): set by extractParks, so
   * that later readers take such a name for the park's part, not for an area of the region.
   */
  partsWritten: Set<string>;
  builder: GraphBuilder;
  diagnostics: Diagnostic[];
}

/** Whether a sentence is all its paragraph has (a title's line: `（3）汨罗高新区`). */
export function isWholeParagraph(context: ExtractionContext, sentence: Sentence): boolean {
  const { sentences } = context.document;
  const at = sentences.indexOf(sentence);
  return (
    sentences[at - 1]?.paragraph !== sentence.paragraph && sentences[at + 1]?.paragraph !== sentence.paragraph
  );
}

export function sentenceEvidence(context: ExtractionContext, sentence: Sentence): Evidence {
  return {
    document: context.document.file,
    line: sentence.line,
    ...(sentence.endLine ? { endLine: sentence.endLine } : {}),
    section: sentence.section,
    quote: sentence.quote,
  };
}

/** Evidence for part of a sentence: that text alone, at the line of the sentence that holds it; else the sentence. */
export function phraseEvidence(context: ExtractionContext, sentence: Sentence, text: string): Evidence {
  for (let line = sentence.line; line <= (sentence.endLine ?? sentence.line); line += 1) {
    const quote = quoteOf(context.document, line, text);
    if (quote) return { document: context.document.file, line, section: sentence.section, quote };
  }
  return sentenceEvidence(context, sentence);
}

/** Evidence for a table cell (or one item of it): that text where the line holds it verbatim, else the whole line. */
export function cellEvidence(
  context: ExtractionContext,
  table: Table,
  cell: Cell,
  text = cell.text,
): Evidence {
  const quote =
    quoteOf(context.document, cell.line, text) ?? originalLine(context.document, cell.line).trim();
  return { document: context.document.file, line: cell.line, section: sectionOf(table), quote };
}

/** Evidence for a whole table row: the quote of its most telling cell, by column. */
export function rowEvidence(context: ExtractionContext, table: Table, row: Cell[], column: number): Evidence {
  const cell =
    row[column] ?? row.find((candidate) => !candidate.filledDown && candidate.text !== '') ?? row[0];
  return cell
    ? cellEvidence(context, table, cell)
    : {
        document: context.document.file,
        line: table.line,
        section: sectionOf(table),
        quote: originalLine(context.document, table.line).trim(),
      };
}

function sectionOf(table: Table): string {
  return table.boxNumber && !table.section.endsWith(`专栏${table.boxNumber}`)
    ? `${table.section ? `${table.section} › ` : ''}专栏${table.boxNumber}`
    : table.section;
}

/** Index of the first header cell matching a pattern, or -1. */
export function column(table: Table, pattern: RegExp): number {
  return table.header.findIndex((title) => pattern.test(title.replace(/\s+/g, '')));
}

/** Indexes of every header cell matching a pattern. */
export function columns(table: Table, pattern: RegExp): number[] {
  return table.header.flatMap((title, index) => (pattern.test(title.replace(/\s+/g, '')) ? [index] : []));
}

/**
 * Splits a cell listing several things: `建材、机械装备`, ending in 等. Short items (industries)
 * also split on 和/及/与; long ones (project names such as `…精炼及附属产品深加工项目`) do not.
 */
export function splitList(text: string, { conjunctions = true } = {}): string[] {
  const separators = conjunctions
    ? /[、，,；;／/]|(?<=[\u4e00-\u9fff]{2})(?:和|及|与)(?=[\u4e00-\u9fff]{2})/u
    : /[、，,；;／/]/u;
  return text
    .replace(/等$/u, '')
    .split(separators)
    .map((item) => item.replace(/等$/u, '').trim())
    .filter((item) => item !== '' && item !== '——' && item !== '—');
}

/** A label's words, after the item's dash or number if any (`——托口片区。`, `1. 鹤中洪芷核心引领区。`). */
const PARAGRAPH_LABEL =
  /^(?:[—－•·●]+\s*|[（(]?[\d一二三四五六七八九十]{1,3}[）)．.、]\s*)?([^，,；;。：:]{2,16})[。：:]$/u;

/**
 * The label a paragraph opens with (`森工。`, `——水果产业：`, `1. 鹤中洪芷核心引领区。`): the words
 * of a sentence that is only words and 。 or ：, standing first on its line. Undefined for any
 * other sentence.
 */
export function paragraphLabel(context: ExtractionContext, sentence: Sentence): string | undefined {
  const label = PARAGRAPH_LABEL.exec(sentence.text)?.[1];
  const before = (context.document.lines[sentence.line - 1] ?? '').slice(0, sentence.column);
  return label && !/[\u4e00-\u9fff]/u.test(before) ? label : undefined;
}

/** A layout's line after its list mark: a label, a colon or a dash, then what it lists. */
const LAYOUT_LINE = /^([^，,；;。：:—]{2,30}?)(?:[：:]|——)([^：:]{2,80})$/u;

/**
 * A layout's line (`- 长沙经开区：工程机械、电子信息`, `常德市——装备制造、烟草`): its label and the list
 * after it, undefined for any other sentence.
 */
export function layoutLine(sentence: Sentence): { label: string; list: string } | undefined {
  const line = LAYOUT_LINE.exec(sentence.text.replace(LIST_MARK, ''));
  return line?.[1] && line[2] ? { label: line[1], list: line[2] } : undefined;
}

/**
 * The titles of the headings a line stands under, outermost first (`第一章 决胜全面建成小康社会
 * 取得决定性成就 › 2. 产业结构不断优化`): section paths hold only the headings' numbers, while
 * whether a section looks back or ahead is in its titles. Asked for lines in increasing order.
 */
export class SectionTitles {
  private next = 0;
  private readonly latest = new Map<string, string>();

  constructor(private readonly headings: readonly Heading[]) {}

  /** The last answer, until a heading comes or another section is asked (sentences come a section at a time). */
  private last: { section: string; titles: string } | undefined;

  at(line: number, section: string): string {
    while (this.next < this.headings.length && (this.headings[this.next]?.line ?? Infinity) <= line) {
      const heading = this.headings[this.next] as Heading;
      this.latest.set(heading.section, `${heading.label} ${heading.title}`.trim());
      this.next += 1;
      this.last = undefined;
    }
    if (this.last?.section === section) return this.last.titles;
    const parts = section.split(' › ');
    const titles = parts
      .map((_, index) => this.latest.get(parts.slice(0, index + 1).join(' › ')) ?? parts[index])
      .join(' › ');
    this.last = { section, titles };
    return titles;
  }
}
