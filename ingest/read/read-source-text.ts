import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { type Diagnostic, IngestError } from '../diagnostics.ts';
import { docxLines } from './formats/docx-lines.ts';
import { FormatProblem, type FormatText } from './formats/format-problem.ts';
import { htmlLines } from './formats/html-lines.ts';
import { pdfLines } from './formats/pdf-lines.ts';

/** File formats the pipeline reads. */
export type SourceFormat = 'text' | 'html' | 'docx' | 'pdf';

/**
 * A document's text, decoded, split into lines: for a text file exactly as the file has them;
 * for other formats as the format's reader extracts them (docs/graph-format.md, Positions).
 */
export interface SourceText {
  file: string;
  /** The path it was read from, absolute; empty for text not read from a file. */
  path: string;
  format: SourceFormat;
  /** The text encoding of a text or HTML file; absent for PDF and Word, which say their own. */
  encoding?: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';
  /** SHA-256 of the file's bytes, hex: which version of the document the facts come from. */
  sha256: string;
  /** The lines (line `n` is `lines[n - 1]`), without line terminators and without a BOM. */
  lines: string[];
  /** For a PDF, the 1-based page of each line (`pages[n - 1]` for line n). */
  pages?: number[];
  /** What decoding had to repair (a truncated last character, invalid bytes). */
  diagnostics: Diagnostic[];
}

/** Largest document we read; a plan is a few hundred KB, so anything this large is a mistake. */
export const MAX_DOCUMENT_BYTES = 32 * 1024 * 1024;

export async function readSourceText(filePath: string): Promise<SourceText> {
  const file = path.basename(filePath);
  const size = (await stat(filePath)).size;
  if (size > MAX_DOCUMENT_BYTES) {
    throw refusal(
      file,
      `is ${(size / 1048576).toFixed(0)} MB; documents over ${MAX_DOCUMENT_BYTES / 1048576} MB are refused (is it really one plan?)`,
      'too-large',
    );
  }
  const bytes = await readFile(filePath);
  const format = formatOf(filePath, bytes);
  if (format === 'text') return { ...decodeSourceText(file, bytes), path: path.resolve(filePath) };
  if (bytes.length === 0) throw refusal(file, 'is empty', 'empty');
  let text: FormatText;
  let encoding: SourceText['encoding'];
  try {
    if (format === 'pdf') text = await pdfLines(bytes);
    else if (format === 'docx') text = await docxLines(bytes);
    else {
      const decoded = decodeSourceText(file, bytes);
      encoding = decoded.encoding;
      text = { lines: htmlLines(decoded.lines.join('\n')) };
    }
  } catch (error) {
    if (error instanceof FormatProblem) throw refusal(file, error.message, error.rule);
    throw error;
  }
  if (text.lines.every((line) => line.trim() === '')) throw refusal(file, 'holds no text', 'empty');
  return {
    file,
    path: path.resolve(filePath),
    format,
    ...(encoding ? { encoding } : {}),
    sha256: sha256Of(bytes),
    lines: text.lines,
    ...(text.pages ? { pages: text.pages } : {}),
    diagnostics: [],
  };
}

/** Files the pipeline reads, by name: plain text (.txt, .md), web pages, Word and PDF. */
export const READABLE_FILE = /\.(txt|md|text|html?|xhtml|docx|pdf)$/iu;

/** Files a folder holds about itself, not documents: read only when named one by one. */
export const FOLDER_NOTE =
  /^(readme|license|licence|changelog|changes|sources|notice|contributing|authors)(\.|$)/iu;

/** A file's format: a PDF is known by its first bytes too, whatever its name. */
function formatOf(filePath: string, bytes: Uint8Array): SourceFormat {
  const extension = path.extname(filePath).toLowerCase();
  if (extension === '.pdf' || Buffer.from(bytes.subarray(0, 5)).toString('latin1') === '%PDF-') return 'pdf';
  if (extension === '.docx') return 'docx';
  if (extension === '.html' || extension === '.htm' || extension === '.xhtml') return 'html';
  return 'text';
}

/** SHA-256 of a file's bytes, hex: the version of a document (SourceText.sha256). */
export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Decodes bytes by what they are, not by the file's name: a BOM decides first, then strict
 * UTF-8, then GB18030 (a superset of GBK and GB2312), which Chinese government files often use,
 * or Big5, which traditional-script files use.
 * UTF-8 that is only damaged (cut off mid-character, a few bad bytes) stays UTF-8, with a warning.
 */
