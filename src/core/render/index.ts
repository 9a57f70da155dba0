import type { ConsolidationResult, WorkbookSpec } from '../model';
import type { RenderOptions } from './options';
import { RENDER_TEXTS } from './texts';
import { rowHeights } from './row-heights';
import { indicatorStats } from './indicator-stats';
import { keyIndicators } from './key-indicators';
import { briefSentences } from './brief';
import { unitsInOrder } from './unit-order';
import { renderOverviewSheet } from './overview-sheet';
import { renderUnitRowsSheet } from './unit-rows-sheet';
import { renderUnitColumnsSheet } from './unit-columns-sheet';
import { renderChartsSheet } from './charts-sheet';
import { renderIssuesSheet } from './issues-sheet';
import { renderMappingSheet } from './mapping-sheet';
import { renderSourcesSheet } from './sources-sheet';
import { unitsLayout } from './layout';

export type { RenderOptions, UnitsLayout } from './options';
export { RENDER_TEXTS } from './texts';
export { internalLink, SEVERITY_FILL } from './styles';
export {
  allOutputSheetNames,
  findOutputSheet,
  outputSheetNamesOf,
  OUTPUT_SHEETS,
  type OutputSheet,
} from './output-sheets';
export { unitsLayout, COLUMNS_MAX_UNITS } from './layout';

/**
 * The result workbook as plain sheet specs: "Tổng hợp" (the overview and its brief), "Theo đơn vị" (every unit's
 * figures), "Biểu đồ" (charts of the key indicators), "Kiểm tra" (issues), "Đối chiếu" (mapping), "Nguồn" (the
 * sheets read, how, and the sheets not used). Both front ends write these the same way.
 * @example renderWorkbook(result, { generatedAt: "2026-11-23" }).sheets.map((s) => s.name) // ["Tổng hợp", "Theo đơn vị", "Biểu đồ", "Kiểm tra", "Đối chiếu", "Nguồn"]
 */
export function renderWorkbook(result: ConsolidationResult, options: RenderOptions): WorkbookSpec {
  const lang = options.lang ?? 'vi';
  const t = RENDER_TEXTS[lang];
  const units = unitsInOrder(result.summary);
  const stats = indicatorStats(
    result,
    units.map((u) => u.name),
  );
  const keys = keyIndicators(stats, result.summary.catalog);
  const perUnit =
    unitsLayout(options.layout, result.summary.units.length) === 'rows' ? renderUnitRowsSheet : renderUnitColumnsSheet;
  const sheets = [
    renderOverviewSheet(result, stats, briefSentences(result, stats, keys, lang), options, t),
    perUnit(result, stats, units, options, t),
    renderChartsSheet(result, keys, units, options, t),
    renderIssuesSheet(result, options, t),
    renderMappingSheet(result, options, t),
    renderSourcesSheet(result, options, t),
  ];
  // A renderer that knows its wrapped columns gives heights itself (the mapping sheet's 140,000 rows at country scale).
  return { sheets: sheets.map((sheet) => ({ ...sheet, rowHeights: sheet.rowHeights ?? rowHeights(sheet) })) };
}
