export {
  normalizeText,
  removeInvisible,
  collapseWhitespace,
  unifyTonePlacement,
  oldTonePlacement,
  type NormalizeOptions,
} from './normalize';
export { foldKey, foldKeyWithTones, removeDiacritics } from './fold';
export {
  decodeLegacy,
  decodeWith,
  decodeTcvn3,
  decodeVni,
  encodeTcvn3,
  encodeVni,
  encodingOfFont,
  guessLegacyEncoding,
  detectLegacyEncoding,
  isVietnameseSyllable,
  isFoldedSyllable,
  type TextEncoding,
  type DecodedText,
} from './legacy';
export { stripNumbering } from './numbering';
export { stripMeasureSuffix, isMeasureText, foldMeasure } from './measure-suffix';
