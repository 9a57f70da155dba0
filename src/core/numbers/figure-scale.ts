import type { FigureScale, MeasureSource, MeasureStatement } from '../model';
import { compareMeasures, measureFactor, measureKind, readMeasure } from './measure';

export type { FigureScale, MeasureSource, MeasureStatement };

/** A figure's measure as the sheet states it, from every source, before it is brought to the catalog's measure. */
export type FigureMeasureSources = {
  /** The cell's own words after the number ("đồng" in "1,7 tỷ đồng"), when it has words. */
  cellMeasure?: string;
  /** The power of ten of a magnitude word in the cell ("tỷ" → 9), already in the parsed value. */
  cellExponent?: number;
  /** Format, ĐVT cell, label suffix (they describe this row), then column header and table note (they describe a
   * whole column or table, so they are taken only where they fit the indicator's measure). */
  statements: MeasureStatement[];
};

const ROW_LEVEL: ReadonlySet<MeasureSource> = new Set(['format', 'measure', 'label']);
const NONE: MeasureStatement[] = [];

/**
 * Decides a figure's magnitude from all its sources, once: the cell's own words decide when it has some ("1,7 tỷ",
 * "12.500.000 đồng"); otherwise every source that states a magnitude for this indicator must agree, and one of them
 * is applied — never two. Sources that disagree are a conflict; a money figure none of them speaks for is unknown.
 * Pure and independent of the value, so callers may cache it per distinct sources and measure.
 * @example resolveFigureScale({ statements: [{ from: 'measure', text: 'ty dong' }] }, 'triệu đồng') // { kind: 'read', factor: 1000, ... }
 * @example resolveFigureScale({ cellExponent: 9, statements: [{ from: 'measure', text: 'ty dong' }] }, 'triệu đồng').factor // 0.001
 */
export function resolveFigureScale(sources: FigureMeasureSources, target: string): FigureScale {
  if (target.trim() === '') return { kind: 'read', factor: 1, used: null, agreeing: NONE, overridden: NONE };
  if (sources.cellMeasure || sources.cellExponent) return fromCell(sources, target);
  let used: MeasureStatement | null = null;
  let factor = 1;
  const agreeing: MeasureStatement[] = [];
  const disagreeing: MeasureStatement[] = [];
  for (const statement of sources.statements) {
    const f = statementFactor(statement, target);
    if (f === 'mismatch') {
      if (ROW_LEVEL.has(statement.from)) return { kind: 'mismatch', statement };
      continue;
    }
    if (f === null) continue;
    if (used === null) {
      used = statement;
      factor = f;
    } else if (closeTo(f, factor)) agreeing.push(statement);
    else disagreeing.push(statement);
  }
  if (disagreeing.length > 0 && used) return { kind: 'conflict', statements: [used, ...agreeing, ...disagreeing] };
  if (used === null && measureKind(target) === 'money') return { kind: 'unknown' };
  return { kind: 'read', factor, used, agreeing, overridden: NONE };
}

/**
 * The cell's own words: the value already holds its magnitude word, so the statement is the whole written measure
 * ("tỷ đồng", or "tỷ" alone) shifted back by that power of ten; a bare magnitude counts what the indicator counts.
 */
function fromCell(sources: FigureMeasureSources, target: string): FigureScale {
  const exponent = sources.cellExponent ?? 0;
  const text = [magnitudeWord(exponent), sources.cellMeasure ?? ''].join(' ').trim();
  const cell: MeasureStatement = exponent ? { from: 'cell', text, shift: -exponent } : { from: 'cell', text };
  const overridden = sources.statements.filter((s) => statementFactor(s, target) !== null);
  const factor = statementFactor(cell, target);
  if (factor === 'mismatch') return { kind: 'mismatch', statement: cell };
  // A word the lexicon does not know ("12 cái" for cameras): only the magnitude word is read.
  const read = factor ?? (exponent ? 10 ** -readMeasure(target).exponent : 1);
  return { kind: 'read', factor: read, used: cell, agreeing: NONE, overridden };
}

/** What a statement makes of a figure for `target`: a factor, a mismatch, or null when it says nothing that applies. */
function statementFactor(statement: MeasureStatement, target: string): number | 'mismatch' | null {
  const comparison = compareMeasures(statement.text, target);
  if (comparison === 'different') return 'mismatch';
  if (comparison === 'unknown') return null;
  const factor = measureFactor(statement.text, target);
  if (factor === null) return null;
  return statement.shift ? Number((factor * 10 ** statement.shift).toPrecision(15)) : factor;
}

function closeTo(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

function magnitudeWord(exponent: number): string {
  return exponent === 9 ? 'tỷ' : exponent === 6 ? 'triệu' : exponent === 3 ? 'nghìn' : '';
}
