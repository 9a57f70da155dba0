/**
 * The brief at the top of the overview: three to six sentences a leader can paste into a report, every figure in
 * them taken from the summary (units reported, key totals and their change, who leads and trails, what to re-check).
 */
import type { ConsolidationResult, Severity } from '../model';
import { formatVietnamese } from '../numbers/format';
import type { Change } from './figures';
import type { IndicatorStats } from './indicator-stats';
import { sentCount } from './unit-order';

export type Lang = 'vi' | 'en';

/** Key figures quoted in the headline sentence. */
const HEADLINES = 4;
/** Names listed before "and N others". */
const NAMES_LISTED = 4;

/**
 * @example briefSentences(result, stats, keys, 'vi')[0] // "Kỳ 6 tháng đầu năm 2022: 11/11 đơn vị đã gửi báo cáo."
 */
export function briefSentences(
  result: ConsolidationResult,
  stats: IndicatorStats[],
  keys: IndicatorStats[],
  lang: Lang,
): string[] {
  const w = WORDS[lang];
  const sentences = [w.reported(result)];
  const headlines = keys.slice(0, HEADLINES);
  const compared = result.summary.previous !== undefined;
  sentences.push(
    headlines.length
      ? w.totals(
          headlines.map((s) => w.figureWithChange(s)),
          compared,
        )
      : w.noFigures,
  );
  const moves = changes(stats);
  if (moves) sentences.push(w.changes(moves.up, moves.down));
  const lead = keys.find((s) => s.max && s.min && s.max.value !== s.min.value);
  if (lead) sentences.push(w.leaders(lead));
  sentences.push(w.issues(flagCounts(result)));
  return sentences;
}

/** The largest rise and fall of a province figure against the previous period (rates and counts apart never mix). */
function changes(stats: IndicatorStats[]): { up: IndicatorStats | null; down: IndicatorStats | null } | null {
  const counts = stats.filter((s) => s.change?.kind === 'percent');
  if (!counts.length) return null;
  const up = counts.reduce<IndicatorStats | null>(
    (best, s) =>
      (s.change as Change).value > 0 && (!best || (s.change as Change).value > (best.change as Change).value)
        ? s
        : best,
    null,
  );
  const down = counts.reduce<IndicatorStats | null>(
    (best, s) =>
      (s.change as Change).value < 0 && (!best || (s.change as Change).value < (best.change as Change).value)
        ? s
        : best,
    null,
  );
  return up || down ? { up, down } : null;
}

type FlagCounts = {
  cells: Record<Severity, number>;
  units: number;
  worstUnit: { name: string; count: number } | null;
  wrongPeriod: number;
  unmatched: number;
};

/** Flagged figures (one per unit and indicator, by its worst severity), the units they sit in, and the other problems. */
function flagCounts(result: ConsolidationResult): FlagCounts {
  const worst = new Map<string, Severity>();
  const perUnit = new Map<string, number>();
  let wrongPeriod = 0;
  let unmatched = 0;
  for (const issue of result.issues) {
    if (issue.code === 'period_mismatch') wrongPeriod += 1;
    if (issue.code === 'label_unmatched') unmatched += 1;
    if (!issue.unit || !issue.indicator) continue;
    const key = `${issue.unit}\u0000${issue.indicator}`;
    const before = worst.get(key);
    if (!before) perUnit.set(issue.unit, (perUnit.get(issue.unit) ?? 0) + (issue.severity === 'info' ? 0 : 1));
    else if (before === 'info' && issue.severity !== 'info')
      perUnit.set(issue.unit, (perUnit.get(issue.unit) ?? 0) + 1);
    if (!before || RANK[issue.severity] < RANK[before]) worst.set(key, issue.severity);
  }
  const cells: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const s of worst.values()) cells[s] += 1;
  let worstUnit: FlagCounts['worstUnit'] = null;
  let units = 0;
  for (const [name, count] of perUnit) {
    if (count === 0) continue;
    units += 1;
    if (!worstUnit || count > worstUnit.count) worstUnit = { name, count };
  }
  return { cells, units, worstUnit, wrongPeriod, unmatched };
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

