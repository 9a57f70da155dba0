/**
 * Text made safe for SpreadsheetML: XML 1.0 escaping plus the two Excel rules on top of it (the 32,767-character
 * cell limit and the `_xHHHH_` escapes Excel decodes in cell and note text).
 */

/** Excel refuses longer cell texts. */
export const MAX_CELL_TEXT = 32767;

const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const NEEDS_CLEANING = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/**
 * Text a cell can hold: control characters removed, lone surrogates replaced by U+FFFD, cut at 32,767 characters.
 * XML 1.0 forbids control characters and lone surrogates: one in a label would make the whole file unreadable.
 * @example safeText('Số trạm\u0007 BTS \uD83D') // 'Số trạm BTS \uFFFD'
 */
export function safeText(text: string): string {
  const clean = NEEDS_CLEANING.test(text) ? text.replace(FORBIDDEN, '').replace(LONE_SURROGATE, '\uFFFD') : text;
  if (clean.length <= MAX_CELL_TEXT) return clean;
  // Cutting between the halves of an emoji would leave a lone surrogate at the end.
  const cut = clean.slice(0, MAX_CELL_TEXT);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

const TEXT_SPECIAL = /[&<>\r]/;
const ATTR_SPECIAL = /[&<>"\t\n\r]/;
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};
const entity = (c: string): string => ENTITIES[c];

/**
 * Escapes element text. A carriage return is written as a reference: XML parsers turn a literal one into "\n".
 * `>` is escaped too, so "]]>" never appears.
 */
export function escapeText(text: string): string {
  return TEXT_SPECIAL.test(text) ? text.replace(/[&<>\r]/g, entity) : text;
}

/** Escapes an attribute value (double-quoted); tabs and line breaks as references, since parsers turn them into spaces. */
export function escapeAttr(text: string): string {
  return ATTR_SPECIAL.test(text) ? text.replace(/[&<>"\t\n\r]/g, entity) : text;
}

/**
 * The `<t>` element of a shared string or a note. Excel reads "_x0041_" in such text as "A", so a literal
 * `_xHHHH_` gets its underscore escaped as `_x005F_`; leading or trailing spaces and line breaks need
 * xml:space="preserve" to survive.
 */
export function textElement(text: string): string {
  const literal = text.includes('_x') ? text.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1') : text;
  const preserve = /^\s|\s$|[\t\n\r]/.test(literal) ? ' xml:space="preserve"' : '';
  return `<t${preserve}>${escapeText(literal)}</t>`;
}

export const XML_HEADER = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
