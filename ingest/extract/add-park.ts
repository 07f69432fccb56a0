/**
 * Adding a park to the graph: its node (its short and local names as aliases), the region it lies
 * in, the park it lies within, and the industry its name says it is for.
 */
import type { Evidence } from '../../model/graph.ts';
import type { ParkName } from '../vocabulary/park-names.ts';
import { isFunctionalZone } from '../vocabulary/regions.ts';
import type { ExtractionContext } from './extract-context.ts';
import { addIndustry } from './extract-industries.ts';
import { addRegion } from './extract-regions.ts';
import { addHosts } from './hosts.ts';
import { parkId, withoutOuterDivisions } from './park-ids.ts';

/** Adds a park (and where it lies, when the name says); returns its node id. */
export function addPark(context: ExtractionContext, name: ParkName, evidence: Evidence): string {
  const id = parkId(context, name);
  const short = context.parkNames.shortForm(name);
  // A park within another keeps the way it was written (高新区竹循环经济产业园, 大连片区).
  const written = name.within && name.written ? [name.written] : [];
  for (const part of written) context.partsWritten.add(part);
  // 怀化市溆浦红花园工业园 is also named without its prefecture: 溆浦红花园工业园.
  const local = withoutOuterDivisions(context, name.surface);
  context.builder.addNode({
    id,
    label: 'Park',
    name: name.surface,
    aliases: [...(short ? [short] : []), ...written, ...(local ? [local] : [])],
    properties: { kind: name.kind, ...(name.level ? { level: name.level } : {}) },
    evidence,
  });
  const region = locate(context, name);
  if (region) {
    const regionId = addRegion(context, region, evidence);
    context.builder.addEdge({ type: 'LOCATED_IN', source: id, target: regionId, evidence });
  }
  hostsNamedIndustry(context, id, name, evidence);
  // (A district named like a park, 滨海新区 of 滨海新区中关村科技园, is where the park lies, no park.)
  const outerDivision = name.within ? context.gazetteer.resolve(name.within.surface) : undefined;
  if (name.within && (!outerDivision || isFunctionalZone(outerDivision.code))) {
    const outerId = addPark(context, name.within, evidence);
    context.builder.addEdge({ type: 'PART_OF', source: id, target: outerId, evidence });
  }
  return id;
}

/** Suffixes of a park for one industry: its name says which (华晨电子信息产业园, 绿色新型建材产业基地). */
const THEMED_PARK = /(?:产业园区?|产业基地|产业城|产业集聚区|专业园|科技园区?|专区)$/u;
/** What a zone of a level is for, right before its 产业 suffix: 国家级|数据|产业集聚区. */
const DESIGNATED_FOR = /(?:国家级|省级)([\u4e00-\u9fff]{2,8})$/u;
/** The longest industry name read at the end of a park's name part. */
const LONGEST_INDUSTRY_NAME = 12;

/**
 * A park named for an industry (怀化高新区电子信息产业园) hosts it, as a specialised park
 * (专业园区): the longest words a vocabulary knows as an industry, right before the suffix.
 */
function hostsNamedIndustry(
  context: ExtractionContext,
  parkId: string,
  name: ParkName,
  evidence: Evidence,
): void {
  const suffix = context.parkNames.suffixOf(name.surface);
  if (!suffix) return;
  // What the park is besides its industry (…科技产业园, …专业化产业园) and a programme's title
  // (…杨梅国家现代农业产业园) come between the industry and the suffix.
  // (A base's suffix with the 产业 before it: 影视产业基地 is for 影视.)
  const written = suffix.goodsAfterPlace && /产业基地$/u.test(name.surface) ? '产业基地' : suffix.suffix;
  // (A park within a park is named for its industry after the outer park's name.)
  const outer = name.within && name.surface.startsWith(name.within.surface) ? name.within.surface.length : 0;
  const rest = name.surface
    .slice(outer, name.surface.length - written.length)
    .replace(/(?:特色|专业化|科技|示范|创新|(?:国家级?|省级)?现代农业)+$/u, '');
  const named = name.goods
    ? [context.industryTerms.knownTail(name.goods) ?? name.goods]
    : suffix.industry
      ? [suffix.industry]
      : undefined;
  for (const words of named ?? industriesNamed(context, written, rest)) {
    const industryId = addIndustry(context, context.industryTerms.canonical(words), words, evidence);
    addHosts(context, parkId, industryId, '专业园区', evidence);
  }
}

