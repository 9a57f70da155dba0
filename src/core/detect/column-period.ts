/**
 * Which span of the year a result column covers, and how well that fits the report's period: a report for a span
 * (6 or 9 months, a year) takes the cumulative figure for that span ("Lũy kế 6 tháng", "Cộng dồn từ đầu năm"), a
 * monthly report the month, a quarterly report the quarter. A column of another span is never the result.
 */

/** Months of the year a span covers (1–12); `start`/`end` null when the header names the length but not which. */
type Span = { start: number | null; end: number | null; length: number } | { cumulative: true } | { own: true };

/** A period key ("2024-H1", "2024-M9", "2025-Q3", "2025-10", "2024-Y") as months of its year. */
function periodMonths(key: string): { year: number; start: number; end: number } | null {
  const m = /^(\d{4})-(.+)$/.exec(key);
  if (!m) return null;
  const year = Number(m[1]);
  const part = m[2];
  if (part === 'Y') return { year, start: 1, end: 12 };
  if (part === 'H1') return { year, start: 1, end: 6 };
  if (part === 'H2') return { year, start: 7, end: 12 };
  const months = /^M(\d{1,2})$/.exec(part);
  if (months) return { year, start: 1, end: Number(months[1]) };
  const quarter = /^Q([1-4])$/.exec(part);
  if (quarter) return { year, start: 3 * Number(quarter[1]) - 2, end: 3 * Number(quarter[1]) };
  if (/^\d{1,2}$/.test(part)) return { year, start: Number(part), end: Number(part) };
  return null;
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
const WORD_NUMBER: Record<string, number> = { mot: 1, hai: 2, ba: 3, sau: 6, chin: 9, 'muoi hai': 12 };

/** The span a header names, finest first: months, quarter, month, a cumulative column, "kỳ báo cáo", a whole year. */
function headerSpan(folded: string): Span | null {
  const months =
    /\b(\d{1,2}|mot|hai|ba|sau|chin|muoi hai) thang(?: (dau|cuoi) nam)?\b/.exec(folded) ??
    /\b(\d{1,2})t\b/.exec(folded);
  if (months) {
    const n = WORD_NUMBER[months[1]] ?? Number(months[1]);
    if (months[2] === 'cuoi' && n === 6) return { start: 7, end: 12, length: 6 };
    if (n >= 1 && n <= 12) return { start: 1, end: n, length: n };
  }
  const quarter = /\bquy\b(?: (iv|iii|ii|i|[1-4])\b)?/.exec(folded);
  if (quarter) {
    const q = quarter[1] ? (ROMAN[quarter[1]] ?? Number(quarter[1])) : null;
    return q ? { start: 3 * q - 2, end: 3 * q, length: 3 } : { start: null, end: null, length: 3 };
  }
  const month = /\bthang (\d{1,2})\b/.exec(folded);
  if (month) {
    const n = Number(month[1]);
    if (n >= 1 && n <= 12) return { start: n, end: n, length: 1 };
  }
  if (
    /\b(trong thang|thang nay|thang bao cao|so lieu thang|thuc hien thang|thang hien tai)\b/.test(folded) ||
    /\bthang$/.test(folded)
  ) {
    return { start: null, end: null, length: 1 };
  }
  if (/\b(luy ke|cong don|tu dau nam)\b/.test(folded)) return { cumulative: true };
  if (/\b(ky bao cao|ky nay|trong ky)\b/.test(folded)) return { own: true };
  if (/\b(ca nam|nam)\b/.test(folded)) return { start: 1, end: 12, length: 12 };
  return null;
}

function yearsOf(folded: string): number[] {
  return [...folded.matchAll(/\b(19\d{2}|20\d{2})\b/g)].map((m) => Number(m[1]));
}

/**
 * How well a column's header fits the report's period: 3 names it with its year, 2 names its span without a year
 * ("Lũy kế 6 tháng" in a half-year report, "Cộng dồn từ đầu năm" in a 9-month one), 1 says nothing about a period,
 * 0 names another span or year (the month of a 6-month report, last year) — never the result.
 * @example periodFit('lũy kế 6 tháng', '2024-H1') // 2
 * @example periodFit('thuc hien thang 6 2024', '2024-H1') // 0
 */
export function periodFit(folded: string, periodKey: string | null): number {
  if (periodKey === null) return 1;
  const period = periodMonths(periodKey);
  if (!period) return 1;
  const span = headerSpan(folded);
  const years = yearsOf(folded);
  if (span === null) {
    if (years.length === 0) return 1;
    // A year alone ("Năm 2024", "2024") is that whole year.
    return years.includes(period.year) && period.start === 1 && period.end === 12 ? 3 : 0;
  }
  if (!spanFits(span, period)) return 0;
  if (years.length === 0) return 2;
  return years.includes(period.year) ? 3 : 0;
}

function spanFits(span: Span, period: { start: number; end: number }): boolean {
  if ('own' in span) return true;
  // Cumulative from the start of the year: the figure of any period that starts in January.
  if ('cumulative' in span) return period.start === 1;
  if (span.start === null) return span.length === period.end - period.start + 1;
  return span.start === period.start && span.end === period.end;
}
