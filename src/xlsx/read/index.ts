/**
 * A dedicated .xlsx reader: bytes in, grids out, with no Node or DOM API, so it also runs in a browser worker.
 * It reads what src/cli/read-xlsx.ts reads through ExcelJS (values, number formats, fonts, merges, hidden rows
 * and sheets, limits), the same way, several times faster: only the needed zip parts are inflated, and the XML
 * is scanned in place instead of being built into a document model.
 */
import type { Grid } from '../../core/model';
import { gridFromScan } from './grid';
import { defaultReadLimits, type ReadLimits } from './limits';
import {
  parseRelationships,
  relationshipOfType,
  relsPartOf,
  resolveTarget,
  unescapePartName,
  type Relationship,
} from './relationships';
import { parseSharedStrings } from './shared-strings';
import { scanSheet } from './sheet';
import { parseStyles } from './styles';
import { parseWorkbook, type SheetEntry, type WorkbookInfo } from './workbook';
import { openArchive, partText, type Archive } from './zip';

export { dateText } from './cell-value';
export { assembleGrid, type RowRead, type SheetRows } from './grid';
export { defaultReadLimits, type ReadLimits } from './limits';

/** Where the parts are when a relationship does not say: the names Excel and ExcelJS use. */
const DEFAULT_WORKBOOK = 'xl/workbook.xml';
const DEFAULT_SHARED_STRINGS = 'xl/sharedStrings.xml';
const DEFAULT_STYLES = 'xl/styles.xml';

/**
 * Reads every worksheet of an .xlsx file into grids (one per sheet, tab order); chart sheets, dialog sheets
 * and macro sheets are skipped.
 * @param bytes the file's content
 * @param file the name shown in cell references and messages
 * @throws Error for what it cannot read: not a zip, no workbook part, damaged XML, a part too big to inflate
 * @example gridsFromXlsx(await readFile('bu_dop.xlsx'), 'bu_dop.xlsx') // [{ name: 'Sheet1', values: [...] }]
 */
export function gridsFromXlsx(bytes: Uint8Array, file: string, limits: ReadLimits = defaultReadLimits): Grid[] {
  const zip = openArchive(bytes, file, isUsualPart);
  const workbook = readWorkbookPart(zip, file);
  const sheets = worksheetsOf(zip, workbook);
  if (sheets.length === 0) return [];
  const stringsPart = partOfType(zip, workbook, 'sharedStrings', DEFAULT_SHARED_STRINGS);
  const stylesPart = partOfType(zip, workbook, 'styles', DEFAULT_STYLES);
  // One pass over the zip for whatever the first one did not inflate (parts outside the usual places).
  zip.read(
    [stringsPart, stylesPart, ...sheets.flatMap((s) => [s.part, s.relsPart])].filter(
      (p): p is string => p !== undefined,
    ),
  );
  const sharedStrings = parsePart(stringsPart, textOf(zip, stringsPart), parseSharedStrings) ?? [];
  const styles = parsePart(stylesPart, textOf(zip, stylesPart), parseStyles) ?? [];
  const { date1904 } = workbook.info;
  return sheets.map((sheet) => {
    let sheetRels: Relationship[] | undefined;
    // A sheet's relationships matter only for its hyperlinks: read when the first one is met.
    const relationship = (id: string): string | undefined => {
      sheetRels ??= parsePart(sheet.relsPart, textOf(zip, sheet.relsPart), parseRelationships) ?? [];
      return sheetRels.find((r) => r.id === id)?.target;
    };
    const scan = scanSheet(textOf(zip, sheet.part) ?? '', sheet.part, {
      sharedStrings,
      styles,
      date1904,
      limits,
      relationship,
    });
    return gridFromScan(scan, sheet.name, file, sheet.hidden, limits);
  });
}

type WorkbookPart = { part: string; info: WorkbookInfo; rels: Relationship[] };
type WorksheetPart = SheetEntry & { part: string; relsPart: string | undefined };

/** The workbook's worksheets in tab order, with their parts; chart, dialog and macro sheets are left out. */
function worksheetsOf(zip: Archive, workbook: WorkbookPart): WorksheetPart[] {
  const byId = new Map(workbook.rels.map((r) => [r.id, r]));
  return workbook.info.sheets.flatMap((sheet) => {
    const rel = byId.get(sheet.relId);
    const part =
      rel && rel.type === 'worksheet' && !rel.external ? findTarget(zip, workbook.part, rel.target) : undefined;
    return part ? [{ ...sheet, part, relsPart: zip.find(relsPartOf(part)) }] : [];
  });
}

function parsePart<T>(
  part: string | undefined,
  xml: string | undefined,
  parse: (xml: string, part: string) => T,
): T | undefined {
  return part === undefined || xml === undefined ? undefined : parse(xml, part);
}

/**
 * The parts inflated in the first pass over the zip, where Excel and most writers put them; parts elsewhere
 * (found through the relationships) cost a second pass.
 */
function isUsualPart(part: string): boolean {
  return (
    part === '_rels/.rels' ||
    part === DEFAULT_WORKBOOK ||
    part === 'xl/_rels/workbook.xml.rels' ||
    part === DEFAULT_SHARED_STRINGS ||
    part === DEFAULT_STYLES ||
    (part.startsWith('xl/worksheets/') && (part.endsWith('.xml') || part.endsWith('.xml.rels')))
  );
}

/** The workbook part named by the package's officeDocument relationship, read with its relationships. */
function readWorkbookPart(zip: Archive, file: string): WorkbookPart {
  const packageRels = zip.find('_rels/.rels');
  const office = relationshipOfType(
    parsePart(packageRels, textOf(zip, packageRels), parseRelationships) ?? [],
    'officeDocument',
  );
  const part = (office && findTarget(zip, '', office.target)) ?? zip.find(DEFAULT_WORKBOOK);
  const xml = textOf(zip, part);
  if (!part || xml === undefined) throw new Error(`${file}: no workbook part (not an .xlsx workbook)`);
  const relsPart = zip.find(relsPartOf(part));
  return {
    part,
    info: parseWorkbook(xml, part),
    rels: parsePart(relsPart, textOf(zip, relsPart), parseRelationships) ?? [],
  };
}

function textOf(zip: Archive, part: string | undefined): string | undefined {
  const data = part === undefined ? undefined : zip.read([part]).get(part);
  return data && partText(data);
}

/** The part a relationship of `source` points to, as the zip names it (percent-escapes undone if needed). */
function findTarget(zip: Archive, source: string, target: string): string | undefined {
  const resolved = resolveTarget(source, target);
  return zip.find(resolved) ?? zip.find(unescapePartName(resolved));
}

/** The workbook's part of a relationship type, or the part where Excel puts it. */
function partOfType(zip: Archive, workbook: WorkbookPart, type: string, fallback: string): string | undefined {
  const rel = relationshipOfType(workbook.rels, type);
  return (rel && findTarget(zip, workbook.part, rel.target)) ?? zip.find(fallback);
}
