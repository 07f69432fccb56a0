import type { Table } from '../read/plan-document.ts';
import { isFunctionalZone } from '../vocabulary/regions.ts';
import type { ExtractionContext } from './extract-context.ts';
import { column, rowEvidence } from './extract-context.ts';
import { addIndustry, addPriority } from './extract-industries.ts';
import { addRegion } from './extract-regions.ts';

/** A column naming the divisions a table's rows are about: 县市区, 区县, 市州, 地区, 城市. */
const REGION_COLUMN =
  /^(?:县市区|县（市、区）|县\(市、区\)|区县|县区|市县区|市县|市州|地市|市（州）|地区|城市|区域|县市)(?:名称)?$/u;
/** Columns of the industries each row develops: 主导产业, 特色产业, 重点产业, 产业定位. */
const INDUSTRY_COLUMN = /产业|行业/u;

/**
 * PRIORITIZES from a province's or city's layout table (`| 县市区 | 主导产业 | 特色产业 |`):
 * each row's division develops the industries of its row, the column's title as the cue. A
 * division the gazetteer does not know (a row of totals, a zone) gives nothing.
 */
export function extractRegionTables(context: ExtractionContext): void {
  // (A statistics bulletin's tables report figures by division, not what each develops.)
  if (context.entry.kind === 'statistics') return;
  for (const table of context.document.tables) extractRegionTable(context, table);
}

function extractRegionTable(context: ExtractionContext, table: Table): void {
  const regionColumn = column(table, REGION_COLUMN);
  if (regionColumn < 0) return;
  const industryColumns = table.header.flatMap((title, index) =>
    index !== regionColumn && INDUSTRY_COLUMN.test(title.replace(/\s+/gu, '')) ? [index] : [],
  );
  for (const row of table.rows) {
    const division = context.gazetteer.resolve(row[regionColumn]?.text.trim() ?? '', context.scope);
    if (!division || division.level === 'township' || isFunctionalZone(division.code)) continue;
    const terms = industryColumns.map((index) => {
      const cue = (table.header[index] ?? '').replace(/\s+/gu, '');
      // Each item cleaned as a list after a cue is (现代 of 现代物流 stays, 等 goes).
      return { index, cue, listed: context.industryTerms.listed(row[index]?.text ?? '', cue) };
    });
    if (terms.every(({ listed }) => listed.length === 0)) continue;
    const source = addRegion(context, division, rowEvidence(context, table, row, regionColumn));
    for (const { index, cue, listed } of terms) {
      const evidence = rowEvidence(context, table, row, index);
      for (const term of listed)
        addPriority(
          context,
          source,
          addIndustry(context, term.canonical, term.surface, evidence),
          cue,
          evidence,
        );
    }
  }
}
