/**
 * A pull scanner for the XML of .xlsx parts: tags, attributes and text, matched by local name so that
 * `<x:c>` (OpenXML SDK) and `<c>` read the same. The markup is read character by character, with no regular
 * expression and no object per token: a sheet of 100,000 cells is read as offsets into one string, and only the
 * values asked for become strings. Entities are the five predefined ones and character references (no DTD).
 *
 * It is a tokenizer, not a validator: mismatched tags are not checked, but a construct cut off by the end of the
 * part (a truncated zip entry) throws, so a damaged file is refused rather than half read. Turning raw text into
 * characters (line ends, entities) is xml-text.ts.
 */

import { decodeAttribute, decodeReferences, normaliseLineEnds } from './xml-text';

export const END = 0;
export const OPEN = 1;
export const CLOSE = 2;
export const TEXT = 3;

const LT = 60; // <
const GT = 62; // >
const SLASH = 47;
const BANG = 33;
const QUESTION = 63;
const COLON = 58;
const EQUALS = 61;
const DQUOTE = 34;
const SQUOTE = 39;

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13;
}

export class XmlScanner {
  /** Kind of the current token: OPEN, CLOSE, TEXT or END. */
  kind = END;
  /** The current OPEN tag ends with "/>". */
  selfClosing = false;
  /** Offset of the "<" of the current tag (OPEN or CLOSE). */
  tagStart = 0;
  private pos = 0;
  private nameStart = 0;
  private nameEnd = 0;
  private textStart = 0;
  private textEnd = 0;
  private cdata = false;
  private attrCount = 0;
  /** Four offsets per attribute: local name start, name end, value start, value end. */
  private attrs = new Int32Array(64);

  /** Most parts have no carriage return at all: then text needs no line-end handling. */
  private readonly hasCarriageReturn: boolean;

  constructor(
    private readonly xml: string,
    private readonly where: string,
    start = 0,
    hasCarriageReturn?: boolean,
  ) {
    this.pos = start;
    this.hasCarriageReturn = hasCarriageReturn ?? xml.indexOf('\r') >= 0;
  }

  /** A second scanner over the same part, starting at `offset` (to read an element again). */
  fork(offset: number): XmlScanner {
    return new XmlScanner(this.xml, this.where, offset, this.hasCarriageReturn);
  }

  /** Advances to the next tag or text run; comments, processing instructions and DOCTYPE are skipped. */
  next(): number {
    const xml = this.xml;
    for (;;) {
      const pos = this.pos;
      if (pos >= xml.length) return (this.kind = END);
      if (xml.charCodeAt(pos) !== LT) {
        let end = xml.indexOf('<', pos);
        if (end < 0) end = xml.length;
        this.textStart = pos;
        this.textEnd = end;
        this.cdata = false;
        this.pos = end;
        return (this.kind = TEXT);
      }
      const c1 = xml.charCodeAt(pos + 1);
      if (c1 === SLASH) return this.closeTag(pos);
      if (c1 === QUESTION) {
        this.pos = this.after('?>', pos + 2);
        continue;
      }
      if (c1 === BANG) {
        if (xml.startsWith('<!--', pos)) {
          this.pos = this.after('-->', pos + 4);
          continue;
        }
        if (xml.startsWith('<![CDATA[', pos)) {
          const end = this.after(']]>', pos + 9);
          this.textStart = pos + 9;
          this.textEnd = end - 3;
          this.cdata = true;
          this.pos = end;
          return (this.kind = TEXT);
        }
        this.pos = this.afterDeclaration(pos);
        continue;
      }
      return this.openTag(pos);
    }
  }

  /** The current tag's local name is `local` (no string is made). */
  is(local: string): boolean {
    return this.nameEnd - this.nameStart === local.length && this.matches(this.nameStart, local);
  }

  /** Index of the current tag's attribute with this local name ("r:id" answers to "id"), or -1. */
  attrIndex(local: string): number {
    const a = this.attrs;
    for (let i = 0; i < this.attrCount; i++) {
      const k = i * 4;
      if (a[k + 1] - a[k] === local.length && this.matches(a[k], local)) return i;
    }
    return -1;
  }

  /** Number of attributes of the current OPEN tag; with `attrName*` and `attr*At`, a loop reads a tag once. */
  get attributeCount(): number {
    return this.attrCount;
  }

  /** Length of the local name of attribute `i`. */
  attrNameLength(i: number): number {
    return this.attrs[i * 4 + 1] - this.attrs[i * 4];
  }

