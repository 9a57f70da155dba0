export { defaultCatalog } from './default-catalog';
export { validateCatalog, type CatalogValidation } from './validate-catalog';
export { addAlias } from './add-alias';
export { measureKind, indicatorKind, type MeasureKind, type IndicatorKind } from './measure-kind';
export { catalogVersion } from './catalog-version';
