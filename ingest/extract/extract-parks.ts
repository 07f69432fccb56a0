import type { Evidence } from '../../model/graph.ts';
import { regionShortNames } from '../../model/region-names.ts';
import { LIST_MARK } from '../read/classify-line.ts';
import type { Cell, Sentence, Table } from '../read/plan-document.ts';
import type { IndustryTerm } from '../vocabulary/industry-terms.ts';
import { allMatches } from '../vocabulary/lexicons.ts';
import type { OwnPlaces, ParkName } from '../vocabulary/park-names.ts';
import { type Division, isFunctionalZone } from '../vocabulary/regions.ts';
import { addPark, listedIndustries } from './add-park.ts';
import type { ExtractionContext } from './extract-context.ts';
import {
  cellEvidence,
  column,
  columns,
  isWholeParagraph,
  layoutLine,
  rowEvidence,
  sentenceEvidence,
  splitList,
} from './extract-context.ts';
import { firstMention } from './extract-documents.ts';
import { addIndustry, namesPlaceOrPark, prioritizeByIssuer, startsWithin } from './extract-industries.ts';
import { locateInCell, PLACE_COLUMN } from './extract-regions.ts';
import { addHosts } from './hosts.ts';
import { extractZoneParts, FREE_TRADE_ZONE, partsOpeningClauses, ZONE_WITH_PARTS } from './park-parts.ts';

/** Roles a sentence can give an industry in a park: `以A、B为主导产业`. */
const ROLE_PATTERN =
  /(?:以|把|将)([^，。；以把将]{2,40}?)(?:为|作为|列为|确定为)(主导产业|特色产业|首位产业|支柱产业|主导|特色|重点产业|核心产业)/gu;
/** A second role right after a first (`以A为主导|、B为特色`), sharing its 以. Groups: the list, the role. */
const SECOND_ROLE =
  /^[、，,和]([^，。；、为以]{2,20}?)(?:为|作为)(主导产业|特色产业|首位产业|支柱产业|主导|特色|重点产业|核心产业)/u;
/** `X园区主导产业为A和B`, `X园区的特色产业是A`: a park's roles stated after its name. */
const ROLE_STATED = /^的?(主导产业|特色产业|首位产业|支柱产业)(?:为|是|有|包括|[：:])([^，。；]{2,40})/u;
/** `以A、B产业为核心的…园区`: what a park named after it is built around. */
const CORE_OF_PARK = /以([^，。；以]{2,40}?)为(主导|核心|重点|特色)(?:产业)?的/gu;
/** How far after `…为核心的` the park's name may start (a place or a qualifier before it). */
const PARK_NEAR = 8;
const DEVELOP_PATTERN =
  /(重点发展|重点打造|重点做强|重点培育|大力发展|着力发展|做大做强|培育壮大)([^，。；]{2,40})/gu;
const DEVELOP_CUE = new RegExp(DEVELOP_PATTERN.source, 'u');
/** Parks an industry's paragraph rests on: `新材料产业。以花垣工业集中区、泸溪高新区为重点，…`. */
const BASE_PATTERN = /以([^，。；以]{4,80}?)为(重点|核心|主要载体|载体|主阵地|主战场|依托|基础|支撑)/gu;
/**
 * What makes a park the vehicle, leader or core of the next clause, between the two:
 * `以X经开区|为载体，|大力发展…`, `…|为龙头，|…`.
 */
const VEHICLE = /^为(?:主要|核心)?(?:载体|主阵地|主战场|平台|龙头|核心|承载区|承载地)[，,]$/u;
/**
 * A clause that carries out a park's own programme (`深入实施|自贸试验区|提升战略`): the verb
 * before the park, and the programme after it, the whole clause.
 */
