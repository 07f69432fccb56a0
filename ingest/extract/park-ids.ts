/**
 * How a park is known across documents: its node id (place and kind) and the local form of its
 * name. Used by the extractors that add parks and by those that ask whether a text names one.
 */
import type { ParkName } from '../vocabulary/park-names.ts';
import type { ExtractionContext } from './extract-context.ts';

/**
 * The id of a park: its place and kind, so 怀化高新区, 怀化高新技术产业开发区 and
 * 怀化国家高新技术产业开发区 are one park in every document.
 */
export function parkId(context: ExtractionContext, name: ParkName): string {
  return `park:${placeKey(context, name.place)}|${name.kind}`;
}

/**
 * The place part of a park's id: the most local place named (湖南省怀化市鹤城区 → 鹤城), without
 * its 市/县/区 ending, so every document's way of naming the park gives the same id.
 */
function placeKey(context: ExtractionContext, place: string): string {
  let key = place;
  for (let changed = true; changed; ) {
    changed = false;
    const division = leadingDivision(context, key);
    if (division && division.length < key.length && context.placeAt(key.slice(division.length)) === 0) {
      key = key.slice(division.length);
      changed = true;
    }
  }
  return key.length >= 3 && /[市县区]$/u.test(key) ? key.slice(0, -1) : key;
}

/**
 * A name without the province or prefecture it opens with, when a division below follows
 * (怀化市|溆浦红花园工业园: 溆浦红花园工业园); undefined when it opens otherwise.
 */
export function withoutOuterDivisions(context: ExtractionContext, name: string): string | undefined {
  // (Worked out once per name and document: a park is added again at every mention.)
  let known = LOCAL_NAMES.get(context);
  if (!known) {
    known = new Map();
    LOCAL_NAMES.set(context, known);
  }
  if (known.has(name)) return known.get(name);
  const local = localName(context, name);
  known.set(name, local);
  return local;
}
const LOCAL_NAMES = new WeakMap<ExtractionContext, Map<string, string | undefined>>();

function localName(context: ExtractionContext, name: string): string | undefined {
  const outer = (text: string) =>
    context.gazetteer.leading(text, {
      scope: context.scope,
      longest: 10,
      accept: (division) => division.level === 'province' || division.level === 'prefecture',
    });
  let rest = name;
  for (let division = outer(rest); division && division.length < rest.length; division = outer(rest)) {
    const next = rest.slice(division.length);
    // (Not a kind alone, though a zone the statistics code as a division is named so:
    // 武汉|经济技术开发区.)
    if (
      !context.gazetteer.leading(next, { scope: context.scope }) ||
      context.parkNames.suffixOf(next)?.suffix === next
    )
      break;
    rest = next;
  }
  return rest === name ? undefined : rest;
}

/** The longest division name a text starts with. */
function leadingDivision(context: ExtractionContext, text: string): string | undefined {
  const leading = context.gazetteer.leading(text, { scope: context.scope, longest: 10 });
  return leading ? text.slice(0, leading.length) : undefined;
}
