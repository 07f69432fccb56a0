import type { Evidence } from '../../model/graph.ts';
import { LIST_MARK } from '../read/classify-line.ts';
import { originalLine, type Sentence } from '../read/plan-document.ts';
import type { IndustryTerm } from '../vocabulary/industry-terms.ts';
import { allMatches } from '../vocabulary/lexicons.ts';
import { type Division, isFunctionalZone } from '../vocabulary/regions.ts';
import type { ExtractionContext } from './extract-context.ts';
import { isWholeParagraph, layoutLine, paragraphLabel, sentenceEvidence } from './extract-context.ts';
import { addArea, addRegion, regionNodeId } from './extract-regions.ts';
import { addHosts } from './hosts.ts';
import { parkId } from './park-ids.ts';

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
  if (context.ownPark) {
    addHosts(context, context.ownPark, industryId, cue, evidence);
    return;
  }
  if (!context.issuer) return;
  const regionId = regionNodeId(context.issuer);
  if (!context.builder.hasNode(regionId)) return;
  addPriority(context, regionId, industryId, cue, evidence);
}

/** PRIORITIZES: a region (or an area) develops an industry, by the cue the text gives. */
export function addPriority(
  context: ExtractionContext,
  source: string,
  industryId: string,
  cue: string,
  evidence: Evidence,
): void {
  context.builder.addEdge({ type: 'PRIORITIZES', source, target: industryId, properties: { cue }, evidence });
}

/** A place or a park in an enumeration (北海、钦州等…; 东方芯港、…产业园) is no industry. */
export function namesPlaceOrPark(context: ExtractionContext, surface: string): boolean {
  return (
    context.gazetteer.resolve(surface, context.scope) !== undefined ||
    context.partsWritten.has(surface) ||
    context.parkNames.find(surface, context.placeAt).length > 0
  );
}

/** A 专栏's title that sets out what an industry focuses on (电子信息产业重点). Group: the industry. */
const INDUSTRY_FOCUS = /^(.{2,16}?)(?:的布局与)?(?:发展|转型升级)?(?:重点|发展方向)$/u;

