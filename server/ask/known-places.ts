import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { regionShortNames } from '../../model/region-names.ts';

const DIVISIONS_FILE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../data/regions/divisions.json',
);

/** Levels whose names are told apart from ordinary words in a question; townships' are not. */
const LEVELS = new Set(['province', 'prefecture', 'county']);

/**
 * Names of China's provinces, prefectures and counties (data/regions/divisions.json) and their
 * short forms (深圳 → 深圳市), so a question about a place the documents do not cover is
 * recognised as such and not answered for the whole graph. Counties by their full names only:
 * their short forms are too often ordinary words.
 */
export function knownPlaces(): Map<string, string> {
  const { regions } = JSON.parse(readFileSync(DIVISIONS_FILE, 'utf8')) as {
    regions: { name: string; level: string }[];
  };
  const places = new Map<string, string>();
  for (const region of regions) {
    if (!LEVELS.has(region.level)) continue;
    places.set(region.name, region.name);
    if (region.level === 'county') continue;
    for (const short of regionShortNames(region.name)) if (!places.has(short)) places.set(short, region.name);
  }
  return places;
}
