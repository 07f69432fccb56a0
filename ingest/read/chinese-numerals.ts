/** Chinese numerals as plans write them in headings (一 … 九十九, 一百…), also 〇/○/零 and 两. */
const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  '○': 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** Parses 一 … 九百九十九 and Arabic digits; returns NaN for anything else. */
export function parseChineseNumber(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  if (text === '') return Number.NaN;
  let total = 0;
  let current = 0;
  for (const char of text) {
    if (char in DIGITS) {
      current = DIGITS[char] ?? 0;
    } else if (char === '十') {
      total += (current || 1) * 10;
      current = 0;
    } else if (char === '百') {
      total += (current || 1) * 100;
      current = 0;
    } else {
      return Number.NaN;
    }
  }
  return total + current;
}