  /** First character code of the local name of attribute `i`. */
  attrNameChar(i: number): number {
    return this.xml.charCodeAt(this.attrs[i * 4]);
  }

  /** Length of the raw value of attribute `i`. */
  attrValueLength(i: number): number {
    return this.attrs[i * 4 + 3] - this.attrs[i * 4 + 2];
  }

  /** The decoded value of an attribute of the current tag, undefined when absent. */
  attr(local: string): string | undefined {
    const i = this.attrIndex(local);
    return i < 0 ? undefined : this.attrValue(i);
  }

  attrValue(i: number): string {
    const k = i * 4;
    return decodeAttribute(this.xml.slice(this.attrs[k + 2], this.attrs[k + 3]));
  }

  /** `parseInt(value, 10)` of an attribute, read in place when it is plain digits (cell styles, row numbers). */
  attrInt(local: string): number {
    const i = this.attrIndex(local);
    return i < 0 ? NaN : this.attrIntAt(i);
  }

  attrIntAt(i: number): number {
    const k = i * 4;
    const start = this.attrs[k + 2];
    const end = this.attrs[k + 3];
    let n = 0;
    for (let p = start; p < end; p++) {
      const c = this.xml.charCodeAt(p);
      if (c < 48 || c > 57) return parseInt(this.attrValue(i), 10);
      n = n * 10 + (c - 48);
    }
    return start === end ? NaN : n;
  }

  /** The attribute's raw value equals `value` (for short codes such as t="s"); no string is made. */
  attrEquals(i: number, value: string): boolean {
    const k = i * 4;
    return this.attrs[k + 3] - this.attrs[k + 2] === value.length && this.matches(this.attrs[k + 2], value);
  }

  /** `xml.startsWith(s, at)` for the short names compared here, without the builtin's call. */
  private matches(at: number, s: string): boolean {
    for (let i = 0; i < s.length; i++) if (this.xml.charCodeAt(at + i) !== s.charCodeAt(i)) return false;
    return true;
  }

  /** Column number (A = 1) of a cell reference attribute such as r="AB12", read in place; 0 when it has none. */
  attrColumn(i: number): number {
    const k = i * 4;
    const end = this.attrs[k + 3];
    let col = 0;
    for (let p = this.attrs[k + 2]; p < end && col < 1e6; p++) {
      const c = this.xml.charCodeAt(p);
      if (c >= 65 && c <= 90) col = col * 26 + c - 64;
      else if (c >= 97 && c <= 122) col = col * 26 + c - 96;
      else break;
    }
    return col;
  }

  /** The decoded text of the current TEXT token. */
  text(): string {
    const raw = this.xml.slice(this.textStart, this.textEnd);
    const text = this.hasCarriageReturn ? normaliseLineEnds(raw) : raw;
    return this.cdata || text.indexOf('&') < 0 ? text : decodeReferences(text);
  }

  /**
   * After an OPEN tag: the text directly inside the element up to its end tag (nested elements skipped), or
   * undefined when the element holds no text at all (`<v/>`, `<v></v>`).
   */
  readText(): string | undefined {
    if (this.selfClosing) return undefined;
    const xml = this.xml;
    const start = this.pos;
    const lt = xml.indexOf('<', start);
    if (lt > start && xml.charCodeAt(lt + 1) === SLASH) {
      // The usual `<v>123</v>`: one text run, then the end tag.
      this.textStart = start;
      this.textEnd = lt;
      this.cdata = false;
      const text = this.text();
      this.pos = lt;
      this.next();
      return text;
    }
    let text: string | undefined;
    for (;;) {
      const kind = this.next();
      if (kind === TEXT) {
        if (this.textEnd > this.textStart) text = text === undefined ? this.text() : text + this.text();
      } else if (kind === OPEN) this.skipElement();
      else if (kind === CLOSE) return text;
      else throw this.error('unexpected end of part');
    }
  }

  /** After an OPEN tag: moves past the element's end tag. */
  skipElement(): void {
    if (this.selfClosing) return;
    let depth = 1;
    for (;;) {
      const kind = this.next();
      if (kind === OPEN) {
        if (!this.selfClosing) depth++;
      } else if (kind === CLOSE) {
        if (--depth === 0) return;
      } else if (kind === END) throw this.error('unexpected end of part');
    }
  }

  /**
   * After an OPEN tag that is not self-closing, or after a child was read or skipped: moves to the element's
   * next child element (text between children is passed over); false at the element's end tag.
   */
  nextChild(): boolean {
    for (;;) {
      const kind = this.next();
      if (kind === OPEN) return true;
      if (kind === CLOSE) return false;
      if (kind === END) throw this.error('unexpected end of part');
    }
  }

