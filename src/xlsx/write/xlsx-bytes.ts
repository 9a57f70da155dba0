/**
 * A WorkbookSpec as .xlsx bytes, written directly as SpreadsheetML: only what a spec can express, several times
 * faster than building an ExcelJS workbook and having it serialise every cell object. Pure TypeScript (no Node, no
 * DOM), so a browser worker can run it too.
 *
 * No theme part: nothing refers to theme colours or fonts (see styles.ts), and Excel and LibreOffice use their
 * default theme for a package without one.
 */
import type { SheetSpec, WorkbookSpec } from '../../core/model';
import { columnLetters, quoteSheet } from '../../core/address/address';
import { sheetNames } from './names';
import { commentsXml, shapeBlocks, vmlXml, type Note } from './notes';
import { autoFilterRange, relationship, relationshipsXml, worksheetParts, type Tables } from './sheet';
import { newSharedStrings, sharedStringsXml } from './strings';
import { newStyleTable, stylesXml } from './styles';
import { escapeAttr, escapeText, XML_HEADER } from './xml';
import { chartXml, drawingXml } from './charts';
import { zipEntries, type Gzip } from './zip';

export type XlsxOptions = {
  /** Creation time written in the document properties and the zip entries; now by default. */
  created?: Date;
  /**
   * A native gzip at a fast level, e.g. `(data) => zlib.gzipSync(data, { level: 1 })` in Node; without it fflate
   * deflates in JavaScript (several times slower on a large summary, see zip.ts).
   */
  gzip?: Gzip;
};

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const CT = 'application/vnd.openxmlformats-officedocument';

/**
 * Builds the .xlsx file of a workbook spec.
 * @example const bytes = xlsxBytes({ sheets: [{ name: 'Tổng hợp', rows: [[{ value: 'Số trạm BTS' }, { value: 90 }]] }] })
 */
export function xlsxBytes(spec: WorkbookSpec, options: XlsxOptions = {}): Uint8Array {
  const created = options.created ?? new Date();
  // Excel cannot open a workbook without a sheet.
  const sheets: SheetSpec[] = spec.sheets.length ? spec.sheets : [{ name: 'Sheet1', rows: [] }];
  const names = sheetNames(sheets.map((s) => s.name));
  const tables: Tables = { strings: newSharedStrings(), styles: newStyleTable() };
  const sheetParts = sheets.map((sheet, i) => worksheetParts(sheet, i + 1, i === 0, tables));
  const hasStrings = tables.strings.items.length > 0;

  const parts: [path: string, xml: string | Uint8Array][] = [
    [
      '[Content_Types].xml',
      contentTypesXml(
        sheetParts.map((p) => p.notes),
        sheets.map((s) => s.charts?.length ?? 0),
        hasStrings,
      ),
    ],
    ['_rels/.rels', relationshipsXml(PACKAGE_RELATIONSHIPS)],
    ['docProps/core.xml', coreXml(created)],
    ['docProps/app.xml', APP_XML],
    ['xl/workbook.xml', workbookXml(sheets, names)],
    ['xl/_rels/workbook.xml.rels', workbookRelationshipsXml(names.length, hasStrings)],
    ['xl/styles.xml', stylesXml(tables.styles)],
  ];
  if (hasStrings) parts.push(['xl/sharedStrings.xml', sharedStringsXml(tables.strings)]);
  let block = 1;
  let chart = 1;
  sheetParts.forEach((sheet, i) => {
    parts.push([`xl/worksheets/sheet${i + 1}.xml`, sheet.xml]);
    if (sheet.rels) parts.push([`xl/worksheets/_rels/sheet${i + 1}.xml.rels`, sheet.rels]);
    const charts = sheets[i].charts ?? [];
    if (charts.length) {
      // Charts are numbered across the workbook (chart1.xml, chart2.xml…); each drawing's relationships name its own.
      const numbers = charts.map((_, k) => chart + k);
      parts.push([
        `xl/drawings/drawing${i + 1}.xml`,
        drawingXml(
          charts,
          numbers.map((_, k) => k + 1),
        ),
      ]);
      parts.push([
        `xl/drawings/_rels/drawing${i + 1}.xml.rels`,
        relationshipsXml(numbers.map((n, k) => relationship(k + 1, 'chart', `../charts/chart${n}.xml`))),
      ]);
      charts.forEach((c, k) => parts.push([`xl/charts/chart${numbers[k]}.xml`, chartXml(c, sheets[i], names[i])]));
      chart += charts.length;
    }
    if (sheet.notes.length === 0) return;
    parts.push(
      [`xl/comments${i + 1}.xml`, commentsXml(sheet.notes)],
      [`xl/drawings/vmlDrawing${i + 1}.vml`, vmlXml(sheet.notes, block)],
    );
    block += shapeBlocks(sheet.notes);
  });
  const encoder = new TextEncoder();
  const entries = parts.map(([path, xml]) => ({ path, data: typeof xml === 'string' ? encoder.encode(xml) : xml }));
  return zipEntries(entries, created, options.gzip);
}