/**
 * The industries a park's name says it is for, from the part before its suffix. A park for one
 * industry (…产业园): each industry listed there (皮革箱包、智能终端加工贸易), or whatever a zone of a
 * level is named for (大连国家级|数据|产业集聚区), or a group named as an industry ending with the
 * suffix's 产业 (中新济南|未来产业|城). A zone of another kind: the longest name a vocabulary knows, or a
 * group, right before its kind (前海深港|现代服务业|合作区; 国家文化产业创新实验区 is not: 创新 comes between).
 */
function industriesNamed(context: ExtractionContext, suffix: string, rest: string): string[] {
  const { industryTerms } = context;
  if (!THEMED_PARK.test(suffix)) {
    const words = industryTerms.knownTail(rest, LONGEST_INDUSTRY_NAME) ?? industryTerms.groupEnding(rest);
    return words ? [words] : [];
  }
  const designated = suffix.startsWith('产业') ? DESIGNATED_FOR.exec(rest)?.[1] : undefined;
  const named = designated ? [designated] : listedIndustries(context, rest);
  if (named.length > 0 || !suffix.startsWith('产业')) return named;
  const group = industryTerms.groupEnding(`${rest}产业`);
  return group ? [group] : [];
}

/** A name part's last words in brackets (影视（微短剧）): the part of the industry before them. */
const BRACKETED_PART = /^(.+)[（(]([\u4e00-\u9fff]{2,8})[）)]$/u;

/** 皮革箱包、智能终端加工贸易: each industry of a list in a park's name part (and its part in brackets). */
export function listedIndustries(context: ExtractionContext, part: string): string[] {
  const items = part.split('、');
  // (Goods, not a phase, a trial or a place: 一期, 试行, 包河.)
  const inBrackets = BRACKETED_PART.exec(items.at(-1) ?? '')?.[2];
  const bracketed =
    inBrackets &&
    context.industryTerms.namesGoods(inBrackets) &&
    !/期|试行|暂行/u.test(inBrackets) &&
    context.placeAt(inBrackets) < 0
      ? inBrackets
      : undefined;
  return [
    ...items.flatMap((item, index) => {
      // An item before the last is an industry whole (皮革箱包 of 皮革箱包、智能终端…).
      const words =
        index === items.length - 1
          ? namedIndustry(context, item)
          : /^[\u4e00-\u9fff]{2,8}$/u.test(item)
            ? item
            : undefined;
      return words ? [words] : [];
    }),
    ...(bracketed ? [bracketed] : []),
  ];
}

/** Most characters of an industry a park's name part holds whole (地质装备制造). */
const LONGEST_WHOLE_INDUSTRY = 8;

/**
 * The industry a park's name part ends with: the longest a vocabulary knows; when none is
 * known, all of the name after its division if that ends with a product (地质装备).
 * (A known tail wins: what stands before it is often a firm's or a place's name, 京东|数字经济.)
 */
function namedIndustry(context: ExtractionContext, part: string): string | undefined {
  // (Words in brackets name a part of it: 影视（微短剧） is for 影视; listedIndustries reads 微短剧.)
  const bracketed = BRACKETED_PART.exec(part);
  if (bracketed?.[1]) return namedIndustry(context, bracketed[1]);
  const known = context.industryTerms.knownTail(part, LONGEST_INDUSTRY_NAME);
  if (known) return known;
  const division = context.gazetteer.leading(part, { scope: context.scope });
  const whole = division ? part.slice(division.length) : part;
  const namesOne =
    whole.length >= 3 &&
    whole.length <= LONGEST_WHOLE_INDUSTRY &&
    /^[\u4e00-\u9fff]+$/u.test(whole) &&
    !/^(?:国家|省级)/u.test(whole) &&
    !context.parkNames.suffixOf(whole) &&
    context.industryTerms.endsWithProduct(whole);
  return namesOne ? whole : undefined;
}

function locate(context: ExtractionContext, name: ParkName) {
  const { gazetteer, scope, issuer } = context;
  if (name.qualifier) {
    const zone = gazetteer.resolve(name.qualifier, scope, issuer?.code);
    if (zone) return zone;
  }
  return gazetteer.leading(name.place, {
    scope,
    prefer: issuer?.code,
    accept: (division) => division.level !== 'township',
  })?.division;
}
