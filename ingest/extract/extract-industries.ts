import type { Evidence } from '../../model/graph.ts';
import type { Sentence } from '../read/plan-document.ts';
import type { IndustryTerm } from '../vocabulary/industry-terms.ts';
import { type Division, isFunctionalZone } from '../vocabulary/regions.ts';
import type { ExtractionContext } from './extract-context.ts';
import { paragraphLabel, sentenceEvidence } from './extract-context.ts';
import { addArea, addRegion, regionNodeId } from './extract-regions.ts';

export function industryId(canonical: string): string {
  return `industry:${canonical}`;
}

/** Adds an industry (and the broader industry it is part of, per the lexicon); returns its id. */
export function addIndustry(
  context: ExtractionContext,
  canonical: string,
  surface: string,
  evidence: Evidence,
): string {
  const id = industryId(canonical);
  context.builder.addNode({
    id,
    label: 'Industry',
    name: canonical,
    aliases: surface !== canonical ? [surface] : [],
    properties: { inLexicon: context.industries.entry(canonical) !== undefined },
    evidence,
  });
  const broader = context.industries.entry(canonical)?.partOf;
  if (broader) {
    const broaderId = addIndustry(context, broader, broader, evidence);
    context.builder.addEdge({ type: 'PART_OF', source: id, target: broaderId, evidence });
  }
  return id;
}

/**
 * PRIORITIZES from the issuing region: what the plan itself sets out to develop (a 专栏 about an
 * industry, the fields of an industry's table). Nothing when the document has no issuer.
 */
export function prioritizeByIssuer(
  context: ExtractionContext,
  industryId: string,
  cue: string,
  evidence: Evidence,
): void {
  if (!context.issuer) return;
  const regionId = regionNodeId(context.issuer);
  if (!context.builder.hasNode(regionId)) return;
  context.builder.addEdge({
    type: 'PRIORITIZES',
    source: regionId,
    target: industryId,
    properties: { cue },
    evidence,
  });
}

/** A place or a park in an enumeration (北海、钦州等…; 东方芯港、…产业园) is no industry. */
export function namesPlaceOrPark(context: ExtractionContext, surface: string): boolean {
  return (
    context.gazetteer.resolve(surface, context.scope) !== undefined ||
    context.parkNames.find(surface, context.placeAt).length > 0
  );
}

/** Words by which a plan makes an industry a priority of its own. */
const PRIORITY_CUE =
  /(重点发展|大力发展|加快发展|着力发展|优先发展|培育壮大|做大做强|发展壮大|重点培育|重点打造|打造|主导产业|首位产业|支柱产业|优势产业|特色产业|新兴产业)/u;

/**
 * PRIORITIZES: the issuing region's plan names an industry as a priority: in a clause with a
 * priority cue before it (`重点培育电子信息产业链`), or in the title of a 专栏 or table about it
 * (`电子信息产业“十四五”发展重点`).
 */
export function extractPriorities(context: ExtractionContext): void {
  const { issuer, document, builder } = context;
  if (!issuer || document.headings.length === 0) return;
  const regionId = regionNodeId(issuer);
  if (!builder.hasNode(regionId)) return;
  // A line opening with a division (`辰溪县。依托…，重点发展电子信息…`) or an area the plan marks
  // out (`——托口片区。…`) speaks of it.
  let subject: { paragraph: number; id: string } | undefined;
  for (const sentence of document.sentences) {
    const opening = paragraphSubject(context, sentence);
    if (opening) {
      subject = { paragraph: sentence.paragraph, id: opening };
      continue;
    }
    const regionOfSentence = subject?.paragraph === sentence.paragraph ? subject.id : regionId;
    // A paragraph labelled with an industry's name (森工。…, ——水果产业。…) is about developing it.
    const label = paragraphLabel(context, sentence);
    const led = label ? context.industryTerms.lead(label) : [];
    for (const term of led) {
      if (namesPlaceOrPark(context, term.surface)) continue;
      const evidence = sentenceEvidence(context, sentence);
      prioritizeByIssuer(
        context,
        addIndustry(context, term.canonical, term.surface, evidence),
        term.cue,
        evidence,
      );
    }
    for (const clause of clauses(sentence.text)) {
      const evidence = () => sentenceEvidence(context, sentence);
      // Who develops: looked for only when the clause develops something (most clauses do not).
      let subjectOfClause: string | undefined;
      const regionOfClause = () =>
        (subjectOfClause ??= clauseSubject(context, clause.text, evidence) ?? regionOfSentence);
      for (const found of context.industryTerms.read(
        clause.text,
        (words) => namedDivision(context, words) !== undefined,
      )) {
        if (namesPlaceOrPark(context, found.surface) || namesPlaceOrPark(context, found.canonical)) continue;
        const { term, region } = withoutRegionPrefix(context, found);
        const id = addIndustry(context, term.canonical, term.surface, evidence());
        builder.addEdge({
          type: 'PRIORITIZES',
          source: region ? addRegion(context, region, evidence()) : regionOfClause(),
          target: id,
          properties: { cue: term.cue },
          evidence: evidence(),
        });
        if (term.group) {
          const groupId = addIndustry(context, term.group, term.group, evidence());
          if (groupId !== id)
            builder.addEdge({ type: 'PART_OF', source: id, target: groupId, evidence: evidence() });
        }
      }
      const cue = PRIORITY_CUE.exec(clause.text);
      if (!cue) continue;
      for (const industry of context.industries.find(clause.text)) {
        if (industry.start < cue.index) continue;
        const evidence = sentenceEvidence(context, sentence);
        const id = addIndustry(context, industry.canonical, industry.surface, evidence);
        builder.addEdge({
          type: 'PRIORITIZES',
          source: regionOfClause(),
          target: id,
          properties: { cue: cue[1] ?? '' },
          evidence,
        });
      }
    }
  }
  for (const box of document.boxes) {
    const industry = context.industries.find(box.title)[0];
    if (!industry || !/(发展重点|产业|重点)/u.test(box.title)) continue;
    const quote = document.lines[box.line - 1]?.trim() ?? box.title;
    const evidence = { document: document.file, line: box.line, section: box.section, quote };
    prioritizeByIssuer(
      context,
      addIndustry(context, industry.canonical, industry.surface, evidence),
      '专栏',
      evidence,
    );
  }
}

