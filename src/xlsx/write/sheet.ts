/**
 * One worksheet part and its relationships. The elements follow the order of the schema's CT_Worksheet sequence
 * (sheetPr, dimension, sheetViews, sheetFormatPr, cols, sheetData, sheetProtection, autoFilter, mergeCells,
 * conditionalFormatting, dataValidations, hyperlinks, pageMargins, pageSetup, headerFooter, rowBreaks, colBreaks,
 * drawing, legacyDrawing): Excel reports a damaged file when they are out of order.
 */
import type { SheetSpec, ValidationSpec } from '../../core/model';
import { concatBytes, newSink, putAscii, putBytes, putText, putUint, sinkBytes, utf8, type ByteSink } from './bytes';
import { linkTarget, MAX_LINKS_PER_SHEET, type LinkTarget } from './links';
import { cellAddress, columnLetters } from '../../core/address/address';
import type { Note } from './notes';
import { stringIndex, type SharedStrings } from './strings';
import { argb, styleIndex, type StyleTable } from './styles';
import { escapeAttr, safeText, XML_HEADER } from './xml';
import { dataBarsXml } from './data-bars';
import { headerFooterXml, pageBreaksXml, pageMarginsXml, pageSetupXml } from './print';

export type Tables = { strings: SharedStrings; styles: StyleTable };

export type SheetParts = {
  xml: Uint8Array;
  /** The sheet's relationships part, or null when it has no external links and no notes. */
  rels: Uint8Array | null;
  notes: Note[];
};

type CellLink = { ref: string; text: string; to: LinkTarget };
type Range = { top: number; left: number; bottom: number; right: number };
type Cells = { xml: Uint8Array; links: CellLink[]; notes: Note[]; used: Range | null };

/** Excel's largest row height (points) and column width (characters): it cannot show more, so none is written. */
const MAX_ROW_HEIGHT = 409;
const MAX_COLUMN_WIDTH = 255;
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
/** Longer cell texts go without a `display` on their link; Excel shows the cell text anyway. */
const MAX_DISPLAY = 255;
/** Cell markup is encoded in pieces of about this many characters (see sheetCells). */
const CHUNK = 1 << 14;

/**
 * The worksheet part of a sheet spec; `position` (1-based) names its notes and drawing parts (comments1.xml,
 * vmlDrawing1.vml, drawing1.xml). Strings and styles go into the workbook's shared tables.
 */
export function worksheetParts(spec: SheetSpec, position: number, selected: boolean, tables: Tables): SheetParts {
  const cells = sheetCells(spec, tables);
  const rels = newRelationships();
  const hyperlinks = hyperlinksXml(cells.links, rels);
  const drawing = spec.charts?.length
    ? `<drawing r:id="rId${addRelationship(rels, 'drawing', `../drawings/drawing${position}.xml`)}"/>`
    : '';
  let legacyDrawing = '';
  if (cells.notes.length > 0) {
    addRelationship(rels, 'comments', `../comments${position}.xml`);
    legacyDrawing = `<legacyDrawing r:id="rId${addRelationship(rels, 'vmlDrawing', `../drawings/vmlDrawing${position}.vml`)}"/>`;
  }
  const head =
    `${XML_HEADER}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}">` +
    sheetPrXml(spec) +
    `<dimension ref="${dimension(cells.used)}"/>` +
    sheetViewsXml(spec, selected) +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    colsXml(spec.columnWidths, spec.hiddenColumns);
  const middle =
    protectionXml(spec.protection) +
    autoFilterXml(spec.autoFilter) +
    mergeCellsXml(spec.merges) +
    dataBarsXml(spec.dataBars) +
    validationsXml(spec.validations);
  const tail =
    pageMarginsXml(spec.print) +
    pageSetupXml(spec.print) +
    headerFooterXml(spec.print) +
    pageBreaksXml(spec.print) +
    drawing +
    legacyDrawing +
    '</worksheet>';
  const xml = concatBytes([utf8(head), cells.xml, utf8(middle), hyperlinks, utf8(tail)]);
  return { xml, rels: relationshipsBytes(rels), notes: cells.notes };
}

