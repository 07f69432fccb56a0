import type { Evidence } from '../../model/graph.ts';
import type { ExtractionContext } from './extract-context.ts';

/** HOSTS: a park hosts an industry in the role the text gives it (主导产业, or the cue: 重点发展). */
export function addHosts(
  context: ExtractionContext,
  parkId: string,
  industryId: string,
  role: string,
  evidence: Evidence,
  zone?: string,
): void {
  context.builder.addEdge({
    type: 'HOSTS',
    source: parkId,
    target: industryId,
    qualifier: role,
    properties: { role, ...(zone ? { zone } : {}) },
    evidence,
  });
}
