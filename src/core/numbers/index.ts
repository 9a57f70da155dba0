// The numbers stage (issue 3) owns these files; the signatures here are the contract other stages use.
export { parseFigure, type ParseContext, type ParsedFigure } from './parse-figure';
export { convertMeasure } from './measure';
