import { isTraditional, simplifiedLine } from '../../model/script.ts';
import type { Diagnostic } from '../diagnostics.ts';
import { type ClassifiedLine, classifyLine, LIST_MARK } from './classify-line.ts';
import { originalSpan } from './clean-line.ts';
import { NOTE, parseTable } from './parse-table.ts';
import {
  type Box,
  HEADING_RANKS,
  type Heading,
  type HeadingRank,
  type Paragraph,
  type PlanDocument,
  type Sentence,
  type Table,
} from './plan-document.ts';
import type { SourceText } from './read-source-text.ts';

const STRUCTURAL_RANKS: HeadingRank[] = ['part', 'chapter', 'section'];
const CAPTION = /^(附?表)\s*\d+/u;
/** The longest column title a table left one cell a line opens with (所在县市区, 主导产业). */
const MAX_COLUMN_TITLE = 12;
/** Sentences end at 。；！？ (and their ASCII forms), with closing quotes and brackets kept. */
const SENTENCE = /[^。；！？!?;]+(?:[。；！？!?;]+[”’」』）)》]*)?|[。；！？!?;]+/gu;

/**
 * Turns decoded text into a PlanDocument: the heading tree (篇 › 章 › 节 › numbered items)
 * with the table of contents skipped, 专栏 boxes with their extent, tables in both flattened
 * forms, paragraphs and sentences — each with its line and section path.
 */
export function segmentDocument(source: SourceText): PlanDocument {
  // A document in traditional script is read in simplified characters, quoted as written.
  const traditional = isTraditional(source.lines);
  const reading = traditional ? source.lines.map(simplifiedLine) : source.lines;
  const lines = reading.map((text, index) => ({
    ...classifyLine(text, index + 1),
    original: source.lines[index] ?? text,
  }));
  const state = new Segmenter(source.file, lines);
  state.run();
  return {
    file: source.file,
    path: source.path,
    format: source.format,
    ...(source.encoding ? { encoding: source.encoding } : {}),
    sha256: source.sha256,
    lines: reading,
    ...(traditional ? { original: source.lines } : {}),
    ...(source.pages ? { pages: source.pages } : {}),
    headings: state.headings,
    boxes: state.boxes,
    tables: state.tables,
    paragraphs: state.paragraphs,
    sentences: state.sentences,
    diagnostics: [...source.diagnostics, ...state.diagnostics],
  };
}

class Segmenter {
  readonly headings: Heading[] = [];
  readonly boxes: Box[] = [];
  readonly tables: Table[] = [];
  readonly paragraphs: Paragraph[] = [];
  readonly sentences: Sentence[] = [];
  readonly diagnostics: Diagnostic[] = [];
  /** Lines of numbered items (一、…, （二）…), which are headings and paragraphs at once. */
  private readonly itemLines = new Set<number>();
  /** Open headings, outermost first. */
  private stack: Heading[] = [];
  /** Whether title headings (notice names) appear in section paths. */
  private readonly titlesInPath: boolean;
  /** Last 篇/章/节 number seen under the current parent, and in the whole document. */
  private readonly lastInParent = new Map<HeadingRank, number>();
  private readonly lastOverall = new Map<HeadingRank, number>();

  constructor(
    private readonly file: string,
    private readonly lines: ClassifiedLine[],
  ) {
    // A file with several distinct titles compiles several notices (a gazette): their titles
    // say where a sentence is. A plan repeats at most its own title; its 篇/章/节 say it.
    const titles = new Set(
      lines.flatMap((line) =>
        line.type.kind === 'heading' && line.type.rank === 'title' ? [line.type.title] : [],
      ),
    );
    this.titlesInPath = titles.size > 1;
  }

  run(): void {
    let index = 0;
    while (index < this.lines.length) {
      index = this.step(index);
    }
  }

