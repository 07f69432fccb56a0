import type { NodeLabel } from '../../model/labels.ts';

/** An entity as the linker knows it: its names, how much the graph says of it, where it lies. */
export interface KnownEntity {
  id: string;
  label: NodeLabel;
  name: string;
  aliases: readonly string[];
  /** Documents that name it. */
  sources: number;
  /** Relationships it has: the better connected, the likelier meant. */
  degree: number;
  /** A park's kind (高新区, 经开区…). */
  kind: string | null;
  /** Regions it lies in or belongs to, and the industry an industry is part of. */
  ups: readonly string[];
}

/** How a text matched an entity, best first. */
export const MATCH = { exact: 0, aliasPrefix: 1, namePrefix: 2, contains: 3 } as const;
export type MatchRank = (typeof MATCH)[keyof typeof MATCH];

/** A stretch of a question that names entities: the candidates, best first. */
export interface Mention {
  start: number;
  end: number;
  text: string;
  candidates: KnownEntity[];
}

/** A stretch of a question naming a place the graph has no entity for. */
export interface UnknownPlace {
  start: number;
  end: number;
  text: string;
  place: string;
}

/** Labels whose names a question may name; goals are found by their indicator instead. */
const LINKED_LABELS: ReadonlySet<NodeLabel> = new Set(['Region', 'Park', 'Industry', 'Project', 'Document']);
/** When two labels share a name (rare), the one people mean more often. */
const LABEL_PREFERENCE: Record<NodeLabel, number> = {
  Region: 0,
  Park: 1,
  Industry: 2,
  Project: 3,
  Document: 4,
  Goal: 5,
};
const SHORTEST_NAME = 2;

function byStanding(a: KnownEntity, b: KnownEntity): number {
  return (
    LABEL_PREFERENCE[a.label] - LABEL_PREFERENCE[b.label] ||
    b.degree - a.degree ||
    b.sources - a.sources ||
    a.name.length - b.name.length ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/**
 * Finds the entities a question names, and ranks the entities a search text may mean — the
 * same names for both. Every name and alias is a key of one map, so reading a question costs
 * a lookup per (position, length) — the question's length times the longest name — whatever
 * the size of the graph. Words that are not names (生产总值 holds 生产, which a plan may call
 * an industry) are read as words first.
 */
export class EntityLinker {
  private readonly bySurface = new Map<string, KnownEntity[]>();
  private readonly byId = new Map<string, KnownEntity>();
  private readonly longest: number;

  /**
   * `notNames`: words read as words, never as names. `places`: names of places (and their
   * official names) the graph may not hold, to tell a question about them apart.
   */
  constructor(
    entities: Iterable<KnownEntity>,
    private readonly notNames: ReadonlySet<string> = new Set(),
    private readonly places: ReadonlyMap<string, string> = new Map(),
  ) {
    let longest = 0;
    for (const entity of entities) {
      this.byId.set(entity.id, entity);
      if (!LINKED_LABELS.has(entity.label)) continue;
      for (const surface of new Set([entity.name, ...entity.aliases])) {
        if (surface.length < SHORTEST_NAME || notNames.has(surface)) continue;
        const list = this.bySurface.get(surface);
        if (list) list.push(entity);
        else this.bySurface.set(surface, [entity]);
        longest = Math.max(longest, surface.length);
      }
    }
    // An entity of that very name before one that has it as an alias, then the best standing.
    for (const [surface, list] of this.bySurface) {
      list.sort((a, b) => Number(a.name !== surface) - Number(b.name !== surface) || byStanding(a, b));
    }
    for (const word of [...notNames, ...places.keys()]) longest = Math.max(longest, word.length);
    this.longest = longest;
  }

  get size(): number {
    return this.byId.size;
  }

  entity(id: string): KnownEntity | undefined {
    return this.byId.get(id);
  }

  /** Entities named exactly `surface` (a name or an alias), best first. */
  named(surface: string): readonly KnownEntity[] {
    return this.bySurface.get(surface) ?? [];
  }

  /** True when `region` is `id`'s region or one above it (following LOCATED_IN and PART_OF). */
  liesIn(id: string, region: string): boolean {
    const seen = new Set<string>();
    const queue = [id];
    while (queue.length > 0) {
      const next = queue.pop() as string;
      if (next === region) return true;
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push(...(this.byId.get(next)?.ups ?? []));
    }
    return false;
  }

  /** Every entity, for the readings that look beyond the names a question uses. */
  entities(): IterableIterator<KnownEntity> {
    return this.byId.values();
  }

  /**
   * The names in `text`, left to right, each the longest name starting there; a word that is
   * not a name (notNames) takes its stretch when it is at least as long. Places the graph has
   * no entity for are given apart.
   */
  read(text: string): { mentions: Mention[]; unknownPlaces: UnknownPlace[] } {
    const mentions: Mention[] = [];
    const unknownPlaces: UnknownPlace[] = [];
    let start = 0;
    while (start < text.length) {
      let end = start;
      for (let length = Math.min(this.longest, text.length - start); length >= SHORTEST_NAME; length -= 1) {
        const surface = text.slice(start, start + length);
        const named = this.bySurface.get(surface);
        const place = this.places.get(surface);
        if (!named && !place && !this.notNames.has(surface)) continue;
        end = start + length;
        if (named) mentions.push({ start, end, text: surface, candidates: named });
        else if (place && !this.notNames.has(surface))
          unknownPlaces.push({ start, end, text: surface, place });
        break;
      }
      start = end > start ? end : start + 1;
    }
    return { mentions, unknownPlaces };
  }

  /** The names in `text` (see read). */
  mentions(text: string): Mention[] {
    return this.read(text).mentions;
  }

  /**
   * Entities whose name or alias matches a typed text, best first: exact name or alias, then
   * an alias that starts with it (the short forms people type: 怀化高新 → 怀化高新区), then a
   * name that starts with it, then one that contains it; within each, the better connected.
   */
  search(text: string, labels: readonly NodeLabel[] | null, first: number): KnownEntity[] {
    const ranked: { rank: MatchRank; entity: KnownEntity }[] = [];
    if (text === '') return [];
    for (const entity of this.byId.values()) {
      if (labels && !labels.includes(entity.label)) continue;
      const rank = matchRank(entity, text);
      if (rank !== undefined) ranked.push({ rank, entity });
    }
    ranked.sort(
      (a, b) =>
        a.rank - b.rank ||
        b.entity.degree - a.entity.degree ||
        a.entity.name.length - b.entity.name.length ||
        (a.entity.id < b.entity.id ? -1 : 1),
    );
    return ranked.slice(0, first).map((r) => r.entity);
  }
}

function matchRank(entity: KnownEntity, text: string): MatchRank | undefined {
  if (entity.name === text || entity.aliases.includes(text)) return MATCH.exact;
  if (entity.aliases.some((alias) => alias.startsWith(text))) return MATCH.aliasPrefix;
  if (entity.name.startsWith(text)) return MATCH.namePrefix;
  if (entity.name.includes(text) || entity.aliases.some((alias) => alias.includes(text)))
    return MATCH.contains;
  return undefined;
}
