import type { Sentence } from '../read/plan-document.ts';
import type { IndustryTerm } from '../vocabulary/industry-terms.ts';
import type { Division } from '../vocabulary/regions.ts';
import type { ExtractionContext } from './extract-context.ts';
import { paragraphLabel, sentenceEvidence } from './extract-context.ts';
import { addIndustry, namesPlaceOrPark } from './extract-industries.ts';
import { addRegion } from './extract-regions.ts';

/** At most this many industries make one sentence's topic (生物科技及生物医药); more is a list of them. */
const MOST_TOPICS = 2;

/**
 * PRIORITIZES from where a plan grows an industry: the divisions a sentence about one industry
 * lists (`在鹤城、靖州、新晃等重点产区推进…`, `打造祁阳槟榔芋、新田三味辣椒…蔬菜优势区`) develop it.
 * The industry is the one the sentence's first clause develops (`做强蔬菜产业，…`), else the
 * paragraph's label (`中药材产业。…`). A list is two or more items, each opening with a division
 * below the issuer (the first item may open with the sentence's verb: 在鹤城, 推动冷水滩).
 */
export function extractIndustryPlaces(context: ExtractionContext): void {
  if (!context.issuer) return;
  let label: { line: number; terms: IndustryTerm[] } | undefined;
  for (const sentence of context.document.sentences) {
    const labelText = paragraphLabel(context, sentence);
    const labelled = labelText ? context.industryTerms.lead(labelText) : [];
    if (labelled.length > 0) {
      label = { line: sentence.line, terms: labelled };
      continue;
    }
    // The places first: few sentences list divisions, and reading one for industries costs more.
    const places = sentence.text.includes('、') ? listedDivisions(context, sentence.text) : [];
    if (places.length === 0) continue;
    // `以麻阳、溆浦等县市为主体的柑桔产业带，以…为主体的杨梅产业带`: each area its own divisions.
    if (extractLedAreas(context, sentence)) continue;
    const firstClause = /^[^，,；;。]+/u.exec(sentence.text)?.[0] ?? '';
    const own = distinct(context.industryTerms.read(firstClause));
    const topics = own.length > 0 ? own : label?.line === sentence.line ? label.terms : [];
    if (topics.length === 0 || topics.length > MOST_TOPICS) continue;
    const evidence = sentenceEvidence(context, sentence);
    for (const topic of topics) {
      if (namesPlaceOrPark(context, topic.surface)) continue;
      const industryId = addIndustry(context, topic.canonical, topic.surface, evidence);
      for (const place of places) {
        context.builder.addEdge({
          type: 'PRIORITIZES',
          source: addRegion(context, place, evidence),
          target: industryId,
          properties: { cue: '重点产区' },
          evidence,
        });
      }
    }
  }
}

/**
 * The areas of an industry a sentence says divisions lead (`以A、B等县市为主体的C产业带`): those
 * divisions develop C, with the area's head as cue. Whether the sentence has any.
 */
function extractLedAreas(context: ExtractionContext, sentence: Sentence): boolean {
  let found = false;
  for (const clause of sentence.text.split(/[，,；;。]/u)) {
    for (const led of context.industryTerms.areasLed(clause)) {
      const places = led.area ? listedDivisions(context, led.written) : [];
      if (!led.area || places.length === 0 || namesPlaceOrPark(context, led.area.surface)) continue;
      found = true;
      const evidence = sentenceEvidence(context, sentence);
      const industryId = addIndustry(context, led.area.canonical, led.area.surface, evidence);
      for (const place of places) {
        context.builder.addEdge({
          type: 'PRIORITIZES',
          source: addRegion(context, place, evidence),
          target: industryId,
          properties: { cue: led.head },
          evidence,
        });
      }
    }
  }
  return found;
}

/** The divisions below the issuer that a sentence lists, two or more in one clause. */
function listedDivisions(context: ExtractionContext, sentence: string): Division[] {
  const found = new Map<string, Division>();
  for (const clause of sentence.split(/[，,；;。]/u)) {
    const items = clause.split('、');
    if (items.length < 2) continue;
    // The items after the first open with their division; only if one does is the first searched.
    // (The place finder, one regular expression, says cheaply whether a name starts an item.)
    const rest = items.slice(1).flatMap((item) => {
      const division =
        context.placeAt(item.replace(/^(?:和|及|与|以及)/u, '')) === 0
          ? divisionAt(context, item)
          : undefined;
      return division ? [division] : [];
    });
    if (rest.length === 0) continue;
    const first = divisionWithin(context, items[0] ?? '');
    const divisions = first ? [first, ...rest] : rest;
    if (divisions.length < 2 || divisions.length * 2 < items.length) continue;
    for (const division of divisions) found.set(division.code, division);
  }
  return [...found.values()];
}

/** The division an item opens with (溆浦, 吉首产业园区为重点 → 吉首市). */
function divisionAt(context: ExtractionContext, item: string): Division | undefined {
  const issuer = context.issuer;
  return context.gazetteer.leading(item.replace(/^(?:和|及|与|以及)/u, ''), {
    scope: context.scope,
    prefer: issuer?.code,
    // Below the issuer: its counties (or a province's prefectures and counties).
    accept: (division) =>
      division.level !== 'township' &&
      division.code !== issuer?.code &&
      division.code.startsWith(issuer?.code ?? '-'),
  })?.division;
}

/** The first division in the list's first item, after the sentence's verb (在鹤城, 推动冷水滩). */
function divisionWithin(context: ExtractionContext, item: string): Division | undefined {
  const from = context.placeAt(item);
  if (from < 0) return undefined;
  for (let start = from; start <= item.length - 2; start += 1) {
    const division = divisionAt(context, item.slice(start));
    if (division) return division;
  }
  return undefined;
}

function distinct(terms: IndustryTerm[]): IndustryTerm[] {
  const seen = new Set<string>();
  return terms.filter((term) => !seen.has(term.canonical) && seen.add(term.canonical));
}