  private step(index: number): number {
    const current = this.lines[index] as ClassifiedLine;
    const type = current.type;
    switch (type.kind) {
      case 'blank':
      case 'toc':
        return index + 1;
      case 'box':
        return this.readBox(index, type.number, type.title);
      case 'heading':
        return this.readHeading(index);
      case 'cell':
      case 'row': {
        const next = this.readTable(index, null, this.captionBefore(index));
        if (next !== null) return next;
        this.addParagraph(current, this.section(), null);
        return index + 1;
      }
      case 'text': {
        // (A table a converter left one cell a line, without tabs: it opens with a short column title.)
        const next =
          current.clean.text.length <= MAX_COLUMN_TITLE
            ? this.readTable(index, null, this.captionBefore(index))
            : null;
        if (next !== null) return next;
        this.addParagraph(current, this.section(), null);
        return index + 1;
      }
    }
  }

  private readHeading(index: number): number {
    const current = this.lines[index] as ClassifiedLine;
    if (current.type.kind !== 'heading') return index + 1;
    const { rank, label, number } = current.type;
    let title = current.type.title;
    let endIndex = index;
    if (STRUCTURAL_RANKS.includes(rank)) {
      const continuation = this.titleContinuation(index);
      if (continuation !== null) {
        title += (this.lines[continuation] as ClassifiedLine).clean.text;
        endIndex = continuation;
      }
      this.checkOrder(current, rank, number);
    }
    if (rank === 'title') {
      // A new notice or document within the file: its 章/节 numbering starts afresh.
      this.lastInParent.clear();
      this.lastOverall.clear();
    }
    const depth = HEADING_RANKS.indexOf(rank);
    this.stack = this.stack.filter((open) => HEADING_RANKS.indexOf(open.rank) < depth);
    const heading: Heading = {
      rank,
      label,
      number,
      title,
      line: current.line,
      endLine: (this.lines[endIndex] as ClassifiedLine).line,
      section: '',
    };
    this.stack.push(heading);
    heading.section = this.section();
    this.headings.push(heading);
    // A numbered item is a heading and the first paragraph of its content.
    if (rank.startsWith('item')) {
      this.itemLines.add(current.line);
      this.addParagraph(current, heading.section, null);
    }
    return endIndex + 1;
  }

  /** A heading broken over two lines: a short line without punctuation right after it. */
  private titleContinuation(index: number): number | null {
    let next = index + 1;
    if (this.lines[next]?.type.kind === 'blank') next += 1;
    const candidate = this.lines[next];
    if (candidate?.type.kind !== 'text') return null;
    const text = candidate.clean.text;
    if (text.length > 16 || /[。；：:，,！？!?]/.test(text) || /^(图|表|注)/.test(text)) return null;
    let after = next + 1;
    while (this.lines[after]?.type.kind === 'blank') after += 1;
    const following = this.lines[after];
    const followsWell = following?.type.kind !== 'text' || following.clean.text.length >= 20;
    return followsWell ? next : null;
  }

  /**
   * 篇/章/节 numbers go up by one under their parent and restart under a new one; some plans
   * number chapters straight through the parts instead. Anything else is worth a warning.
   */
  private checkOrder(current: ClassifiedLine, rank: HeadingRank, number: number): void {
    const inParent = this.lastInParent.get(rank) ?? 0;
    const overall = this.lastOverall.get(rank) ?? 0;
    if (number !== inParent + 1 && number !== overall + 1) {
      this.diagnostics.push({
        file: this.file,
        line: current.line,
        severity: 'warning',
        rule: 'heading-order',
        message: `${current.clean.text.slice(0, 24)} comes after number ${inParent} of its rank`,
      });
    }
    this.lastInParent.set(rank, number);
    this.lastOverall.set(rank, number);
    for (const deeper of STRUCTURAL_RANKS.slice(STRUCTURAL_RANKS.indexOf(rank) + 1))
      this.lastInParent.set(deeper, 0);
  }

