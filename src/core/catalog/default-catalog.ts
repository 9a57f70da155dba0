import type { Catalog, Indicator } from '../model';
import catalogJson from './default-catalog.json';

/*
 * The built-in ICT-sector catalog, drawn from departments' half-year and year reports (Bình Phước, Tây Ninh,
 * Lạng Sơn, Bắc Kạn): the figures districts and communes are asked for. It is data (default-catalog.json, checked
 * against catalog.schema.json and validateCatalog by its test), imported so the bundle and the CLI carry it with
 * no file read at run time.
 *
 * Aliases are the general forms units really write (short forms, abbreviations, the old "mức độ 3/4" and new
 * "một phần/toàn trình" wording); the matcher handles numbering, measure suffixes, missing diacritics and typos,
 * so aliases need not repeat those. Why some groups are as they are:
 * - Dân số – quy mô comes first: units report their size, and per-capita checks divide by it (sizeBy).
 * - Dịch vụ công trực tuyến counts take "max": every unit offers the same provincial list of services, so summing
 *   the counts over units would count each service once per unit.
 * - Percentages are bounded 0–100 and never summed: a mean, a mean weighted by the size, or a ratio of two counts.
 */

/**
 * The built-in ICT-sector catalog used when no catalog is given.
 * @example defaultCatalog.indicators.find((i) => i.id === 'bts_stations')?.unit // "trạm"
 */
// JSON widens "max" to string; the test proves the file is a valid catalog, so the cast states a checked fact.
export const defaultCatalog: Catalog = { indicators: catalogJson.indicators as Indicator[] };