/** What a name that opens an item follows: a clause's start, a separator, a quote or bracket, 的 or 以. */
const ITEM_START = /(?:^|[、，,；;：:和及与或“"「（(\s]|等|的|以)$/u;

/** What may follow an industry's name that ends an item: a list mark, the clause's end, its head. */
const ITEM_END =
  /^(?:$|[、，,；;。：:和及与或等（(“”"]|产业|产品|行业|制造|加工|集群|基地|企业|领域|业|经济|园)/u;

/** Words by which a plan makes an industry a priority of its own. */
const PRIORITY_CUE =
  /(重点发展|大力发展|加快发展|着力发展|优先发展|培育壮大|做大做强|发展壮大|重点培育|重点打造|打造|主导产业|首位产业|支柱产业|优势产业|特色产业|新兴产业)/u;

/**
 * Whether words before a cue are a park the issuer's task stands on (依托|X经开区|发展…,
 * 在|X园区|布局…), or divisions where it is done (在|赣州、吉安|布局…), which makes the cue a verb.
 */
function grounded(context: ExtractionContext, words: string): boolean {
  const ground = context.industryTerms.groundsAt(words)?.[0];
  if (!ground) return false;
  const places = words.slice(ground.length);
  if (namedDivision(context, places) || listedDivisions(context, places).length > 0) return true;
  const last = context.parkNames.find(words, context.placeAt).at(-1);
  return last !== undefined && last.end === words.length && last.start === ground.length;
}

/**
 * PRIORITIZES: the issuing region's plan names an industry as a priority: in a clause with a
 * priority cue before it (`重点培育电子信息产业链`), or in the title of a 专栏 or table about it
 * (`电子信息产业“十四五”发展重点`).
 */
export function extractPriorities(context: ExtractionContext): void {
  const { issuer, document, builder } = context;
  // A statistics bulletin reports what industries produced; it sets no priorities.
  if (!issuer || context.entry.kind === 'statistics') return;
  const regionId = regionNodeId(issuer);
  if (!builder.hasNode(regionId)) return;
  // What a park's own plan sets out for itself, the park hosts (its role: the cue).
  const develop = (source: string, industryId: string, cue: string, evidence: Evidence) => {
    if (context.ownPark && source === regionId) addHosts(context, context.ownPark, industryId, cue, evidence);
    else addPriority(context, source, industryId, cue, evidence);
  };
  // A line opening with a division (`辰溪县。依托…，重点发展电子信息…`) or an area the plan marks
  // out (`——托口片区。…`) speaks of it.
  let subject: { paragraph: number; id: string } | undefined;
  // (Functions made once, not per clause: most clauses name nothing.)
  const isSubject = (words: string) =>
    namedDivision(context, words) !== undefined ||
    // (The issuer by its own name: 醴陵市大力发展….)
    namesIssuer(context, words) ||
    listedDivisions(context, words).length > 0 ||
    grounded(context, words) ||
    // (An area named whole: 攀西经济区做强….)
    context.areaNames.namedWhole(words, (name) => isDivisionName(context, name)) !== undefined;
  // A paragraph a park's name labels (`——双溪片区。…`) speaks of the park: extract-parks reads it.
  let parkParagraph: number | undefined;
  // The sentence that was a division's label alone (`益阳市：`), for the sentence after it.
  let labelOf: Sentence | undefined;
  // A division alone on its line (`（1）汨罗市`) titles the paragraph after it.
  let titledBy: { paragraph: number; id: string } | undefined;
  // A division a paragraph's first sentence opens with (`涪城区是全市的中心城区。`): the subject of
  // a later sentence of it that opens with a strong cue and names no place (`重点发展A、B。`).
  let topic: Division | undefined;
  let paragraph: number | undefined;
  for (const sentence of document.sentences) {
    if (paragraph !== sentence.paragraph) {
      paragraph = sentence.paragraph;
      topic = leadingDivision(context, sentence.text.replace(LIST_MARK, ''))?.division;
    }
    if (parkParagraph === sentence.paragraph) continue;
    if (titledBy && titledBy.paragraph !== sentence.paragraph) {
      subject = { paragraph: sentence.paragraph, id: titledBy.id };
      titledBy = undefined;
    }
    const title = titleDivision(context, sentence);
    if (title) {
      titledBy = {
        paragraph: sentence.paragraph,
        id: addRegion(context, title, sentenceEvidence(context, sentence)),
      };
      continue;
    }
    const opening = paragraphSubject(context, sentence);
    if (!opening && labelsPark(context, sentence)) {
      parkParagraph = sentence.paragraph;
      continue;
    }
    if (opening) {
      subject = { paragraph: sentence.paragraph, id: opening };
      // `3.托口：杨梅小镇和…运动小镇。`: the theme of a town a plan makes, when it names an industry.
      for (const theme of townThemes(context, sentence.text)) {
        const evidence = sentenceEvidence(context, sentence);
        addPriority(
          context,
          opening,
          addIndustry(context, theme.canonical, theme.surface, evidence),
          '特色小镇',
          evidence,
        );
      }
      // (`淄博市：重点发展A、B产业。`: a label whose title develops something is read on.)
      if (!PRIORITY_CUE.test(sentence.text)) {
        // `益阳市：船舶制造、食品加工。`: a layout's line, its title a bare list of industries.
        const title = sentence.text.slice(sentence.text.search(/[：:]/u) + 1);
        if (title) prioritizeBareList(context, () => opening, title, sentence);
        labelOf = sentence;
        continue;
      }
    }
    // `常德市——装备制造、烟草`: a layout's line of a division and a bare list (with a colon, the
    // clauses below read it too).
    const layout = layoutLine(sentence);
    const laidOut = layout ? namedDivision(context, layout.label) : undefined;
    if (layout && laidOut)
      prioritizeBareList(
        context,
        () => addRegion(context, laidOut, sentenceEvidence(context, sentence)),
        layout.list,
        sentence,
      );
    const continuesTopic =
      topic !== undefined &&
      context.industryTerms.opensWithStrongCue(sentence.text) &&
      context.placeAt(sentence.text) < 0;
    const regionOfSentence =
      subject?.paragraph === sentence.paragraph
        ? subject.id
        : continuesTopic && topic
          ? addRegion(context, topic, sentenceEvidence(context, sentence))
          : regionId;
    // In a park's own document, a sentence about another park (与此同时，醴陵经开区围绕…) speaks
    // for that park (extract-parks reads it), not for the document's own.
    if (context.ownPark && namesOtherPark(context, sentence.text, context.ownPark)) continue;
    // A paragraph labelled with an industry's name (森工。…, ——水果产业。…) is about developing it.
    const label = paragraphLabel(context, sentence);
    const led = label ? context.industryTerms.lead(label, inIndustryFocus(context, sentence.line)) : [];
    for (const term of led) {
      if (namesPlaceOrPark(context, term.surface)) continue;
      const evidence = sentenceEvidence(context, sentence);
      const industryId = addIndustry(context, term.canonical, term.surface, evidence);
      // (In a paragraph a division titles, the label is the division's.)
      if (regionOfSentence !== regionId)
        addPriority(context, regionOfSentence, industryId, term.cue, evidence);
      else prioritizeByIssuer(context, industryId, term.cue, evidence);
    }
    // `潍坊市以动力装备为主导，壮大农机装备产业`: the divisions a clause opens with stay the
    // subject of the clauses after it in the sentence, until another names its own.
    let carried: Division[] = [];
    const evidence = () => sentenceEvidence(context, sentence);
    // `陕北要…，推动能源产业…发展`: a part of the province called by custom, opening the sentence, is its subject.
    const area = context.areaNames.customaryLeading(sentence.text, (name) => isDivisionName(context, name));
    const sentenceRegion = (area && addArea(context, area, evidence())) || regionOfSentence;
    // Divisions a label just named (`长沙：工程机械、电子信息`, the label a sentence of its own or
    // not): the list after it is theirs.
    let labelledBy: Division[] = [];
    let afterLabel = labelOf !== undefined && labelOf.paragraph === sentence.paragraph;
    labelOf = undefined;
    // `推动西青、津南等区建设…，重点发展A`: the places one clause hands its task to are the subject
    // of the next when a strong cue opens it.
    let previous = '';
    for (const clause of clauses(context, sentence.text)) {
      // A part after `；` has a subject of its own (the sentence's, unless it names one).
      const separator = sentence.text[clause.start - 1];
      if (separator === '；' || separator === ';') {
        carried = [];
        previous = '';
      }
      const before = previous;
      previous = clause.text;
      const regionsOfClause = () =>
        (context.industryTerms.opensWithStrongCue(clause.text) && context.industryTerms.handsToAt(before)
          ? clauseSubject(context, before, evidence)
          : undefined) ?? clauseRegions(context, clause.text, carried, sentenceRegion, evidence);
      const labelled = /^\s*[：:]/u.test(sentence.text.slice(clause.start + clause.text.length));
      // (In a paragraph about an area the plan marks out, the divisions it rests on make up the area.)
      const rested = regionOfSentence === regionId ? restedOn(context, clause.text) : undefined;
      const opening = rested ?? openingDivisions(context, clause.text.replace(LIST_MARK, ''), labelled);
      if (opening.length > 0) carried = opening;
      // Who develops: looked for only when the clause develops something (most clauses do not).
      let subjectsOfClause: string[] | undefined;
      const developed = context.industryTerms.read(clause.text, isSubject);
      // A layout's line, `长沙：工程机械、电子信息、新能源汽车`: a bare list of industries after the label.
      const read =
        developed.length === 0 && (labelledBy.length > 0 || afterLabel)
          ? context.industryTerms.bareList(clause.text)
          : developed;
      labelledBy = labelled ? opening : [];
      afterLabel = false;
      for (const found of read) {
        if (namesPlaceOrPark(context, found.surface) || namesPlaceOrPark(context, found.canonical)) continue;
        if (
          context.parkNames.suffixAt(clause.text.slice(found.end)) &&
          !countedParks(context, clause.text, found)
        )
          continue;
        const { term, region } = withoutRegionPrefix(context, found);
        const id = addIndustry(context, term.canonical, term.surface, evidence());
        subjectsOfClause ??= regionsOfClause();
        for (const source of region ? [addRegion(context, region, evidence())] : subjectsOfClause)
          develop(source, id, term.cue, evidence());
        if (term.group) {
          const groupId = addIndustry(context, term.group, term.group, evidence());
          if (groupId !== id)
            builder.addEdge({ type: 'PART_OF', source: id, target: groupId, evidence: evidence() });
        }
      }
      const cue = PRIORITY_CUE.exec(clause.text);
      if (!cue) continue;
      // (Most clauses gather nothing: the pattern is tried only where it may match.)
      const gathered = /一体|等/u.test(clause.text) ? allMatches(GATHERED, clause.text) : [];
      for (const industry of context.industries.find(clause.text)) {
        if (industry.start < cue.index) continue;
        // `打造集研发、制造、商贸为一体的…产业集群`: what one industry brings together; `推动大数据、
        // 5G等新兴技术…应用`: techniques.
        if (
          gathered.some((span) => industry.start > span.index && industry.start < span.index + span[0].length)
        )
          continue;
        // `湘西老爹芙蓉现代农业产业园`: a name that a park's suffix goes on from is the park's.
        if (context.parkNames.suffixAt(clause.text.slice(industry.start + industry.surface.length))) continue;
        // `中医药康养等新型消费`: a name that only opens a longer word names that word, not itself.
        if (!ITEM_END.test(clause.text.slice(industry.start + industry.surface.length))) continue;
        // `轻纺制鞋产业`: a name that starts inside one read in the clause is part of it.
        if (startsWithin(read, industry.start)) continue;
        // `发展功率半导体`: nor one that starts inside a word (after the cue, not after 率).
        if (
          !ITEM_START.test(clause.text.slice(0, industry.start)) &&
          industry.start !== cue.index + cue[0].length
        )
          continue;
        const quoted = evidence();
        const id = addIndustry(context, industry.canonical, industry.surface, quoted);
        subjectsOfClause ??= regionsOfClause();
        for (const source of subjectsOfClause) develop(source, id, cue[1] ?? '', quoted);
      }
    }
  }
  // A heading that is an industry's name (### 1. 粮油产业, 第三节 现代服务业), or a task that
  // develops one: the plan develops it there.
  for (const heading of document.headings) {
    if (heading.rank === 'title') continue;
    const quote = originalLine(document, heading.line).trim() || heading.title;
    const evidence = { document: document.file, line: heading.line, section: heading.section, quote };
    const title = heading.title.replace(/[*#\s]/gu, '');
    const named = context.industryTerms.lead(title);
    const isName = title.startsWith(named[0]?.surface ?? '\0');
    // A task's heading develops what it names as a clause does (第一章 大力发展山地精细农业).
    for (const term of isName ? named : context.industryTerms.read(title)) {
      if (namesPlaceOrPark(context, term.surface)) continue;
      prioritizeByIssuer(
        context,
        addIndustry(context, term.canonical, term.surface, evidence),
        isName ? '专题' : term.cue,
        evidence,
      );
    }
  }
  for (const box of document.boxes) {
    const industry = context.industries.find(box.title)[0];
    if (!industry || !/(发展重点|产业|重点)/u.test(box.title)) continue;
    const quote = originalLine(document, box.line).trim() || box.title;
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
 * Who develops what a clause names: the regions it hands the task to, else the divisions the
 * sentence opened with, else the sentence's region. Node ids, added to the graph.
 */
function clauseRegions(
  context: ExtractionContext,
  clause: string,
  carried: readonly Division[],
  regionOfSentence: string,
  evidence: () => Evidence,
): string[] {
  return (
    clauseSubject(context, clause, evidence) ??
    (carried.length > 0
      ? carried.map((division) => addRegion(context, division, evidence()))
      : [regionOfSentence])
  );
}

/**
 * The region a paragraph's opening label names (`辰溪县。`, `3.托口：杨梅小镇。`, `——托口片区。`):
 * a division, or an area the plan marks out that is no park. Its node id, added to the graph.
 */
function paragraphSubject(context: ExtractionContext, sentence: Sentence): string | undefined {
  const division = openingDivision(context, sentence.text) ?? placeBeforeTitle(context, sentence.text);
  if (division) return addRegion(context, division, sentenceEvidence(context, sentence));
  const area = labelledArea(context, sentence);
  return area ? addArea(context, area, sentenceEvidence(context, sentence)) : undefined;
}

/** `辰溪县。`: a division's full name alone. */
function openingDivision(context: ExtractionContext, text: string): Division | undefined {
  const opening = /^([\u4e00-\u9fff]{2,10}[省市州县区])[。：:]$/u.exec(text)?.[1];
  return opening ? context.gazetteer.resolve(opening, context.scope, context.issuer?.code) : undefined;
}

/**
 * A region develops each industry of a bare list (a layout's line: `益阳市：船舶制造、食品加工。`);
 * `region` adds its node, only when the list names one.
 */
function prioritizeBareList(
  context: ExtractionContext,
  region: () => string,
  list: string,
  sentence: Sentence,
): void {
  const terms = context.industryTerms.bareList(list);
  if (terms.length === 0) return;
  const evidence = sentenceEvidence(context, sentence);
  const regionId = region();
  for (const term of terms)
    addPriority(
      context,
      regionId,
      addIndustry(context, term.canonical, term.surface, evidence),
      term.cue,
      evidence,
    );
}

/** `（1）汨罗市` alone on its line: a division's full name, after at most a list's mark. */
function titleDivision(context: ExtractionContext, sentence: Sentence): Division | undefined {
  const name = /^[\u4e00-\u9fff]{2,10}[省市州县区]$/u.exec(sentence.text.replace(LIST_MARK, ''))?.[0];
  return name && isWholeParagraph(context, sentence) ? openingDivision(context, `${name}。`) : undefined;
}

/** `3.托口：杨梅小镇。`: a place below the issuer, by any of its names, before a title. */
function placeBeforeTitle(context: ExtractionContext, text: string): Division | undefined {
  const titled = /^(?:\d{1,2}[.、．]\s*)?([\u4e00-\u9fff]{2,6})[：:]([^，,；;。]{2,20})。$/u.exec(text);
  // (Not a task after the place, `3.临湘市：做强A、B。`: a layout's line, read as one.)
  const title = titled?.[2] ?? '';
  const words = context.industryTerms.cueAt(title) === title.length ? titled?.[1] : undefined;
  const place = words ? context.gazetteer.resolve(words, context.scope, context.issuer?.code) : undefined;
  const issuer = context.issuer;
  return place && issuer && place.code !== issuer.code && context.gazetteer.within(place.code, issuer.code)
    ? place
    : undefined;
}

/** Words of the ways a town is lived in, not of what it makes. */
const TOWN_WAYS = /文化|运动|健康|休闲|生态|科创|智慧|康养|宜居|风情|田园/u;

/**
 * The themes of the towns a label gives a place (`托口：杨梅小镇和马拉松健康运动小镇`): each
 * `…小镇` after the colon whose words name an industry (中药材小镇) or a product (杨梅小镇), not a
 * theme of another kind.
 */
function townThemes(context: ExtractionContext, text: string): IndustryTerm[] {
  const titles = /[：:]([^，,；;。]{3,40})。?$/u.exec(text)?.[1];
  if (!titles?.includes('小镇')) return [];
  return titles.split(/和|、|及|与/u).flatMap((title) => {
    const theme = /^(.{2,10}?)(?:特色)?小镇$/u.exec(title.trim())?.[1];
    if (!theme) return [];
    if (context.industryTerms.namesIndustries(theme)) return context.industryTerms.lead(theme);
    // (A product's short name no vocabulary knows, too: 杨梅小镇, 花卉苗木小镇; not a way of
    // life: 马拉松健康运动小镇.)
    return theme.length <= 4 && context.industryTerms.namesGoods(theme) && !TOWN_WAYS.test(theme)
      ? [
          {
            surface: theme,
            canonical: context.industryTerms.canonical(theme),
            cue: '特色小镇',
            start: 0,
            end: theme.length,
          },
        ]
      : [];
  });
}

/** A count of parks around a term (`建设10个省级数据产业园`, `培育跨境电商产业园14个`): a kind of park, no park's name. */
function countedParks(context: ExtractionContext, clause: string, term: IndustryTerm): boolean {
  return (
    context.industryTerms.countsParksBefore(clause.slice(0, term.start)) ||
    context.parkNames.countedAt(clause.slice(term.end))
  );
}

/** Whether a position falls within one of the terms read: 制鞋 of 轻纺制鞋, 新能源 of 新能源电池. */
export function startsWithin(terms: readonly IndustryTerm[], at: number): boolean {
  return terms.some((term) => term.start <= at && at < term.end);
}

/** Whether a text names a park other than `ownPark` (a node id). */
function namesOtherPark(context: ExtractionContext, text: string, ownPark: string): boolean {
  return context.parkNames
    .find(text, context.placeAt)
    .some((found) => parkId(context, found.name) !== ownPark);
}

/**
 * Whether a line stands in a 专栏 that sets out an industry's focus (`电子信息产业重点`,
 * `中药材加工重点`, `传统产业转型升级重点`): each paragraph there opens with the name of an
 * industry it develops (`新型显示器件。…`, `矿冶。…`), head or not.
 */
function inIndustryFocus(context: ExtractionContext, line: number): boolean {
  return context.document.boxes.some((box) => {
    if (box.line >= line || line > box.endLine) return false;
    const focus = INDUSTRY_FOCUS.exec(box.title.trim())?.[1];
    return focus !== undefined && context.industryTerms.namesIndustries(focus);
  });
}

/** Whether a sentence is the label of its paragraph that names a park (`——株山片区。`, `青石园区：`). */
function labelsPark(context: ExtractionContext, sentence: Sentence): boolean {
  const label = paragraphLabel(context, sentence);
  const line = context.document.lines[sentence.line - 1] ?? '';
  return label !== undefined && context.parkNames.parseLabel(label, context.placeAt, line) !== null;
}

/**
 * `——托口片区。`: an area the plan marks out. 株山片区 in a paragraph about an industrial area is a
 * park's part instead (extract-parks reads it).
 */
function labelledArea(context: ExtractionContext, sentence: Sentence): string | undefined {
  const label = paragraphLabel(context, sentence);
  const customary = label
    ? context.areaNames.customaryLabelled(label, (name) => isDivisionName(context, name))
    : undefined;
  if (customary) return customary;
  const area = label ? context.areaNames.named(label) : undefined;
  const line = context.document.lines[sentence.line - 1] ?? '';
  return area &&
    !namesPlaceOrPark(context, area) &&
    !context.parkNames.parseLabel(area, context.placeAt, line)
    ? area
    : undefined;
}

/**
 * The regions a clause is about when it names them before its cue (支持合肥打造…, 推动黄石、鄂州
 * 发展…): their node ids, added to the graph; undefined when it names none (the sentence's
 * subject holds).
 */
function clauseSubject(
  context: ExtractionContext,
  clause: string,
  evidence: () => Evidence,
): string[] | undefined {
  // (Or the place where it is done: 在赣州、吉安布局…, 依托景德镇发展…; not a park there,
  // 依托酒泉经开区发展…, which the issuer develops in.)
  const ground = context.industryTerms.groundsAt(clause);
  const onPark =
    ground !== null &&
    context.parkNames.find(clause.slice(ground[0].length), context.placeAt).some((park) => park.start === 0);
  const opening = context.industryTerms.handsToAt(clause) ?? (onPark ? null : ground);
  const handedTo = opening ? clause.slice(opening[0].length) : '';
  const leading = opening ? leadingDivision(context, handedTo) : undefined;
  // `支持日照深海三文鱼、滨州盐田虾等特色产业发展`: a place that opens the first item of a list
  // (no cue before the list goes on) names the item, not who is handed the task.
  const firstItem = leading ? handedTo.slice(leading.length).split('、') : [];
  const itemRest = firstItem[0] ?? '';
  // (Not when a verb of building follows the place: 支持沈阳建设航空产业基地、大连建设….)
  const opensItem =
    firstItem.length > 1 &&
    itemRest.length > 0 &&
    context.industryTerms.cueAt(itemRest) === itemRest.length &&
    !/^(?:建设|建成|创建)/u.test(itemRest);
  const named = opening
    ? opensItem
      ? undefined
      : leading?.division
    : namedDivision(context, clause.slice(0, context.industryTerms.cueAt(clause)).trim());
  if (named) {
    // The places listed after the first (支持襄阳、宜昌建设…) are handed the task with it.
    const divisions = [named];
    let rest = leading ? handedTo.slice(leading.length) : '';
    for (
      let next = leadingDivision(context, rest.slice(1));
      /^[、和及与]/u.test(rest) && next;
      next = leadingDivision(context, rest.slice(1))
    ) {
      divisions.push(next.division);
      rest = rest.slice(1 + next.length);
    }
    return divisions.map((division) => addRegion(context, division, evidence()));
  }
  // 支持黔城主城区重点做强…: an area the plan marks out, handed the task; 成都平原经济区重点发展…,
  // 川东北地区加快发展…: one named whole before the cue.
  const area = handedTo
    ? context.areaNames.leading(handedTo)
    : context.areaNames.namedWhole(context.industryTerms.beforeCue(clause), (name) =>
        isDivisionName(context, name),
      );
  const areaId = area && !namesPlaceOrPark(context, area) ? addArea(context, area, evidence()) : undefined;
  return areaId ? [areaId] : undefined;
}

/** Whether a name is one a division of the document's scope goes by (陕西, 湘西). */
function isDivisionName(context: ExtractionContext, name: string): boolean {
  return context.gazetteer.resolve(name, context.scope, context.issuer?.code) !== undefined;
}

/** The division other than the issuer (no township, no development zone) a text opens with. */
function leadingDivision(context: ExtractionContext, text: string) {
  return context.gazetteer.leading(text, {
    scope: context.scope,
    prefer: context.issuer?.code,
    accept: (division) =>
      division.level !== 'township' &&
      division.code !== context.issuer?.code &&
      !isFunctionalZone(division.code),
  });
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
  // (A county's short name too, before a product: 做强江华马达产业, 湘西黄牛.)
  const shortName = named !== undefined && named.division.level !== 'province' && prefix.length >= 2;
  if (!named || !(/[省市州县区]$/u.test(prefix) || shortName) || rest.length < 2) return { term };
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

/** Whether words are exactly the issuer's name, full or short (醴陵市, 醴陵). */
function namesIssuer(context: ExtractionContext, words: string): boolean {
  if (!context.issuer || words.length < 2 || words.length > 12) return false;
  return context.gazetteer.resolve(words, context.scope, context.issuer.code)?.code === context.issuer.code;
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

/** What ends a clause's opening subject: the cue, or the words that open its predicate. */
const PREDICATE_START =
  /以|要|将|在|依托|围绕|聚焦|立足|协同|共同|联合|联动|携手|分别|重点|着力|大力|加快|积极|全力|持续|进一步|培育|发展|打造|建设|壮大|做强|做大|布局/u;
/** A count closing a list of divisions: 四市, 等5个县, 等县市区. */
const COUNTED_DIVISIONS = /(?:等)?(?:[一二三四五六七八九十两\d]+个?)?(?:市|县|区|州|县市区|县市|市州|地)?$/u;

/**
 * The divisions below the issuer a clause opens with as its subject: `济南市重点发展…`,
 * `烟台市、威海市大力发展…`, `枣庄、济宁、临沂、菏泽四市协同发展…`. Empty when it opens otherwise.
 */
function openingDivisions(context: ExtractionContext, clause: string, labelled = false): Division[] {
  // `南昌市：重点发展…`, `赣州、吉安：…`: divisions a colon labels are the subject of what follows.
  if (labelled) {
    const words = clause.trim();
    const one = namedDivision(context, words);
    return one ? [one] : listedDivisions(context, words);
  }
  const end = PREDICATE_START.exec(clause)?.index ?? -1;
  if (end < 2) return [];
  const words = clause.slice(0, end).trim();
  const one = namedDivision(context, words);
  return one ? [one] : listedDivisions(context, words);
}

/** `以湄潭、凤冈等县为主体`, `以绥阳为龙头`: what a part of a sentence rests on, before its task. */
const RESTS_ON = /^以(.{2,90}?)为(?:主体|重点|核心|龙头|引领|中心|主阵地|重点区域)$/u;

/**
 * The divisions a clause says the part of the sentence after it rests on (`以湄潭、凤冈和余庆丘陵区
 * 等县为主体，壮大…`): the subject of that part. A list needs half its items to open with a
 * division (湄潭, 余庆丘陵区); one item must be a division's name (以绥阳为龙头), since a place
 * word may open another name (赤水河谷). Undefined when the clause is no such opening, or
 * when what it rests on are parks.
 */
function restedOn(context: ExtractionContext, clause: string): Division[] | undefined {
  const leaders = RESTS_ON.exec(clause.trim())?.[1];
  if (!leaders) return undefined;
  const items = leaders.replace(/等[^、和及与]*$/u, '').split(/[、和及与]/u);
  // `以花垣工业集中区、泸溪高新区为重点`, `以永顺、龙山、吉首产业园区为重点`: a list closed by a park's
  // suffix rests on parks (their places name where they are), not on divisions.
  if (context.parkNames.suffixOf(items.at(-1) ?? '')) return undefined;
  if (items.length === 1) {
    const one = namedDivision(context, items[0] ?? '');
    return one ? [one] : undefined;
  }
  const divisions = items.flatMap((item) => {
    const leading = leadingDivision(context, item);
    return leading ? [leading.division] : [];
  });
  return divisions.length * 2 >= items.length && divisions.length > 0 ? divisions : undefined;
}

/** `烟台市、威海市`, `枣庄、济宁、临沂、菏泽四市`: every item a division below the issuer, two or more. */
function listedDivisions(context: ExtractionContext, words: string): Division[] {
  if (!/[、和及与]/u.test(words)) return [];
  const items = words.replace(COUNTED_DIVISIONS, '').split(/[、和及与]/u);
  const divisions = items.map((item) => namedDivision(context, item.trim()));
  return items.length >= 2 && divisions.every((division) => division !== undefined)
    ? (divisions as Division[])
    : [];
}

const CLAUSE = /[^，,；;。：:]+/gu;
/**
 * What one thing brings together (`集研发、制造、商贸为一体`), and a list of techniques or ways
 * (`5G和工业互联网等新兴技术`): spans whose known names are no industries developed.
 */
const GATHERED =
  /集[^，,；;。]{2,60}?[为于]一体|[^，,；;。]{2,60}?等[\u4e00-\u9fff]{0,6}?(?:技术|模式|平台|场景)(?!产业)/gu;

/** How far after a 、 the verb of a place's own task may stand (a place's name, then the verb). */
const TASK_NEAR = 14;
/** Verbs of building that set a place a task of its own, though no cue of development (建设 is none). */
const BUILDING_TASK = /建设|打造/u;

/**
 * The clauses of a sentence; a task handed to a place of its own within one (`支持沈阳建设航空产业
 * 基地、大连建设船舶制造基地`: at a 、 that a division and its verb follow) is a clause too.
 */
function clauses(context: ExtractionContext, text: string): { text: string; start: number }[] {
  const found: { text: string; start: number }[] = [];
  for (const match of allMatches(CLAUSE, text)) {
    const clause = match[0];
    let start = 0;
    for (let at = clause.indexOf('、'); at >= 0; at = clause.indexOf('、', at + 1)) {
      // (Not in a list of places that share the task: 支持铁岭、朝阳打造…. The verbs are looked
      // for before the places: most 、 separate items with no verb of their own.)
      const next = clause.slice(at + 1, at + 1 + TASK_NEAR);
      if (!BUILDING_TASK.test(next) && context.industryTerms.cueAt(next) === next.length) continue;
      if (!setsTask(context, clause.slice(start, at)) || !handsOwnTask(context, clause.slice(at + 1)))
        continue;
      found.push({ text: clause.slice(start, at), start: match.index + start });
      start = at + 1;
    }
    found.push({ text: clause.slice(start), start: match.index + start });
  }
  return found;
}

/** Whether a text sets a task of its own after any verb handing it (支持沈阳|建设航空产业基地), not a place alone. */
function setsTask(context: ExtractionContext, text: string): boolean {
  const handed = context.industryTerms.handsToAt(text);
  const task = handed ? text.slice(handed[0].length) : text;
  return BUILDING_TASK.test(task) || context.industryTerms.cueAt(task) < task.length;
}

/**
 * Whether a text opens with a division and the verb of its own task (大连建设…, 营口打造…);
 * `leading` finds the division (by default any but the issuer).
 */
export function handsOwnTask(
  context: ExtractionContext,
  text: string,
  leading: (text: string) => { length: number } | undefined = (words) => leadingDivision(context, words),
): boolean {
  const lead = leading(text);
  const rest = lead ? text.slice(lead.length) : '';
  return rest !== '' && (BUILDING_TASK.exec(rest)?.index === 0 || context.industryTerms.cueAt(rest) === 0);
}
