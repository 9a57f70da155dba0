/** The title block every summary sheet starts with: department, title, province — period — date. */
import type { CellSpec, CellStyle, SheetSpec, Summary } from '../model';
import { formatDateVi, text } from './cells';
import type { RenderOptions } from './options';
import { SUBTITLE, TITLE } from './styles';
import type { RenderTexts } from './texts';

export type TitleBlock = { rows: (CellSpec | null)[][]; merges: NonNullable<SheetSpec['merges']> };

/**
 * Rows of a title centred over `span` columns. The province, period and date share one line: "Kỳ báo cáo: …" is
 * how an earlier summary's period is read back (previous.ts), up to the dash.
 * @example titleBlock(summary, opts, t, 'BẢNG TỔNG HỢP…', 11).rows.length // 3 with a department
 */
export function titleBlock(
  summary: Summary,
  options: RenderOptions,
  t: RenderTexts,
  title: string,
  span: number,
): TitleBlock {
  const rows: (CellSpec | null)[][] = [];
  const merges: TitleBlock['merges'] = [];
  const banner = (value: string, style: CellStyle): void => {
    merges.push({ top: rows.length, left: 0, bottom: rows.length, right: Math.max(span - 1, 0) });
    rows.push([text(value, style)]);
  };
  if (options.department) banner(options.department, DEPARTMENT);
  banner(title, TITLE);
  const where = [
    options.province ? `${t.province} ${options.province}` : '',
    `${t.period}: ${summary.period ?? t.noPeriod}`,
    `${t.date}: ${formatDateVi(options.generatedAt)}`,
  ];
  banner(where.filter(Boolean).join(' — '), SUBTITLE);
  return { rows, merges };
}

const DEPARTMENT: CellStyle = { bold: true, hAlign: 'center' };
