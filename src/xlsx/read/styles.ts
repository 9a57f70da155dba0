import { formatCode, isDateFormat, unescapeFormatCode } from './number-formats';
import { eachChild, XmlScanner } from './xml';

/**
 * What a grid needs from one cell format (`<xf>` of cellXfs): its number format, its font's name, and whether
 * numbers in it are dates. `hasFont` tells a font without a name from no font (a merge fills cells from the row's
 * font first, even a nameless one, as ExcelJS does).
 */
export type CellStyle = { numFmt: string | null; font: string | null; hasFont: boolean; isDate: boolean };

/** The cell formats of a workbook, indexed by the `s` attribute of cells, rows and columns. */
export type Styles = CellStyle[];

/**
 * Reads xl/styles.xml: numFmts, fonts and cellXfs. Cell style inheritance (cellStyleXfs) and the apply* flags
 * are ignored, as ExcelJS ignores them.
 */
export function parseStyles(xml: string, part: string): Styles {
  const x = new XmlScanner(xml, part);
  const custom = new Map<number, string>();
  const fonts: (string | null)[] = [];
  const xfs: { numFmtId: number; fontId: number }[] = [];
  if (!x.nextOpen()) throw x.error('no root element');
  eachChild(x, () => {
    if (x.is('numFmts')) {
      eachChild(x, () => {
        if (x.is('numFmt')) custom.set(x.attrInt('numFmtId'), unescapeFormatCode(x.attr('formatCode') ?? ''));
        x.skipElement();
      });
    } else if (x.is('fonts')) {
      eachChild(x, () => {
        if (x.is('font')) fonts.push(fontName(x));
        else x.skipElement();
      });
    } else if (x.is('cellXfs')) {
      eachChild(x, () => {
        if (x.is('xf')) xfs.push({ numFmtId: x.attrInt('numFmtId'), fontId: x.attrInt('fontId') });
        x.skipElement();
      });
    } else x.skipElement();
  });
  return xfs.map((xf) => {
    const numFmt = formatCode(xf.numFmtId, custom) ?? null;
    const font = Number.isNaN(xf.fontId) || xf.fontId < 0 || xf.fontId >= fonts.length ? undefined : fonts[xf.fontId];
    return { numFmt, font: font ?? null, hasFont: font !== undefined, isDate: isDateFormat(numFmt ?? undefined) };
  });
}

/** A `<font>`'s name: the last `<name val>` with a value (ExcelJS keeps a name only when it is not empty). */
function fontName(x: XmlScanner): string | null {
  let name: string | null = null;
  eachChild(x, () => {
    if (x.is('name')) name = x.attr('val') || name;
    x.skipElement();
  });
  return name;
}