type Words = {
  reported: (r: ConsolidationResult) => string;
  totals: (figures: string[], compared: boolean) => string;
  noFigures: string;
  figureWithChange: (s: IndicatorStats) => string;
  changes: (up: IndicatorStats | null, down: IndicatorStats | null) => string;
  leaders: (s: IndicatorStats) => string;
  issues: (f: FlagCounts) => string;
};

/** A figure as the sheet shows it: the row's decimals, the reader's separators. */
function figure(value: number, s: IndicatorStats, lang: Lang): string {
  const decimals = s.format === '#,##0' ? 0 : s.format === '0.0' ? 1 : 2;
  const rounded = Math.round(value * 10 ** decimals) / 10 ** decimals;
  const digits =
    lang === 'vi' ? formatVietnamese(rounded) : rounded.toLocaleString('en-US', { maximumFractionDigits: decimals });
  const measure = s.row.indicator.unit.trim();
  return !measure ? digits : measure === '%' ? `${digits}%` : `${digits} ${measure}`;
}

const number = (n: number, lang: Lang): string => (lang === 'vi' ? formatVietnamese(n) : n.toLocaleString('en-US'));

/** "Số trạm BTS" inside a sentence: "số trạm BTS" (a leading acronym keeps its capitals). */
function midSentence(name: string): string {
  return name.length > 1 && name[1] === name[1].toLowerCase() ? name[0].toLowerCase() + name.slice(1) : name;
}

function names(list: string[], lang: Lang): string {
  const shown = list.slice(0, NAMES_LISTED).join(', ');
  const more = list.length - NAMES_LISTED;
  if (more <= 0) return shown;
  return lang === 'vi' ? `${shown} và ${more} đơn vị khác` : `${shown} and ${more} others`;
}

function changeVi(c: Change): string {
  const size = formatVietnamese(Math.abs(c.value));
  const unit = c.kind === 'points' ? ' điểm phần trăm' : '%';
  return c.value === 0 ? 'không đổi' : `${c.value > 0 ? 'tăng' : 'giảm'} ${size}${unit}`;
}

function changeEn(c: Change): string {
  const size = Math.abs(c.value).toLocaleString('en-US');
  const unit = c.kind === 'points' ? ' percentage points' : '%';
  return c.value === 0 ? 'unchanged' : `${c.value > 0 ? 'up' : 'down'} ${size}${unit}`;
}

const nameEn = (s: IndicatorStats): string => s.row.indicator.nameEn ?? s.row.indicator.name;

