/**
 * XML text as characters: line ends, the five predefined entities and character references (no DTD), for the
 * scanner in xml.ts and for the few places that decode a value again as ExcelJS does.
 */

/** XML end-of-line handling: CR LF and lone CR read as LF (character references such as &#13; survive). */
export function normaliseLineEnds(raw: string): string {
  return raw.indexOf('\r') < 0 ? raw : raw.replace(/\r\n?/g, '\n');
}

/** Attribute values: as text, and literal tabs and line breaks read as spaces (XML attribute normalisation). */
export function decodeAttribute(raw: string): string {
  let text = normaliseLineEnds(raw);
  if (text.indexOf('\n') >= 0 || text.indexOf('\t') >= 0) text = text.replace(/[\n\t]/g, ' ');
  return text.indexOf('&') < 0 ? text : decodeReferences(text);
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The five predefined entities and numeric references; anything else is left as written. */
export function decodeReferences(text: string): string {
  let out = '';
  let from = 0;
  let amp = text.indexOf('&');
  while (amp >= 0) {
    const semi = text.indexOf(';', amp + 1);
    if (semi < 0) break;
    const decoded = semi - amp <= 12 ? reference(text.slice(amp + 1, semi)) : undefined;
    if (decoded !== undefined) {
      out += text.slice(from, amp) + decoded;
      from = semi + 1;
    }
    amp = text.indexOf('&', decoded === undefined ? amp + 1 : semi + 1);
  }
  return from === 0 ? text : out + text.slice(from);
}

function reference(name: string): string | undefined {
  if (name.charCodeAt(0) !== 35) return Object.prototype.hasOwnProperty.call(NAMED, name) ? NAMED[name] : undefined;
  const hex = name.charCodeAt(1) === 120 || name.charCodeAt(1) === 88;
  const digits = name.slice(hex ? 2 : 1);
  if (digits === '' || !(hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits)) return undefined;
  const code = parseInt(digits, hex ? 16 : 10);
  if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return undefined;
  return String.fromCodePoint(code);
}

const AGAIN: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&apos;': "'", '&quot;': '"' };

/** ExcelJS's `xmlDecode`: a second pass over already decoded text, for the five named entities only. */
export function decodeEntitiesAgain(text: string): string {
  return text.replace(/&([a-z]*);/g, (entity) => AGAIN[entity] ?? entity);
}
