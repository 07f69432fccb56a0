import type { NodeLabel } from '../../model/labels.ts';
import { typedAsSimplified } from '../../model/script.ts';
import type { EntityLinker, KnownEntity, Mention } from './entity-linker.ts';
import type { QuestionForms, QuestionKind } from './question-forms.ts';

/** An entity a question names, as the question wrote it. */
export interface LinkedEntity {
  text: string;
  id: string;
  name: string;
  label: NodeLabel;
}

/** A stretch of the question that names more than one entity: the one taken and the others. */
export interface Ambiguity {
  text: string;
  chosen: LinkedEntity;
  others: LinkedEntity[];
}

/** How a question was read: the kind of question, its entities by slot, and its modifiers. */
export interface Reading {
  kind: string;
  slots: Record<string, LinkedEntity>;
  count: boolean;
  /** The one role the question names (主导产业), null when none or several (主导和特色产业). */
  role: string | null;
  year: number | null;
  /** For goals: what the question says is measured, with the names and cue words taken out. */
  indicator: string | null;
  /** For goals: the longest indicator name of question-forms.json the question holds. */
  indicatorTerm: string | null;
  /** For goals: the unit the question asks in. */
  unit: string | null;
  /** What the question is about beyond its entities and cue words (风电 of 洪江市有哪些风电项目). */
  topic: string | null;
  /** For projects: the status asked for (新开工 of 洪江市有哪些新开工项目), null when none. */
  status: string | null;
  entities: LinkedEntity[];
  ambiguities: Ambiguity[];
}

export type Understanding =
  | { understood: true; reading: Reading }
  | { understood: false; why: string; entities: LinkedEntity[]; ambiguities: Ambiguity[] };

