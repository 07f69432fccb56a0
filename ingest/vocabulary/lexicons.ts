import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The lexicons that drive extraction, kept as data files a user can extend:
 * data/lexicon/industries.json and data/lexicon/parks.json.
 */
const LEXICON_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..', 'data', 'lexicon');

export interface IndustryEntry {
  name: string;
  aliases: string[];
  partOf?: string;
}

export interface ParkSuffix {
  suffix: string;
  kind: string;
  level?: string;
  /** Names a park only after a place (湖南自贸区), never alone or after other words. */
  needsPlace?: boolean;
  /** Names a park after a two-character name no gazetteer knows (张江科学城): a city-like zone's name is short. */
  shortNameAlone?: boolean;
  /**
   * A zone a province has one of: written alone (自贸试验区发展提质增效), it is the issuing
   * province's, named so ({province}: its short name, 江苏).
   */
  provinceZoneName?: string;
  /**
   * Names a park only as the label a paragraph opens with (——株山片区。以…为龙头，打造…), where a
   * short name is enough; in running text such words mostly name areas (乡村振兴片区).
   */
  labelOnly?: boolean;
  /** Names a part of a park only, written after the park's name (怀化国家农科园安江核心区). */
  withinOnly?: boolean;
  /** The most characters of a part's own name (闵行 of 张江高新区闵行园): longer words name kinds (综合物流园). */
  longestPart?: number;
  /** Names a park only right after a place's name, nothing between (富平园区: the county's park). */
  placeOnly?: boolean;
  /**
   * Names a park only after a city's or a county's name and the goods or the industry it is
   * for, nothing else (铜川高端铝产业基地, 汉中航空零部件基地): most bases are farms, schools or
   * works (蔬菜生产基地, 实训基地), and a province's (湖南…基地) is a designation, not one park.
   */
  goodsAfterPlace?: boolean;
  /** The industry every park of this suffix is for (汽车城: 汽车), which it hosts. */
  industry?: string;
  /** Names a work too (汽车城: an auto mall; 影视城: a film lot): listed among projects, it is one. */
  alsoWork?: boolean;
}

export interface ParkLexicon {
  suffixes: ParkSuffix[];
  /** Words that make a base a farm, a school or a work, not a park for goods (生产, 养殖, 实训…). */
  baseWorkWords: string[];
  shortForms: Record<string, string>;
  notParks: string[];
  leadingVerbs: string[];
  /** Words that never stand inside a park's name: verbs, quantities, generic qualifiers. */
  notNameWords: string[];
  /** Words that say what type a park is (现代, 智能, 冷链…): a name of only these and industries names no park. */
  typeWords: string[];
  /** Words of a paragraph about an industrial area (为龙头, 产业区, 工业): what makes its labelOnly label a park. */
  industrialAreaWords: string[];
  /** Zones named by no division the gazetteer holds (贵安新区, 雄安新区), from a published list. */
  knownNames: string[];
  /** What opens the name of a zone two countries build, before its place (中新|济南未来产业城). */
  cooperationPrefixes: string[];
}

/** A match of a lexicon term in a text, by UTF-16 offsets. */
export interface TermMatch {
  canonical: string;
  surface: string;
  start: number;
  end: number;
}

export class IndustryLexicon {
  readonly entries: IndustryEntry[];
  private readonly canonicalBySurface = new Map<string, string>();
  /** Every surface by its first character, longest first (so 化工新材料 wins over 新材料). */
  private readonly surfacesByInitial = new Map<string, string[]>();

  constructor(entries: IndustryEntry[]) {
    this.entries = entries;
    for (const entry of entries) {
      for (const base of [entry.name, ...entry.aliases]) {
        for (const surface of [base, `${base}产业`, `${base}产业链`, `${base}产业集群`, `${base}业`]) {
          if (!this.canonicalBySurface.has(surface)) this.canonicalBySurface.set(surface, entry.name);
        }
      }
    }
    // Longest surface first, so 化工新材料 wins over 新材料 and 电子信息产业链 over 电子信息.
    const longestFirst = [...this.canonicalBySurface.keys()].sort((a, b) => b.length - a.length);
    for (const surface of longestFirst) {
      const initial = surface.charAt(0);
      const list = this.surfacesByInitial.get(initial) ?? [];
      list.push(surface);
      this.surfacesByInitial.set(initial, list);
    }
  }

