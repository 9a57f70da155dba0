// Units: Vietnam's official reporting units (the gazetteer, both eras), and the directory reports are recognised against.
export { UNIT_KINDS, KIND_LIST, splitOfficialName, type UnitKind } from './kinds';
export { nameKey, tonedKey } from './keys';
export {
  provincesOf,
  findProvince,
  successorOf,
  provinceNames,
  provinceKey,
  GAZETTEER_SOURCE,
  type Era,
  type OfficialUnit,
  type Province,
} from './gazetteer';
export { eraOfPeriodKey, parseEra, reportedAcrossReform, type PeriodEra } from './era';
export { directoryOfUnits, directoryOfList, type DirectoryUnit, type UnitDirectory } from './directory';
export { findUnitName, type NameHit, type ReadingMode } from './find';
export { nearestUnits } from './nearest';
export { parseUnitList } from './unit-list';
export {
  planUnits,
  resolveProvince,
  nearestProvinces,
  type UnitsRequest,
  type UnitPlan,
  type ProvinceChoice,
  type PlanResult,
} from './plan';
export { settleUnits, type RecognisedUnit, type SettledUnit, type SettledUnits } from './settle';