/** Stands in for a named entity when looking for cue words, so a name's own characters are no cue. */
const NAME_MARK = '\u25a1';
const YEAR = /(20\d{2})\s*年?/;
/** Words a question asks with; left out of what a goal question says is measured. */
const ASKING =
  /[？?！!。，,、；;：:"“”「」『』（）()\s]|是多少|多少|是什么|什么|哪些|哪个|怎么样|如何|目标值|目标|指标|预期|要求|计划|设定|定为|定的|提出的|要达到|达到|有哪些|有什么|期间|时期|的|^到|要$/g;

function linked(mention: Pick<Mention, 'text'>, entity: KnownEntity): LinkedEntity {
  return { text: mention.text, id: entity.id, name: entity.name, label: entity.label };
}

/**
 * `text` normalised as people type it: full-width letters and digits as ASCII, no spaces, and
 * in simplified characters when typed in traditional ones (洪江市發展哪些產業).
 */
export function normalisedQuestion(text: string): string {
  return typedAsSimplified(text.normalize('NFKC').replace(/\s+/g, ''));
}

/**
 * Reads a question as one of the kinds of question-forms.json: finds the entities it names
 * (EntityLinker), takes a park-kind word after a region as that region's park (永州的经开区),
 * then tries the kinds in order — the first whose slots the entities fill and one of whose
 * cues occurs outside the names is the reading. `prefer`: ids the person picked among the
 * candidates of an ambiguous name.
 */
export function readQuestion(
  question: string,
  linker: EntityLinker,
  forms: QuestionForms,
  prefer: readonly string[] = [],
): Understanding {
  let text = normalisedQuestion(question);
  for (const [word, meaning] of Object.entries(forms.synonyms)) text = text.replaceAll(word, meaning);
  const read = linker.read(text);
  const { mentions, unmatched } = withParkKindWords(text, read.mentions, linker, forms);
  const regionIds = mentions.flatMap((m) =>
    m.candidates.filter((c) => c.label === 'Region').map((c) => c.id),
  );
  const ambiguities: Ambiguity[] = [];
  const entities = mentions.map((mention) => {
    const chosen = choose(mention, prefer, regionIds, linker, forms);
    const others = mention.candidates.filter((c) => c.id !== chosen.id);
    if (others.length > 0) {
      ambiguities.push({
        text: mention.text,
        chosen: linked(mention, chosen),
        others: others.slice(0, 5).map((c) => linked(mention, c)),
      });
    }
    return linked(mention, chosen);
  });
  const outside = [...read.unknownPlaces.map((p) => p.place), ...unmatched];
  if (outside.length > 0) {
    return { understood: false, why: `这些文件没有关于${outside.join('、')}的内容。`, entities, ambiguities };
  }
  const countCue = forms.countCues.find((cue) => text.includes(cue));
  let cueText = text;
  for (const mention of [...mentions].reverse()) {
    cueText = cueText.slice(0, mention.start) + NAME_MARK + cueText.slice(mention.end);
  }
  for (const word of longestFirst([...forms.politeWords, ...forms.countCues]))
    cueText = cueText.replaceAll(word, ' ');
  if (forms.declineCues.some((cue) => cueText.includes(cue))) {
    return {
      understood: false,
      why: '这些文件只写规划的事实，不回答观点、预测、排名、价格或人物。',
      entities,
      ambiguities,
    };
  }
  const asksYesOrNo = forms.checkPatterns.some((pattern) => new RegExp(pattern, 'u').test(cueText));
  for (const kind of forms.kinds) {
    const slots = filledSlots(kind, entities);
    const cued = kind.cues.some((cue) => cueText.includes(cue)) || (kind.kind === 'check' && asksYesOrNo);
    if (!slots || !cued) continue;
    const roles = forms.roles.filter((r) => r.cues.some((cue) => cueText.includes(cue)));
    const goals = kind.kind === 'region-goals';
    return {
      understood: true,
      reading: {
        kind: kind.kind,
        slots,
        count: countCue !== undefined,
        role: roles.length === 1 ? (roles[0]?.role ?? null) : null,
        year: goals && comparesTimes(text, forms) ? null : yearOf(text, forms),
        indicator: goals ? indicatorOf(text, mentions, forms) : null,
        indicatorTerm: goals ? longestIn(text, forms.indicatorTerms) : null,
        unit: goals ? unitAsked(text, forms) : null,
        topic: topicOf(text, mentions, Object.values(slots), kind, forms),
        status: kind.kind === 'projects-of' ? statusAsked(cueText, forms) : null,
        entities,
        ambiguities,
      },
    };
  }
  return {
    understood: false,
    why:
      entities.length === 0
        ? '问题中没有图中已知的地区、园区、产业或项目。'
        : '这类问题不在可回答的问法之内。',
    entities,
    ambiguities,
  };
}

/**
 * The candidate taken: one the person picked; else a park when the name ends like one
 * (永州经济技术开发区 is also a statistical division); else one lying in a region the
 * question names; else the best standing.
 */
function choose(
  mention: Mention,
  prefer: readonly string[],
  regionIds: string[],
  linker: EntityLinker,
  forms: QuestionForms,
) {
  const picked = mention.candidates.find((c) => prefer.includes(c.id));
  if (picked) return picked;
  const park = mention.candidates.find((c) => c.label === 'Park');
  if (park && forms.parkKindWords.some((word) => mention.text.endsWith(word))) return park;
  const inPlace = mention.candidates.find(
    (c) => c.label !== 'Region' && regionIds.some((region) => linker.liesIn(c.id, region)),
  );
  return inPlace ?? (mention.candidates[0] as KnownEntity);
}

/** Entities by slot, each used once, in the order the question names them; undefined if one is missing. */
function filledSlots(kind: QuestionKind, entities: LinkedEntity[]): Record<string, LinkedEntity> | undefined {
  const used = new Set<number>();
  const slots: Record<string, LinkedEntity> = {};
  for (const slot of kind.slots) {
    const index = entities.findIndex((e, i) => !used.has(i) && slot.labels.includes(e.label));
    if (index < 0) {
      if (slot.optional) continue;
      return undefined;
    }
    used.add(index);
    slots[slot.name] = entities[index] as LinkedEntity;
  }
  return slots;
}

/**
 * A region followed by a park-kind word that is no name of its own (永州经开区, 怀化的高新区)
 * names that region's park(s) of that kind: one mention with them as candidates. `unmatched`:
 * such parks the graph does not have (长沙经开区 when no document names one).
 */
function withParkKindWords(text: string, mentions: Mention[], linker: EntityLinker, forms: QuestionForms) {
  const kindWords = [...forms.parkKindWords].sort((a, b) => b.length - a.length);
  const result: Mention[] = [];
  const unmatched: string[] = [];
  for (let i = 0; i < mentions.length; i += 1) {
    const mention = mentions[i] as Mention;
    const region = mention.candidates.find((c) => c.label === 'Region');
    const next = mentions[i + 1];
    const after = text.slice(mention.end).replace(/^的/, '');
    const word = region && kindWords.find((w) => after.startsWith(w));
    const end = word ? text.length - after.length + word.length : 0;
    if (!region || !word || (next && next.start < end)) {
      result.push(mention);
      continue;
    }
    const parks = [...linker.entities()]
      .filter(
        (e) =>
          e.label === 'Park' &&
          (e.kind === word || [e.name, ...e.aliases].some((n) => n.endsWith(word))) &&
          linker.liesIn(e.id, region.id),
      )
      .sort((a, b) => b.degree - a.degree);
    const stretch = text.slice(mention.start, end);
    if (parks.length > 0) result.push({ start: mention.start, end, text: stretch, candidates: parks });
    else {
      unmatched.push(stretch);
      result.push(mention);
    }
  }
  return { mentions: result, unmatched };
}

/**
 * Whether the parts of a question each name a time or a document (洪江市2026年…是多少，五年规划定的
 * 是多少？): it compares what they set, so no one year narrows it.
 */
function comparesTimes(text: string, forms: QuestionForms): boolean {
  const timeWords = [...forms.documentKinds, ...forms.periods.flatMap((period) => period.cues)];
  const timed = text
    .split(/[，,；;]|以及|还有/u)
    .filter((part) => YEAR.test(part) || timeWords.some((word) => part.includes(word)));
  return timed.length >= 2;
}

function yearOf(text: string, forms: QuestionForms): number | null {
  const year = YEAR.exec(text)?.[1];
  if (year) return Number(year);
  return forms.periods.find((p) => p.cues.some((cue) => text.includes(cue)))?.year ?? null;
}

/**
 * What a goal question says is measured: the question without its regions, years and asking
 * words. Other names stay: an industry is part of what is measured (制造业增加值占比).
 */
function indicatorOf(text: string, mentions: Mention[], forms: QuestionForms): string | null {
  let rest = text;
  for (const mention of [...mentions].reverse()) {
    if (mention.candidates.some((c) => c.label === 'Region')) {
      rest = `${rest.slice(0, mention.start)} ${rest.slice(mention.end)}`;
    }
  }
  rest = rest.replace(new RegExp(YEAR.source, 'g'), ' ');
  for (const word of [...forms.politeWords, ...forms.countCues]) rest = rest.replaceAll(word, ' ');
  for (const period of forms.periods) for (const cue of period.cues) rest = rest.replaceAll(cue, ' ');
  for (const kind of longestFirst(forms.documentKinds)) rest = rest.replaceAll(kind, ' ');
  const unit = unitAsked(rest, forms);
  if (unit) rest = rest.replace(unitPattern(unit), ' ');
  rest = rest.replace(/\s+/g, '').replace(ASKING, '');
  return rest.length >= 2 ? rest : null;
}

const longestFirst = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length);

