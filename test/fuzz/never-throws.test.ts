import fc from 'fast-check';
import { parseFigure } from '../../src/core/numbers';
import { decodeLegacy, foldKey, normalizeText, stripMeasureSuffix, stripNumbering } from '../../src/core/text';
import { foldForMatching } from '../../src/core/match';
import { cellArb, fontArb, formatArb, textArb } from './arbitraries';

describe('random input never breaks the text and number stages', () => {
  it('parseFigure always returns a figure or a reason', () => {
    fc.assert(
      fc.property(
        cellArb,
        formatArb,
        fc.constantFrom<'vi' | 'en'>('vi', 'en'),
        fontArb,
        (raw, numberFormat, style, font) => {
          const f = parseFigure(raw, { numberFormat, style, font });
          if (f.kind === 'number') expect(Number.isFinite(f.value)).toBe(true);
          else expect(f.reason.length).toBeGreaterThan(0);
          expect(typeof f.raw).toBe('string');
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('normalizeText, decodeLegacy and foldKey return clean strings', () => {
    fc.assert(
      fc.property(textArb, fontArb, (text, font) => {
        const display = normalizeText(text, font);
        expect(display).toBe(display.trim());
        expect(display).not.toMatch(/[\u200b\ufeff]|\s\s/);
        expect(['unicode', 'tcvn3', 'vni']).toContain(decodeLegacy(text, font).encoding);
        expect(foldKey(text, font)).toMatch(/^[^\sA-ZĐ]*(?: [^\sA-ZĐ]+)*$/);
      }),
      { numRuns: 2000 },
    );
  });

  it('the label steps never throw and never lengthen a label', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        expect(stripNumbering(text).length).toBeLessThanOrEqual(text.trim().length);
        expect(stripMeasureSuffix(text).label.length).toBeLessThanOrEqual(text.trim().length);
        expect(typeof foldForMatching(text)).toBe('string');
        expect(typeof foldKey(text)).toBe('string');
      }),
      { numRuns: 1000 },
    );
  });
});
