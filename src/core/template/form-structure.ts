import type { CellRef, ReportRow, ReportSection, UnitReport } from '../model';
import { parseAddress } from '../address/address';
import { looseKey } from '../detect/fold';
import { isCapsHeading, numberingDepth, sttDepth } from '../detect/row-kinds';
import { stripMeasureSuffix, stripNumbering } from '../text';
import { sameMeasure } from '../numbers';

/** One indicator row of a department's form, read from its detected report. */
export type FormIndicator = {
  /** The wording without numbering, "Trong đó" or a measure suffix taken as the ĐVT. */
  name: string;
  /** The label as the form writes it. */
  label: string;
  /** Numbering as written ("1.1", "a", "-"), from the STT column or the label. */
  number?: string;
  /** Numbering depth (see numberingDepth); null when unnumbered. */
  depth: number | null;
  /** The measure the form states ('' when it states none). */
  measure: string;
  measureFrom: 'column' | 'label' | 'rate' | 'none';
  /** The section path, outer to inner ("VIỄN THÔNG › Hạ tầng"). */
  group?: string;
  /** Index (in the list) of the indicator this row is a part of. */
  parent?: number;
  /** The id the row carries when the form was itself generated from a catalog: it is kept. */
  templateId?: string;
  labelCell: CellRef;
};

export const GROUP_SEPARATOR = ' › ';

/** "Trong đó:", "Chia ra:", "Bao gồm:" alone on a row: the rows below are parts of the row above. */
const PARTS_MARKER = /^(trong do|chia ra|bao gom|gom|cu the|chi tiet)( nhu sau| co)?$/;
/** "Tổng số thuê bao, trong đó:": an indicator whose parts follow. */
const PARTS_SUFFIX = /[\s,;:\-–]*\(?\s*(?:trong đó|chia ra|bao gồm)\s*\)?\s*:?\s*$/iu;
/** "Trong đó: số thuê bao 4G": the row itself is a part of the row above. */
const PART_PREFIX = /^\s*(?:trong đó|trong do|tr\.?\s?đó|tr\.?\s?do|t\.\s?đó|riêng|rieng)\s*[:,]?\s*/iu;
/** A footnote marker at the end of a label ("Số trạm BTS (2)", "... (*):"): it points at a note under the table. */
const FOOTNOTE = /\s*\((?:\*{1,3}|\d{1,2})\)\s*(?=:?\s*$)/u;
/** Words an indicator's name starts with in Vietnamese forms: a quantity, not a topic. */
const QUANTITY =
  /^(tong so|tong|so luong|so|ty le|ti le|mat do|doanh thu|san luong|gia tri|kinh phi|luot|dien tich|chieu dai|dung luong)\b/;
const RATE = /^(ty le|ti le)\b/;

type Item = { kind: 'row'; row: ReportRow; at: number } | { kind: 'section'; section: ReportSection; at: number };
/** `numbered`: its level comes from numbering ("1."), so an indicator numbered at that level closes it. */
type OpenSection = { name: string; level: number; numbered: boolean };
type OpenIndicator = { index: number; depth: number | null };

/**
 * The indicators of a form in order, each with its section path, numbering, measure and parent: section headings
 * become groups, "Trong đó" and more deeply numbered rows under an indicator become its parts. A heading that
 * only its sub-rows made a heading ("1. Tổng số thuê bao" over "- 4G", no ĐVT) is an indicator when its words name
 * a quantity.
 * @example formIndicators(report)[1] // { name: 'Thuê bao 4G', number: '-', parent: 0, group: 'VIỄN THÔNG', ... }
 */
