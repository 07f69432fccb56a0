import { alternation } from './lexicons.ts';
import { type Division, type Divisions, divisionNames } from './regions.ts';

/** How plans name their own region (全州, 本市, 我县): also the short name of 全州县, never meant so. */
const SELF_REFERENCE = /^[全本我各该](省|市|州|县|区)$/u;

/** Finds divisions by name: the issuer of a document, places named in its text and in park names. */
/** Words a division's last character makes with the character after it (区域, 市场): not a name's end. */
const WORD_ACROSS_SUFFIX = /^(区域|区块|区位|区间|市场)$/u;
/** A name going on into a town's (芙蓉|镇, 城步|乡): the town's name, not the shorter division's. */
const TOWN_AFTER = /^(?:镇|乡(?!村))/u;

/** Where the first place a gazetteer knows starts in a text (-1: none), and whether a text is one place's name. */
export interface PlaceFinder {
  (text: string): number;
  whole(text: string): boolean;
  /** Whether a text is, whole, the name of a prefecture or a county (not a province, not a township). */
  local(text: string): boolean;
}

const LEVELS = ['province', 'prefecture', 'county', 'township'];
/** Higher levels before lower (怀化 is the prefecture, not a township), real counties before 管理区. */
function rank(division: Division): number {
  return LEVELS.indexOf(division.level) * 2 + (division.name.endsWith('管理区') ? 1 : 0);
}

export class RegionGazetteer {
  private readonly byCode = new Map<string, Division>();
  private readonly byName = new Map<string, Division[]>();
  private readonly namesByCode = new Map<string, string[]>();
  /** The first two characters of every name: most words open no name, and this says so at once. */
  private readonly namePrefixes = new Set<string>();
  /** Per scope, built once: every document of a corpus about one prefecture looks up the same. */
  private readonly textNamesByScope = new Map<string, { names: Map<string, Division>; pattern: RegExp }>();
  private readonly placeFinders = new Map<string, PlaceFinder>();

  constructor(readonly divisions: Divisions) {
    for (const division of divisions.regions) this.byCode.set(division.code, division);
    for (const division of divisions.regions) {
      const parent = this.byCode.get(division.parent);
      const names = divisionNames(division, parent?.level === 'prefecture' ? parent.name : '');
      this.namesByCode.set(division.code, names);
      for (const name of names) {
        // (Added to in place: a gazetteer is built for every corpus read.)
        const named = this.byName.get(name);
        if (named) named.push(division);
        else this.byName.set(name, [division]);
        this.namePrefixes.add(name.slice(0, 2));
      }
    }
  }

  get(code: string): Division | undefined {
    return this.byCode.get(code);
  }

  /** Every name a division goes by: `怀化市`, `怀化`; `湘西土家族苗族自治州`, `湘西州`, `湘西`. */
  names(code: string): string[] {
    return this.namesByCode.get(code) ?? [];
  }

  /** The divisions above one, nearest first. */
  ancestors(code: string): Division[] {
    const chain: Division[] = [];
    let current = this.byCode.get(code);
    while (current?.parent) {
      current = this.byCode.get(current.parent);
      if (current) chain.push(current);
    }
    return chain;
  }

  /** The prefecture a division lies in (itself when it is one); the province for a province. */
  prefectureOf(code: string): Division | undefined {
    const division = this.byCode.get(code);
    if (!division || division.level === 'province' || division.level === 'prefecture') return division;
    return this.ancestors(code).find((ancestor) => ancestor.level === 'prefecture') ?? division;
  }

  /** Whether `code` lies in (or is) `scope`. */
  within(code: string, scope: string): boolean {
    if (code === scope) return true;
    // (Up the chain without building it: asked for every candidate a name has.)
    for (let current = this.byCode.get(code); current?.parent; ) {
      current = this.byCode.get(current.parent);
      if (current?.code === scope) return true;
    }
    return false;
  }

  /**
   * The division a name means. Candidates in `scope` (a prefecture's code) come first, then
   * higher levels before lower (怀化 is the prefecture, not a township), then real counties
   * before 管理区; `prefer` (the issuer) wins a tie. Outside the scope a county is named only
   * by its full or suffixed name: a bare short form (新建, 城中, 通道) is a word of the text
   * far more often than a county elsewhere in the country; provinces and prefectures are
   * named by short forms (长沙, 江西) wherever they lie.
   */
  resolve(name: string, scope?: string, prefer?: string): Division | undefined {
    // (Most words asked about name no division: nothing to weigh.)
    const candidates = this.byName.get(name);
    if (!candidates) return undefined;
    const scopeParent = scope ? this.get(scope)?.parent : undefined;
    const inScope = scope
      ? candidates.filter((c) => this.within(c.code, scope) || c.code === scopeParent)
      : [];
    const suffixed = /[省市州县区盟旗]$/u.test(name);
    const pool =
      inScope.length > 0
        ? inScope
        : scope
          ? candidates.filter(
              (c) => c.level === 'province' || c.level === 'prefecture' || (c.level === 'county' && suffixed),
            )
          : candidates;
    if (pool.length === 0) return undefined;
    const preferred = prefer ? pool.find((c) => c.code === prefer) : undefined;
    if (preferred) return preferred;
    return [...pool].sort((a, b) => rank(a) - rank(b) || a.code.localeCompare(b.code))[0];
  }

