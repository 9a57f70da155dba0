import type { FigureScale, MeasureStatement, UnitValue } from '../model';
import { MEASURE_SOURCE_TEXTS } from '../issues';

const vi = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 6 });
const en = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

/**
 * How a figure was read, for the audit sheet: where its measure came from, the factor applied to reach the
 * catalog's measure, sources that agreed or that the cell's own words took precedence over, and its note (an
 * estimate, "khoảng"). Empty when the sheet wrote no measure and the figure has no note.
 * @example describeReading(value, 'triệu đồng', 'vi') // "Đơn vị tính theo cột ĐVT «ty dong»: ×1.000 sang triệu đồng"
 */
export function describeReading(value: UnitValue, measure: string, lang: 'vi' | 'en'): string {
  const note = value.figure.kind === 'number' ? value.figure.note : undefined;
  const scale = value.scale;
  if (note) return describe(value, measure, lang);
  if (!scale || ordinary(scale)) return '';
  // Figures share their scale objects (one per distinct sources): each description is made once per scale.
  const cache = described[lang];
  let byMeasure = cache.get(scale);
  if (!byMeasure) cache.set(scale, (byMeasure = new Map<string, string>()));
  let text = byMeasure.get(measure);
  if (text === undefined) byMeasure.set(measure, (text = describe(value, measure, lang)));
  return text;
}

const NOT_COUNTED = {
  conflict: {
    vi: 'Không cộng: các nơi ghi đơn vị tính mâu thuẫn (xem trang Kiểm tra)',
    en: 'Not added: the measures written disagree (see Kiểm tra)',
  },
  unknown: {
    vi: 'Không cộng: không rõ đơn vị tính (đồng, nghìn, triệu hay tỷ đồng)',
    en: 'Not added: the magnitude is written nowhere',
  },
  mismatch: {
    vi: 'Không cộng: đơn vị tính khác chỉ tiêu',
    en: "Not added: measured in another thing than the indicator's",
  },
} as const;

const described = {
  vi: new WeakMap<FigureScale, Map<string, string>>(),
  en: new WeakMap<FigureScale, Map<string, string>>(),
};

/** A figure read as its ĐVT column says, already in the catalog's measure: the ordinary case, nothing to tell. */
function ordinary(scale: FigureScale): boolean {
  return (
    scale.kind === 'read' &&
    scale.used?.from === 'measure' &&
    scale.factor === 1 &&
    scale.agreeing.length === 0 &&
    scale.overridden.length === 0
  );
}

function describe(value: UnitValue, measure: string, lang: 'vi' | 'en'): string {
  const parts: string[] = [];
  const scale = value.scale;
  const fmt = lang === 'vi' ? vi : en;
  const said = (s: MeasureStatement) => `${MEASURE_SOURCE_TEXTS[s.from][lang]}${s.text ? ` «${s.text}»` : ''}`;
  if (scale?.kind === 'read' && scale.used && !ordinary(scale)) {
    // The factor from the number as the clerk sees it ("106,7" of "106,7 tỷ"), not from the parsed amount.
    const seen = Number((scale.factor * 10 ** -(scale.used.shift ?? 0)).toPrecision(12));
    const factor =
      seen === 1 ? '' : seen > 1 ? `×${fmt.format(seen)}` : `÷${fmt.format(Number((1 / seen).toPrecision(12)))}`;
    parts.push(
      lang === 'vi'
        ? `Đơn vị tính theo ${said(scale.used)}${factor ? `: ${factor} sang ${measure}` : ''}`
        : `Measure from ${said(scale.used)}${factor ? `: ${factor} to ${measure}` : ''}`,
    );
    if (scale.agreeing.length > 0)
      parts.push(
        lang === 'vi'
          ? `${scale.agreeing.map(said).join(', ')} ghi cùng đơn vị (không áp dụng lần nữa)`
          : `${scale.agreeing.map(said).join(', ')} agree (not applied again)`,
      );
    if (scale.overridden.length > 0)
      parts.push(
        lang === 'vi'
          ? `ô đã ghi rõ nên không áp dụng ${scale.overridden.map(said).join(', ')}`
          : `the cell says it, so ${scale.overridden.map(said).join(', ')} not applied`,
      );
  }
  if (scale && scale.kind !== 'read') parts.push(NOT_COUNTED[scale.kind][lang]);
  if (value.figure.kind === 'number' && value.figure.note)
    parts.push(lang === 'vi' ? `ghi chú: ${value.figure.note}` : `note: «${value.figure.note}»`);
  return parts.join('; ');
}