const PACKAGE_RELATIONSHIPS = [
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>',
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>',
  '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>',
];

/** Sheets first (rId1… in sheet order, as workbook.xml refers to them), then styles and shared strings. */
function workbookRelationshipsXml(sheetCount: number, hasStrings: boolean): string {
  const sheets = Array.from({ length: sheetCount }, (_, i) =>
    relationship(i + 1, 'worksheet', `worksheets/sheet${i + 1}.xml`),
  );
  const strings = hasStrings ? [relationship(sheetCount + 2, 'sharedStrings', 'sharedStrings.xml')] : [];
  return relationshipsXml([...sheets, relationship(sheetCount + 1, 'styles', 'styles.xml'), ...strings]);
}

function contentTypesXml(notes: Note[][], charts: number[], hasStrings: boolean): string {
  const override = (part: string, type: string): string => `<Override PartName="${part}" ContentType="${type}"/>`;
  let chart = 0;
  const chartParts = charts.flatMap((count, i) => {
    if (!count) return [];
    const drawing = override(`/xl/drawings/drawing${i + 1}.xml`, `${CT}.drawing+xml`);
    return [
      drawing,
      ...Array.from({ length: count }, () => override(`/xl/charts/chart${++chart}.xml`, `${CT}.drawingml.chart+xml`)),
    ];
  });
  const overrides = [
    override('/xl/workbook.xml', `${CT}.spreadsheetml.sheet.main+xml`),
    ...notes.map((_, i) => override(`/xl/worksheets/sheet${i + 1}.xml`, `${CT}.spreadsheetml.worksheet+xml`)),
    override('/xl/styles.xml', `${CT}.spreadsheetml.styles+xml`),
    ...(hasStrings ? [override('/xl/sharedStrings.xml', `${CT}.spreadsheetml.sharedStrings+xml`)] : []),
    ...notes.flatMap((n, i) =>
      n.length ? [override(`/xl/comments${i + 1}.xml`, `${CT}.spreadsheetml.comments+xml`)] : [],
    ),
    ...chartParts,
    override('/docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml'),
    override('/docProps/app.xml', `${CT}.extended-properties+xml`),
  ];
  return (
    `${XML_HEADER}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    `<Default Extension="vml" ContentType="${CT}.vmlDrawing"/>` +
    `${overrides.join('')}</Types>`
  );
}

/** The workbook part: sheets in spec order, print titles and filter ranges as the defined names Excel uses. */
function workbookXml(sheets: SheetSpec[], names: string[]): string {
  const sheetList = names.map((name, i) => `<sheet name="${escapeAttr(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`);
  const defined: string[] = [];
  sheets.forEach((sheet, i) => {
    const quoted = quoteSheet(names[i]);
    if (sheet.autoFilter) {
      const range = `${quoted}!${autoFilterRange(sheet.autoFilter, true)}`;
      defined.push(
        `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${escapeText(range)}</definedName>`,
      );
    }
  });
  sheets.forEach((sheet, i) => {
    const titles = printTitles(sheet.print, quoteSheet(names[i]));
    if (titles)
      defined.push(`<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${escapeText(titles)}</definedName>`);
  });
  return (
    `${XML_HEADER}<workbook xmlns="${MAIN}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
    '<workbookPr/><bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300"/></bookViews>' +
    `<sheets>${sheetList.join('')}</sheets>` +
    (defined.length ? `<definedNames>${defined.join('')}</definedNames>` : '') +
    '<calcPr calcId="191029"/></workbook>'
  );
}

/** Columns and rows printed on every page, as Excel writes them: "'Sheet'!$A:$B,'Sheet'!$5:$6". */
function printTitles(print: SheetSpec['print'], quoted: string): string {
  const cols = print?.repeatCols;
  const rows = print?.repeatRows;
  const parts = [
    cols ? `${quoted}!$${columnLetters(Math.min(...cols))}:$${columnLetters(Math.max(...cols))}` : '',
    rows ? `${quoted}!$${Math.min(...rows) + 1}:$${Math.max(...rows) + 1}` : '',
  ];
  return parts.filter(Boolean).join(',');
}

function coreXml(created: Date): string {
  const when = `${created.toISOString().slice(0, 19)}Z`;
  return (
    `${XML_HEADER}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:creator>Tổng hợp</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified></cp:coreProperties>`
  );
}

// The application name ExcelJS wrote too: readers that adapt to the producing application see the same one.
const APP_XML =
  `${XML_HEADER}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" ` +
  'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Microsoft Excel</Application></Properties>';