/**
 * The <sheetData> of a sheet, with the links and notes of its cells and the range it uses. The markup is built as
 * strings of about 16 KB, each encoded once: faster than encoding each cell or row, or one string for the whole
 * sheet (which kept every piece alive until the end).
 */
function sheetCells(spec: SheetSpec, { strings, styles }: Tables): Cells {
  const links: CellLink[] = [];
  const notes: Note[] = [];
  let used: Range | null = null;
  const letters: string[] = [];
  const rowCount = Math.max(spec.rows.length, spec.rowHeights?.length ?? 0);
  const sink = newSink(1 << 20);
  let xml = '<sheetData>';
  for (let r = 0; r < rowCount; r++) {
    const row = spec.rows[r] ?? [];
    const rowNumber = r + 1;
    const height = spec.rowHeights?.[r];
    const ht =
      height && height > 0 && Number.isFinite(height)
        ? ` ht="${Math.min(height, MAX_ROW_HEIGHT)}" customHeight="1"`
        : '';
    let left = -1;
    let right = -1;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (!cell) continue;
      if (cell.note) notes.push({ row: r, col: c, text: safeText(cell.note) });
      const s = styleIndex(styles, cell.style);
      const { value } = cell;
      // Strings are always shared strings, never formulas, so "=HYPERLINK(...)", "+cmd" or "@SUM(1)" stay text.
      let body: string;
      if (typeof value === 'string') body = ` t="s"><v>${stringIndex(strings, value)}</v></c>`;
      else if (typeof value === 'number' && Number.isFinite(value)) body = `><v>${value}</v></c>`;
      else if (typeof value === 'boolean') body = ` t="b"><v>${value ? 1 : 0}</v></c>`;
      else if (s !== 0) body = '/>';
      else continue;
      if (left < 0) {
        left = c;
        xml += `<row r="${rowNumber}"${ht}>`;
      }
      right = c;
      const ref = (letters[c] ??= columnLetters(c)) + rowNumber;
      xml += s === 0 ? `<c r="${ref}"${body}` : `<c r="${ref}" s="${s}"${body}`;
      // A link needs text: a linked number keeps its value and loses the link.
      if (cell.link && typeof value === 'string') {
        const to = linkTarget(cell.link);
        if (to) links.push({ ref, text: strings.items[strings.index.get(value)!], to });
      }
    }
    if (left >= 0) {
      xml += '</row>';
      used = used
        ? { top: used.top, left: Math.min(used.left, left), bottom: r, right: Math.max(used.right, right) }
        : { top: r, left, bottom: r, right };
    } else if (ht) {
      xml += `<row r="${rowNumber}"${ht}/>`;
    }
    if (xml.length > CHUNK) {
      putText(sink, xml);
      xml = '';
    }
  }
  putText(sink, `${xml}</sheetData>`);
  return { xml: sinkBytes(sink), links, notes, used };
}

function dimension(used: Range | null): string {
  if (!used) return 'A1';
  const from = cellAddress(used.top, used.left);
  const to = cellAddress(used.bottom, used.right);
  return from === to ? from : `${from}:${to}`;
}

function sheetPrXml(spec: SheetSpec): string {
  const tab = argb(spec.tabColor);
  const children =
    (tab ? `<tabColor rgb="${tab}"/>` : '') + (spec.print?.fitToWidth ? '<pageSetUpPr fitToPage="1"/>' : '');
  return children ? `<sheetPr>${children}</sheetPr>` : '';
}

/** The sheet view; frozen rows and columns split it into panes, the one that scrolls both ways active. */
function sheetViewsXml(spec: SheetSpec, selected: boolean): string {
  const open = `<sheetViews><sheetView${selected ? ' tabSelected="1"' : ''} workbookViewId="0"`;
  const rows = Math.max(0, Math.floor(spec.freeze?.rows ?? 0));
  const cols = Math.max(0, Math.floor(spec.freeze?.cols ?? 0));
  if (rows === 0 && cols === 0) return `${open}/></sheetViews>`;
  const topLeft = cellAddress(rows, cols);
  const pane = rows && cols ? 'bottomRight' : rows ? 'bottomLeft' : 'topRight';
  return (
    `${open}><pane${cols ? ` xSplit="${cols}"` : ''}${rows ? ` ySplit="${rows}"` : ''} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/>` +
    `<selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/></sheetView></sheetViews>`
  );
}

