/**
 * What a document is, read from its own text when no manifest says: its title, issuer, kind,
 * date and period. Saved web pages open with page words (下载 / 打印 / 全屏 / 来源：…) before the
 * title, and a work report may name its issuer only in the line under it (在贵州省第十四届人民
 * 代表大会…): the words and cues are data (data/lexicon/documents.json).
 */
import { DOCUMENT_KINDS, type DocumentKind } from '../../model/graph.ts';
import type { ManifestEntry } from '../read/manifest.ts';
import { type PlanDocument, quoteOf } from '../read/plan-document.ts';
import type { DocumentLexicon } from '../vocabulary/lexicons.ts';
import type { ParkNameReader } from '../vocabulary/park-names.ts';
import type { RegionGazetteer } from '../vocabulary/region-gazetteer.ts';
import type { Division } from '../vocabulary/regions.ts';

/** A notice issuing a document: `…关于印发《X》的通知`. */
const PUBLISHED = /关于(?:印发|发布|公布|印送)《([^》]{4,})》的(?:通知|通告|公告|函)/u;
/** How many lines at the top may hold the title and the lines about it. */
const HEAD_LINES = 40;
/** A title is a line, not a paragraph. */
const MAX_TITLE_LENGTH = 80;
/** The divisions a headline or a page's source names a report by: a province or a city. */
const isProvinceOrCity = (division: Division) =>
  division.level === 'province' || division.level === 'prefecture';
/** A page line's source, a region's paper or broadcaster: 来源：|湖南|日报. */
const SOURCE = /来源[：:]\s*([\u4e00-\u9fff]{2,6}?)(?:日报|晚报|新闻网|发布|广播电视台|电视台|政府网)/u;
/** The lines under the title that may say who issued it and when (before the body begins). */
const ABOUT_LINES = 8;
/** Without a title naming it, the issuer is the region the opening names most, at least this often. */
const OPENING_LINES = 120;
const MIN_MENTIONS = 3;

export class DocumentDescriber {
  private readonly pageWords: Set<string>;
  private readonly pageLines: RegExp[];

  constructor(
    private readonly lexicon: DocumentLexicon,
    private readonly gazetteer: RegionGazetteer,
    private readonly parkNames: ParkNameReader,
  ) {
    this.pageWords = new Set(lexicon.pageWords);
    this.pageLines = lexicon.pageLinePatterns.map((pattern) => new RegExp(pattern, 'u'));
  }

  describe(file: string, document: PlanDocument): ManifestEntry {
    const head = this.headLines(document);
    const titleAt = this.titleIndex(head);
    const titleLine = head[titleAt] ?? document.sentences[0]?.text.slice(0, 60) ?? file;
    // A notice that issues a document (关于印发《X》的通知) is published as X: X is the title.
    const title = PUBLISHED.exec(titleLine)?.[1] ?? titleLine;
    const about = head.slice(titleAt + 1, titleAt + 1 + ABOUT_LINES);
    // A park's own plan (襄阳高新技术产业开发区“十五五”发展规划): issued for the park, in its place.
    const placeOf = (text: string) => this.gazetteer.leading(text, { accept: (d) => d.level !== 'township' });
    const park = this.parkNames
      .find(
        title,
        Object.assign((text: string) => (placeOf(text) ? 0 : -1), {
          whole: (text: string) => placeOf(text)?.length === text.length,
          local: (text: string) => {
            const place = placeOf(text);
            return place?.length === text.length && place.division.level !== 'province';
          },
        }),
      )
      .find(({ start }) => start === 0)?.name;
    const issuer =
      this.gazetteer.mostLocalNamed(title) ??
      (park ? placeOf(park.surface)?.division : undefined) ??
      // A headline opening with a province's or a city's short name (江西出台措施…) is about it.
      this.gazetteer.leading(title, { accept: isProvinceOrCity })?.division ??
      about.map((line) => this.gazetteer.mostLocalNamed(line)).find((division) => division !== undefined) ??
      this.sourceRegion(document) ??
      this.gazetteer.mostNamed(document.lines.slice(0, OPENING_LINES).join('\n'), MIN_MENTIONS);
    const kind = this.kindOf(title);
    // A saved page dates itself in page lines (发布时间：2026-02-18, 来源：…日报 2026-02-18), read apart.
    const date = firstDate([title, ...about]) ?? firstDate(this.pageDateLines(document));
    const year = date?.slice(0, 4) ?? /(20\d\d)年/u.exec(title)?.[1] ?? '';
    return {
      file,
      // (A title in traditional script is read in simplified characters, and named as written.)
      title: quoteOf(document, document.lines.findIndex((line) => line.includes(title)) + 1, title) ?? title,
      issuer: issuer?.name ?? '',
      kind,
      adopted: date ?? year,
      period: this.periodOf(title, kind, year),
      ...(park ? { park: park.surface } : {}),
    };
  }