  private readBox(index: number, number: string, title: string): number {
    const current = this.lines[index] as ClassifiedLine;
    const section = this.section();
    const box: Box = { number, title, line: current.line, endLine: current.line, section };
    this.boxes.push(box);
    const boxSection = section ? `${section} › 专栏${number}` : `专栏${number}`;
    let next = index + 1;
    while (this.lines[next]?.type.kind === 'blank') next += 1;
    const first = this.lines[next];
    if (first && (first.type.kind === 'cell' || first.type.kind === 'row' || this.isNoteAt(next))) {
      let tableStart = next;
      const notesBefore: Table['notes'] = [];
      while (this.isNoteAt(tableStart)) {
        const note = this.lines[tableStart] as ClassifiedLine;
        notesBefore.push({ text: note.clean.text, line: note.line });
        tableStart += 1;
        while (this.lines[tableStart]?.type.kind === 'blank') tableStart += 1;
      }
      const after = this.readTable(tableStart, box, title, boxSection, notesBefore);
      if (after !== null) {
        box.endLine = (this.lines[after - 1] as ClassifiedLine).line;
        return after;
      }
    }
    return this.readBoxText(index + 1, box, boxSection);
  }

  /**
   * A 专栏 of running text has no end marker. It ends at the next 篇/章/节 or title heading,
   * another 专栏, two blank lines, or a numbered item that continues a list open before the box.
   */
  private readBoxText(start: number, box: Box, boxSection: string): number {
    let index = start;
    let blankRun = 0;
    const openItems = new Map(
      this.stack.filter((h) => h.rank.startsWith('item')).map((h) => [h.rank, h.number]),
    );
    while (index < this.lines.length) {
      const current = this.lines[index] as ClassifiedLine;
      const type = current.type;
      if (type.kind === 'blank') {
        blankRun += 1;
        if (blankRun >= 2) break;
        index += 1;
        continue;
      }
      blankRun = 0;
      if (type.kind === 'box' || type.kind === 'toc') break;
      if (type.kind === 'heading') {
        if (type.rank === 'title' || STRUCTURAL_RANKS.includes(type.rank)) break;
        if (openItems.get(type.rank) === type.number - 1) break;
      }
      // (A table a converter left one cell a line, without tabs, too: it opens with a short column title.)
      const bare = type.kind === 'text' && current.clean.text.length <= MAX_COLUMN_TITLE;
      if (type.kind === 'cell' || type.kind === 'row' || bare) {
        const after = this.readTable(index, box, box.title, boxSection, []);
        if (after !== null) {
          box.endLine = (this.lines[after - 1] as ClassifiedLine).line;
          index = after;
          continue;
        }
      }
      this.addParagraph(current, boxSection, box.number);
      box.endLine = current.line;
      index += 1;
    }
    return Math.max(index, start);
  }

  private readTable(
    index: number,
    box: Box | null,
    caption: string,
    section = this.section(),
    notesBefore: Table['notes'] = [],
  ): number | null {
    const parsed = parseTable(this.lines, index, this.diagnostics, this.file);
    if (!parsed) return null;
    const notes = [...notesBefore];
    let next = parsed.next;
    let endLine = parsed.table.endLine;
    // Notes directly under the table (注：…) belong to it.
    let probe = next;
    while (this.lines[probe]?.type.kind === 'blank' && probe < next + 2) probe += 1;
    while (this.isNoteAt(probe) || (notes.length > 0 && this.isNumberedNoteAt(probe))) {
      const note = this.lines[probe] as ClassifiedLine;
      notes.push({ text: note.clean.text, line: note.line });
      endLine = note.line;
      next = probe + 1;
      probe = next;
    }
    this.tables.push({
      ...parsed.table,
      endLine,
      caption,
      boxNumber: box?.number ?? null,
      section,
      notes,
    });
    return next;
  }

  private isNoteAt(index: number): boolean {
    const line = this.lines[index];
    return !!line && (line.type.kind === 'text' || line.type.kind === 'cell') && NOTE.test(line.folded);
  }

  /** `2. 人均预期寿命…` right under `注：1. …`: the note goes on. */
  private isNumberedNoteAt(index: number): boolean {
    const line = this.lines[index];
    return (
      !!line && line.type.kind === 'heading' && (line.type.rank === 'item3' || line.type.rank === 'item4')
    );
  }

  /** The line above a table outside a 专栏, when it reads like a caption (表1 …). */
  private captionBefore(index: number): string {
    let previous = index - 1;
    while (previous >= 0 && this.lines[previous]?.type.kind === 'blank') previous -= 1;
    const line = this.lines[previous];
    return line && line.type.kind === 'text' && CAPTION.test(line.clean.text) ? line.clean.text : '';
  }

