import { type GraphStore, parseEvidence } from './graph-store.ts';

export interface RequestContext {
  store: GraphStore;
}

type Row = Record<string, unknown>;

export const resolvers = {
  Query: {
    async documents(_parent: unknown, _args: unknown, { store }: RequestContext) {
      // One query returns each document with its issuer: no per-document round trip.
      const rows = await store.read('documents');
      return rows.map((row) => {
        const document = row.document as Row;
        const issuer = row.issuer as Row | null;
        return {
          ...document,
          title: document.title ?? document.name,
          evidence: parseEvidence(document.evidence),
          issuer: issuer
            ? { ...issuer, aliases: issuer.aliases ?? [], evidence: parseEvidence(issuer.evidence) }
            : null,
        };
      });
    },
  },
};
