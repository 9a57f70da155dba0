import { eachChild, XmlScanner } from './xml';

/**
 * The shared strings of a workbook. Rich text reads as its runs joined; an `<si>` with no text at all is
 * undefined (it reads as an empty cell, but a hyperlink on it shows the link, as in ExcelJS).
 */
export type SharedStrings = (string | undefined)[];

/**
 * Reads xl/sharedStrings.xml. Phonetic runs (`<rPh>`, Japanese furigana) are not part of the text.
 * @example parseSharedStrings('<sst><si><r><t>BÁO </t></r><r><t>CÁO</t></r></si></sst>', 'sst') // ['BÁO CÁO']
 */
export function parseSharedStrings(xml: string, part: string): SharedStrings {
  const x = new XmlScanner(xml, part);
  const strings: SharedStrings = [];
  if (!x.nextOpen()) throw x.error('no root element');
  eachChild(x, () => {
    if (x.is('si')) strings.push(readStringItem(x));
    else x.skipElement();
  });
  return strings;
}

/**
 * One `<si>`: its own `<t>` when it has one (the last, as ExcelJS keeps it), else its runs joined.
 * The scanner is on the element's opening tag and is left after its end tag.
 */
function readStringItem(x: XmlScanner): string | undefined {
  let plain: string | undefined;
  let runs: string | undefined;
  eachChild(x, () => {
    if (x.is('t')) plain = escapedText(x.readText());
    else if (x.is('r')) runs = (runs ?? '') + readRun(x);
    else x.skipElement();
  });
  return plain ?? runs;
}

/** A rich text run's text (its last `<t>`); formatting (`<rPr>`) is not needed. */
function readRun(x: XmlScanner): string {
  let text = '';
  eachChild(x, () => {
    if (x.is('t')) text = escapedText(x.readText());
    else x.skipElement();
  });
  return text;
}

/**
 * `<t>` text with Excel's escapes of characters XML cannot hold decoded: "_x000D_" is a carriage return.
 * Upper-case hex only, and "_x005F_" (an escaped "_") is consumed first, as ExcelJS reads them.
 */
export function escapedText(text: string | undefined): string {
  if (text === undefined) return '';
  return text.indexOf('_x') < 0
    ? text
    : text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
