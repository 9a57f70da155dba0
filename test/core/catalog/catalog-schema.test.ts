import Ajv from 'ajv';
import schema from '../../../src/core/catalog/catalog.schema.json';
import catalogJson from '../../../src/core/catalog/default-catalog.json';
import { defaultCatalog, validateCatalog } from '../../../src/core/catalog';
import { catalogFromTemplate } from '../../../src/core/template';
import { FORMS, formGrid } from '../template/department-forms';

const ajv = new Ajv({ allErrors: true, strict: true });
const matchesSchema = ajv.compile(schema);

/** The schema's complaints, one line each ("/indicators/3/aggregate must be equal to one of the allowed values"). */
function schemaErrors(json: unknown): string[] {
  return matchesSchema(json) ? [] : (matchesSchema.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

/** A copy of the default catalog with one indicator's fields changed. */
function withIndicator(index: number, change: Record<string, unknown>): unknown {
  const copy = structuredClone(catalogJson) as { indicators: Record<string, unknown>[] };
  copy.indicators[index] = { ...copy.indicators[index], ...change };
  return copy;
}

describe('the default catalog as data', () => {
  it('matches the catalog schema', () => {
    expect(schemaErrors(catalogJson)).toEqual([]);
  });

  it('passes the catalog validator unchanged, so what the engine uses is what the file says', () => {
    expect(validateCatalog(catalogJson)).toEqual({ ok: true, catalog: defaultCatalog });
    expect(defaultCatalog.indicators).toEqual(catalogJson.indicators);
  });

  it('names its schema, so an editor checks the file as it is typed', () => {
    expect(catalogJson.$schema).toBe('./catalog.schema.json');
    expect(Object.keys(defaultCatalog)).toEqual(['indicators']);
  });
});

describe('the catalog schema', () => {
  it.each([
    [
      'an aggregate word the engine has not',
      { aggregate: 'total' },
      '/indicators/0/aggregate must be equal to one of the allowed values',
    ],
    ['an id with diacritics', { id: 'dân_số' }, '/indicators/0/id must match pattern "^[a-z0-9_]+$"'],
    [
      'a ratio of three ids',
      { aggregate: { ratio: ['a', 'b', 'c'] } },
      '/indicators/0/aggregate/ratio must NOT have more than 2 items',
    ],
    [
      'a rule of an unknown kind',
      { rules: [{ gte: 'households' }] },
      '/indicators/0/rules/0 must match exactly one schema in oneOf',
    ],
    ['a count marked "yes"', { integer: 'yes' }, '/indicators/0/integer must be boolean'],
    ['a blank name', { name: '  ' }, '/indicators/0/name must match pattern "\\S"'],
  ])('rejects %s, as the validator does', (_, change, complaint) => {
    const json = withIndicator(0, change);
    expect(schemaErrors(json)).toContain(complaint);
    expect(validateCatalog(json).ok).toBe(false);
  });

  // The validator ignores fields it does not know (the engine reads what it needs); an editor warns of a slip.
  it('flags a misspelt field, which the validator lets pass', () => {
    const json = withIndicator(0, { aliase: ['Trạm BTS'] });
    expect(schemaErrors(json)).toEqual(['/indicators/0 must NOT have additional properties']);
    expect(validateCatalog(json).ok).toBe(true);
  });

  it('rejects a catalog without indicators', () => {
    expect(schemaErrors({ indicators: [] })).toEqual(['/indicators must NOT have fewer than 1 items']);
    expect(schemaErrors({})).toEqual([" must have required property 'indicators'"]);
  });

  it.each(FORMS.map((form) => [form.file, form] as const))(
    'accepts the catalog `tonghop catalog` reads from the department form %s',
    async (_, form) => {
      const read = catalogFromTemplate(await formGrid(form));
      if (!read.ok) throw new Error(read.reason);
      expect(schemaErrors(JSON.parse(JSON.stringify(read.catalog)))).toEqual([]);
    },
  );
});
