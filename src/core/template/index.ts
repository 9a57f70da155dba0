// Template: the department's own form read into a catalog, and forms generated from a catalog for the units.
export { catalogFromTemplate, type TemplateCatalog } from './catalog-from-template';
export { openNeeds, decideNeed } from './needs';
export { linkToBuiltIn, type BuiltInLink } from './link-builtin';
export { renderForm, renderForms, type FormOptions } from './render-form';
