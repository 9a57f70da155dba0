import { memoizeText } from '../text/memo';
import { readMeasure } from './measure';
import type { MeasureStatement } from '../model';

/**
 * The measure an Excel number format writes after the number (`#,##0.0 "triệu"`, `#,##0 "đ"`, `[$₫-42A] #,##0`),
 * with the power of ten its scaling commas take off the stored value (`#,##0.0,," tr"` shows 1 234 500 000 as
 * "1.234,5 tr": the stored value is in đồng, six powers of ten below "tr"). Null for a format that names no measure.
 * @example formatMeasure('#,##0.0,," tr"') // { from: 'format', text: 'tr', shift: -6 }
 */
export function formatMeasure(format: string | null | undefined): MeasureStatement | null {
  return format ? cached(format) : null;
}

const cached = memoizeText(formatMeasureOf);

function formatMeasureOf(format: string): MeasureStatement | null {
  // The first section is the one positive figures are shown with.
  const section = firstSection(format);
  const literals: string[] = [];
  const code = section
    .replace(/"([^"]*)"/g, (_, text: string) => {
      literals.push(text);
      return ' ';
    })
    .replace(/\[\$([^\]-]*)(?:-[^\]]*)?\]/g, (_, symbol: string) => {
      literals.push(symbol);
      return ' ';
    })
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/\\(.)/g, (_, ch: string) => {
      literals.push(ch);
      return ' ';
    });
  const text = literals.join('').replace(/₫/g, 'đ').trim();
  if (text === '') return null;
  const reading = readMeasure(text);
  if (reading.group === null && !reading.bare) return null;
  // Commas right after the last digit placeholder divide the shown number by a thousand each.
  const scaling = /[0#?](,+)(?![0#?,])/.exec(code);
  const shift = scaling ? -3 * scaling[1].length : 0;
  return shift ? { from: 'format', text, shift } : { from: 'format', text };
}

/** The format up to its first unquoted ";". */
function firstSection(format: string): string {
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === '\\') i += 1;
    else if (ch === ';' && !quoted) return format.slice(0, i);
  }
  return format;
}
