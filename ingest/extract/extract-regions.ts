import type { Evidence } from '../../model/graph.ts';
import type { Cell, Table } from '../read/plan-document.ts';
import { allMatches } from '../vocabulary/lexicons.ts';
import type { Division } from '../vocabulary/regions.ts';
import type { ExtractionContext } from './extract-context.ts';
import { cellEvidence, sentenceEvidence, splitList } from './extract-context.ts';

export function regionNodeId(division: Division): string {
  return `region:${division.code}`;
}

/**
 * Adds a division as a Region node and links it `PART_OF` its parents up to the document's
 * prefecture (a township named in a plan resolves to its county). The hierarchy comes from the
 * division dataset; the evidence is the mention that brought the division into the graph.
 */
export function addRegion(context: ExtractionContext, division: Division, evidence: Evidence): string {
  const { gazetteer, builder } = context;
  const addNode = (region: Division) =>
    builder.addNode({
      id: regionNodeId(region),
      label: 'Region',
      name: region.name,
      aliases: gazetteer.names(region.code).filter((name) => name !== region.name),
      properties: { code: region.code, level: region.level },
      evidence,
    });
  addNode(division);
  const stopAt = context.scope ? (gazetteer.get(context.scope)?.parent ?? '') : '';
  let child = division;
  for (const parent of gazetteer.ancestors(division.code)) {
    addNode(parent);
    builder.addEdge({
      type: 'PART_OF',
      source: regionNodeId(child),
      target: regionNodeId(parent),
      properties: { source: gazetteer.divisions.source },
      evidence,
    });
    if (parent.code === stopAt || parent.level === 'province') break;
    child = parent;
  }
  return regionNodeId(division);
}

/**
 * Adds an area the issuer's document marks out within it (托口片区, …核心引领区) as a Region of
 * level `area`, PART_OF the issuer. It is no division and has no code: its id is the issuer's
 * code and its name. Undefined when the issuer is unknown.
 */
export function addArea(context: ExtractionContext, name: string, evidence: Evidence): string | undefined {
  if (!context.issuer) return undefined;
  const id = `${regionNodeId(context.issuer)}/${name}`;
  context.builder.addNode({
    id,
    label: 'Region',
    name,
    aliases: [],
    properties: { level: 'area' },
    evidence,
  });
  context.builder.addEdge({
    type: 'PART_OF',
    source: id,
    target: addRegion(context, context.issuer, evidence),
    evidence,
  });
  return id;
}

/** Regions the text names: divisions of the document's prefecture and above, by full name. */
export function extractRegions(context: ExtractionContext): void {
  if (!context.scope) return;
  const { names, pattern } = context.gazetteer.textNamesWithin(context.scope);
  if (names.size === 0) return;
  for (const sentence of context.document.sentences) {
    for (const match of allMatches(pattern, sentence.text)) {
      const division = names.get(match[0]);
      if (division) addRegion(context, division, sentenceEvidence(context, sentence));
    }
  }
}

/** A table's column of where each row lies: 建设地点, 所在县市区, 属地. */
export const PLACE_COLUMN =
  /^(?:建设|实施|项目)?(?:地点|地址|所在地|所在地区|属地)$|^(?:所在|所属)(?:地|地区|县|县区|县市区|市县区|区县|市州|城市)?$|^(?:县市区|区县)$/u;

/** LOCATED_IN the divisions a table's place cell names (临朐县, 青州市、临朐县), each citing the cell. */
export function locateInCell(context: ExtractionContext, sourceId: string, table: Table, cell: Cell): void {
  for (const item of splitList(cell.text)) {
    const division = context.gazetteer.resolve(item, context.scope);
    if (!division || division.level === 'province') continue;
    const evidence = cellEvidence(context, table, cell, item);
    const regionId = addRegion(context, division, evidence);
    context.builder.addEdge({ type: 'LOCATED_IN', source: sourceId, target: regionId, evidence });
  }
}
