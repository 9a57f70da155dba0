/**
 * Throws 100,000 random cells at the text and number stages and reports that nothing threw.
 * Run with `npm run fuzz` (not part of CI); pass a count to change it: `npm run fuzz -- 20000`.
 */
import fc from 'fast-check';
import { parseFigure } from '../../src/core/numbers';
import { decodeLegacy, foldKey, normalizeText } from '../../src/core/text';
import { cellArb, fontArb, formatArb, textArb } from './arbitraries';

const runs = Number(process.argv[2] ?? 100000);
const seed = Date.now() % 2147483647;
const kinds = { number: 0, missing: 0, unreadable: 0 };
let texts = 0;
const started = Date.now();

fc.assert(
  fc.property(
    cellArb,
    formatArb,
    fc.constantFrom<'vi' | 'en'>('vi', 'en'),
    fontArb,
    textArb,
    (raw, numberFormat, style, font, text) => {
      const f = parseFigure(raw, { numberFormat, style, font });
      if (f.kind === 'number' && !Number.isFinite(f.value))
        throw new Error(`non-finite figure from ${JSON.stringify(raw)}`);
      if (f.kind !== 'number' && f.reason === '') throw new Error(`no reason for ${JSON.stringify(raw)}`);
      kinds[f.kind] += 1;
      normalizeText(text, font);
      decodeLegacy(text, font);
      foldKey(text, font);
      texts += 1;
    },
  ),
  { numRuns: runs, seed },
);

const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(
  `fuzz: ${runs} cells through parseFigure (${kinds.number} numbers, ${kinds.missing} missing, ${kinds.unreadable} unreadable), ` +
    `${texts} texts through normalizeText/decodeLegacy/foldKey; nothing threw (seed ${seed}, ${seconds} s)`,
);
