/**
 * One line without the markup PDF/Word conversion left in it (`<b>`, `**`, leading `#`s),
 * with a map back to the original, so that anything found in the clean text can be quoted
 * verbatim from the original line.
 */
export interface CleanLine {
  text: string;
  /** `offsets[i]` is the index in the original line of `text[i]`. */
  offsets: number[];
}

const MARKUP = /<\/?[a-zA-Z][a-zA-Z0-9]*\s*\/?>|\*\*|^\s*#{1,6}(?=\s|$)|\$|\\(?:geq|leq|ge|le|times|%)/g;

/**
 * What TeX math left by PDF converters (`$\geq 60\%$`) stands for: a sign of one character at
 * the place of its command (offsets into the original stay valid), nothing for `$`.
 */
const TEX_SIGNS: Record<string, string> = {
  '\\geq': '≥',
  '\\ge': '≥',
  '\\leq': '≤',
  '\\le': '≤',
  '\\times': '×',
  '\\%': '%',
};

export function cleanLine(original: string): CleanLine {
  // Most lines hold no markup: trimmed, each character maps to its own place.
  MARKUP.lastIndex = 0;
  if (!MARKUP.test(original)) return trimmedLine(original);
  const keep = new Array<boolean>(original.length).fill(true);
  const signs = new Map<number, string>();
  MARKUP.lastIndex = 0;
  for (const match of original.matchAll(MARKUP)) {
    for (let i = match.index; i < match.index + match[0].length; i += 1) keep[i] = false;
    const sign = TEX_SIGNS[match[0]];
    if (sign) signs.set(match.index, sign);
  }
  let text = '';
  const offsets: number[] = [];
  for (let i = 0; i < original.length; i += 1) {
    const sign = signs.get(i);
    if (keep[i] || sign) {
      text += sign ?? original[i];
      offsets.push(i);
    }
  }
  // Trim, keeping offsets aligned. U+3000 (ideographic space) and NBSP count as space.
  let start = 0;
  let end = text.length;
  while (start < end && /\s/.test(text[start] ?? '')) start += 1;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end -= 1;
  return { text: text.slice(start, end), offsets: offsets.slice(start, end) };
}

/** A line without markup, trimmed (JavaScript's trim and \s agree on what is space). */
function trimmedLine(original: string): CleanLine {
  const text = original.trim();
  const start = original.length - original.trimStart().length;
  const offsets = new Array<number>(text.length);
  for (let i = 0; i < text.length; i += 1) offsets[i] = start + i;
  return { text, offsets };
}

/** The verbatim slice of the original line covering `clean.text.slice(start, end)`. */
export function originalSpan(
  original: string,
  clean: CleanLine,
  start: number,
  end: number,
): { quote: string; column: number } {
  if (end <= start) return { quote: '', column: clean.offsets[start] ?? 0 };
  const from = clean.offsets[start] ?? 0;
  const to = (clean.offsets[end - 1] ?? from) + 1;
  return { quote: original.slice(from, to), column: from };
}

/**
 * Folds full-width digits, Latin letters and the punctuation that matters for matching
 * (％ ． ： ， （ ） ～) to ASCII, one character for one, so offsets stay valid. Used only
 * to match; quotes are always cut from the original.
 */
export function foldWidth(text: string): string {
  // Most lines hold none: replace finds nothing and gives the text back.
  return text.replace(FULL_WIDTH, (char) => {
    const code = char.charCodeAt(0);
    const alphanumeric =
      (code >= 0xff10 && code <= 0xff19) ||
      (code >= 0xff21 && code <= 0xff3a) ||
      (code >= 0xff41 && code <= 0xff5a);
    return alphanumeric ? String.fromCharCode(code - 0xfee0) : (FOLDED_PUNCTUATION[char] ?? char);
  });
}

/**
 * Folds only full-width digits and the signs of a number (５．５％ as 5.5%), one character for one:
 * for reading figures in running text, where names keep their full-width brackets as written.
 */
export function foldNumbers(text: string): string {
  return text.replace(FULL_WIDTH_NUMBER, (char) =>
    char === '％' ? '%' : char === '．' ? '.' : String.fromCharCode(char.charCodeAt(0) - 0xfee0),
  );
}

const FULL_WIDTH_NUMBER = /[０-９％．]/gu;

/** The characters foldWidth may change: full-width forms and the ideographic space. */
const FULL_WIDTH = /[\uff01-\uff5e\u3000]/gu;

const FOLDED_PUNCTUATION: Record<string, string> = {
  '％': '%',
  '．': '.',
  '：': ':',
  '，': ',',
  '（': '(',
  '）': ')',
  '～': '~',
  '［': '[',
  '］': ']',
  '\u3000': ' ',
};
