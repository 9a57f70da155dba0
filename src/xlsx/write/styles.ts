/**
 * The styles part: one cell format (xf) per distinct CellStyle, with fonts, fills and number formats shared.
 * No theme part is written, so nothing here refers to theme colours or theme fonts: the default font is named
 * outright (Calibri 11, as ExcelJS and Excel write it) and text colour is automatic unless a style sets one.
 */
import type { CellStyle } from '../../core/model';
import { escapeAttr, XML_HEADER } from './xml';

export type StyleTable = {
  /** Cell format index per spec style object: the render shares style objects between many cells. */
  byObject: Map<CellStyle, number>;
  /** Cell format index per canonical key, so equal styles made apart share one format. */
  byKey: Map<string, number>;
  /** Rendered <xf> elements; index 0 is the default format. */
  xfs: string[];
  fonts: Map<string, number>;
  fills: Map<string, number>;
  /** Custom number formats (ids from 164). */
  numFmts: Map<string, number>;
};

const DEFAULT_FONT_SIZE = 11;
const FONT_NAME = '<name val="Calibri"/><family val="2"/>';
const BORDER_COLOR = 'FF808080';
const FIRST_CUSTOM_FORMAT = 164;

/** Formats Excel knows by id; the file then needs no numFmt entry for them. */
const BUILT_IN_FORMATS = new Map([
  ['General', 0],
  ['0', 1],
  ['0.00', 2],
  ['#,##0', 3],
  ['#,##0.00', 4],
  ['0%', 9],
  ['0.00%', 10],
  ['0.00E+00', 11],
  ['@', 49],
]);

const VERTICAL: Record<NonNullable<CellStyle['vAlign']>, string> = { top: 'top', middle: 'center', bottom: 'bottom' };

export function newStyleTable(): StyleTable {
  return {
    byObject: new Map(),
    byKey: new Map([['', 0]]),
    xfs: ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'],
    fonts: new Map([[fontXml({}), 0]]),
    // Excel requires these two fills first, whatever the cells use.
    fills: new Map([
      ['<fill><patternFill patternType="none"/></fill>', 0],
      ['<fill><patternFill patternType="gray125"/></fill>', 1],
    ]),
    numFmts: new Map(),
  };
}

/** The cell format index (the `s` attribute) of a style; 0 for none. */
export function styleIndex(table: StyleTable, style: CellStyle | undefined): number {
  if (!style) return 0;
  const known = table.byObject.get(style);
  if (known !== undefined) return known;
  const key = styleKey(style);
  let index = table.byKey.get(key);
  if (index === undefined) {
    index = table.xfs.length;
    table.xfs.push(xfXml(table, style));
    table.byKey.set(key, index);
  }
  table.byObject.set(style, index);
  return index;
}

/** The whole styles.xml. */
export function stylesXml(table: StyleTable): string {
  const numFmts = [...table.numFmts].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeAttr(code)}"/>`);
  return [
    XML_HEADER,
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
    numFmts.length ? `<numFmts count="${numFmts.length}">${numFmts.join('')}</numFmts>` : '',
    list('fonts', [...table.fonts.keys()]),
    list('fills', [...table.fills.keys()]),
    list('borders', [NO_BORDER, THIN_BORDER]),
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>',
    list('cellXfs', table.xfs),
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>',
    '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>',
    '</styleSheet>',
  ].join('');
}

const list = (tag: string, items: string[]): string => `<${tag} count="${items.length}">${items.join('')}</${tag}>`;

const side = (tag: string): string => `<${tag} style="thin"><color rgb="${BORDER_COLOR}"/></${tag}>`;
const NO_BORDER = '<border><left/><right/><top/><bottom/><diagonal/></border>';
const THIN_BORDER = `<border>${side('left')}${side('right')}${side('top')}${side('bottom')}<diagonal/></border>`;

/** Everything that makes two styles different, in one string. */
function styleKey(s: CellStyle): string {
  const color = argb(s.color);
  const fill = argb(s.fill);
  return [
    s.bold ? 'b' : '',
    s.italic ? 'i' : '',
    s.size && s.size !== DEFAULT_FONT_SIZE ? s.size : '',
    color ?? '',
    fill ?? '',
    s.hAlign ?? '',
    s.vAlign ?? '',
    s.wrap ? 'w' : '',
    s.border ? 'B' : '',
    s.numberFormat && s.numberFormat !== 'General' ? s.numberFormat : '',
    s.unlocked ? 'U' : '',
  ]
    .join('|')
    .replace(/^\|+$/, '');
}

function xfXml(table: StyleTable, s: CellStyle): string {
  const numFmtId = numFmtIndex(table, s.numberFormat);
  const fontId = indexIn(table.fonts, fontXml(s));
  const fill = argb(s.fill);
  const fillId = fill
    ? indexIn(
        table.fills,
        `<fill><patternFill patternType="solid"><fgColor rgb="${fill}"/><bgColor indexed="64"/></patternFill></fill>`,
      )
    : 0;
  const borderId = s.border ? 1 : 0;
  const alignment = alignmentXml(s);
  const applies =
    (numFmtId ? ' applyNumberFormat="1"' : '') +
    (fontId ? ' applyFont="1"' : '') +
    (fillId ? ' applyFill="1"' : '') +
    (borderId ? ' applyBorder="1"' : '') +
    (alignment ? ' applyAlignment="1"' : '') +
    (s.unlocked ? ' applyProtection="1"' : '');
  const open = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applies}`;
  // CT_Xf holds alignment before protection.
  const children = alignment + (s.unlocked ? '<protection locked="0"/>' : '');
  return children ? `${open}>${children}</xf>` : `${open}/>`;
}

function fontXml(s: CellStyle): string {
  const color = argb(s.color);
  const size = s.size && s.size > 0 && Number.isFinite(s.size) ? s.size : DEFAULT_FONT_SIZE;
  return `<font>${s.bold ? '<b/>' : ''}${s.italic ? '<i/>' : ''}<sz val="${size}"/>${color ? `<color rgb="${color}"/>` : ''}${FONT_NAME}</font>`;
}

function alignmentXml(s: CellStyle): string {
  const attrs =
    (s.hAlign ? ` horizontal="${s.hAlign}"` : '') +
    (s.vAlign ? ` vertical="${VERTICAL[s.vAlign]}"` : '') +
    (s.wrap ? ' wrapText="1"' : '');
  return attrs ? `<alignment${attrs}/>` : '';
}

function numFmtIndex(table: StyleTable, code: string | undefined): number {
  if (!code) return 0;
  const builtIn = BUILT_IN_FORMATS.get(code);
  if (builtIn !== undefined) return builtIn;
  let id = table.numFmts.get(code);
  if (id === undefined) table.numFmts.set(code, (id = FIRST_CUSTOM_FORMAT + table.numFmts.size));
  return id;
}

function indexIn(map: Map<string, number>, xml: string): number {
  let index = map.get(xml);
  if (index === undefined) map.set(xml, (index = map.size));
  return index;
}

/** "#1F4E79" → "FF1F4E79" (opaque ARGB); undefined for anything that is not a hex colour, which Excel would reject. */
export function argb(hex: string | undefined): string | undefined {
  if (!hex) return undefined;
  const digits = hex.replace(/^#/, '').toUpperCase();
  if (/^[0-9A-F]{6}$/.test(digits)) return `FF${digits}`;
  return /^[0-9A-F]{8}$/.test(digits) ? digits : undefined;
}