  /**
   * The division named by the longest head of a text (at most `longest` characters, at least
   * 2) that `accept` takes: 鹤城区工业集中区 → 鹤城区, 怀化高新区 → 怀化市.
   */
  leading(
    text: string,
    options: { scope?: string; prefer?: string; longest?: number; accept?: (division: Division) => boolean },
  ): { division: Division; length: number } | undefined {
    const { scope, prefer, longest = 8, accept = () => true } = options;
    // (Most texts asked about open with no name at all.)
    if (!this.namePrefixes.has(text.slice(0, 2))) return undefined;
    for (let length = Math.min(text.length, longest); length >= 2; length -= 1) {
      const name = text.slice(0, length);
      // (Most heads name no division: one map lookup before the patterns and the weighing.)
      if (!this.byName.has(name)) continue;
      // 新建区域…, 城市场…: the name's last character begins a word with the next one.
      if (WORD_ACROSS_SUFFIX.test(text.slice(length - 1, length + 1))) continue;
      if (TOWN_AFTER.test(text.slice(length))) continue;
      const division = this.resolve(name, scope, prefer);
      if (division && accept(division)) return { division, length };
    }
    return undefined;
  }

  /**
   * Names to look for in a document's text: the full names (and suffixed short forms such as
   * 湘西州, 麻阳县) of divisions in the scope and its ancestors, with one pattern that finds them.
   * Bare short forms (中方, 通道, 会同) are words too, so they are left to park-name prefixes.
   */
  textNamesWithin(scope: string): { names: Map<string, Division>; pattern: RegExp } {
    const cached = this.textNamesByScope.get(scope);
    if (cached) return cached;
    const names = new Map<string, Division>();
    for (const division of this.around(scope)) {
      for (const name of this.names(division.code)) {
        if (name.length >= 3 && /[省市州县区镇乡街道]$/.test(name) && !names.has(name))
          names.set(name, division);
      }
    }
    // 洪江区域 is a region of 洪江, not 洪江区.
    const found = { names, pattern: new RegExp(`(?:${alternation([...names.keys()])})(?!域)`, 'gu') };
    this.textNamesByScope.set(scope, found);
    return found;
  }

  /**
   * A finder of the first place in a text, for reading names (of parks, projects) that start
   * with one: every name and short name (2+ characters) of the divisions in the scope and above.
   */
  placeFinder(scope: string | undefined): PlaceFinder {
    if (!scope) return Object.assign(() => -1, { whole: () => false, local: () => false });
    const cached = this.placeFinders.get(scope);
    if (cached) return cached;
    const names = new Set<string>();
    const localNames = new Set<string>();
    for (const division of this.around(scope)) {
      const local = division.level === 'prefecture' || division.level === 'county';
      for (const name of this.names(division.code)) {
        if (name.length < 2) continue;
        names.add(name);
        if (local) localNames.add(name);
      }
    }
    const pattern = new RegExp(alternation([...names]), 'u');
    const finder = Object.assign((text: string) => text.search(pattern), {
      whole: (text: string) => names.has(text),
      local: (text: string) => localNames.has(text),
    });
    this.placeFinders.set(scope, finder);
    return finder;
  }

  /** The divisions a document about `scope` may name: those in it, and those above it. */
  private around(scope: string): Division[] {
    const above = new Set(this.ancestors(scope).map((ancestor) => ancestor.code));
    return this.divisions.regions.filter(
      (division) => above.has(division.code) || this.within(division.code, scope),
    );
  }

  /** The first prefecture or county a text names by its full name (for a document's issuer). */
  /**
   * The division a title or a heading names by its full name, as its issuer: the government
   * before 人民政府 when it names one (湖南省人民政府关于支持怀化市… is 湖南省's); else the most
   * local division that lies within every less local one named (湖南省怀化市… is 怀化市's; in
   * 永州市东区…, 四川's 东区 is not in 永州市); a two-character name (南县, 东区) counts only with
   * its parent named too, for it stands inside ordinary words (湖南县域).
   */
  mostLocalNamed(text: string): Division | undefined {
    const government = /([\u4e00-\u9fff]{2,12}?)人民政府/u.exec(text)?.[1];
    const governing = government ? this.namedIn(government).at(-1) : undefined;
    if (governing && government?.endsWith(governing.name)) return governing;
    const named = this.namedIn(text);
    const depth = (division: Division) => ['province', 'prefecture', 'county'].indexOf(division.level);
    const consistent = named.filter((division) =>
      named.every((other) => depth(other) >= depth(division) || this.within(division.code, other.code)),
    );
    return [...consistent].sort((a, b) => depth(b) - depth(a))[0];
  }

  /** Divisions (province to county) a text names by their full names, in the order it names them. */
  private namedIn(text: string): Division[] {
    const found: { index: number; division: Division }[] = [];
    for (const division of this.divisions.regions) {
      if (division.level === 'township') continue;
      const index = text.indexOf(division.name);
      if (index < 0) continue;
      // (A two-character name, 攸县, may be a word's part elsewhere; opening the text, it names.)
      if (
        division.name.length <= 2 &&
        index > 0 &&
        !text.includes(this.get(division.parent)?.name ?? '\u0000')
      )
        continue;
      found.push({ index, division });
    }
    return found.sort((a, b) => a.index - b.index).map((entry) => entry.division);
  }

  /**
   * The division a text names most often by any of its names (湘西 for 湘西土家族苗族自治州),
   * counting provinces, prefectures and counties; undefined below `atLeast` mentions. A document
   * without a title talks about its own region more than any other.
   */
  mostNamed(text: string, atLeast: number): Division | undefined {
    let best: { count: number; division: Division } | undefined;
    for (const division of this.divisions.regions) {
      if (division.level === 'township') continue;
      let count = 0;
      for (const name of this.names(division.code)) {
        if (name.length < 2 || SELF_REFERENCE.test(name)) continue;
        for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) count += 1;
      }
      if (count >= atLeast && (!best || count > best.count)) best = { count, division };
    }
    return best?.division;
  }
}
