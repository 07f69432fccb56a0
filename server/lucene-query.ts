/**
 * What a person types, as a Lucene query for the full-text index: each word as a quoted
 * phrase (so Lucene's operators and special characters in it are plain text), any word may
 * match. Without this, 高新 AND or an unbalanced quote would be a Lucene syntax error.
 */
export function luceneQuery(text: string): string {
  return text
    .split(/\s+/)
    .filter((word) => word.length > 0)
    .map((word) => `"${word.replace(/[\\"]/g, (character) => `\\${character}`)}"`)
    .join(' OR ');
}