function colsXml(widths: number[] | undefined, hidden: number[] | undefined): string {
  const hiddenSet = new Set((hidden ?? []).filter((c) => Number.isInteger(c) && c >= 0));
  const last = Math.max((widths?.length ?? 0) - 1, ...hiddenSet);
  let xml = '';
  for (let c = 0; c <= last; c++) {
    const width = widths?.[c];
    const sized = width !== undefined && width > 0 && Number.isFinite(width);
    if (!sized && !hiddenSet.has(c)) continue;
    // A hidden column keeps its width, so unhiding it shows the column as it was meant.
    const size = sized ? ` width="${Math.min(width, MAX_COLUMN_WIDTH)}" customWidth="1"` : ' width="9.140625"';
    xml += `<col min="${c + 1}" max="${c + 1}"${size}${hiddenSet.has(c) ? ' hidden="1"' : ''}/>`;
  }
  return xml ? `<cols>${xml}</cols>` : '';
}

/**
 * Sheet protection without a password: locked cells (the default) cannot be edited. Each listed action is written as
 * "0", the schema's way of saying it is not protected, i.e. still allowed.
 */
function protectionXml(protection: SheetSpec['protection']): string {
  if (!protection) return '';
  const allowed =
    (protection.formatColumns ? ' formatColumns="0"' : '') +
    (protection.formatRows ? ' formatRows="0"' : '') +
    (protection.insertRows ? ' insertRows="0"' : '');
  return `<sheetProtection sheet="1" objects="1" scenarios="1"${allowed}/>`;
}

/** Excel's limits on validation texts; a longer one makes it report a damaged file. */
const MAX_PROMPT_TITLE = 32;
const MAX_PROMPT_TEXT = 255;

/** Numbers only, within the range when one is given; blanks are allowed (a figure may be missing). */
function validationsXml(validations: ValidationSpec[] | undefined): string {
  const items = (validations ?? []).filter((v) => v.cells.length > 0);
  if (items.length === 0) return '';
  const clip = (text: string, max: number): string => escapeAttr(safeText(text).slice(0, max));
  const rules = items.map((v) => {
    const sqref = v.cells
      .map((r) =>
        r.top === r.bottom && r.left === r.right
          ? cellAddress(r.top, r.left)
          : `${cellAddress(r.top, r.left)}:${cellAddress(r.bottom, r.right)}`,
      )
      .join(' ');
    const [operator, formulas] =
      v.min !== undefined && v.max !== undefined
        ? ['between', [v.min, v.max]]
        : v.min !== undefined
          ? ['greaterThanOrEqual', [v.min]]
          : v.max !== undefined
            ? ['lessThanOrEqual', [v.max]]
            : ['between', [-1e15, 1e15]];
    const prompt = v.prompt
      ? ` showInputMessage="1" promptTitle="${clip(v.prompt.title, MAX_PROMPT_TITLE)}" prompt="${clip(v.prompt.text, MAX_PROMPT_TEXT)}"`
      : '';
    const body = formulas.map((f, i) => `<formula${i + 1}>${f}</formula${i + 1}>`).join('');
    return (
      `<dataValidation type="decimal" operator="${operator}" allowBlank="1" showErrorMessage="1" errorStyle="stop" ` +
      `errorTitle="${clip(v.error.title, MAX_PROMPT_TITLE)}" error="${clip(v.error.text, MAX_PROMPT_TEXT)}"${prompt} sqref="${sqref}">${body}</dataValidation>`
    );
  });
  return `<dataValidations count="${rules.length}">${rules.join('')}</dataValidations>`;
}

/**
 * The filter buttons on a header row ("A5:K5"), down to the table's last row when the spec gives it ("A5:K130");
 * with `absolute`, as the hidden _FilterDatabase name holds it.
 */
export function autoFilterRange(filter: NonNullable<SheetSpec['autoFilter']>, absolute = false): string {
  const d = absolute ? '$' : '';
  const row = filter.row + 1;
  const last = filter.toRow !== undefined && filter.toRow > filter.row ? filter.toRow + 1 : row;
  const left = columnLetters(Math.min(filter.fromCol, filter.toCol));
  const right = columnLetters(Math.max(filter.fromCol, filter.toCol));
  return `${d}${left}${d}${row}:${d}${right}${d}${last}`;
}

