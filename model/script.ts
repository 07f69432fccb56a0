import * as OpenCC from 'opencc-js/t2cn';

/**
 * Traditional script (臺灣、香港 and older mainland texts, Big5 files) read as simplified: the
 * extractors' grammar and lexicons are written in simplified characters. The conversion keeps
 * every line's length, character for character, so that a quote cut at a position of the
 * simplified line is cut at the same position of the original: evidence stays verbatim.
 */

/** Characters frequent in plans whose traditional forms differ from the simplified ones. */
const TRADITIONAL_MARKS =
  '這個們發經濟國產業區為與對時會來說過還進開關實現點應動長當機種際數務設計劃規總體質環節縣鄉鎮構項專農廣場鐵線資電網絡營銷衛醫療歷級協調創標準億萬領導組織價積極優勢穩';
const CJK_FIRST = 0x4e00;
const CJK_LAST = 0x9fff;
/** For each character of the CJK block, whether it is a traditional mark (a table: one look per character). */
const IS_MARK = new Uint8Array(CJK_LAST - CJK_FIRST + 1);
for (const mark of TRADITIONAL_MARKS) IS_MARK[mark.charCodeAt(0) - CJK_FIRST] = 1;
/** Enough CJK characters to tell a document's script (the rest of a long one says the same). */
const ENOUGH_CJK = 50_000;
/** Share of CJK characters that must be traditional marks for a text to be read as traditional. */
const TRADITIONAL_SHARE = 0.02;

let converter: ((text: string) => string) | undefined;

/** OpenCC's traditional → mainland simplified converter, built once (its dictionaries take ~20 ms). */
function toSimplified(text: string): string {
  const convert = converter ?? OpenCC.Converter({ from: 't', to: 'cn' });
  converter = convert;
  return convert(text);
}

/** Whether a document is written in traditional characters. */
export function isTraditional(lines: readonly string[]): boolean {
  let cjk = 0;
  let marks = 0;
  // By code unit: a document's every character passes here (iterating by code point cost a
  // tenth of reading). The CJK block is in the BMP, so no surrogate is ever counted.
  for (const line of lines) {
    for (let index = 0; index < line.length; index += 1) {
      const code = line.charCodeAt(index);
      if (code < CJK_FIRST || code > CJK_LAST) continue;
      cjk += 1;
      marks += IS_MARK[code - CJK_FIRST] ?? 0;
    }
    if (cjk >= ENOUGH_CJK) break;
  }
  return cjk > 0 && marks / cjk >= TRADITIONAL_SHARE;
}

/** The line in simplified characters, as long as the original (a character that would change the length is kept). */
export function simplifiedLine(line: string): string {
  const whole = toSimplified(line);
  if (whole.length === line.length) return whole;
  // A phrase the dictionary rewrites to another length: character by character instead.
  let text = '';
  for (const char of line) {
    const one = toSimplified(char);
    text += one.length === char.length ? one : char;
  }
  return text;
}

/** What a person typed, in simplified characters when typed in traditional ones (搜尋 園區 → 园区). */
export function typedAsSimplified(text: string): string {
  return isTraditional([text]) ? simplifiedLine(text) : text;
}
