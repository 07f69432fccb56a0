import type { Evidence } from '../../model/graph.ts';
import type { Sentence } from '../read/plan-document.ts';
import type { IndustryTerm } from '../vocabulary/industry-terms.ts';
import { allMatches } from '../vocabulary/lexicons.ts';
import type { Division } from '../vocabulary/regions.ts';
import type { ExtractionContext } from './extract-context.ts';
import { paragraphLabel, sentenceEvidence } from './extract-context.ts';
import { addIndustry, addPriority, handsOwnTask, namesPlaceOrPark } from './extract-industries.ts';
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
  if (!context.issuer || context.entry.kind === 'statistics') return;
  let label: { paragraph: number; terms: IndustryTerm[] } | undefined;
  for (const sentence of context.document.sentences) {
    const labelText = paragraphLabel(context, sentence);
    const labelled = labelText ? context.industryTerms.lead(labelText) : [];
    if (labelled.length > 0) {
      label = { paragraph: sentence.paragraph, terms: labelled };
      continue;
    }
    // The places first: few sentences list divisions, and reading one for industries costs more.
    const listing = sentence.text.includes('、');
    const builders = listing && extractBuiltAreas(context, sentence, LISTED_BUILDERS);
    const places = listing ? listedDivisions(context, sentence.text) : [];
    if (places.length === 0 || builders) continue;
    // `以麻阳、溆浦等县市为主体的柑桔产业带，以…为主体的杨梅产业带`: each area its own divisions.
    const led = extractLedAreas(context, sentence);
    if (extractBuiltAreas(context, sentence, BUILT_AREA) || led) continue;
    const firstClause = /^[^，,；;。]+/u.exec(sentence.text)?.[0] ?? '';
    const own = distinct(context.industryTerms.read(firstClause));
    const topics = own.length > 0 ? own : label?.paragraph === sentence.paragraph ? label.terms : [];
    if (topics.length === 0 || topics.length > MOST_TOPICS) continue;
    const evidence = sentenceEvidence(context, sentence);
    // `烟台苹果、威海海参等特色产业`: the places open the listed industries' own names, and list none.
    const listedTopics = topics.some(
      ({ surface }) => firstClause.includes(`${surface}、`) || firstClause.includes(`、${surface}`),
    );
    if (listedTopics) continue;
    for (const topic of topics) {
      if (namesPlaceOrPark(context, topic.surface)) continue;
      const industryId = addIndustry(context, topic.canonical, topic.surface, evidence);
      develop(context, places, industryId, '重点产区', evidence);
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
      develop(context, places, industryId, led.head, evidence);
    }
  }
  return found;
}

/**
 * `以沅陵、辰溪等县市为主体，建设…优势生猪养殖区`: the divisions a part of a sentence rests on
 * build an area of an industry (a 养殖区, 基地, 产业带), and so develop it. Parts end at `；`.
 */
const BUILT_AREA =
  /以([^；;。]{2,80}?)为(?:主体|重点|核心)[，,]?(?:[^，,；;。]{0,8}?(?:建设|打造|发展|建成|形成|壮大))([^，,；;。]{2,24}?(?:养殖|种植)?)(?:区|产业带|产区|生产基地|示范基地|基地)/gu;
/**
 * `建设西安、汉中等低空装备制造聚集区`, `做强济南、青岛4大机器人产业基地`: the divisions listed right
 * after the verb, closed by 等 or a count, each build an area of the industry named after them.
 */
const LISTED_BUILDERS =
  /(?:建设|打造|建成|培育|共建|做强)([^，,；;。等]{2,40}?)(?:等|[一二三四五六七八九十\d]+大)([^，,；;。、等]{2,16}?)(?:聚集区|集聚区|产业带|产业集群|产业基地|生产基地|基地)/gu;
/** What is said of an area's product before or after it, not the product (…等优势, 以…为主的, 种子生产). */
const AREA_QUALIFIERS =
  /^(?:.*(?:等|为主的))?(?:一批|标准化|优势|优质|特色|现代|绿色|生态|高标准|规模化)*|(?:标准化|规模化)?(?:种子生产|生产)?$/gu;

