import type { NodeLabel } from '../model/labels.ts';
import { typedAsSimplified } from '../model/script.ts';
import { EntityLinker } from './ask/entity-linker.ts';
import { knownPlaces } from './ask/known-places.ts';
import { questionForms } from './ask/question-forms.ts';
import type { GraphStore } from './graph-store.ts';
import { luceneQuery } from './lucene-query.ts';

interface Candidate {
  id: string;
  label: NodeLabel;
  /** How many documents name it: the more, the likelier meant. */
  sources: number;
}

/** China's divisions by name, read once: places a question may name that no document covers. */
const PLACES = knownPlaces();

/** How a typed name matched: an id beats a name, a name beats an alias. */
const ID = 0;
const NAME = 1;
const ALIAS = 2;

/**
 * Every entity's id, name and aliases, kept in memory so the API can find the entity a person
 * names without a round trip to Neo4j: a question then costs one query, not two. Read again
 * when the graph's fingerprint changes (see GraphStore.currentGraphVersion), so after an ingest
 * names resolve anew within about a second; a name not (yet) known is looked up in Neo4j.
 */
export class EntityNames {
  private version: string | undefined;
  private loading: Promise<void> | undefined;
  /** id, name or alias → candidates with how they matched. */
  private byText = new Map<string, { rank: number; candidate: Candidate }[]>();
  private currentLinker = new EntityLinker([]);

  constructor(private readonly store: GraphStore) {}

  /** The id of the entity `text` names (of one of `labels`, if given), or undefined. */
  async resolve(typed: string, labels: readonly NodeLabel[] | null): Promise<string | undefined> {
    await this.current();
    const text = typedAsSimplified(typed);
    const known = this.bestOf(this.byText.get(text) ?? [], labels);
    if (known) return known;
    // Not known here: perhaps ingested since the names were read. Neo4j has the last word.
    const [row] = await this.store.read('resolve-entity', { ref: text, labels, lucene: luceneQuery(text) });
    return row?.id;
  }

  /** The names of the graph as it is now, to read questions and rank searches with. */
  async linker(): Promise<EntityLinker> {
    await this.current();
    return this.currentLinker;
  }

  private bestOf(matches: { rank: number; candidate: Candidate }[], labels: readonly NodeLabel[] | null) {
    let best: { rank: number; candidate: Candidate } | undefined;
    for (const match of matches) {
      if (labels && !labels.includes(match.candidate.label)) continue;
      if (
        !best ||
        match.rank < best.rank ||
        (match.rank === best.rank &&
          (match.candidate.sources > best.candidate.sources ||
            (match.candidate.sources === best.candidate.sources && match.candidate.id < best.candidate.id)))
      ) {
        best = match;
      }
    }
    return best?.candidate.id;
  }

  private async current(): Promise<void> {
    const version = await this.store.currentGraphVersion();
    if (version === this.version) return;
    if (!this.loading) {
      this.loading = this.load(version).finally(() => {
        this.loading = undefined;
      });
    }
    await this.loading;
  }

  private async load(version: string): Promise<void> {
    const rows = await this.store.read('entity-names');
    const byText = new Map<string, { rank: number; candidate: Candidate }[]>();
    const add = (text: string, rank: number, candidate: Candidate) => {
      const list = byText.get(text);
      if (list) list.push({ rank, candidate });
      else byText.set(text, [{ rank, candidate }]);
    };
    for (const row of rows) {
      const candidate = { id: row.id, label: row.label, sources: row.sources };
      add(row.id, ID, candidate);
      if (row.name) add(row.name, NAME, candidate);
      for (const alias of row.aliases ?? []) add(alias, ALIAS, candidate);
    }
    this.byText = byText;
    this.currentLinker = new EntityLinker(
      rows.map((row) => ({ ...row, aliases: row.aliases ?? [] })),
      new Set(questionForms().termsNotNames),
      PLACES,
    );
    this.version = version;
  }
}
