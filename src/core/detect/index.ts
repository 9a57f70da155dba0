// Detect: one worksheet → one unit's report (unit, period, layout, rows), or the reason it is not one.
export { detectReport, type DetectOptions } from './detect-report';
export {
  parseUnitPhrase,
  parseUnitFromName,
  parseAnnexUnit,
  placeOfDateLine,
  type UnitName,
  type UnitKind,
} from './unit-name';
export { recogniseUnit, matchUnitName, type UnitRecognition, type UnitClues } from './recognise-unit';
export { parsePeriod, samePeriod, periodKey, commonPeriod, type Period } from './period';
export {
  classifyHeader,
  findHeader,
  chooseValueColumn,
  type ColumnRole,
  type Header,
  type HeaderColumn,
  type ValueChoice,
} from './header';