function extractBuiltAreas(context: ExtractionContext, sentence: Sentence, frame: RegExp): boolean {
  let found = false;
  for (const match of allMatches(frame, sentence.text)) {
    const [, leaders = '', written = ''] = match;
    const product = written.replace(AREA_QUALIFIERS, '');
    const places = listedDivisions(context, leaders);
    // A corridor between places (鹤城至洪江市…) is no product.
    const placeLike = /[至—、]/u.test(product) || context.placeAt(product) >= 0;
    if (product.length < 2 || places.length === 0 || placeLike || namesPlaceOrPark(context, product))
      continue;
    found = true;
    const evidence = sentenceEvidence(context, sentence);
    const industryId = addIndustry(context, context.industryTerms.canonical(product), product, evidence);
    develop(context, places, industryId, '重点产区', evidence);
  }
  return found;
}

/** Each of the divisions PRIORITIZES the industry, with the cue that says so. */
function develop(
  context: ExtractionContext,
  places: Division[],
  industryId: string,
  cue: string,
  evidence: Evidence,
): void {
  for (const place of places)
    addPriority(context, addRegion(context, place, evidence), industryId, cue, evidence);
}

/** The divisions below the issuer that a sentence lists, two or more in one clause. */
function listedDivisions(context: ExtractionContext, sentence: string): Division[] {
  const found = new Map<string, Division>();
  // (A list needs 、: most sentences hold none.)
  if (!sentence.includes('、')) return [];
  for (const [index, clause] of sentence.split(/[，,；;。]/u).entries()) {
    const items = clause.split('、');
    // `吉首友阿商贸物流园、花垣兴鹏物流产业园等重点项目`, `鞍山西柳服装、辽阳小北河袜业等专业市场`,
    // `涪陵榨菜、奉节脐橙等品牌`: works, markets and brands named for their divisions.
    if (items.length < 2 || /等[^、]*(?:项目|工程|市场|品牌)/u.test(clause)) continue;
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
    // `支持沈阳建设航空产业基地、大连建设船舶制造基地`: items that go on with a verb of their own
    // are tasks handed to each place, not a list of places for one topic. (Looked for only in a
    // list of places: it costs a gazetteer lookup per item.)
    if (items.slice(1).some((item) => handedTask(context, item))) continue;
    // `…，推动黄石、鄂州发展高端装备产业`: a later clause whose divisions develop an industry of
    // their own is read as theirs (the clause's subject), not as the sentence's producing areas.
    // (Read only for a clause that lists divisions: reading for industries costs more.)
    if (index > 0 && context.industryTerms.read(clause).length > 0) continue;
    const first = divisionWithin(context, items[0] ?? '');
    const divisions = first ? [first, ...rest] : rest;
    if (divisions.length < 2 || divisions.length * 2 < items.length) continue;
    for (const division of divisions) found.set(division.code, division);
  }
  return [...found.values()];
}

/** An item that is a division below the issuer and the verb of its own task (大连建设…, 营口打造…). */
function handedTask(context: ExtractionContext, item: string): boolean {
  return handsOwnTask(context, item.replace(/^(?:和|及|与|以及)/u, ''), (words) =>
    leadingBelowIssuer(context, words),
  );
}

/** The division an item opens with (溆浦, 吉首产业园区为重点 → 吉首市). */
function divisionAt(context: ExtractionContext, item: string): Division | undefined {
  return leadingBelowIssuer(context, item)?.division;
}

/** A division below the issuer (no township) an item opens with, and its length. */
function leadingBelowIssuer(context: ExtractionContext, item: string) {
  const issuer = context.issuer;
  return context.gazetteer.leading(item.replace(/^(?:和|及|与|以及)/u, ''), {
    scope: context.scope,
    prefer: issuer?.code,
    // Below the issuer: its counties (or a province's prefectures and counties).
    accept: (division) =>
      division.level !== 'township' &&
      division.code !== issuer?.code &&
      division.code.startsWith(issuer?.code ?? '-'),
  });
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
