import type { ConsolidationResult, WorkbookSpec } from '../model';
import type { RenderOptions } from './options';
import { RENDER_TEXTS } from './texts';
import { rowHeights } from './row-heights';
import { renderSummarySheet } from './summary-sheet';
import { renderIssuesSheet } from './issues-sheet';
import { renderMappingSheet } from './mapping-sheet';
import { renderSourcesSheet } from './sources-sheet';

export type { RenderOptions } from './options';
export { RENDER_TEXTS } from './texts';
export { internalLink, SEVERITY_FILL } from './styles';
export { findOutputSheet, outputSheetNamesOf, type OutputSheet } from './output-sheets';

/**
 * The result workbook as plain sheet specs: "Tổng hợp" (summary), "Kiểm tra" (issues), "Đối chiếu" (mapping),
 * "Nguồn" (the sheets read, how, and the sheets not used).
 * Both front ends write these the same way.
 * @example renderWorkbook(result, { generatedAt: "2026-11-23" }).sheets.map((s) => s.name) // ["Tổng hợp", "Kiểm tra", "Đối chiếu", "Nguồn"]
 */
export function renderWorkbook(result: ConsolidationResult, options: RenderOptions): WorkbookSpec {
  const t = RENDER_TEXTS[options.lang ?? 'vi'];
  const sheets = [renderSummarySheet(result, options, t), renderIssuesSheet(result, options, t), renderMappingSheet(result, options, t), renderSourcesSheet(result, options, t)];
  // A renderer that knows its wrapped columns gives heights itself (the mapping sheet's 140,000 rows at country scale).
  return { sheets: sheets.map((sheet) => ({ ...sheet, rowHeights: sheet.rowHeights ?? rowHeights(sheet) })) };
}