/**
 * The region a paragraph's opening label names (`辰溪县。`, `3.托口：杨梅小镇。`, `——托口片区。`):
 * a division, or an area the plan marks out that is no park. Its node id, added to the graph.
 */
function paragraphSubject(context: ExtractionContext, sentence: Sentence): string | undefined {
  const evidence = () => sentenceEvidence(context, sentence);
  const division = openingDivision(context, sentence.text) ?? placeBeforeTitle(context, sentence.text);
  if (division) return addRegion(context, division, evidence());
  const area = labelledArea(context, sentence);
  return area ? addArea(context, area, evidence()) : undefined;
}

/** `辰溪县。`: a division's full name alone. */
function openingDivision(context: ExtractionContext, text: string): Division | undefined {
  const opening = /^([\u4e00-\u9fff]{2,10}[省市州县区])[。：:]$/u.exec(text)?.[1];
  return opening ? context.gazetteer.resolve(opening, context.scope, context.issuer?.code) : undefined;
}

/** `3.托口：杨梅小镇。`: a place below the issuer, by any of its names, before a title. */
function placeBeforeTitle(context: ExtractionContext, text: string): Division | undefined {
  const words = /^(?:\d{1,2}[.、．]\s*)?([\u4e00-\u9fff]{2,6})[：:][^，,；;。]{2,20}。$/u.exec(text)?.[1];
  const place = words ? context.gazetteer.resolve(words, context.scope, context.issuer?.code) : undefined;
  const issuer = context.issuer;
  return place && issuer && place.code !== issuer.code && context.gazetteer.within(place.code, issuer.code)
    ? place
    : undefined;
}

/**
 * `——托口片区。`: an area the plan marks out. 株山片区 in a paragraph about an industrial area is a
 * park's part instead (extract-parks reads it).
 */
function labelledArea(context: ExtractionContext, sentence: Sentence): string | undefined {
  const label = paragraphLabel(context, sentence);
  const area = label ? context.areaNames.named(label) : undefined;
  const line = context.document.lines[sentence.line - 1] ?? '';
  return area &&
    !namesPlaceOrPark(context, area) &&
    !context.parkNames.parseLabel(area, context.placeAt, line)
    ? area
    : undefined;
}

/**
 * The region a clause is about when it names one before its cue (支持合肥打造…): its node id,
 * added to the graph; undefined when it names none (the sentence's subject holds).
 */
function clauseSubject(
  context: ExtractionContext,
  clause: string,
  evidence: () => Evidence,
): string | undefined {
  const opening = context.industryTerms.handsToAt(clause);
  const handedTo = opening ? clause.slice(opening[0].length) : '';
  const named = opening
    ? context.gazetteer.leading(handedTo, {
        scope: context.scope,
        prefer: context.issuer?.code,
        accept: (division) =>
          division.level !== 'township' &&
          division.code !== context.issuer?.code &&
          !isFunctionalZone(division.code),
      })?.division
    : namedDivision(context, clause.slice(0, context.industryTerms.cueAt(clause)).trim());
  if (named) return addRegion(context, named, evidence());
  // 支持黔城主城区重点做强…: an area the plan marks out, handed the task.
  const area = handedTo ? context.areaNames.leading(handedTo) : undefined;
  return area && !namesPlaceOrPark(context, area) ? addArea(context, area, evidence()) : undefined;
}

/**
 * `永州市油茶产业`: an industry written after a division's full name is the division's; the
 * name is no part of the industry's.
 */
function withoutRegionPrefix(
  context: ExtractionContext,
  term: IndustryTerm,
): { term: IndustryTerm; region?: Division } {
  const named = context.gazetteer.leading(term.surface, {
    scope: context.scope,
    prefer: context.issuer?.code,
    accept: (division) => division.level !== 'township',
  });
  const prefix = named ? term.surface.slice(0, named.length) : '';
  const rest = term.surface.slice(prefix.length);
  if (!named || !/[省市州县区]$/u.test(prefix) || rest.length < 2) return { term };
  return {
    term: {
      ...term,
      surface: rest,
      canonical: context.industryTerms.canonical(rest),
      start: term.start + prefix.length,
    },
    region: named.division,
  };
}

/** The division some words are exactly the name of (零陵 → 零陵区), other than the issuer. */
function namedDivision(context: ExtractionContext, words: string): Division | undefined {
  if (words.length < 2 || words.length > 12) return undefined;
  const division = context.gazetteer.resolve(words, context.scope, context.issuer?.code);
  // A development zone the statistics bureau codes (永州经济技术开发区) is a park: it hosts.
  return division &&
    division.level !== 'township' &&
    division.code !== context.issuer?.code &&
    !isFunctionalZone(division.code)
    ? division
    : undefined;
}

function clauses(text: string): { text: string; start: number }[] {
  const found: { text: string; start: number }[] = [];
  for (const match of text.matchAll(/[^，,；;。：:]+/gu)) found.push({ text: match[0], start: match.index });
  return found;
}
