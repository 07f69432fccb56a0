/**
 * Checks the whole-document gold files (tests/gold/documents/*.json): every record's quote is a
 * verbatim substring of the line it cites. Prints each failure like a linter; exits 1 on any.
 *   npm run gold:check [-- file.json …]
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const GOLD_DIR = path.join(ROOT, 'tests', 'gold', 'documents');
const SECTIONS = ['parks', 'industries', 'hosts', 'prioritizes', 'goals', 'projects'] as const;

interface GoldRecord {
  line: number;
  quote: string;
}
interface GoldDocument {
  document: string;
  path: string;
  [section: string]: unknown;
}

const files = process.argv.slice(2).length
  ? process.argv.slice(2)
  : readdirSync(GOLD_DIR)
      .filter((name) => name.endsWith('.json'))
      .map((name) => path.join(GOLD_DIR, name));

let failures = 0;
for (const file of files) {
  const gold = JSON.parse(readFileSync(file, 'utf8')) as GoldDocument;
  const lines = readFileSync(path.resolve(ROOT, gold.path), 'utf8').split(/\r?\n/);
  const counts: string[] = [];
  for (const section of SECTIONS) {
    const records = (gold[section] ?? []) as GoldRecord[];
    counts.push(`${section} ${records.length}`);
    records.forEach((record, index) => {
      const text = lines[record.line - 1];
      if (typeof record.quote !== 'string' || record.quote === '' || !text?.includes(record.quote)) {
        failures += 1;
        console.log(
          `${path.basename(file)}: ${section}[${index}] line ${record.line}: quote not on that line: ${record.quote}`,
        );
      }
    });
  }
  console.log(`${path.basename(file)}: ${counts.join(', ')}`);
}
if (failures > 0) {
  console.log(`${failures} quote(s) not found at their line`);
  process.exit(1);
}
