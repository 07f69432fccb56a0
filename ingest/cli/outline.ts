import { formatDiagnostic } from '../diagnostics.ts';
import { HEADING_RANKS, type PlanDocument } from '../read/plan-document.ts';
import { readSourceText } from '../read/read-source-text.ts';
import { segmentDocument } from '../read/segment-document.ts';

/**
 * `npm run outline -- <file> [--tables]`: the document's heading tree with its 专栏 boxes and
 * tables at their lines, so a person can check the reading against the file.
 */
export function formatOutline(document: PlanDocument, options: { rows?: boolean } = {}): string {
  const entries: { line: number; order: number; text: string }[] = [];
  for (const heading of document.headings) {
    const indent = '  '.repeat(HEADING_RANKS.indexOf(heading.rank));
    const label = heading.label ? `${heading.label} ` : '';
    entries.push({ line: heading.line, order: 0, text: `${indent}${label}${heading.title}` });
  }
  const depthAt = (line: number) => {
    const open = document.headings.filter((h) => h.line <= line).at(-1);
    return open ? HEADING_RANKS.indexOf(open.rank) + 1 : 0;
  };
  for (const box of document.boxes) {
    entries.push({
      line: box.line,
      order: 1,
      text: `${'  '.repeat(depthAt(box.line))}[专栏${box.number}] ${box.title} (lines ${box.line}–${box.endLine})`,
    });
  }
  for (const table of document.tables) {
    const indent = '  '.repeat(depthAt(table.line) + 1);
    const lines = [
      `${indent}[table, ${table.form}] ${table.header.length} columns × ${table.rows.length} rows (lines ${table.line}–${table.endLine})${table.caption ? `: ${table.caption}` : ''}`,
      `${indent}  header: ${table.header.join(' | ')}`,
    ];
    if (options.rows) {
      for (const row of table.rows) {
        lines.push(
          `${indent}  ${String(row.find((c) => !c.filledDown)?.line ?? '').padStart(5)}: ${row.map((c) => (c.filledDown ? `↓${c.text}` : c.text)).join(' | ')}`,
        );
      }
    }
    for (const note of table.notes) lines.push(`${indent}  note ${note.line}: ${note.text}`);
    entries.push({ line: table.line, order: 2, text: lines.join('\n') });
  }
  entries.sort((a, b) => a.line - b.line || a.order - b.order);
  const summary = `${document.file} (${document.encoding ?? document.format}, ${document.lines.length} lines): ${document.headings.length} headings, ${document.boxes.length} 专栏, ${document.tables.length} tables, ${document.paragraphs.length} paragraphs, ${document.sentences.length} sentences, ${document.diagnostics.length} messages`;
  return [
    summary,
    ...entries.map((entry) => `${String(entry.line).padStart(5)}  ${entry.text}`),
    ...document.diagnostics.map(formatDiagnostic),
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const files = argv.filter((arg) => !arg.startsWith('--'));
  if (files.length === 0) {
    console.error('usage: npm run outline -- <file> [...] [--rows]   (--rows prints every table row)');
    return 2;
  }
  let status = 0;
  for (const file of files) {
    try {
      console.log(
        formatOutline(segmentDocument(await readSourceText(file)), { rows: argv.includes('--rows') }),
      );
    } catch (error) {
      console.error((error as Error).message);
      status = 1;
    }
  }
  return status;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await main(process.argv.slice(2));
}