function autoFilterXml(filter: SheetSpec['autoFilter']): string {
  return filter ? `<autoFilter ref="${autoFilterRange(filter)}"/>` : '';
}

/** Merged ranges larger than one cell; a range overlapping an earlier one is dropped (Excel would repair the file). */
function mergeCellsXml(merges: SheetSpec['merges']): string {
  const kept: Range[] = [];
  for (const m of merges ?? []) {
    const range = {
      top: Math.min(m.top, m.bottom),
      left: Math.min(m.left, m.right),
      bottom: Math.max(m.top, m.bottom),
      right: Math.max(m.left, m.right),
    };
    if (range.top === range.bottom && range.left === range.right) continue;
    if (
      kept.some((k) => k.top <= range.bottom && range.top <= k.bottom && k.left <= range.right && range.left <= k.right)
    )
      continue;
    kept.push(range);
  }
  if (kept.length === 0) return '';
  const refs = kept.map((k) => `<mergeCell ref="${cellAddress(k.top, k.left)}:${cellAddress(k.bottom, k.right)}"/>`);
  return `<mergeCells count="${kept.length}">${refs.join('')}</mergeCells>`;
}

/**
 * The <hyperlinks> element. A link inside the workbook is a `location` alone; one leaving it gets a relationship
 * of its own (as Excel writes them), with the place inside the target file as `location`.
 */
function hyperlinksXml(links: CellLink[], rels: Relationships): Uint8Array {
  if (links.length === 0) return new Uint8Array(0);
  const sink = newSink(links.length * 120);
  putAscii(sink, '<hyperlinks>');
  for (const { ref, text, to } of links.slice(0, MAX_LINKS_PER_SHEET)) {
    putAscii(sink, `<hyperlink ref="${ref}"`);
    if (to.target !== undefined) putAscii(sink, ` r:id="rId${addRelationship(rels, 'hyperlink', to.target, true)}"`);
    if (to.location !== undefined) putText(sink, ` location="${escapeAttr(to.location)}"`);
    if (text.length <= MAX_DISPLAY) putText(sink, ` display="${escapeAttr(text)}"`);
    putAscii(sink, '/>');
  }
  putAscii(sink, '</hyperlinks>');
  return sinkBytes(sink);
}

/** A part's relationships as they are added; the bytes after each id are kept per target (thousands of links share a few files). */
type Relationships = { sink: ByteSink; count: number; tails: Map<string, Uint8Array> };

function newRelationships(): Relationships {
  return { sink: newSink(1 << 12), count: 0, tails: new Map() };
}

/** Adds a relationship and returns its number (the N of rIdN). */
function addRelationship(rels: Relationships, type: string, target: string, external = false): number {
  const key = `${type} ${external} ${target}`;
  let tail = rels.tails.get(key);
  if (!tail)
    rels.tails.set(
      key,
      (tail = utf8(
        `" Type="${REL}/${type}" Target="${escapeAttr(target)}"${external ? ' TargetMode="External"' : ''}/>`,
      )),
    );
  const id = ++rels.count;
  putAscii(rels.sink, '<Relationship Id="rId');
  putUint(rels.sink, id);
  putBytes(rels.sink, tail);
  return id;
}

function relationshipsBytes(rels: Relationships): Uint8Array | null {
  return rels.count ? concatBytes([utf8(RELS_OPEN), sinkBytes(rels.sink), utf8(RELS_CLOSE)]) : null;
}

/** One <Relationship> of a package part. */
export function relationship(id: number, type: string, target: string, external = false): string {
  return `<Relationship Id="rId${id}" Type="${REL}/${type}" Target="${escapeAttr(target)}"${external ? ' TargetMode="External"' : ''}/>`;
}

const RELS_OPEN = `${XML_HEADER}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`;
const RELS_CLOSE = '</Relationships>';

export function relationshipsXml(relationships: string[]): string {
  return `${RELS_OPEN}${relationships.join('')}${RELS_CLOSE}`;
}
