import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { IngestError } from './diagnostics.ts';

/** A document's text, decoded, split into lines exactly as the file has them. */
export interface SourceText {
  file: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';
  /** The original lines (line `n` is `lines[n - 1]`), without line terminators and without a BOM. */
  lines: string[];
}

/** Largest document we read; a plan is a few hundred KB, so anything larger is a mistake. */
export const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;

export async function readSourceText(filePath: string): Promise<SourceText> {
  const file = path.basename(filePath);
  const size = (await stat(filePath)).size;
  if (size > MAX_DOCUMENT_BYTES) {
    throw refusal(
      file,
      `is ${(size / 1048576).toFixed(0)} MB; documents over 64 MB are refused`,
      'too-large',
    );
  }
  return decodeSourceText(file, await readFile(filePath));
}

/**
 * Decodes bytes by what they are, not by the file's name: a BOM decides first, then strict
 * UTF-8, then GB18030 (a superset of GBK and GB2312), which Chinese government files often use.
 */
export function decodeSourceText(file: string, bytes: Uint8Array): SourceText {
  if (bytes.length === 0) throw refusal(file, 'is empty', 'empty');
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
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
      encoding = 'utf-8';
    } catch {
      try {
        text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
        encoding = 'gb18030';
      } catch {
        throw refusal(
          file,
          'is neither UTF-8, UTF-16 with BOM nor GB18030/GBK; convert it to UTF-8 (it may also be truncated)',
          'encoding',
        );
      }
    }
  }
  return { file, encoding, lines: text.split(/\r\n|\r|\n/) };
}

/** NUL bytes never occur in UTF-8 or GB18030 text; a few in the first 8 KB mean a binary file. */
function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8192);
  return head.includes(0);
}

function refusal(file: string, problem: string, rule: string): IngestError {
  return new IngestError({ file, line: 0, severity: 'error', rule, message: `${file} ${problem}` });
}
