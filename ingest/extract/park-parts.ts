/**
 * The parts of a park a sentence names short after it: a free-trade zone's 片区, named by the city
 * each lies in (…自贸试验区长沙、岳阳片区), and a park's parts opening later clauses (…，航空港片区
 * 重点发展…; 其中河东园…).
 */
import type { Sentence } from '../read/plan-document.ts';
import { allMatches } from '../vocabulary/lexicons.ts';
import type { ParkName } from '../vocabulary/park-names.ts';
import { addPark } from './add-park.ts';
import type { ExtractionContext } from './extract-context.ts';
import { sentenceEvidence } from './extract-context.ts';

/** Zones whose parts are its 片区, each named by the city it lies in (大连片区 of a 自贸试验区). */
export const ZONE_WITH_PARTS = new Set(['自贸试验区']);
/** How a text names a free-trade zone, the kind of ZONE_WITH_PARTS. */
export const FREE_TRADE_ZONE = /自贸|自由贸易试验区/u;
const ZONE_PART = /片区/gu;

/**
 * `深化自贸试验区提升战略，推动大连片区整合提升`: a 片区 named by a city after a zone that has
 * such parts, in the same sentence, is a park within that zone.
 */
export function extractZoneParts(
  context: ExtractionContext,
  sentence: Sentence,
  parks: { name: ParkName; start: number; end: number }[],
): { name: ParkName; start: number; end: number; id: string }[] {
  const zone = parks.find((park) => ZONE_WITH_PARTS.has(park.name.kind));
  if (!zone) return [];
  const named: { name: ParkName; start: number; end: number; id: string }[] = [];
  for (const part of allMatches(ZONE_PART, sentence.text.slice(zone.end))) {
    const before = sentence.text.slice(zone.end, zone.end + part.index);
    const place = partNameBefore(context, before) ?? cityBefore(context, before);
    if (!place) continue;
    // (Cities listed right before share the suffix: 自贸试验区长沙、岳阳、郴州片区; only a part
    // named alone is a clause's subject.)
    const listed = citiesListedBefore(context, before.slice(0, -place.length));
    for (const city of [...listed, place]) {
      const name: ParkName = {
        surface: `${zone.name.surface}${city}片区`,
        place: `${zone.name.place}${city}`,
        kind: '自贸片区',
        // Reports call it by its city alone (大连片区): kept as an alias.
        written: `${city}片区`,
        within: zone.name,
      };
      const id = addPark(context, name, sentenceEvidence(context, sentence));
      // (Right after the zone's name, the part's name is the two: 河南自贸试验区洛阳片区.)
      const end = zone.end + part.index + part[0].length;
      const start = before === place ? zone.start : end - `${city}片区`.length;
      if (listed.length === 0) named.push({ name, start, end, id });
    }
  }
  return named;
}

/** A part of a park opening a clause, a short name and a part's suffix before what it does. */
const PART_OPENING_CLAUSE =
  /(?:^|[，；,;])(?:其中)?([\u4e00-\u9fff]{2,4}?)(片区|园|组团)(?=重点|主要|着力|大力|加快|以|发展|打造|布局|聚焦|围绕|[：:])/gu;
/** Words that open a phrase about parts, no part's name (其他片区, 各园). */
const NO_PART_NAME = /^(?:其他|其余|各|全|该|本|每个|[两三四五六七八九十])/u;

/**
 * The parts of a park named short at the start of a clause after it (`X高新区A片区重点发展…，B片区
 * 重点发展…`, `…“一区三园”，其中河东园重点发展…`): parts of the last park named before them.
 */
export function partsOpeningClauses(
  context: ExtractionContext,
  sentence: Sentence,
  parks: { name: ParkName; start: number; end: number }[],
): { name: ParkName; start: number; end: number; id: string }[] {
  if (parks.length === 0) return [];
  const named: { name: ParkName; start: number; end: number; id: string }[] = [];
  for (const match of allMatches(PART_OPENING_CLAUSE, sentence.text)) {
    const written = `${match[1]}${match[2]}`;
    const start = match.index + match[0].length - written.length;
    const owner = [...parks].reverse().find((park) => park.end <= start);
    const outer = owner?.name.within ?? owner?.name;
    if (!outer || ZONE_WITH_PARTS.has(outer.kind) || NO_PART_NAME.test(match[1] ?? '')) continue;
    // (Not a place's own name, 嘉陵|园区, nor a park already read there.)
    if (
      context.gazetteer.resolve(match[1] ?? '', context.scope) ||
      parks.some((park) => park.start === start)
    )
      continue;
    const name: ParkName = {
      surface: `${outer.surface}${written}`,
      place: `${outer.place}${match[1]}`,
      kind: '片区',
      written,
      within: outer,
    };
    const id = addPark(context, name, sentenceEvidence(context, sentence));
    named.push({ name, start, end: start + written.length, id });
  }
  return named;
}

/** The divisions' names a text ends with, each after a 、 (长沙、岳阳、 of `长沙、岳阳、郴州片区`). */
function citiesListedBefore(context: ExtractionContext, text: string): string[] {
  const cities: string[] = [];
  let rest = text;
  while (rest.endsWith('、')) {
    const city = cityBefore(context, rest.slice(0, -1));
    if (!city) break;
    cities.unshift(city);
    rest = rest.slice(0, -1 - city.length);
  }
  return cities;
}

/**
 * A part named by a division and a word of its own (钦州港 of `南宁片区、钦州港片区`): the last
 * item of a list a text ends with, of 3 to 5 characters, opening with a division's name.
 */
function partNameBefore(context: ExtractionContext, text: string): string | undefined {
  const item = /(?:^|[、和与及])([\u4e00-\u9fff]{3,5})$/u.exec(text)?.[1];
  const division = item ? context.gazetteer.leading(item, { scope: context.scope }) : undefined;
  return item && division && division.length < item.length ? item : undefined;
}

/** The division name a text ends with (2 to 4 characters: 大连, 沈阳, 营口), if any. */
function cityBefore(context: ExtractionContext, text: string): string | undefined {
  for (let length = Math.min(4, text.length); length >= 2; length -= 1) {
    const candidate = text.slice(text.length - length);
    if (context.gazetteer.leading(candidate, { scope: context.scope })?.length === length) return candidate;
  }
  return undefined;
}