export function formIndicators(report: UnitReport): FormIndicator[] {
  const items: Item[] = [
    ...report.rows.map((row): Item => ({ kind: 'row', row, at: rowOf(row.labelCell) })),
    ...(report.sections ?? []).map((section): Item => ({ kind: 'section', section, at: rowOf(section.labelCell) })),
  ].sort((a, b) => a.at - b.at);

  const out: FormIndicator[] = [];
  const sections: OpenSection[] = [];
  let open: OpenIndicator[] = [];
  // Set by a "Trong đó:" row: the indicator its parts belong to, and the depth its first part set.
  let parts: { parent: number; depth: number | null | undefined } | null = null;

  for (const item of items) {
    if (item.kind === 'section') {
      const { label, number } = item.section;
      const depth = numberingDepth(label) ?? (number ? sttDepth(number) : null);
      if (PARTS_MARKER.test(looseKey(stripNumbering(label))) && out.length > 0) {
        parts = { parent: open[open.length - 1]?.index ?? out.length - 1, depth: undefined };
        continue;
      }
      const quantity = QUANTITY.test(looseKey(cleanName(label)));
      // A heading states no measure; "Số thuê bao di động:" names a quantity whose parts follow.
      const heading = item.section.measure === undefined && (depth === 0 || isCapsHeading(label) || !quantity);
      if (heading) {
        openSection(sections, cleanName(label.replace(/:\s*$/, '')), depth, isCapsHeading(label));
        open = [];
        parts = null;
        continue;
      }
      // A quantity heading with parts below: an indicator of its own, the parent of those parts.
    }
    const label = item.kind === 'row' ? item.row.label : item.section.label;
    const stt = item.kind === 'row' ? item.row.number : item.section.number;
    const depth = numberingDepth(label) ?? (stt ? sttDepth(stt) : null);
    const partOfAbove = PART_PREFIX.test(stripNumbering(label));
    const hasParts = PARTS_SUFFIX.test(label) || /:\s*$/.test(label) || item.kind === 'section';

    let parent: number | undefined;
    if (partOfAbove) {
      parent = open.find((o) => o.index === parts?.parent)?.index ?? open[open.length - 1]?.index;
    } else if (parts !== null && continuesParts(parts, depth, out[parts.parent])) {
      parts.depth ??= depth;
      parent = parts.parent;
    } else {
      parts = null;
      while (open.length > 0 && !deeper(depth, open[open.length - 1].depth)) open.pop();
      parent = open[open.length - 1]?.index;
      // "6. Tỷ lệ ..." after the heading "5. Tổ công nghệ số:" and its a) b) rows is back in the outer section.
      if (depth !== null && depth < 10)
        while (
          sections.length > 0 &&
          sections[sections.length - 1].numbered &&
          sections[sections.length - 1].level >= depth
        )
          sections.pop();
    }

    const indicator = readIndicator(label, stt, depth, item.kind === 'row' ? item.row.measure : item.section.measure);
    if (sections.length > 0) indicator.group = sections.map((s) => s.name).join(GROUP_SEPARATOR);
    if (parent !== undefined) indicator.parent = parent;
    indicator.labelCell = item.kind === 'row' ? item.row.labelCell : item.section.labelCell;
    if (item.kind === 'row' && item.row.templateId) indicator.templateId = item.row.templateId;
    out.push(indicator);
    if (!partOfAbove) open.push({ index: out.length - 1, depth });
    if (hasParts) parts = { parent: out.length - 1, depth: undefined };
  }
  return out;
}

function rowOf(ref: CellRef): number {
  return parseAddress(ref.address)?.row ?? 0;
}

/** A depth below another: both numbered and deeper, or a bullet/letter under an unnumbered row. */
function deeper(depth: number | null, above: number | null): boolean {
  if (depth === null) return false;
  if (above === null) return depth >= 10;
  return depth > above;
}

/** A row still belongs to the parts begun by "Trong đó": same kind of numbering as the first part, or deeper. */
function continuesParts(
  parts: { parent: number; depth: number | null | undefined },
  depth: number | null,
  parent: FormIndicator | undefined,
): boolean {
  if (parent && parent.depth !== null && depth !== null && depth <= parent.depth) return false;
  if (parts.depth === undefined) return true;
  if (parts.depth === null) return depth === null;
  return depth !== null && depth >= parts.depth;
}

function openSection(sections: OpenSection[], name: string, depth: number | null, caps: boolean): void {
  const level = depth ?? (caps ? 0 : (sections[sections.length - 1]?.level ?? -1) + 1);
  while (sections.length > 0 && sections[sections.length - 1].level >= level) sections.pop();
  sections.push({ name, level, numbered: depth !== null });
}

/** Numbering and a leading "Trong đó" removed; the label kept whole when nothing else is left. */
function cleanName(label: string): string {
  const numbered = stripNumbering(label);
  const rest = numbered.replace(PART_PREFIX, '');
  // "Trong đó: - Toàn trình": the part's own bullet follows the marker.
  let name = stripNumbering(rest)
    .replace(PARTS_SUFFIX, '')
    .replace(FOOTNOTE, '')
    .replace(/\s*:\s*$/, '')
    .trim();
  // "Trong đó: thành viên nữ" names a part in mid-sentence; on its own row it starts with a capital.
  if (rest !== numbered) name = name.charAt(0).toUpperCase() + name.slice(1);
  return name === '' ? label.trim() : name;
}

function readIndicator(
  label: string,
  stt: string | undefined,
  depth: number | null,
  column: string | undefined,
): FormIndicator {
  let name = cleanName(label);
  const written = stt?.trim() || numberingOf(label);
  let measure = column?.trim() ?? '';
  let measureFrom: FormIndicator['measureFrom'] = measure !== '' ? 'column' : 'none';
  const suffix = stripMeasureSuffix(name);
  if (suffix.measure !== undefined && (measure === '' || sameMeasure(measure, suffix.measure))) {
    name = suffix.label;
    if (measure === '') [measure, measureFrom] = [suffix.measure, 'label'];
  }
  if (measure === '' && (RATE.test(looseKey(name)) || /%/.test(name))) [measure, measureFrom] = ['%', 'rate'];
  const indicator: FormIndicator = {
    name,
    label,
    depth,
    measure,
    measureFrom,
    labelCell: { file: '', sheet: '', address: 'A1' },
  };
  if (written) indicator.number = written;
  return indicator;
}

/** The numbering a label starts with, as written without its punctuation: "1.2." → "1.2", "a)" → "a", "-" → "-". */
function numberingOf(label: string): string | undefined {
  const rest = stripNumbering(label);
  const head = label
    .trim()
    .slice(0, label.trim().length - rest.length)
    .trim();
  if (head === '') return undefined;
  const bare = head
    .replace(/[.):]+$/, '')
    .replace(/^\(/, '')
    .trim();
  return bare === '' ? head : bare;
}
