/** The shared strings part: every text cell refers to one deduplicated entry. */
import { safeText, textElement, XML_HEADER } from './xml';

export type SharedStrings = {
  /** Index per text, keyed both by the text as the spec gives it and as it is written (safeText). */
  index: Map<string, number>;
  /** The texts as written, in index order. */
  items: string[];
  /** Cells referring to the table (the `count` Excel writes). */
  count: number;
};

export function newSharedStrings(): SharedStrings {
  return { index: new Map(), items: [], count: 0 };
}

/**
 * The index of a spec text in the table, added when new. The text is made safe first (safeText), once per distinct
 * spec text: the mapping sheet repeats most of its texts.
 */
export function stringIndex(table: SharedStrings, text: string): number {
  table.count++;
  const known = table.index.get(text);
  if (known !== undefined) return known;
  const safe = safeText(text);
  let index = table.index.get(safe);
  if (index === undefined) {
    index = table.items.length;
    table.items.push(safe);
    table.index.set(safe, index);
  }
  table.index.set(text, index);
  return index;
}

export function sharedStringsXml(table: SharedStrings): string {
  let xml = `${XML_HEADER}<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${table.count}" uniqueCount="${table.items.length}">`;
  for (const text of table.items) xml += `<si>${textElement(text)}</si>`;
  return `${xml}</sst>`;
}