/** The project status a question asks for (在建 → 续建), by its longest cue; null when none. */
function statusAsked(text: string, forms: QuestionForms): string | null {
  const cues = forms.projectStatuses.flatMap(({ status, cues }) => cues.map((cue) => ({ status, cue })));
  return (
    cues.sort((a, b) => b.cue.length - a.cue.length).find(({ cue }) => text.includes(cue))?.status ?? null
  );
}

/** A unit where a question asks in it: after 多少 / 几, or at its end (…目标是多少亿元, …是多少%). */
// Units are words and signs (亿元, 万人, %): none is special in a regular expression.
const unitPattern = (unit: string) => new RegExp(`(?<=多少|几)${unit}|${unit}(?=[？?！!。]*$)`, 'u');

/** The unit a goal question asks in (not the 人 of 人口). */
function unitAsked(text: string, forms: QuestionForms): string | null {
  return longestFirst(forms.units).find((unit) => unitPattern(unit).test(text)) ?? null;
}

function longestIn(text: string, words: readonly string[]): string | null {
  return longestFirst(words).find((word) => text.includes(word)) ?? null;
}

/**
 * What a question is about beyond the places it names, the entities that fill its slots and
 * the words that ask: other names stay (电子信息 of 永州有哪些电子信息产业项目).
 */
function topicOf(
  text: string,
  mentions: Mention[],
  slotted: LinkedEntity[],
  kind: QuestionKind,
  forms: QuestionForms,
): string | null {
  let rest = text;
  for (const mention of [...mentions].reverse()) {
    const place = mention.candidates.every((c) => c.label === 'Region' || c.label === 'Park');
    if (place || slotted.some((e) => e.text === mention.text)) {
      rest = `${rest.slice(0, mention.start)} ${rest.slice(mention.end)}`;
    }
  }
  rest = rest.replace(new RegExp(YEAR.source, 'g'), ' ');
  const statusWords = forms.projectStatuses.flatMap((status) => status.cues);
  const words = [
    ...forms.politeWords,
    ...forms.countCues,
    ...kind.cues,
    ...forms.fillerWords,
    ...statusWords,
  ];
  for (const word of longestFirst(words)) rest = rest.replaceAll(word, ' ');
  rest = rest.replace(ASKING, ' ').replace(/\s+/g, '');
  return rest.length >= 2 ? rest : null;
}
