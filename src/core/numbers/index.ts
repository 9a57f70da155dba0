export { parseFigure, isPercentFormat, type ParseContext, type ParsedFigure } from './parse-figure';
export { convertMeasure, sameMeasure, measureKey, type MeasureKey } from './measure';
export { inferNumberStyle } from './number-style';
export { formatVietnamese } from './format';
export { readDigits, type NumberStyle, type DigitsReading } from './digits';
