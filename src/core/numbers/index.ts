export { parseFigure, isPercentFormat, type ParseContext, type ParsedFigure } from './parse-figure';
export {
  compareMeasures,
  convertMeasure,
  measureFactor,
  measureKind,
  readMeasure,
  sameMeasure,
  type MeasureComparison,
  type MeasureKind,
  type MeasureReading,
} from './measure';
export {
  resolveFigureScale,
  type FigureMeasureSources,
  type FigureScale,
  type MeasureSource,
  type MeasureStatement,
} from './figure-scale';
export { formatMeasure } from './format-measure';
export { inferNumberStyle } from './number-style';
export { formatVietnamese } from './format';
export { readDigits, type NumberStyle, type DigitsReading } from './digits';