  /** Moves to the next OPEN tag of the document, wherever it is; false at the end. */
  nextOpen(): boolean {
    for (;;) {
      const kind = this.next();
      if (kind === OPEN) return true;
      if (kind === END) return false;
    }
  }

  error(message: string): Error {
    return new Error(`${this.where}: ${message} (offset ${this.pos})`);
  }

  private closeTag(pos: number): number {
    const xml = this.xml;
    let i = pos + 2;
    let local = i;
    for (;;) {
      const c = xml.charCodeAt(i);
      if (c === GT || isSpace(c) || Number.isNaN(c)) break;
      if (c === COLON) local = i + 1;
      i++;
    }
    this.nameStart = local;
    this.nameEnd = i;
    this.tagStart = pos;
    this.pos = xml.charCodeAt(i) === GT ? i + 1 : this.after('>', i);
    return (this.kind = CLOSE);
  }

  private openTag(pos: number): number {
    const xml = this.xml;
    let i = pos + 1;
    let local = i;
    for (;;) {
      const c = xml.charCodeAt(i);
      if (c === GT || c === SLASH || isSpace(c)) break;
      if (Number.isNaN(c)) throw this.error('unterminated tag');
      if (c === COLON) local = i + 1;
      i++;
    }
    this.nameStart = local;
    this.nameEnd = i;
    this.tagStart = pos;
    this.attrCount = 0;
    for (;;) {
      let c = xml.charCodeAt(i);
      while (isSpace(c)) c = xml.charCodeAt(++i);
      if (c === GT) {
        this.selfClosing = false;
        this.pos = i + 1;
        return (this.kind = OPEN);
      }
      if (c === SLASH && xml.charCodeAt(i + 1) === GT) {
        this.selfClosing = true;
        this.pos = i + 2;
        return (this.kind = OPEN);
      }
      if (Number.isNaN(c)) throw this.error('unterminated tag');
      i = this.attribute(i);
    }
  }

  /** Reads one attribute starting at `i`; returns the offset after its closing quote. */
  private attribute(i: number): number {
    const xml = this.xml;
    let local = i;
    let c = xml.charCodeAt(i);
    // Name characters: anything but space, "/", "=", ">" (and NaN past the end, for which every test is false).
    while (c > GT || (c > 32 && c !== SLASH && c !== EQUALS && c !== GT)) {
      if (c === COLON) local = i + 1;
      c = xml.charCodeAt(++i);
    }
    const nameEnd = i;
    while (isSpace(c)) c = xml.charCodeAt(++i);
    if (c !== EQUALS || nameEnd === local) throw this.error('malformed attribute');
    c = xml.charCodeAt(++i);
    while (isSpace(c)) c = xml.charCodeAt(++i);
    if (c !== DQUOTE && c !== SQUOTE) throw this.error('unquoted attribute value');
    // Values are short: a loop beats indexOf's call.
    const quote = c;
    let end = i + 1;
    for (c = xml.charCodeAt(end); c !== quote; c = xml.charCodeAt(++end)) {
      if (c !== c) throw this.error('unterminated attribute value');
    }
    const k = this.attrCount * 4;
    if (k + 4 > this.attrs.length) {
      const grown = new Int32Array(this.attrs.length * 2);
      grown.set(this.attrs);
      this.attrs = grown;
    }
    this.attrs[k] = local;
    this.attrs[k + 1] = nameEnd;
    this.attrs[k + 2] = i + 1;
    this.attrs[k + 3] = end;
    this.attrCount++;
    return end + 1;
  }

  private after(terminator: string, from: number): number {
    const at = this.xml.indexOf(terminator, from);
    if (at < 0) throw this.error(`missing "${terminator}"`);
    return at + terminator.length;
  }

  /** `<!DOCTYPE ...>` with an optional internal subset in brackets. */
  private afterDeclaration(pos: number): number {
    const gt = this.xml.indexOf('>', pos);
    const bracket = this.xml.indexOf('[', pos);
    if (bracket >= 0 && (gt < 0 || bracket < gt)) return this.after('>', this.after(']', bracket));
    if (gt < 0) throw this.error('unterminated declaration');
    return gt + 1;
  }
}

/**
 * Calls `visit` on each child element of the element just opened, with the scanner on the child's opening tag;
 * `visit` must consume the child (read it or skip it). Returns after the parent's end tag.
 */
export function eachChild(x: XmlScanner, visit: () => void): void {
  if (!x.selfClosing) while (x.nextChild()) visit();
}