  static load(file = path.join(LEXICON_DIR, 'industries.json')): IndustryLexicon {
    const data = readDataFile<{ industries: IndustryEntry[] }>(file, ['industries']);
    return new IndustryLexicon(data.industries);
  }

  /** The canonical industry a phrase names, exactly (e.g. `电子信息产业链` → `电子信息`). */
  canonical(phrase: string): string | undefined {
    return this.canonicalBySurface.get(phrase.trim());
  }

  /**
   * Every industry named in a text, left to right, without overlaps: at each position the
   * longest surface that starts there. (A scan by first character: one pattern of every
   * surface cost more than the rest of reading a clause.)
   */
  find(text: string): TermMatch[] {
    const matches: TermMatch[] = [];
    for (let start = 0; start < text.length; ) {
      const surface = this.surfacesByInitial
        .get(text.charAt(start))
        ?.find((candidate) => text.startsWith(candidate, start));
      if (!surface) {
        start += 1;
        continue;
      }
      const end = start + surface.length;
      matches.push({ canonical: this.canonicalBySurface.get(surface) ?? surface, surface, start, end });
      start = end;
    }
    return matches;
  }

  /** Every way the lexicon writes an industry (for telling type words from names). */
  surfaces(): string[] {
    return [...this.canonicalBySurface.keys()];
  }

  entry(name: string): IndustryEntry | undefined {
    return this.entries.find((entry) => entry.name === name);
  }
}

export function loadParkLexicon(file = path.join(LEXICON_DIR, 'parks.json')): ParkLexicon {
  return readDataFile<ParkLexicon>(file, [
    'suffixes',
    'notParks',
    'leadingVerbs',
    'notNameWords',
    'typeWords',
    'knownNames',
    'cooperationPrefixes',
  ]);
}

/** How plans name the areas they mark out that are no division (data/lexicon/areas.json). */
export interface AreaLexicon {
  suffixes: string[];
  notNameWords: string[];
  notAreaOpenings: string[];
  /** Parts of a province called by custom (陕北, 苏南, 关中): a short name and a direction, or a name. */
  provinceShortNames: string[];
  directions: string[];
  customaryNames: string[];
}

export function loadAreaLexicon(file = path.join(LEXICON_DIR, 'areas.json')): AreaLexicon {
  return readDataFile<AreaLexicon>(file, [
    'suffixes',
    'notNameWords',
    'notAreaOpenings',
    'provinceShortNames',
    'directions',
    'customaryNames',
  ]);
}

/**
 * A data file of the project's, or a user's extension of it: read and checked for the lists
 * the extractors need, so a broken edit is named plainly rather than failing deep inside.
 */
export function readDataFile<T>(file: string, lists: readonly string[]): T {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file} cannot be read as JSON: ${(error as Error).message}`);
  }
  for (const key of lists) {
    if (!Array.isArray((data as Record<string, unknown> | null)?.[key])) {
      throw new Error(`${file}: "${key}" must be a list (see the file's description)`);
    }
  }
  return data as T;
}

/** Words as a regular-expression alternation, longest first (so 重点发展 wins over 发展). */
export function alternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
}

/**
 * Every match of a global pattern in a text, from its start, as matchAll gives them — but
 * without the copy of the pattern matchAll makes on every call (5× the time of an exec loop
 * for the long patterns of names run on every clause). The matches are all found before any
 * is used, so the pattern may be used again while they are read; it is left at lastIndex 0.
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    matches.push(match);
    // (An empty match would be found again at the same place.)
    if (match[0] === '') pattern.lastIndex += 1;
  }
  pattern.lastIndex = 0;
  return matches;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** How documents say what they are (data/lexicon/documents.json). */