const CARRIES_OUT = /(?:实施|推进|落实|深化)$/u;
const PARK_PROGRAMME = /^[\u4e00-\u9fff“”"]{0,8}(?:战略|行动|工程|计划)$/u;
/** Parks an industry's paragraph relies on: `依托株洲高新区，重点发展…`. */
const RELIED_ON = /依托([^，。；以]{4,40}?)[，,]/gu;
/** Parks an industry's paragraph supports: `支持A产业园、B等产业园集群发展`. */
const SUPPORTED_PARKS =
  /(?:支持|推动|引导|鼓励)([^，。；]{4,80}?)(?:集群发展|集聚发展|做大做强|发展壮大|提质升级|加快发展|特色发展)/gu;

/**
 * Parks and what they host: first the tables (a park directory with 产业类型/产业类别, or an
 * industry's 专栏 with a 重点支持园区 column), then sentences (`以A和B为主导产业`).
 */
export function extractParks(context: ExtractionContext): void {
  // A park's own plan: the park, as its title names it.
  const ownName = context.entry.park ? context.parkNames.parse(context.entry.park, context.placeAt) : null;
  const ownEvidence = ownName ? firstMention(context, [ownName.surface]) : undefined;
  if (ownName && ownEvidence) context.ownPark = addPark(context, ownName, ownEvidence);
  for (const table of context.document.tables) extractParkTable(context, table);
  // What a document calls its own park (市高新区) is named for its issuer (洪江 + 高新区); a zone
  // a province has one of (自贸试验区), for its issuer's province.
  const { issuer, gazetteer } = context;
  const shortName = (division: Division) => regionShortNames(division.name)[0] ?? division.name;
  const province = issuer
    ? [issuer, ...gazetteer.ancestors(issuer.code)].find((division) => division.level === 'province')
    : undefined;
  const own: OwnPlaces = {
    ...(issuer ? { issuer: shortName(issuer) } : {}),
    ...(province ? { province: shortName(province) } : {}),
    local: issuer !== undefined && issuer.level !== 'province',
  };
  // A line opening with an industry (`新材料产业。`) speaks of that industry.
  let subject: { paragraph: number; industry: string; surface: string } | undefined;
  // A line opening with a park (`怀化国家高新区。发展壮大…`, `——青石园区：重点发展…`) speaks of that park.
  let subjectPark: { paragraph: number; id: string } | undefined;
  let previousParagraph: number | undefined;
  let titlePark: string | undefined;
  let topicPark: { paragraph: number; id: string } | undefined;
  const headingIndustry = new HeadingIndustry(context);
  for (const sentence of context.document.sentences) {
    const opensParagraph = sentence.paragraph !== previousParagraph;
    previousParagraph = sentence.paragraph;
    const opening = /^(.{2,14}?)[。：:]$/u.exec(sentence.text);
    const openingIndustry = opening?.[1] ? context.industries.canonical(opening[1]) : undefined;
    if (opening?.[1] && openingIndustry) {
      subject = { paragraph: sentence.paragraph, industry: openingIndustry, surface: opening[1] };
      continue;
    }
    // `推动轻纺箱包制鞋产业品牌化发展。…支持A、B等产业园集群发展`: a short lead sentence that
    // develops one industry is what its paragraph is about.
    const lead = opensParagraph ? leadIndustry(context, sentence.text) : undefined;
    if (lead) subject = { paragraph: sentence.paragraph, ...lead };
    // (A short sentence is no label: `形成以…为核心的X产业园区。`)
    // (A park alone on a line, `（3）汨罗高新区`, titles the paragraph after it.)
    if (opensParagraph && titlePark) subjectPark = { paragraph: sentence.paragraph, id: titlePark };
    titlePark = undefined;
    const openingPark = /^[—－-]*([^的以为]{2,30}?)([。：:]?)$/u.exec(sentence.text);
    const park = openingPark?.[1]
      ? context.parkNames.parseLabel(
          openingPark[1],
          context.placeAt,
          context.document.lines[sentence.line - 1] ?? '',
        )
      : null;
    if (park) {
      const id = addPark(context, park, sentenceEvidence(context, sentence));
      if (openingPark?.[2]) subjectPark = { paragraph: sentence.paragraph, id };
      else if (isWholeParagraph(context, sentence)) titlePark = id;
      continue;
    }
    extractLayoutLine(context, sentence);
    extractAreaClauses(context, sentence);
    // (Else the one industry the heading above names: `第二节 发展晶硅光伏产业` … `以X高新区为核心承载区，…`.)
    // (Only the parks it rests on, `以X为…`: a park relied on under a heading is often for more.)
    if (subject?.paragraph === sentence.paragraph) extractIndustryBases(context, sentence, subject);
    else {
      const headed = headingIndustry.at(sentence.line);
      if (headed) extractIndustryBases(context, sentence, headed, [BASE_PATTERN]);
    }
    const inParkParagraph = subjectPark?.paragraph === sentence.paragraph;
    if (subjectPark && inParkParagraph) extractParkLine(context, sentence, subjectPark.id);
    const parks = context.parkNames
      .find(sentence.text, context.placeAt, own)
      // A district named like a park (浦东新区) is a region; a zone the statistics bureau codes
      // among divisions (永州经济技术开发区 431171, 醴陵经济开发区 430281400) is still a park.
      .filter((found) => {
        const division = context.gazetteer.resolve(found.name.surface);
        // (A zone's 片区 are extractZoneParts' to read.)
        const zonePart = found.name.kind === '片区' && ZONE_WITH_PARTS.has(found.name.within?.kind ?? '');
        return (
          (!division || isFunctionalZone(division.code)) &&
          !zonePart &&
          !listedAsWork(context, sentence.text, found)
        );
      })
      .map((found) => ({
        ...found,
        id: addPark(context, found.name, sentenceEvidence(context, sentence)),
      }));
    // `推动吴淞创新城、南大智慧城、湾区科创城开发提速`: the parks' siblings in a list are parks;
    // `A皮具产业园、B轻纺制鞋等产业园`: items sharing the suffix that closes their list too.
    const listed = sentence.text.includes('等')
      ? context.parkNames
          .sharedSuffixParks(sentence.text, context.placeAt)
          .filter((shared) => !parks.some((park) => park.start <= shared.start && shared.start < park.end))
      : [];
    const siblings =
      parks.length > 0 ? context.parkNames.siblingParks(sentence.text, parks, context.placeAt) : [];
    for (const sibling of [...listed, ...siblings]) {
      if (context.gazetteer.resolve(sibling.name.surface)) continue;
      const end = sibling.start + sibling.name.surface.length;
      const id = addPark(context, sibling.name, sentenceEvidence(context, sentence));
      parks.push({ name: sibling.name, start: sibling.start, end, id });
    }
    parks.sort((a, b) => a.start - b.start);
    // A zone's part named alone (…洛阳片区重点发展…) is the subject of its clause, not the zone;
    // so is a park's part opening a later clause (…，航空港片区重点发展…; 其中河东园重点发展…).
    const parts = [
      ...extractZoneParts(context, sentence, parks),
      ...partsOpeningClauses(context, sentence, parks),
    ];
    if (parts.length > 0) {
      const outer = new Set(parts.map((part) => part.start));
      parks.splice(0, parks.length, ...parks.filter((park) => !outer.has(park.start)), ...parts);
      parks.sort((a, b) => a.start - b.start);
    }
    // `提升联影小镇、东方美谷等特色园区能级`: items of a list of parks not named like one.
    if (sentence.text.includes('园区') || sentence.text.includes('开发区'))
      for (const list of context.parkNames.listedParks(sentence.text, context.placeAt))
        extractListedParks(context, sentence, list, parks);
    // (A later sentence of a paragraph a park's sentence opens, naming no park, with no subject of
    // its own and a strong cue first: `X高新区是…主引擎。重点发展A、B。`)
    if (
      topicPark?.paragraph === sentence.paragraph &&
      !inParkParagraph &&
      parks.length === 0 &&
      opensWithoutSubject(context, sentence.text)
    )
      extractParkLine(context, sentence, topicPark.id);
    // The park a paragraph's first sentence opens with is its topic (one park, at the start).
    if (opensParagraph) topicPark = undefined;
    const opener = parks[0];
    if (opensParagraph && opener && parks.length === 1 && startsClause(sentence.text, opener.start))
      topicPark = { paragraph: sentence.paragraph, id: opener.id };
    if (parks.length === 0) continue;
    const hosted = (start: number) =>
      [...parks].reverse().find((park) => park.end <= start) ?? (parks.length === 1 ? parks[0] : undefined);
    // An industry given a role (主导产业) in a sentence is not also "重点发展" there.
    const withRole = new Set<string>();
    // `形成以智能终端产业为核心的智能云谷手机产业园区`: the park named right after hosts them.
    for (const match of allMatches(CORE_OF_PARK, sentence.text)) {
      const after = match.index + match[0].length;
      const park = parks.find((found) => found.start >= after && found.start <= after + PARK_NEAR);
      if (!park) continue;
      const role = normaliseRole(match[2] ?? '');
      for (const industry of context.industryTerms.listed(match[1] ?? '', role)) {
        if (namesPlaceOrPark(context, industry.surface)) continue;
        const evidence = sentenceEvidence(context, sentence);
        const industryId = addIndustry(context, industry.canonical, industry.surface, evidence);
        withRole.add(`${park.id}>${industryId}`);
        addHosts(context, park.id, industryId, role, evidence);
      }
    }
    for (const match of allMatches(ROLE_PATTERN, sentence.text)) {
      const park = hosted(match.index);
      if (!park) continue;
      hostInRole(context, sentence, park.id, match[1] ?? '', normaliseRole(match[2] ?? ''), withRole);
      // `以A为主导、B为特色的…`: a second role, its 以 shared.
      const second = SECOND_ROLE.exec(sentence.text.slice(match.index + match[0].length));
      if (second)
        hostInRole(context, sentence, park.id, second[1] ?? '', normaliseRole(second[2] ?? ''), withRole);
    }
    for (const park of parks)
      hostStatedRoles(context, sentence, park.id, sentence.text.slice(park.end), withRole);
    extractParkSubject(context, sentence, parks, withRole);
    for (const match of allMatches(DEVELOP_PATTERN, sentence.text)) {
      const park = hosted(match.index);
      // Only a park that is the subject (`X开发区重点发展…`) or the ground the clause's subject
      // builds on within the clause (`主城区依托市高新区重点做强…`), not a basis the next clause
      // rests on (`依托X产业园，重点发展…`: extractParkSubject reads it), in the same clause
      // (`X开发区重点发展A，零陵重点发展B`).
      // (A park the clause before makes its vehicle carries it too: `以X经开区为载体，大力发展…`.)
      // (The one park of a sentence named after the cue is another clause's, `A园区重点培育…，B经开区…`;
      // one far before it names no subject of it.)
      if (!park || park.end > match.index || match.index - park.end > 30) continue;
      const between = sentence.text.slice(park.end, match.index);
      // (Or one a verb hands the task to: 支持X高新区重点发展….)
      const opening = clauseOpening(sentence.text, park.start);
      const grounded =
        (startsClause(sentence.text, park.start) ||
          /(?:依托|立足|依靠)$/u.test(sentence.text.slice(0, park.start)) ||
          (opening !== '' && context.industryTerms.handsToAt(opening)?.[0] === opening)) &&
        !/[，；。,;]/u.test(between);
      const vehicle = /以$/u.test(opening) && VEHICLE.test(between);
      if (!grounded && !vehicle) continue;
      const read = context.industryTerms.read(`${match[1]}${match[2]}`);
      const cueLength = (match[1] ?? '').length;
      // A known name starting inside one the reader names is part of it (半导体 of 功率半导体).
      const known = context.industries
        .find(match[2] ?? '')
        .filter((found) => !startsWithin(read, found.start + cueLength));
      const developed = [...known, ...read];
      for (const industry of developed) {
        if (withRole.has(`${park.id}>industry:${industry.canonical}`)) continue;
        const industryId = addIndustry(
          context,
          industry.canonical,
          industry.surface,
          sentenceEvidence(context, sentence),
        );
        addHosts(context, park.id, industryId, '重点发展', sentenceEvidence(context, sentence));
      }
    }
  }
}

/**
 * The park hosts the industries a sentence lists for it in a role (`以A、B为主导产业`, `主导产业为A和B`),
 * which the sentence's other readings then leave as they are (`withRole`).
 */
function hostInRole(
  context: ExtractionContext,
  sentence: Sentence,
  parkId: string,
  written: string,
  role: string,
  withRole: Set<string>,
): void {
  const evidence = sentenceEvidence(context, sentence);
  for (const industry of context.industryTerms.listed(written, role)) {
    const industryId = addIndustry(context, industry.canonical, industry.surface, evidence);
    withRole.add(`${parkId}>${industryId}`);
    addHosts(context, parkId, industryId, role, evidence);
  }
}

/** The park hosts the roles a text opens by stating (`主导产业为A和B`, ROLE_STATED), if it does. */
function hostStatedRoles(
  context: ExtractionContext,
  sentence: Sentence,
  parkId: string,
  text: string,
  withRole: Set<string>,
): void {
  const stated = ROLE_STATED.exec(text);
  if (stated) hostInRole(context, sentence, parkId, stated[2] ?? '', stated[1] ?? '', withRole);
}

/**
 * A park that opens a sentence as its subject (`永州农业科技产业园创建…，加强…，发展农产品精深加工
 * 产业`) develops what the sentence's later clauses develop, while none names a subject of its own
 * (a place or another park); a `；` ends it. The first clause too, unless DEVELOP_PATTERN reads it.
 */
function extractParkSubject(
  context: ExtractionContext,
  sentence: Sentence,
  parks: { name: ParkName; start: number; end: number; id: string }[],
  withRole: Set<string>,
): void {
  const text = sentence.text;
  const evidence = sentenceEvidence(context, sentence);
  // Parks listed together (支持A经开区、B经开区打造…) share the task: read with the first.
  for (const listed of listedTogether(text, parks)) {
    const [park] = listed;
    if (!park) continue;
    // Every park of the list hosts what one reading found (a clause is read once, not per park).
    const hostListed = (terms: readonly IndustryTerm[]) => {
      for (const each of listed) hostTerms(context, each.id, terms, evidence, withRole);
    };
    const developedIn = (clause: string) => hostListed(context.industryTerms.read(clause));
    // The park opens its clause, or a verb handing it the task does (推动X科学城Y产业发展).
    const opening = clauseOpening(text, park.start);
    const handedTo = opening !== '' && context.industryTerms.handsToAt(opening)?.[0] === opening;
    // (A list the kind of its parks closes, `A高新区、B经开区等园区打造…`, ends after it.)
    const lastEnd = listed.at(-1)?.end ?? park.end;
    const end = lastEnd + (PARKS_LISTED_AS.exec(text.slice(lastEnd))?.[0].length ?? 0);
    const rest = text.slice(end).split(/[；;。]/u)[0] ?? '';
    const clauses = rest.split(/[，,]/u);
    // `武威高新区的新能源装备产业规模突破百亿元`: the industry right after 的 is the park's.
    if (rest.startsWith('的')) {
      const words = clauses[0]?.slice(1) ?? '';
      const owned = context.industryTerms.read(words).filter((term) => term.start === 0);
      // (Or the industry the words open with, whole to its head: …的|石化产业|实现营收…; not a
      // work named for one, …的|商贸物流|中心.)
      const opening = owned.length > 0 ? undefined : context.industryTerms.openingIndustry(words, '的');
      hostListed(opening && OWN_HEAD.test(opening.surface) ? [opening] : owned);
      continue;
    }
    // `支持凤凰、吉首、湘西高新区、芙蓉镇等打造…`: a park among the places a verb hands a task to
    // takes it too — what follows the list in its clause.
    const task =
      /、$/u.test(opening) && context.industryTerms.handsToAt(opening)
        ? LIST_GOING_ON.exec(rest)?.[0]
        : undefined;
    if (task) {
      const clause = rest.slice(task.length).split(/[，,]/u)[0] ?? '';
      developedIn(clause);
      continue;
    }
    // `以X保税区为核心，打造…`: the park the clause before makes the vehicle of the next one's task
    // (DEVELOP_PATTERN's where it has one of its cues).
    if (/以$/u.test(opening) && VEHICLE.test(`${clauses[0] ?? ''}，`)) {
      if (!DEVELOP_CUE.test(clauses[1] ?? '')) developedIn(clauses[1] ?? '');
      // (`光伏产业以A经开区为核心，以B高新区为支撑`: the industry the sentence opens with, too.)
      hostListed(sentenceIndustry(context, text));
      continue;
    }
    if (/以$/u.test(opening)) {
      const role = BASE_ROLE.exec(rest);
      // `打造以X高新区为核心的A产业集群`: the cluster the park is the core of.
      const after =
        role && rest.charAt(role[0].length) === '的' ? (clauses[0] ?? '').slice(role[0].length + 1) : '';
      const core = after ? context.industryTerms.openingIndustry(after, role?.[1]) : undefined;
      if (core) hostListed([core]);
      // `…以B高新区为支撑。`: the industry the sentence opens with.
      else if (role && clauses[0] === role[0]) hostListed(sentenceIndustry(context, text));
      if (role) continue;
    }
    // `新能源汽车产业主要布局在A经开区和B经开区`: the industry a clause opens with, whole, lies there.
    const lies = LIES_IN.exec(opening);
    if (lies) {
      const words = opening.slice(0, lies.index);
      const subject = context.industryTerms.openingIndustry(words, lies[1]);
      if (subject?.end === words.length) hostListed([subject]);
      continue;
    }
    // `深入实施X自贸试验区提升战略，推进A产业链、B产业链集成创新`: the park whose programme a
    // clause carries out is the subject of the next, unless that one names a place or park of its own.
    if (CARRIES_OUT.test(opening) && PARK_PROGRAMME.test(clauses[0] ?? '')) {
      const next = clauses[1] ?? '';
      const named = parks.some((other) => next.includes(text.slice(other.start, other.end)));
      if (!named && context.placeAt(next) < 0) developedIn(next);
      continue;
    }
    // `推动生物医药产业向X高新区集聚`: what a clause gathers in a park, the park hosts (a clause
    // moving firms out, 向…转移, names where they go).
    const gathered = /向$/u.test(opening) ? GATHERED_IN.exec(rest) : null;
    if (gathered) {
      // (Firms of an industry gathered are the industry: 引导化工企业向X园区集中.)
      const moved = opening.slice(0, -1).replace(/(?:企业|项目)$/u, '');
      const terms = context.industryTerms.readAsBuilt(moved, gathered[0]);
      hostListed(terms);
      continue;
    }
    // `一批集成电路项目落户X经开区`: the industries of the projects or firms a park takes in.
    const settled = SETTLED_IN.exec(opening);
    if (settled) {
      const terms = context.industryTerms.readAsBuilt(opening.slice(0, settled.index), settled[1] ?? '落户');
      hostListed(terms);
      continue;
    }
    // `A高新区、B高新区分别聚焦生物医药、新材料`: each park takes the item of its rank.
    if (listed.length > 1 && rest.startsWith('分别')) {
      // (What follows 分别 and its verb, 聚焦|做强…, read as built.)
      const terms = context.industryTerms.readAsBuilt(clauses[0]?.slice('分别'.length + 2) ?? '', '分别');
      if (terms.length === listed.length)
        for (const [rank, each] of listed.entries())
          hostTerms(context, each.id, terms.slice(rank, rank + 1), evidence, withRole);
      continue;
    }
    if (/^[和与及、等]/u.test(rest)) continue;
    // `天水经开区是全省重要的电工电器产业基地`, `…获批国家级X产业基地`: what the park is or becomes.
    const become = context.industryTerms.becomes(clauses[0] ?? '');
    if (become.length > 0) {
      hostListed(become);
      continue;
    }
    // `X高新区电子信息产业链不断延伸`: an industry right after the park, whole to its head, is its own.
    const own = context.industryTerms.openingIndustry(clauses[0] ?? '');
    const head = own ? OWN_HEAD.exec(own.surface)?.[0] : undefined;
    if (own && head) hostListed([{ ...own, cue: head }]);
    // `X经开区围绕精品钢铁、石油化工，打造…`: the fields a park focuses on, its clause a list.
    const focused = context.industryTerms.focusedList(clauses[0] ?? '');
    if (focused.length > 0) {
      hostListed(focused);
      continue;
    }
    // `依托X经开区发展…`, `在X园区布局…`, `把X高新区建成…`: the park the clause's task stands on.
    // (`嘉陵区依托X园区，…`: a division may be who stands on it.)
    const subject = context.gazetteer.leading(opening, { scope: context.scope })?.length ?? 0;
    const ground = opening.slice(subject);
    if (ground !== '' && context.industryTerms.groundsAt(ground)?.[0] === ground) {
      // (Parks a clause is only the ground of, `依托A经开区、B园区，做强…`, are where the next one develops.)
      const task = clauses[0] === '' ? (clauses[1] ?? '') : (clauses[0] ?? '');
      if (!DEVELOP_CUE.test(task) || clauses[0] === '') developedIn(task);
      continue;
    }
    if (!handedTo && !startsClause(text, park.start) && !pairsAfter(context, text, park, parks)) continue;
    // The first clause is DEVELOP_PATTERN's where it has one of its cues (重点发展…), else read here
    // (with the verb that hands the park its task: 推动|高端仪器产业发展).
    const first = (handedTo ? opening : '') + (clauses[0] ?? '');
    const firstDeveloped = context.industryTerms.read(first);
    if (!DEVELOP_CUE.test(first) || listed.length > 1) hostListed(firstDeveloped);
    // `闽侯经开区着力打造生物医药产业园`: a park building a park of an industry within it hosts it.
    const builtWithin = firstDeveloped.length === 0 ? BUILDS_THEMED_PARK.exec(first) : null;
    for (const words of builtWithin ? listedIndustries(context, builtWithin[2] ?? '') : []) {
      const industryId = addIndustry(context, context.industryTerms.canonical(words), words, evidence);
      for (const each of listed) addHosts(context, each.id, industryId, builtWithin?.[1] ?? '打造', evidence);
    }
    // (Not for a park whose part the text names right after it: the part builds it, 永兴片区布局….)
    const partNamed = parks.some((other) => other.start === park.start && other.end > park.end);
    if (listed.length === 1 && !partNamed) addParkBuiltWithin(context, park, first, evidence);
    // A park handed a task is that clause's object only; one opening its clause is the subject of
    // the clauses after it too. (Parks handed their own development, `推动A高新区、B经开区提质发展，
    // 重点发展…`, are where the next clause's strong cue develops.)
    const ownDevelopment = handedTo && firstDeveloped.length === 0 && /发展$/u.test(first);
    const next = clauses[1] ?? '';
    if (ownDevelopment && DEVELOP_CUE.exec(next)?.index === 0) developedIn(next);
    if (handedTo || listed.length > 1) continue;
    for (const clause of clauses.slice(1)) {
      const named = parks.some(
        (other) => other !== park && clause.includes(text.slice(other.start, other.end)),
      );
      if (named || context.placeAt(clause) >= 0) break;
      // (Its roles stated in a later clause: `X经开区规划面积…，主导产业为A、B`.)
      hostStatedRoles(context, sentence, park.id, clause, withRole);
      hostDeveloped(context, park.id, clause, evidence, withRole);
      if (!partNamed) addParkBuiltWithin(context, park, clause, evidence);
    }
  }
}

/**
 * `X高新区永兴片区布局新型显示产业园`, `…，建设特钢产业园`: the park of an industry a park builds is
 * a park within it (named short as written), which hosts its industry.
 */
function addParkBuiltWithin(
  context: ExtractionContext,
  outer: { name: ParkName },
  clause: string,
  evidence: Evidence,
): void {
  const built = BUILDS_THEMED_PARK.exec(clause);
  const written = built ? clause.slice(built.index + (built[1] ?? '').length) : '';
  if (!built || written.includes('、') || /^(?:一批|[\d一二三四五六七八九十两]+个)/u.test(written)) return;
  const inner = context.parkNames.parse(`${outer.name.surface}${written}`, context.placeAt);
  if (inner?.within) addPark(context, { ...inner, written }, evidence);
}

/**
 * A line of a layout naming a park and, with no cue, the industries it hosts (`- 长沙经开区：工程机械、
 * 电子信息`, `湘潭经开区——钢铁新材料、智能装备`): a bare list, as the industry reader takes one.
 */
function extractLayoutLine(context: ExtractionContext, sentence: Sentence): void {
  const line = layoutLine(sentence);
  const park = line ? context.parkNames.parse(line.label, context.placeAt) : null;
  if (!park || park.surface !== line?.label) return;
  // (A bare list, or one a cue opens: `临湘工业园：做强A、B`.)
  const bare = context.industryTerms.bareList(line.list);
  const hosted = bare.length > 0 ? bare : context.industryTerms.read(line.list.replace(/[。；;.]+$/u, ''));
  if (hosted.length === 0) return;
  const evidence = sentenceEvidence(context, sentence);
  hostTerms(context, addPark(context, park, evidence), hosted, evidence);
}

/** A clause opening with an area's short name and a strong cue: `东富片区重点发展…；浦口片区…`. */
const AREA_CLAUSE =
  /(?<=^|[：:；;。，,])([\u4e00-\u9fff]{2,4}(?:片区|组团))(?=重点发展|主要发展|着力发展|大力发展|重点打造|重点布局)/gu;

/**
 * The areas of an industrial layout, each opening its clause (`构建“一园三区”格局：东富片区重点
 * 发展日用陶瓷…；浦口片区重点发展电瓷电器`): parks where the line speaks of an industrial area,
 * each hosting what its clause develops; parts of the document's own park, in a park's plan.
 */
function extractAreaClauses(context: ExtractionContext, sentence: Sentence): void {
  if (!sentence.text.includes('片区') && !sentence.text.includes('组团')) return;
  // (A sentence naming a free-trade zone, 自贸试验区…，郑州片区…, names its parts: extractZoneParts'.)
  if (FREE_TRADE_ZONE.test(sentence.text)) return;
  const line = context.document.lines[sentence.line - 1] ?? '';
  for (const match of allMatches(AREA_CLAUSE, sentence.text)) {
    const area = context.parkNames.parseLabel(match[1] ?? '', context.placeAt, line);
    if (!area) continue;
    const evidence = sentenceEvidence(context, sentence);
    const id = addPark(context, area, evidence);
    if (context.ownPark && context.ownPark !== id)
      context.builder.addEdge({ type: 'PART_OF', source: id, target: context.ownPark, evidence });
    const clause = sentence.text.slice(match.index + (match[1] ?? '').length).split(/[；;。]/u)[0] ?? '';
    hostDeveloped(context, id, clause, evidence);
  }
}

/**
 * The parks of a list of parks (`武陵山数字经济创新发展示范园、临港经济区等数字经济园区`), and the
 * industry the list says they carry, which each hosts.
 */
function extractListedParks(
  context: ExtractionContext,
  sentence: Sentence,
  list: { parks: ParkName[]; kind: string },
  found: { name: ParkName; id: string }[],
): void {
  const evidence = sentenceEvidence(context, sentence);
  const industry = context.industries.find(list.kind)[0];
  const canonical = industry?.canonical ?? (context.industryTerms.knows(list.kind) ? list.kind : undefined);
  for (const park of list.parks) {
    const id = found.find((f) => f.name.surface === park.surface)?.id ?? addPark(context, park, evidence);
    if (!canonical) continue;
    const industryId = addIndustry(context, canonical, industry?.surface ?? list.kind, evidence);
    addHosts(context, id, industryId, '园区', evidence);
  }
}

/** The industries a sentence of a park's own line develops (发展壮大生物医药、新材料…): the park hosts them. */
function extractParkLine(context: ExtractionContext, sentence: Sentence, parkId: string): void {
  const evidence = sentenceEvidence(context, sentence);
  // (Its roles stated first: `主导产业为A、B，培育C`.)
  const withRole = new Set<string>();
  hostStatedRoles(context, sentence, parkId, sentence.text, withRole);
  for (const clause of sentence.text.split(/[，,；;。]/u))
    hostDeveloped(context, parkId, clause, evidence, withRole);
}

/**
 * The park hosts what a clause develops, with the cue as its role; not an industry the sentence
 * already gave it a role (`withRole`: park id > industry id).
 */
function hostDeveloped(
  context: ExtractionContext,
  parkId: string,
  clause: string,
  evidence: Evidence,
  withRole: ReadonlySet<string> = new Set(),
): void {
  hostTerms(context, parkId, context.industryTerms.read(clause), evidence, withRole);
}

/** The park hosts industries read, each with its cue as its role (see hostDeveloped). */
function hostTerms(
  context: ExtractionContext,
  parkId: string,
  terms: readonly IndustryTerm[],
  evidence: Evidence,
  withRole: ReadonlySet<string> = new Set(),
): void {
  for (const term of terms) {
    if (namesPlaceOrPark(context, term.surface) || namesPlaceOrPark(context, term.canonical)) continue;
    const industryId = addIndustry(context, term.canonical, term.surface, evidence);
    if (!withRole.has(`${parkId}>${industryId}`)) addHosts(context, parkId, industryId, term.cue, evidence);
  }
}

/**
 * Whether a sentence opens with a strong cue (重点发展, 大力发展…: no subject of its own) and names
 * no place: it goes on about its paragraph's topic.
 */
function opensWithoutSubject(context: ExtractionContext, text: string): boolean {
  return DEVELOP_CUE.exec(text)?.index === 0 && context.placeAt(text) < 0;
}

/** The one industry a short sentence opening a paragraph develops (推动茶叶产业品牌化发展。), if it names no park. */
function leadIndustry(
  context: ExtractionContext,
  text: string,
): { industry: string; surface: string } | undefined {
  if (text.length > 24 || !text.endsWith('。')) return undefined;
  // (Read as a clause: without its 。.)
  const terms = context.industryTerms.read(text.slice(0, -1));
  const [term] = terms;
  if (!term || terms.some((other) => other.canonical !== term.canonical)) return undefined;
  if (context.parkNames.find(text, context.placeAt).length > 0) return undefined;
  return { industry: term.canonical, surface: term.surface };
}

/**
 * The one industry the nearest heading above a line names (`第二节 发展晶硅光伏产业`), if it names
 * one: what a paragraph under it rests on parks (`以X为核心…`) is for. Asked in increasing line order.
 */
class HeadingIndustry {
  private next = 0;
  private current: { industry: string; surface: string } | undefined;

  constructor(private readonly context: ExtractionContext) {}

  at(line: number): { industry: string; surface: string } | undefined {
    const { headings } = this.context.document;
    while (this.next < headings.length && (headings[this.next]?.line ?? Infinity) < line) {
      const title = headings[this.next]?.title ?? '';
      const terms = [...this.context.industryTerms.read(title), ...this.context.industryTerms.lead(title)];
      const names = new Set(terms.map((term) => term.canonical));
      const [term] = terms;
      this.current =
        names.size === 1 && term ? { industry: term.canonical, surface: term.surface } : undefined;
      this.next += 1;
    }
    return this.current;
  }
}

function extractIndustryBases(
  context: ExtractionContext,
  sentence: Sentence,
  subject: { industry: string; surface: string },
  patterns: RegExp[] = [BASE_PATTERN, SUPPORTED_PARKS, RELIED_ON],
): void {
  for (const match of patterns.flatMap((pattern) => allMatches(pattern, sentence.text))) {
    const evidence = sentenceEvidence(context, sentence);
    const words = match[1] ?? '';
    for (const found of [
      ...context.parkNames.find(words, context.placeAt),
      ...context.parkNames.sharedSuffixParks(words, context.placeAt),
    ]) {
      const parkId = addPark(context, found.name, evidence);
      const industryId = addIndustry(context, subject.industry, subject.surface, evidence);
      addHosts(context, parkId, industryId, '重点发展', evidence);
    }
  }
}

function extractParkTable(context: ExtractionContext, table: Table): void {
  // A table of parks within parks (所在园区 | 产业园名称): the row's park is the inner one.
  const parkColumns = columns(table, PARK_COLUMN);
  const outer =
    parkColumns.length > 1
      ? (columns(table, OUTER_COLUMN).find((index) => parkColumns.includes(index)) ?? -1)
      : -1;
  const parkColumn = parkColumns.find((index) => index !== outer) ?? -1;
  if (parkColumn < 0) return;
  const roleColumn = column(table, /类型/);
  const placeColumn = column(table, PLACE_COLUMN);
  // Every column of industries, each its own role (主导产业, 特色产业) unless a row's type says.
  const industryColumns = table.header.flatMap((title, index) =>
    index !== parkColumn && index !== roleColumn && /产业|行业/.test(title.replace(/\s+/g, ''))
      ? [index]
      : [],
  );
  // An industry's own 专栏 (电子信息产业“十四五”发展重点): its parks host that industry.
  const captionIndustry = context.industries.find(table.caption)[0];
  const headerRole = (table.header[parkColumn] ?? '').replace(/\s+/g, '').replace(/园区$/u, '') || '重点发展';
  // Columns naming the fields of the caption's industry: its direction (主攻方向) where a row
  // has its own, else its fields (重点突破领域) when they are a few short names, not a product list.
  const directionColumn = column(table, /方向/);
  const fieldColumn = column(table, /领域/);
  const fields = (row: Cell[]) => {
    const own = (index: number) => {
      const cell = row[index];
      return cell && !cell.filledDown
        ? splitList(cell.text, { conjunctions: false }).map((text) => ({ cell, text }))
        : [];
    };
    const direction = own(directionColumn);
    if (direction.length > 0) return direction;
    const listed = own(fieldColumn);
    return listed.length <= 4 && listed.every(({ text }) => text.length >= 2 && text.length <= 8)
      ? listed
      : [];
  };
  for (const row of table.rows) {
    const parkCell = row[parkColumn];
    if (!parkCell) continue;
    const rowFields = industryColumns.length === 0 && captionIndustry ? fields(row) : [];
    const outerName = outer >= 0 ? (row[outer]?.text.trim() ?? '') : '';
    for (const item of splitList(parkCell.text)) {
      const within =
        outerName && !item.startsWith(outerName)
          ? context.parkNames.parse(`${outerName}${item}`, context.placeAt)
          : null;
      const name = within?.within ? within : context.parkNames.parse(item, context.placeAt);
      if (!name) continue;
      const parkEvidence = rowEvidence(context, table, row, parkColumn);
      const id = addPark(context, name, parkEvidence);
      const hosts = (industryId: string, role: string, evidence: Evidence) =>
        addHosts(context, id, industryId, role, evidence, name.qualifier);
      const placeCell = placeColumn >= 0 ? row[placeColumn] : undefined;
      if (placeCell) locateInCell(context, id, table, placeCell);
      if (industryColumns.length > 0) {
        for (const index of industryColumns) {
          const role = normaliseRole(row[roleColumn]?.text || (table.header[index] ?? ''));
          // Items as the industry reader splits them (汽车及零部件 is one), each with its one name.
          for (const term of context.industryTerms.listed(row[index]?.text ?? '', role)) {
            const evidence = rowEvidence(context, table, row, index);
            hosts(addIndustry(context, term.canonical, term.surface, evidence), role, evidence);
          }
        }
      } else if (captionIndustry) {
        // An industry's 专栏 lists the fields of the industry (电线电缆、电力仪器仪表等) each row's
        // parks carry: the parks host those, parts of the caption's industry.
        for (const field of rowFields) {
          const evidence = cellEvidence(context, table, field.cell, field.text);
          const fieldId = addIndustry(
            context,
            context.industries.canonical(field.text) ?? field.text,
            field.text,
            evidence,
          );
          const captionId = addIndustry(
            context,
            captionIndustry.canonical,
            captionIndustry.surface,
            evidence,
          );
          if (fieldId !== captionId)
            context.builder.addEdge({ type: 'PART_OF', source: fieldId, target: captionId, evidence });
          hosts(fieldId, headerRole, evidence);
          // The plan sets out to develop the fields of its industry's table, wherever they are hosted.
          prioritizeByIssuer(context, fieldId, '专栏', evidence);
        }
        // A row with no fields: its parks host the industry itself. (With fields, they host
        // the industry through its parts, PART_OF it.)
        if (rowFields.length === 0) {
          const evidence = rowEvidence(context, table, row, parkColumn);
          hosts(
            addIndustry(context, captionIndustry.canonical, captionIndustry.surface, evidence),
            headerRole,
            evidence,
          );
        }
      }
    }
  }
}

/** A table's column of parks: 园区名称, 开发区, 产业园区… */
const PARK_COLUMN = /园区|开发区|高新区|经开区|产业园|工业区|集中区/u;
/** A park column naming where the row's park lies (所在园区, 所属开发区), not the park. */
const OUTER_COLUMN = /所在|所属|依托|归属/u;
/** Whether a mention opens its clause (after at most a list number). */
function startsClause(text: string, start: number): boolean {
  const opening = clauseOpening(text, start);
  // (clauseOpening drops an item's mark, `三、` too.)
  return opening.replace(LIST_MARK, '').trim() === '';
}

/**
 * Whether a park opens the second pair of a list of parks each with its industry (`A高新区航空产业、
 * B经开区电子信息产业集群加快壮大`): the item before it, after the park before, names an industry.
 */
function pairsAfter(
  context: ExtractionContext,
  text: string,
  park: { start: number },
  parks: readonly { end: number }[],
): boolean {
  if (text[park.start - 1] !== '、') return false;
  const previous = [...parks].reverse().find((other) => other.end < park.start);
  const item = previous ? text.slice(previous.end, park.start - 1) : '';
  return item.length >= 2 && item.length <= 12 && context.industryTerms.namesAnIndustry(item);
}

/** The rest of a list after one of its items: `、芙蓉镇等` of `…湘西高新区、芙蓉镇等打造…`. */
const LIST_GOING_ON = /^(?:、[\u4e00-\u9fff]{2,8})*等/u;

/** What closes a list of parks with their kind: `…等园区`, `…等重点园区`, `…等开发区`, `…三大开发区`. */
const PARKS_LISTED_AS = /^(?:等|[\d一二三四五六七八九十两]+[大个家])[\u4e00-\u9fff]{0,4}?(?:园区|开发区)/u;

/** A park of an industry a clause builds (`打造|生物医药|产业园`), no place before its industry. */
const BUILDS_THEMED_PARK =
  /(打造|建设|建成|布局)([\u4e00-\u9fff、]{2,16}?)(?:产业园区?|产业基地|产业集聚区)$/u;

/** What a clause gathers in a park after 向 (`推动A产业向X高新区集聚`). */
const GATHERED_IN = /^(?:集聚|聚集|集中|转移|延伸)/u;

/** Projects or firms a park takes in, written before it (`一批A项目落户X经开区`). */
const SETTLED_IN = /(?:项目|企业)(落户|落地|入驻)$/u;

/** The close of a list of projects, in the clause after an item (`…、C等项目为支撑`, `…和C项目建设`). */
const PROJECTS_CLOSE = /^[^，,；;。]*?项目/u;

/**
 * Whether a park of a suffix that names works too (汽车城: an auto mall) is an item of a list the
 * clause closes as projects (`以A商贸城、B汽车城和C会展中心等项目为支撑`): a work, which the
 * projects read, not a park.
 */
function listedAsWork(
  context: ExtractionContext,
  text: string,
  found: { name: ParkName; start: number; end: number },
): boolean {
  if (!context.parkNames.suffixOf(found.name.surface)?.alsoWork) return false;
  const joined = /^[、和及与]/u.test(text.slice(found.end)) || text[found.start - 1] === '、';
  return joined && PROJECTS_CLOSE.test(text.slice(found.end));
}

/** The head an industry's name ends with when it is a park's own (`X高新区|电子信息产业链`, `X的|石化产业`). */
const OWN_HEAD = /产业(?:链|集群)?$/u;
/** The role a park is given after 以 (`以X高新区|为核心`): the industry's area rests on it. */
const BASE_ROLE =
  /^为(?:主要|核心)?(核心|重点|主体|载体|龙头|支撑|依托|主阵地|主战场|引领|核心区|承载区|承载地)/u;
/** Where an industry lies, right before a park (`…产业主要布局在|X经开区`). */
const LIES_IN = /(?:主要|重点)?(布局|分布|集中|集聚|聚集|落地|落户)(?:在|于)$/u;

/**
 * The industry a sentence opens with, whole to 以 (`光伏产业|以A经开区为核心，以B高新区为支撑`):
 * the subject of the areas the sentence rests it on.
 */
function sentenceIndustry(context: ExtractionContext, text: string): IndustryTerm[] {
  const words = (text.split(/[，,；;。]/u)[0] ?? '').replace(LIST_MARK, '');
  const before = words.slice(0, words.indexOf('以'));
  const subject = before ? context.industryTerms.openingIndustry(before, '以…为') : undefined;
  return subject?.end === before.length ? [subject] : [];
}

/** What joins two parks of a list: `A经开区、B经开区`, `A和B`. */
const JOINING = /^[、和与及]$/u;

/** The parks of a text in groups, each a park and those listed right after it. */
function listedTogether<P extends { start: number; end: number }>(text: string, parks: readonly P[]): P[][] {
  const groups: P[][] = [];
  for (const park of parks) {
    const group = groups.at(-1);
    const last = group?.at(-1);
    if (group && last && JOINING.test(text.slice(last.end, park.start))) group.push(park);
    else groups.push([park]);
  }
  return groups;
}

/** The words of a clause before `start`. */
function clauseOpening(text: string, start: number): string {
  const before = text.slice(0, start);
  const clauseStart = Math.max(
    before.lastIndexOf('，'),
    before.lastIndexOf('；'),
    before.lastIndexOf('。'),
    before.lastIndexOf('：'),
  );
  // (Without an item's mark: `2. 支持X高新区…` hands X the task as `支持X高新区…` does.)
  return (
    before
      .slice(clauseStart + 1)
      .replace(LIST_MARK, '')
      .replace(NUMERAL_ITEM_OPENING, '')
      // (Nor 其中, which points into what was just named: `其中X园重点发展…`.)
      .replace(/^其中/u, '')
  );
}

/** An item's mark in Chinese numerals opening a clause (`三、`). */
const NUMERAL_ITEM_OPENING = /^[一二三四五六七八九十]{1,3}、/u;

function normaliseRole(role: string): string {
  const text = role.replace(/\s+/g, '');
  return /^(主导|特色|首位|支柱|核心|重点)$/u.test(text) ? `${text}产业` : text || '重点发展';
}