  private section(): string {
    return this.stack
      .filter((heading) => heading.rank !== 'title' || this.titlesInPath)
      .map((heading) => (heading.rank === 'title' ? shorten(heading.title) : heading.label))
      .join(' › ');
  }

  private addParagraph(line: ClassifiedLine, section: string, boxNumber: string | null): void {
    const text = line.clean.text;
    if (text === '') return;
    const previous = this.paragraphs.at(-1);
    // Rows of cells (tabs) are no running text, and never wrap into it; nor does an item's
    // title without a mark of a sentence (二、“十五五”时期主要目标任务).
    const wrapped =
      !!previous &&
      previous.section === section &&
      WRAPPED.test(previous.text) &&
      !previous.text.includes('\t') &&
      !text.includes('\t') &&
      !(this.itemLines.has(previous.line) && !/[，。；：,;:]/u.test(previous.text)) &&
      // (A line that opens with a list's mark starts an item of its own: `- 株洲高新区：…`; so does
      // a line a label opens after another one, a layout's `成都市：…` lines.)
      !LIST_MARK.test(text) &&
      !(LABEL_OPENING.test(previous.text) && LABEL_OPENING.test(text));
    const opensAt = wrapped && previous ? previous.opensAt : line.line;
    this.paragraphs.push({ line: line.line, opensAt, text, section, boxNumber });
    const firstOfLine = this.sentences.length;
    for (const match of text.matchAll(SENTENCE)) {
      const piece = match[0];
      const leading = piece.length - piece.trimStart().length;
      const sentenceText = piece.trim();
      if (sentenceText === '' || /^[。；！？!?;]+$/.test(sentenceText)) continue;
      const start = match.index + leading;
      const { quote, column } = originalSpan(line.original, line.clean, start, start + sentenceText.length);
      this.sentences.push({
        line: line.line,
        paragraph: opensAt,
        text: sentenceText,
        quote,
        column,
        section,
        boxNumber,
      });
    }
    if (wrapped && previous) this.joinAcrossWrap(firstOfLine, previous.line);
  }

  /**
   * The sentence a wrapped line leaves open goes on with the first sentence of the next line:
   * one sentence, quoted across the break (`…强化城镇对产业园` + `区的支撑保障。`).
   */
  private joinAcrossWrap(firstOfLine: number, previousLine: number): void {
    const open = this.sentences[firstOfLine - 1];
    const next = this.sentences[firstOfLine];
    if (!open || !next || (open.endLine ?? open.line) !== previousLine || CLOSED.test(open.text)) return;
    const cited = this.originalLines(open.line, next.line);
    const nextStart = cited.length - (this.lines[next.line - 1]?.original.length ?? 0);
    this.sentences.splice(firstOfLine - 1, 2, {
      ...open,
      text: open.text + next.text,
      quote: cited.slice(open.column, nextStart + next.column + next.quote.length),
      endLine: next.line,
    });
  }

  /** The original lines from `first` to `last` (1-based), joined by line breaks. */
  private originalLines(first: number, last: number): string {
    return this.lines
      .slice(first - 1, last)
      .map((line) => line.original)
      .join('\n');
  }
}

/** A line's opening label: a short name and a colon (`绵阳市：`, `宜宾市、泸州市：`). */
const LABEL_OPENING = /^[\u4e00-\u9fff、（）()]{2,14}[：:]/u;

/** How a sentence ends that a line break does not continue. */
const CLOSED = /[。；！？!?;]["”’」』）)》]*$/u;

/**
 * A paragraph cut off mid-sentence, as files converted from PDF wrap them: a long line that
 * ends in a word, not in a sentence's or a clause-list's end. (A page's byline, 来源：…　发布时间：…,
 * ends in a word and is a line of its own.)
 */
const WRAPPED =
  /^(?!(?:来源|发布时间|发布日期|作者|编辑|责任编辑|时间|日期)\s*[：:]).{20,}[\u4e00-\u9fff\dA-Za-z，,、]$/u;

function shorten(title: string): string {
  return title.length > 30 ? `${title.slice(0, 30)}…` : title;
}