export interface DocumentLexicon {
  pageWords: string[];
  pageLinePatterns: string[];
  kinds: { kind: string; titleCues: string[] }[];
  titleCues: string[];
  planPeriods: Record<string, string>;
}

export function loadDocumentLexicon(file = path.join(LEXICON_DIR, 'documents.json')): DocumentLexicon {
  return readDataFile<DocumentLexicon>(file, ['pageWords', 'pageLinePatterns', 'kinds', 'titleCues']);
}

/** How plans write the industries they develop (data/lexicon/industry-grammar.json). */
export interface IndustryGrammar {
  cues: string[];
  heads: string[];
  /** What an industry's product or service ends with (人工智能终端, 高端装备): an item ending so is one. */
  productHeads: string[];
  notHeads: string[];
  groups: string[];
  notIndustries: string[];
  /** Words that qualify an industry and name none alone (现代, 特色). */
  qualifiers: string[];
  /** Words that stand nowhere in an industry's name (建设, 的). */
  itemStopWords: string[];
  /** Nouns an industry's name does not end with (平台, 设施), though it may open with them (平台经济, 设施农业). */
  itemEndWords: string[];
  leadingWords: string[];
  /** What may stand right before a cue that is a plain verb (大力 发展): else the cue is inside a noun (社会发展). */
  cueLeads: string[];
  /** Words that hand a task to a region named after them (支持合肥打造…). */
  handsTo: string[];
  /** Words that make a park named after them the ground of a clause's task (依托X经开区发展…). */
  groundWords: string[];
  /** Verbs after a park that say what it is or becomes (是…产业基地, 获批…, 争创…产业集群). */
  becomingVerbs: string[];
  /** Verbs after a park that say what it gathers (集聚…企业, 聚集了…等产业): it hosts their industries. */
  gatheringVerbs: string[];
  /** What an industry standing as a clause's subject does or has measured (做大做强, 增加值). */
  subjectPredicates: string[];
  /** Verbs whose object is an industry's development (推动中医药产业发展). */
  promoteVerbs: string[];
  /** Words of grade an industry's one name leaves out (优质柑桔 = 柑桔); the words as written stay an alias. */
  gradeWords: string[];
  /** Qualifiers an industry's one name leaves out before four characters or more (特色生物基材料). */
  looseQualifiers: string[];
  /** Verbs a list of fields follows (突出, 围绕): `突出A、B、C三大方向` lists from after them. */
  focusVerbs: string[];
  /** Verbs that curb what follows them in their clause (打击, 淘汰落后产能): nothing there is developed. */
  curbVerbs: string[];
  /**
   * What completes the item before it when joined by 及 / 和 / 与 (电器机械及器材, 家具及制品,
   * 新能源汽车及零部件): the products or supplies of that item, not an industry of their own.
   */
  dependentParts: string[];
  /**
   * Cues that as often open an activity (开展…技术研究, 开展…三年行动): they develop only a list
   * closed by 等 (鼓励开展红色旅游、乡村旅游等).
   */
  listCues: string[];
}

export function loadIndustryGrammar(file = path.join(LEXICON_DIR, 'industry-grammar.json')): IndustryGrammar {
  return readDataFile<IndustryGrammar>(file, [
    'cues',
    'heads',
    'productHeads',
    'notHeads',
    'groups',
    'notIndustries',
    'qualifiers',
    'itemStopWords',
    'itemEndWords',
    'leadingWords',
    'cueLeads',
    'handsTo',
    'groundWords',
    'becomingVerbs',
    'gatheringVerbs',
    'subjectPredicates',
    'promoteVerbs',
    'gradeWords',
    'looseQualifiers',
    'focusVerbs',
    'curbVerbs',
    'dependentParts',
    'listCues',
  ]);
}