const WORDS: Record<Lang, Words> = {
  vi: {
    reported: ({ summary }) => {
      const n = summary.units.length;
      const period = summary.period ? `Kỳ ${summary.period}: ` : '';
      if (!summary.expected?.length && summary.missingUnits.length === 0)
        return `${period}đã nhận báo cáo của ${n} đơn vị.`;
      const { sent, expected } = sentCount(summary);
      const missing = summary.missingUnits.length ? `; chưa gửi: ${names(summary.missingUnits, 'vi')}` : '';
      return `${period}${sent}/${expected} đơn vị đã gửi báo cáo${missing}.`;
    },
    totals: (figures, compared) => `Số liệu toàn tỉnh${compared ? ' (so với kỳ trước)' : ''}: ${figures.join('; ')}.`,
    noFigures: 'Chưa có chỉ tiêu nào có số liệu của đơn vị.',
    figureWithChange: (s) => {
      const total = `${midSentence(s.row.indicator.name)} ${figure(s.row.total as number, s, 'vi')}`;
      if (s.previous === undefined) return total;
      return s.change ? `${total} (${changeVi(s.change)})` : `${total} (kỳ trước không có số liệu)`;
    },
    changes: (up, down) => {
      const parts = [
        up ? `tăng nhiều nhất là ${midSentence(up.row.indicator.name)} (${changeVi(up.change as Change)})` : '',
        down ? `giảm nhiều nhất là ${midSentence(down.row.indicator.name)} (${changeVi(down.change as Change)})` : '',
      ];
      return `So với kỳ trước, ${parts.filter(Boolean).join('; ')}.`;
    },
    leaders: (s) => {
      const max = s.max!;
      const min = s.min!;
      return `Về ${midSentence(s.row.indicator.name)}, cao nhất là ${names(max.units, 'vi')} (${figure(max.value, s, 'vi')}), thấp nhất là ${names(min.units, 'vi')} (${figure(min.value, s, 'vi')}).`;
    },
    issues: (f) => {
      const toCheck = f.cells.error + f.cells.warning;
      const parts: string[] = [];
      if (toCheck === 0) parts.push('Không có số liệu nào bị đánh dấu lỗi hoặc cảnh báo');
      else {
        const most =
          f.worstUnit && f.worstUnit.count > 1 ? `, nhiều nhất là ${f.worstUnit.name} (${f.worstUnit.count})` : '';
        const kinds = [
          f.cells.error ? `${f.cells.error} lỗi` : '',
          f.cells.warning ? `${f.cells.warning} cảnh báo` : '',
        ]
          .filter(Boolean)
          .join(', ');
        parts.push(`Có ${number(toCheck, 'vi')} số liệu cần kiểm tra lại (${kinds}) ở ${f.units} đơn vị${most}`);
      }
      if (f.cells.info) parts.push(`${number(f.cells.info, 'vi')} số liệu khác thường cần lưu ý`);
      if (f.wrongPeriod) parts.push(`${f.wrongPeriod} báo cáo khác kỳ`);
      if (f.unmatched)
        parts.push(`${number(f.unmatched, 'vi')} dòng chưa đối chiếu được với danh mục (trang «Đối chiếu»)`);
      return `${parts.join('; ')}; chi tiết ở trang «Kiểm tra».`;
    },
  },
  en: {
    reported: ({ summary }) => {
      const n = summary.units.length;
      const period = summary.period ? `${summary.period}: ` : '';
      if (!summary.expected?.length && summary.missingUnits.length === 0)
        return `${period}reports received from ${n} units.`;
      const { sent, expected } = sentCount(summary);
      const missing = summary.missingUnits.length ? `; not sent: ${names(summary.missingUnits, 'en')}` : '';
      return `${period}${sent} of ${expected} units have reported${missing}.`;
    },
    totals: (figures, compared) =>
      `Province figures${compared ? ' (against the previous period)' : ''}: ${figures.join('; ')}.`,
    noFigures: 'No indicator has a figure from the units yet.',
    figureWithChange: (s) => {
      const total = `${nameEn(s)} ${figure(s.row.total as number, s, 'en')}`;
      if (s.previous === undefined) return total;
      return s.change ? `${total} (${changeEn(s.change)})` : `${total} (no previous figure)`;
    },
    changes: (up, down) => {
      const parts = [
        up ? `the largest rise is ${nameEn(up)} (${changeEn(up.change as Change)})` : '',
        down ? `the largest fall is ${nameEn(down)} (${changeEn(down.change as Change)})` : '',
      ];
      return `Against the previous period, ${parts.filter(Boolean).join('; ')}.`;
    },
    leaders: (s) => {
      const max = s.max!;
      const min = s.min!;
      return `For ${nameEn(s)}, the highest is ${names(max.units, 'en')} (${figure(max.value, s, 'en')}), the lowest ${names(min.units, 'en')} (${figure(min.value, s, 'en')}).`;
    },
    issues: (f) => {
      const toCheck = f.cells.error + f.cells.warning;
      const parts: string[] = [];
      if (toCheck === 0) parts.push('No figure is flagged as an error or a warning');
      else {
        const most = f.worstUnit && f.worstUnit.count > 1 ? `, most in ${f.worstUnit.name} (${f.worstUnit.count})` : '';
        const kinds = [
          f.cells.error ? `${f.cells.error} errors` : '',
          f.cells.warning ? `${f.cells.warning} warnings` : '',
        ]
          .filter(Boolean)
          .join(', ');
        parts.push(`${number(toCheck, 'en')} figures to re-check (${kinds}) in ${f.units} units${most}`);
      }
      if (f.cells.info) parts.push(`${number(f.cells.info, 'en')} unusual figures to note`);
      if (f.wrongPeriod) parts.push(`${f.wrongPeriod} ${f.wrongPeriod === 1 ? 'report' : 'reports'} of another period`);
      if (f.unmatched) parts.push(`${number(f.unmatched, 'en')} rows not matched to the catalog («Đối chiếu» sheet)`);
      return `${parts.join('; ')}; details on the «Kiểm tra» sheet.`;
    },
  },
};
