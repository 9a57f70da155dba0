// Detect: one worksheet → one unit's report (unit, period, layout, rows), or the reason it is not one.
export { detectReport, type DetectOptions } from './detect-report';
export { recogniseUnit, matchUnitName, parseUnitPhrase, parseUnitFromName, KIND_LABEL, type UnitName, type UnitKind, type UnitRecognition } from './unit-name';
export { parsePeriod, samePeriod, type Period } from './period';
export { classifyHeader, findHeader, chooseValueColumn, type ColumnRole, type Header, type HeaderColumn, type ValueChoice } from './header';
