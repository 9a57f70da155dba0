export { defaultCatalog } from './default-catalog';
export { validateCatalog, type CatalogValidation } from './validate-catalog';
export { addAlias } from './add-alias';
export { catalogVersion } from './catalog-version';