export function decodeSourceText(file: string, bytes: Uint8Array): SourceText {
  if (bytes.length === 0) throw refusal(file, 'is empty', 'empty');
  const diagnostics: Diagnostic[] = [];
  let encoding: SourceText['encoding'];
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'utf-16le';
    text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf-16be';
    text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  } else {
    if (looksBinary(bytes)) throw refusal(file, 'is a binary file, not text', 'binary');
    const utf8 = decodeUtf8(bytes);
    if (utf8 !== null) {
      encoding = 'utf-8';
      text = utf8;
    } else if (mostlyUtf8(bytes)) {
      encoding = 'utf-8';
      text = repairUtf8(file, bytes, diagnostics);
    } else {
      // Big5 (traditional script) bytes mostly decode as GB18030 too, into rare characters:
      // the decoding that gives the more common characters is the file's.
      const gb = decodeAs('gb18030', bytes);
      const big5 = decodeAs('big5', bytes);
      if (big5 !== null && (gb === null || commonShare(big5) > commonShare(gb))) {
        text = big5;
        encoding = 'big5';
      } else if (gb !== null) {
        text = gb;
        encoding = 'gb18030';
      } else {
        throw refusal(
          file,
          'is neither UTF-8, UTF-16 with BOM, GB18030/GBK nor Big5; convert it to UTF-8',
          'encoding',
        );
      }
    }
  }
  if (text.trim() === '') throw refusal(file, 'holds only blank lines', 'empty');
  return {
    file,
    path: '',
    format: 'text',
    encoding,
    sha256: sha256Of(bytes),
    lines: text.split(/\r\n|\r|\n/),
    diagnostics,
  };
}

function decodeAs(encoding: 'gb18030' | 'big5', bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Characters written the same in both scripts and common in any Chinese text. */
const COMMON = new Set(
  '的一是在不了有和人中大上年地出就分成可主工也能下子而方多定行法所民得十三之等部度家力如水高自二理起小物加都制本去把性好合因由其些然前外天政四日社事平相全表正心反明看原又利比或但第向道此月公者最立代已提直程展五果入常文次品式活及管特件求老基路少山知手角期根指九放西被做必先回任取世推新建施域格增',
);

/** The share of a text's CJK characters that are common ones: high for the right decoding, low for a wrong one. */
function commonShare(text: string): number {
  let cjk = 0;
  let common = 0;
  for (const char of text) {
    if (char < '\u4e00' || char > '\u9fff') continue;
    cjk += 1;
    if (COMMON.has(char)) common += 1;
  }
  return cjk === 0 ? 0 : common / cjk;
}

function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Whether the bytes above 0x7F form valid UTF-8 sequences nearly everywhere: then a failure
 * is damage, not another encoding (GB18030 text almost never passes as UTF-8 for long).
 */
function mostlyUtf8(bytes: Uint8Array): boolean {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i] as number;
    const length =
      lead < 0x80
        ? 1
        : lead >= 0xc2 && lead <= 0xdf
          ? 2
          : lead >= 0xe0 && lead <= 0xef
            ? 3
            : lead >= 0xf0 && lead <= 0xf4
              ? 4
              : 0;
    if (length === 1) {
      i += 1;
      continue;
    }
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k += 1) ok = ((bytes[i + k] as number) & 0xc0) === 0x80;
    if (ok) {
      valid += 1;
      i += length;
    } else {
      invalid += 1;
      i += 1;
    }
  }
  return valid > 0 && invalid <= Math.max(3, valid * 0.01);
}

function repairUtf8(file: string, bytes: Uint8Array, diagnostics: Diagnostic[]): string {
  const text = new TextDecoder('utf-8').decode(bytes);
  const lines = text.split(/\r\n|\r|\n/);
  const lastLine = lines.length;
  const truncated =
    text.endsWith('\ufffd') && decodeUtf8(bytes.subarray(0, lastCompleteCharacterEnd(bytes))) !== null;
  if (truncated) {
    diagnostics.push({
      file,
      line: lastLine,
      severity: 'warning',
      rule: 'truncated',
      message: 'the file ends in the middle of a character (truncated?); the partial character was dropped',
    });
    return text.slice(0, -1);
  }
  for (const [index, line] of lines.entries()) {
    if (line.includes('\ufffd')) {
      diagnostics.push({
        file,
        line: index + 1,
        severity: 'warning',
        rule: 'encoding',
        message: 'invalid UTF-8 bytes on this line were replaced by \ufffd',
      });
    }
  }
  return text;
}

/** Where the last complete UTF-8 character ends, ignoring a trailing partial sequence. */
function lastCompleteCharacterEnd(bytes: Uint8Array): number {
  let end = bytes.length;
  let back = 0;
  while (back < 3 && end > 0 && ((bytes[end - 1] as number) & 0xc0) === 0x80) {
    end -= 1;
    back += 1;
  }
  return end > 0 && (bytes[end - 1] as number) >= 0xc0 ? end - 1 : bytes.length;
}

/** NUL bytes never occur in UTF-8 or GB18030 text; a few in the first 8 KB mean a binary file. */
function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8192);
  return head.includes(0);
}

function refusal(file: string, problem: string, rule: string): IngestError {
  return new IngestError({ file, line: 0, severity: 'error', rule, message: `${file} ${problem}` });
}