/** How plans promise numbers (data/lexicon/goal-grammar.json). */
export interface GoalGrammar {
  targetCues: string[];
  /** Actions a task list promises (新建, 新增…): targets in a report's task sections. */
  actionCues: string[];
  /** Verbs whose object is counted after the number (建设 1 个…平台) but that alone promise nothing. */
  countingVerbs: string[];
  /** Actions that add something new (新增, 新建): they promise a number in any document's tasks. */
  additionCues: string[];
  /** Units that count things (个, 家): after an action, what is counted may follow its qualifier. */
  countUnits: string[];
  /** Words a review section's heading ends with (回顾, 发展成就). */
  reviewSections: string[];
  /** Verbs a task's heading opens with (推进, 夯实): such a heading reviews nothing, whatever its last words. */
  taskHeadingVerbs: string[];
  /** Words a set of rules' heading ends with (实施办法, 补偿标准): its numbers are rules, not targets. */
  ruleSections: string[];
  /** Words a heading of targets ends with (主要目标, 指标体系): what it says of numbers, it promises. */
  targetSections: string[];
  /** What a number measures (装机规模, 种植面积): the head that subjects listed before it share. */
  measureNouns: string[];
  /** Where a report turns from the past year to what it plans (今年是…, “十五五”时期…). */
  forwardMarkers: string[];
  /** The last year of the plan periods a text names (十五五 → 2030). */
  periodYears: Record<string, number>;
  resultCues: string[];
  growthVerbs: string[];
  levelVerbs: string[];
  units: string[];
  qualifiersAfter: string[];
  qualifiersBefore: string[];
  indicatorLeads: string[];
  /** Compound prefixes a 分别 clause spells out: 城乡 → 城镇, 农村. */
  sharedPrefixes: Record<string, string[]>;
}

export function loadGoalGrammar(file = path.join(LEXICON_DIR, 'goal-grammar.json')): GoalGrammar {
  return readDataFile<GoalGrammar>(file, [
    'targetCues',
    'actionCues',
    'countingVerbs',
    'additionCues',
    'countUnits',
    'reviewSections',
    'taskHeadingVerbs',
    'ruleSections',
    'targetSections',
    'measureNouns',
    'forwardMarkers',
    'resultCues',
    'growthVerbs',
    'levelVerbs',
    'units',
    'qualifiersAfter',
    'qualifiersBefore',
    'indicatorLeads',
  ]);
}

/** An entry of the industry taxonomy (data/taxonomy/industries.json). */
export interface TaxonomyEntry {
  name: string;
  source: string;
  code?: string;
  partOf?: string;
  aliases: string[];
}

const TAXONOMY_FILE = path.resolve(LEXICON_DIR, '..', 'taxonomy', 'industries.json');

/**
 * The taxonomy's names and aliases, each with its concept's name, for recognising industries
 * no lexicon lists. Its broadest entries (the roots and GB/T 4754's 门类, a letter code such as
 * C 制造业) are left out: plans name them in passing far more often than as an industry.
 */
export function loadTaxonomyNames(file = TAXONOMY_FILE): Map<string, string> {
  const entries = readDataFile<{ industries: TaxonomyEntry[] }>(file, ['industries']).industries;
  const names = new Map<string, string>();
  for (const entry of entries) {
    if (!entry.partOf || /^[A-Z]$/u.test(entry.code ?? '')) continue;
    for (const surface of [entry.name, ...entry.aliases])
      if (!names.has(surface)) names.set(surface, entry.name);
  }
  return names;
}

/** How names of projects end (data/lexicon/projects.json). */
export interface ProjectLexicon {
  workNouns: string[];
  /** Facilities that are projects only when a place or an institution opens their name (…小镇, …研发中心). */
  placedFacilities: string[];
  projectEndings: string[];
  /** Kinds of work a list of names can share: 托口、龙船塘、岔头|风电项目, 紫金山、太湖等|实验室. */
  listKinds: string[];
  /** A project's status (新开工, 建成…) and the words that say it (开工建设, 竣工…). */
  statusCues: Record<string, string[]>;
}

export function loadProjectLexicon(file = path.join(LEXICON_DIR, 'projects.json')): ProjectLexicon {
  return readDataFile<ProjectLexicon>(file, ['workNouns', 'placedFacilities', 'projectEndings', 'listKinds']);
}