  /** The first lines of the text that are not page words, trimmed. */
  private headLines(document: PlanDocument): string[] {
    return (
      document.lines
        .slice(0, HEAD_LINES)
        // A Markdown heading's marks (# 青州市…规划) are no part of the title.
        .map((line) => line.trim().replace(/^#{1,6}\s+/u, ''))
        .filter(
          (line) => line !== '' && !this.pageWords.has(line) && !this.pageLines.some((p) => p.test(line)),
        )
    );
  }

  /**
   * The province or city whose newspaper or broadcaster a page line names as its source (来源：湖南日报):
   * a report of `我省…` is about it.
   */
  private sourceRegion(document: PlanDocument) {
    for (const line of this.pageDateLines(document)) {
      const source = SOURCE.exec(line)?.[1];
      const named = source
        ? this.gazetteer.leading(source, {
            accept: isProvinceOrCity,
          })
        : undefined;
      if (named && named.length === source?.length) return named.division;
    }
    return undefined;
  }

  /** The page lines of the text's head (来源, 发布时间, a bare date), where a web page gives its date. */
  private pageDateLines(document: PlanDocument): string[] {
    return document.lines
      .slice(0, HEAD_LINES)
      .map((line) => line.trim())
      .filter((line) => this.pageLines.some((pattern) => pattern.test(line)));
  }

  /** The first line that reads like a title: short, not a sentence, best with a title word (报告, 规划…). */
  private titleIndex(head: string[]): number {
    const titleLike = (line: string) => line.length <= MAX_TITLE_LENGTH && !/[。；，：:,;]$/u.test(line);
    const withCue = head.findIndex(
      (line) => titleLike(line) && this.lexicon.titleCues.some((cue) => line.includes(cue)),
    );
    return withCue >= 0 ? withCue : head.findIndex(titleLike);
  }

  private kindOf(title: string): DocumentKind {
    const known = this.lexicon.kinds.find((kind) => kind.titleCues.some((cue) => title.includes(cue)));
    const kind = known?.kind ?? this.lexicon.kinds.at(-1)?.kind;
    return (DOCUMENT_KINDS as readonly string[]).includes(kind ?? '') ? (kind as DocumentKind) : 'plan';
  }

  private periodOf(title: string, kind: DocumentKind, year: string): string {
    const named = Object.entries(this.lexicon.planPeriods).find(([cue]) => title.includes(cue));
    if (named) return named[1];
    const range = /(20\d\d)\s*[-—–至到]\s*(20\d\d)年/u.exec(title);
    if (range) return `${range[1]}-${range[2]}`;
    // A statistics bulletin reports the year its title names (2025年…统计公报, published in 2026).
    if (kind === 'statistics') return /(20\d\d)年/u.exec(title)?.[1] ?? year;
    return kind === 'five-year-plan' ? '' : year;
  }
}

/** The first date written in the lines: 2026年1月27日 or 2026-01-27, as YYYY-MM-DD. */
function firstDate(lines: string[]): string | undefined {
  for (const line of lines) {
    const chinese = /(20\d\d)年(\d{1,2})月(\d{1,2})日/u.exec(line);
    if (chinese) return `${chinese[1]}-${chinese[2]?.padStart(2, '0')}-${chinese[3]?.padStart(2, '0')}`;
    const iso = /(20\d\d)-(\d\d)-(\d\d)/u.exec(line);
    if (iso) return iso[0];
  }
  return undefined;
}
