import type { Aggregate, Catalog, CatalogNeed, Indicator, Rule } from '../model';

export type CatalogValidation = { ok: true; catalog: Catalog } | { ok: false; errors: string[] };

type Fields = Record<string, unknown>;

const AGGREGATE_WORDS = ['sum', 'mean', 'max', 'min', 'none'];

function isRecord(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/** A value from the catalog file as its author wrote it: text as is, anything else as JSON (not "[object Object]"). */
function shownValue(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
}

/** How an error names an indicator: its id when it has one, else its position (1-based, as people count). */
function who(fields: Fields, index: number): string {
  return isText(fields.id) ? `Chỉ tiêu «${fields.id}»` : `Chỉ tiêu thứ ${index + 1}`;
}

/** Reads `aggregate`; returns the value or an error text. */
function readAggregate(value: unknown, ids: Set<string>, where: string): { value?: Aggregate; error?: string } {
  if (value === undefined) return {};
  if (typeof value === 'string' && AGGREGATE_WORDS.includes(value)) return { value: value as Aggregate };
  if (isRecord(value) && isText(value.weightedBy)) {
    if (!ids.has(value.weightedBy))
      return { error: `${where}: "aggregate.weightedBy" trỏ tới chỉ tiêu không có «${value.weightedBy}»` };
    return { value: { weightedBy: value.weightedBy } };
  }
  if (isRecord(value) && Array.isArray(value.ratio)) {
    const ratio: unknown[] = value.ratio;
    const [numerator, denominator] = ratio;
    if (ratio.length !== 2 || !isText(numerator) || !isText(denominator)) {
      return { error: `${where}: "aggregate.ratio" phải gồm đúng hai mã chỉ tiêu [tử số, mẫu số]` };
    }
    const unknown = [numerator, denominator].filter((id) => !ids.has(id));
    if (unknown.length > 0)
      return { error: `${where}: "aggregate.ratio" trỏ tới chỉ tiêu không có «${unknown.join('», «')}»` };
    if (
      value.scale !== undefined &&
      (typeof value.scale !== 'number' || !Number.isFinite(value.scale) || value.scale <= 0)
    ) {
      return { error: `${where}: "aggregate.scale" phải là số dương` };
    }
    const scale = typeof value.scale === 'number' ? value.scale : undefined;
    return {
      value: scale === undefined ? { ratio: [numerator, denominator] } : { ratio: [numerator, denominator], scale },
    };
  }
  return {
    error: `${where}: "aggregate" không hợp lệ (${JSON.stringify(value)}); dùng sum, mean, max, min, none, {"weightedBy": "<mã>"} hoặc {"ratio": ["<mã>", "<mã>"], "scale": 100}`,
  };
}

/** Reads `rules`; returns the rules and any error texts. */
function readRules(
  value: unknown,
  ids: Set<string>,
  selfId: string,
  where: string,
): { value?: Rule[]; errors: string[] } {
  if (value === undefined) return { errors: [] };
  if (!Array.isArray(value)) return { errors: [`${where}: "rules" phải là một danh sách`] };
  const rules: Rule[] = [];
  const errors: string[] = [];
  value.forEach((rule: unknown, n) => {
    const at = `${where}: quy tắc thứ ${n + 1}`;
    if (isRecord(rule) && isText(rule.lte)) {
      if (!ids.has(rule.lte)) errors.push(`${at} "lte" trỏ tới chỉ tiêu không có «${rule.lte}»`);
      else if (rule.lte === selfId) errors.push(`${at} "lte" trỏ tới chính nó`);
      else rules.push({ lte: rule.lte });
    } else if (
      isRecord(rule) &&
      Array.isArray(rule.sumOfLte) &&
      rule.sumOfLte.length > 0 &&
      rule.sumOfLte.every(isText)
    ) {
      const parts = rule.sumOfLte;
      const unknown = parts.filter((id) => !ids.has(id));
      if (unknown.length > 0) errors.push(`${at} "sumOfLte" trỏ tới chỉ tiêu không có «${unknown.join('», «')}»`);
      else if (parts.includes(selfId)) errors.push(`${at} "sumOfLte" chứa chính nó`);
      else rules.push({ sumOfLte: [...parts] });
    } else {
      errors.push(
        `${at} không hợp lệ (${JSON.stringify(rule)}); dùng {"lte": "<mã>"} hoặc {"sumOfLte": ["<mã>", ...]}`,
      );
    }
  });
  return { value: rules, errors };
}

/** Checks one indicator's own fields and those that point at other indicators. */
function readIndicator(fields: Fields, index: number, ids: Set<string>): { indicator?: Indicator; errors: string[] } {
  const where = who(fields, index);
  const errors: string[] = [];
  if (!isText(fields.id)) errors.push(`${where}: thiếu trường "id" (mã chỉ tiêu)`);
  else if (!/^[a-z0-9_]+$/.test(fields.id)) errors.push(`${where}: "id" chỉ gồm chữ thường không dấu, số và "_"`);
  if (!isText(fields.name)) errors.push(`${where}: thiếu trường "name" (tên chỉ tiêu)`);
  // An empty measure is one the form did not state (a catalog read from a form without ĐVT); a missing field is a slip.
  if (typeof fields.unit !== 'string') errors.push(`${where}: thiếu trường "unit" (đơn vị tính)`);
  for (const key of ['group', 'nameEn', 'number', 'builtIn'] as const) {
    if (fields[key] !== undefined && typeof fields[key] !== 'string') errors.push(`${where}: "${key}" phải là chuỗi`);
  }
  for (const key of ['integer', 'optional'] as const) {
    if (fields[key] !== undefined && typeof fields[key] !== 'boolean')
      errors.push(`${where}: "${key}" phải là true hoặc false`);
  }
  if (fields.aliases !== undefined && !(Array.isArray(fields.aliases) && fields.aliases.every(isText))) {
    errors.push(`${where}: "aliases" phải là danh sách tên gọi khác (chuỗi không rỗng)`);
  }
  for (const key of ['min', 'max'] as const) {
    const bound = fields[key];
    if (bound !== undefined && (typeof bound !== 'number' || !Number.isFinite(bound)))
      errors.push(`${where}: "${key}" phải là số`);
  }
  if (typeof fields.min === 'number' && typeof fields.max === 'number' && fields.min > fields.max) {
    errors.push(`${where}: "min" (${fields.min}) lớn hơn "max" (${fields.max})`);
  }
  if (
    fields.order !== undefined &&
    !(typeof fields.order === 'number' && Number.isInteger(fields.order) && fields.order > 0)
  ) {
    errors.push(`${where}: "order" phải là số nguyên dương (thứ tự trong mẫu)`);
  }
  if (fields.parent !== undefined) {
    if (!isText(fields.parent) || !ids.has(fields.parent))
      errors.push(`${where}: "parent" trỏ tới chỉ tiêu không có «${shownValue(fields.parent)}»`);
    else if (fields.parent === fields.id) errors.push(`${where}: "parent" trỏ tới chính nó`);
  }
  if (fields.sizeBy !== undefined) {
    if (!isText(fields.sizeBy)) errors.push(`${where}: "sizeBy" phải là mã một chỉ tiêu`);
    else if (!ids.has(fields.sizeBy)) errors.push(`${where}: "sizeBy" trỏ tới chỉ tiêu không có «${fields.sizeBy}»`);
  }
  const aggregate = readAggregate(fields.aggregate, ids, where);
  if (aggregate.error) errors.push(aggregate.error);
  const rules = readRules(fields.rules, ids, isText(fields.id) ? fields.id : '', where);
  errors.push(...rules.errors);
  if (errors.length > 0) return { errors };

  const indicator: Indicator = {
    id: fields.id as string,
    name: (fields.name as string).trim(),
    unit: (fields.unit as string).trim(),
  };
  if (fields.nameEn !== undefined) indicator.nameEn = fields.nameEn as string;
  if (fields.aliases !== undefined) indicator.aliases = [...(fields.aliases as string[])];
  if (fields.group !== undefined) indicator.group = fields.group as string;
  if (aggregate.value !== undefined) indicator.aggregate = aggregate.value;
  if (fields.min !== undefined) indicator.min = fields.min as number;
  if (fields.max !== undefined) indicator.max = fields.max as number;
  if (rules.value !== undefined) indicator.rules = rules.value;
  if (fields.integer !== undefined) indicator.integer = fields.integer as boolean;
  if (fields.sizeBy !== undefined) indicator.sizeBy = fields.sizeBy as string;
  if (fields.optional !== undefined) indicator.optional = fields.optional as boolean;
  if (fields.number !== undefined) indicator.number = fields.number as string;
  if (fields.parent !== undefined) indicator.parent = fields.parent as string;
  if (fields.order !== undefined) indicator.order = fields.order as number;
  if (fields.builtIn !== undefined) indicator.builtIn = fields.builtIn as string;
  return { indicator, errors };
}

/**
 * Checks a catalog read from JSON (or a sheet) and returns it typed, or every problem in Vietnamese,
 * each naming the indicator and the field.
 * @example validateCatalog({ indicators: [{ id: 'bts', name: 'Số trạm BTS' }] })
 * // { ok: false, errors: ['Chỉ tiêu «bts»: thiếu trường "unit" (đơn vị tính)'] }
 */
export function validateCatalog(json: unknown): CatalogValidation {
  if (!isRecord(json) || !Array.isArray(json.indicators)) {
    return { ok: false, errors: ['Danh mục phải là một đối tượng có trường "indicators" là danh sách chỉ tiêu'] };
  }
  const list: unknown[] = json.indicators;
  if (list.length === 0) return { ok: false, errors: ['Danh mục không có chỉ tiêu nào'] };

  const errors: string[] = [];
  const ids = new Set<string>();
  list.forEach((item, index) => {
    if (!isRecord(item)) return;
    if (!isText(item.id)) return;
    if (ids.has(item.id)) errors.push(`${who(item, index)} (thứ ${index + 1}): mã "id" bị trùng`);
    ids.add(item.id);
  });

  const indicators: Indicator[] = [];
  list.forEach((item, index) => {
    if (!isRecord(item)) {
      errors.push(`Chỉ tiêu thứ ${index + 1}: phải là một đối tượng`);
      return;
    }
    const read = readIndicator(item, index, ids);
    errors.push(...read.errors);
    if (read.indicator) indicators.push(read.indicator);
  });

  const catalog: Catalog = { indicators };
  for (const key of ['title', 'source'] as const) {
    if (json[key] === undefined) continue;
    if (typeof json[key] === 'string') catalog[key] = json[key];
    else errors.push(`Trường "${key}" của danh mục phải là chuỗi`);
  }
  if (json.needs !== undefined) {
    const needs = readNeeds(json.needs, ids);
    if (needs.error) errors.push(needs.error);
    else if (needs.value.length > 0) catalog.needs = needs.value;
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, catalog };
}

const NEED_KINDS: CatalogNeed['kind'][] = ['aggregate', 'measure'];

/** Reads `needs`, the decisions a catalog read from a form left open (kept so the next tool still shows them). */
function readNeeds(value: unknown, ids: Set<string>): { value: CatalogNeed[]; error?: string } {
  if (!Array.isArray(value)) return { value: [], error: 'Trường "needs" của danh mục phải là một danh sách' };
  const needs: CatalogNeed[] = [];
  for (const [n, item] of value.entries()) {
    const at = `"needs" thứ ${n + 1}`;
    if (!isRecord(item) || !NEED_KINDS.includes(item.kind as CatalogNeed['kind']) || !isText(item.question)) {
      return { value: [], error: `${at}: cần "kind" (${NEED_KINDS.join(', ')}), "indicators" và "question"` };
    }
    const listed = Array.isArray(item.indicators) ? item.indicators.filter(isText) : [];
    // A need whose indicators were all removed since is settled.
    const indicators = listed.filter((id) => ids.has(id));
    if (indicators.length === 0) continue;
    needs.push({
      kind: item.kind as CatalogNeed['kind'],
      indicators,
      question: item.question,
      questionEn: isText(item.questionEn) ? item.questionEn : item.question,
    });
  }
  return { value: needs };
}
