import {
  decodeAttribute,
  decodeEntitiesAgain,
  decodeReferences,
  normaliseLineEnds,
} from '../../src/xlsx/read/xml-text';

describe('XML text as characters', () => {
  it.each([
    ['Tổng &amp; cộng', 'Tổng & cộng'],
    ['&lt;b&gt; &quot;x&quot; &apos;y&apos;', '<b> "x" \'y\''],
    ['X&#227; T&#xE2;n Ti&#x1EBF;n', 'Xã Tân Tiến'],
    ['&#128512;', '😀'],
    ['&nbsp; &unknown; &#xD800; &#1114112; &#; & alone', '&nbsp; &unknown; &#xD800; &#1114112; &#; & alone'],
  ])('decodes the references of %j', (raw, text) => {
    expect(decodeReferences(raw)).toBe(text);
  });

  it('reads CR LF and a lone CR as one line break, as XML does', () => {
    expect(normaliseLineEnds('Dòng 1\r\nDòng 2\rDòng 3')).toBe('Dòng 1\nDòng 2\nDòng 3');
  });

  it('reads tabs and line breaks in an attribute as spaces, but a referenced one as itself', () => {
    expect(decodeAttribute('Biểu\t01\r\nphần&#10;A')).toBe('Biểu 01 phần\nA');
  });

  it('decodes the five named entities a second time, as ExcelJS does, and nothing else', () => {
    expect(decodeEntitiesAgain('&amp;lt; &lt;v&gt; &#65;')).toBe('&lt; <v> &#65;');
  });
});
