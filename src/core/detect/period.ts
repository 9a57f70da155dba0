import { foldKey } from '../text/fold';
import { memoizeText } from '../text/memo';
import { looseKey } from './fold';

/*
 * Reporting periods: the one home of how a period is read, compared and chosen (detection reads the title's,
 * consolidation picks the one most reports give, the checks compare each report's with it).
 */

/** A reporting period: a display label and a comparable key ("2022-H1", "2021-Y", "2023-Q1", "2024-M9", "2025-10"). */
export type Period = { label: string; key: string };

type Found = { index: number; length: number; year: number | null; make: (year: number) => Period | null };

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
const ROMAN_LABEL = ['', 'I', 'II', 'III', 'IV'];
const WORD_NUMBER: Record<string, number> = { ba: 3, sau: 6, chin: 9 };

// Dates ("ngày 20 tháng 6 năm 2022", "ngày 20/6/2022") name a day, not a period: blank them out first.
const DATE = /\bngay\s+\d{1,2}\s+(?:thang\s+)?\d{1,2}\s+(?:nam\s+)?\d{4}\b/g;

function yearOf(text: string | undefined): number | null {
  if (!text) return null;
  const y = Number(text);
  return y >= 1990 && y <= 2099 ? y : null;
}

/** "N tháng (đầu|cuối) năm": 6 → half year, 12 → year, 3 → first quarter, otherwise N months cumulative. */
function monthsPeriod(n: number, part: string | undefined, year: number): Period | null {
  if (part === 'cuoi') return n === 6 ? { label: `6 tháng cuối năm ${year}`, key: `${year}-H2` } : null;
  if (n === 6) return { label: `6 tháng đầu năm ${year}`, key: `${year}-H1` };
  if (n === 12) return { label: `năm ${year}`, key: `${year}-Y` };
  if (n === 3) return { label: `quý I/${year}`, key: `${year}-Q1` };
  if (n >= 1 && n <= 11) return { label: `${n} tháng năm ${year}`, key: `${year}-M${n}` };
  return null;
}

function quarterPeriod(q: number, year: number): Period {
  return { label: `quý ${ROMAN_LABEL[q]}/${year}`, key: `${year}-Q${q}` };
}

function findAll(f: string): Found[] {
  const found: Found[] = [];
  const add = (m: RegExpExecArray, year: string | undefined, make: Found['make']) =>
    found.push({ index: m.index, length: m[0].length, year: yearOf(year), make });
  let m: RegExpExecArray | null;

  const months = /\b(\d{1,2}|ba|sau|chin) thang(?: (dau|cuoi))?(?: nam)?(?: (\d{4})\b)?/g;
  while ((m = months.exec(f))) {
    const n = WORD_NUMBER[m[1]] ?? Number(m[1]);
    const part = m[2];
    add(m, m[3], (y) => monthsPeriod(n, part, y));
  }
  // "6T/2022", "9T2024": the short form used in sheet names and headers.
  const short = /\b(\d{1,2})t ?(\d{4})\b/g;
  while ((m = short.exec(f))) {
    const n = Number(m[1]);
    add(m, m[2], (y) => monthsPeriod(n, undefined, y));
  }
  const quarter = /\bquy (iv|iii|ii|i|[1-4])\b(?: nam)?(?: (\d{4})\b)?/g;
  while ((m = quarter.exec(f))) {
    const q = ROMAN[m[1]] ?? Number(m[1]);
    add(m, m[2], (y) => quarterPeriod(q, y));
  }
  const month = /\bthang (\d{1,2})\b(?: nam)?(?: (\d{4})\b)?/g;
  while ((m = month.exec(f))) {
    const n = Number(m[1]);
    add(m, m[2], (y) =>
      n >= 1 && n <= 12 ? { label: `tháng ${n}/${y}`, key: `${y}-${String(n).padStart(2, '0')}` } : null,
    );
  }
  const year = /\bnam (\d{4})\b(?! \d)/g;
  while ((m = year.exec(f))) add(m, m[1], (y) => ({ label: `năm ${y}`, key: `${y}-Y` }));
  return found.sort((a, b) => a.index - b.index || b.length - a.length);
}

/**
 * Finds the first reporting period written in a text; a period written without its year ("6 tháng đầu năm và
 * phương hướng 6 tháng cuối năm 2022") takes the next year written after it. Dates are not periods.
 * @example parsePeriod('BÁO CÁO Kết quả 6 tháng đầu năm 2022') // { label: '6 tháng đầu năm 2022', key: '2022-H1' }
 */
export const parsePeriod: (text: string) => Period | null = memoizeText(parsePeriodOf);

// Title lines, column headers and file names repeat from sheet to sheet; the periods returned are never changed.
function parsePeriodOf(text: string): Period | null {
  const f = looseKey(text).replace(DATE, (d) => ' '.repeat(d.length));
  const periods: Period[] = [];
  for (const hit of findAll(f)) {
    let year = hit.year;
    if (year === null) {
      const later = /\b(\d{4})\b/g;
      later.lastIndex = hit.index + hit.length;
      let y: RegExpExecArray | null;
      while ((y = later.exec(f)) && year === null) year = yearOf(y[1]);
    }
    const period = year === null ? null : hit.make(year);
    if (period) periods.push(period);
  }
  const first = periods[0];
  if (!first || !first.key.endsWith('-Y')) return first ?? null;
  // "Kế hoạch chuyển đổi số năm 2022 ... 6 tháng đầu năm 2022": the year names the plan, the finer period the report.
  const year = first.key.slice(0, 4);
  return periods.find((p) => p.key.startsWith(year) && !p.key.endsWith('-Y')) ?? first;
}

/**
 * Whether two period texts name the same period ("6T/2022" and "6 tháng đầu năm 2022"); unparsable texts
 * are compared as folded text.
 * @example samePeriod('quý 3 năm 2023', 'Quý III/2023') // true
 */
export function samePeriod(a: string, b: string): boolean {
  const pa = parsePeriod(a);
  const pb = parsePeriod(b);
  if (pa && pb) return pa.key === pb.key;
  if (pa || pb) return false;
  const ka = looseKey(a);
  return ka !== '' && ka === looseKey(b);
}

/** A comparable key for a period as written: "6 tháng đầu năm 2022" and "6T/2022" give the same key. */
export function periodKey(period: string): string {
  return parsePeriod(period)?.key ?? foldKey(period);
}

/**
 * The period most reports give, used when none is set.
 * @example commonPeriod(["6 tháng đầu năm 2022", "6T/2022", "năm 2021"]) // "6 tháng đầu năm 2022"
 */
export function commonPeriod(periods: (string | null)[]): string | null {
  const counts = new Map<string, { label: string; n: number }>();
  for (const p of periods) {
    if (!p) continue;
    const key = periodKey(p);
    const entry = counts.get(key) ?? { label: p, n: 0 };
    entry.n += 1;
    counts.set(key, entry);
  }
  let best: { label: string; n: number } | null = null;
  for (const entry of counts.values()) if (!best || entry.n > best.n) best = entry;
  return best?.label ?? null;
}
