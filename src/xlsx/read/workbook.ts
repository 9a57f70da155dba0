import { eachChild, XmlScanner } from './xml';
import { decodeEntitiesAgain } from './xml-text';

/** One `<sheet>` of the workbook, in tab order; `relId` points into the workbook's relationships. */
export type SheetEntry = { name: string; hidden: boolean; relId: string };

export type WorkbookInfo = { sheets: SheetEntry[]; date1904: boolean };

/** Excel's limit on a sheet name; ExcelJS cuts longer names (some writers allow them), and so do we. */
const MAX_SHEET_NAME = 31;

/**
 * Reads xl/workbook.xml: the sheets in tab order and the date system.
 * @example parseWorkbook('<workbook><sheets><sheet name="BC" sheetId="1" r:id="rId1"/></sheets></workbook>', 'wb')
 * // { sheets: [{ name: 'BC', hidden: false, relId: 'rId1' }], date1904: false }
 */
export function parseWorkbook(xml: string, part: string): WorkbookInfo {
  const x = new XmlScanner(xml, part);
  if (!x.nextOpen() || !x.is('workbook')) throw x.error('no <workbook> element');
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  eachChild(x, () => {
    if (x.is('workbookPr')) date1904 = isTrue(x.attr('date1904'));
    if (!x.is('sheets')) return x.skipElement();
    eachChild(x, () => {
      if (x.is('sheet')) {
        const state = x.attr('state');
        sheets.push({
          name: sheetName(x.attr('name') ?? ''),
          hidden: state === 'hidden' || state === 'veryHidden',
          relId: x.attr('id') ?? '',
        });
      }
      x.skipElement();
    });
  });
  return { sheets, date1904 };
}

/** xsd:boolean: "1" or "true" (ExcelJS reads only "1"; LibreOffice and others may write "true"). */
export function isTrue(value: string | undefined): boolean {
  return value === '1' || value === 'true';
}

/**
 * ExcelJS decodes the five XML entities of a sheet name a second time ("A&amp;amp;B" reads "A&B") and cuts it to
 * 31 characters; kept so that cell references name the same sheet as before.
 */
function sheetName(name: string): string {
  const decoded = name.indexOf('&') < 0 ? name : decodeEntitiesAgain(name);
  return decoded.length > MAX_SHEET_NAME ? decoded.substring(0, MAX_SHEET_NAME) : decoded;
}
