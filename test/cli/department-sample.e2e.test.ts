/*
 * The Thái Nguyên sample (samples/thai-nguyen-2026, made by scripts/make-dept-sample.ts): 16 communes and wards
 * that filled the department's OWN catalog, consolidated with it through the command line. Issue 12's targets —
 * every figure and every total as expected, no issue on clean data but outliers, only the units' own rows
 * unmatched — are `test.failing` while today's matcher misses them (KNOWN_FAILING, with today's figures): when
 * one passes, its test.failing fails; remove the entry.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Catalog } from '../../src/core/model';
import { runCli } from './run-cli';

const SAMPLE = join(__dirname, '..', '..', 'samples', 'thai-nguyen-2026');
const DEPARTMENT_CATALOG = join(__dirname, '..', 'matching', 'catalogs', 'thai-nguyen-xa-2026.json');

type Expected = {
  period: string;
  units: { name: string; file: string; sheet: string }[];
  values: Record<string, Record<string, number>>;
  totals: Record<string, number | null>;
  unmatched: { unit: string; label: string }[];
};
type ReportJson = {
  units: { name: string }[];
  indicators: { id: string; total: number | null; values: Record<string, number | null> }[];
  unmatched: { unit: string; label: string }[];
  issues: { code: string; unit: string | null; indicator: string | null; message: string }[];
};

/**
 * What the matching stage still misses on the sample (first measured with the earlier matcher: 364 of 628 figures,
 * 8 of 40 totals, 2 wrong figures, 564 issues on clean data).
 */
const KNOWN_FAILING: Record<string, string> = {
  figures: '624/628 figures right, 4 missing',
  totals: '38/40 totals right',
  issues: '2 rule_violated for the measure «máy/100 dân» of mobile density',
  unmatched: '50 unmatched rows for 48 of the units’ own',
};

function target(key: keyof typeof KNOWN_FAILING, name: string, fn: () => void): void {
  if (KNOWN_FAILING[key]) test.failing(`${name} (today: ${KNOWN_FAILING[key]})`, fn);
  else test(name, fn);
}

async function hashes(dir: string): Promise<Record<string, string>> {
  const files = (await readdir(dir)).sort();
  return Object.fromEntries(
    await Promise.all(
      files.map(async (f) => [
        f,
        createHash('sha256')
          .update(await readFile(join(dir, f)))
          .digest('hex'),
      ]),
    ),
  );
}

describe('tonghop consolidate on the Thái Nguyên sample with its department catalog', () => {
  let out: string;
  let run: { code: number; out: string; err: string };
  let report: ReportJson;
  let before: Record<string, string>;
  let expected: Expected;
  let catalog: Catalog;
  const byId = () => new Map(report.indicators.map((i) => [i.id, i]));

  beforeAll(async () => {
    expected = JSON.parse(await readFile(join(SAMPLE, 'expected.json'), 'utf8')) as Expected;
    catalog = JSON.parse(await readFile(join(SAMPLE, 'catalog.json'), 'utf8')) as Catalog;
    out = await mkdtemp(join(tmpdir(), 'tonghop-dept-'));
    before = await hashes(SAMPLE);
    run = await runCli([
      'consolidate',
      SAMPLE,
      '--catalog',
      join(SAMPLE, 'catalog.json'),
      '--units',
      join(SAMPLE, 'units.txt'),
      '--period',
      expected.period,
      '--province',
      'Thái Nguyên',
      '--department',
      'Sở Khoa học và Công nghệ tỉnh Thái Nguyên',
      '--out',
      join(out, 'tong-hop.xlsx'),
      '--json',
      join(out, 'report.json'),
    ]);
    report = JSON.parse(await readFile(join(out, 'report.json'), 'utf8')) as ReportJson;
  }, 60000);
  afterAll(async () => {
    await rm(out, { recursive: true, force: true });
  });

  it('uses the department catalog of the labelled set, not the built-in one', async () => {
    expect(await readFile(join(SAMPLE, 'catalog.json'), 'utf8')).toBe(await readFile(DEPARTMENT_CATALOG, 'utf8'));
    expect(report.indicators.map((i) => i.id)).toEqual(catalog.indicators.map((i) => i.id));
  });

  it('holds clean data: every expected figure keeps the catalog’s rules', () => {
    const broken: string[] = [];
    for (const [unit, v] of Object.entries(expected.values)) {
      for (const indicator of catalog.indicators) {
        const x = v[indicator.id];
        if (x === undefined) {
          if (!indicator.optional) broken.push(`${unit}: ${indicator.id} missing`);
          continue;
        }
        if (indicator.integer && !Number.isInteger(x)) broken.push(`${unit}: ${indicator.id} ${x} not whole`);
        if ((indicator.min !== undefined && x < indicator.min) || (indicator.max !== undefined && x > indicator.max))
          broken.push(`${unit}: ${indicator.id} ${x} out of range`);
        for (const rule of indicator.rules ?? []) {
          if ('lte' in rule && v[rule.lte] !== undefined && x > v[rule.lte])
            broken.push(`${unit}: ${indicator.id} > ${rule.lte}`);
        }
        const aggregate = indicator.aggregate;
        if (typeof aggregate === 'object' && 'ratio' in aggregate) {
          const [n, d] = aggregate.ratio;
          const ratio = (v[n] / v[d]) * (aggregate.scale ?? 1);
          if (Math.abs(x - ratio) > 0.02 * ratio) broken.push(`${unit}: ${indicator.id} ${x} ≠ ${ratio}`);
        }
      }
    }
    expect(broken).toEqual([]);
    expect(expected.units).toHaveLength(16);
    expect(expected.unmatched.length).toBeGreaterThanOrEqual(16);
  });

  it('succeeds and reads all 16 units', () => {
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toContain('Đơn vị đã đọc: 16/16');
    expect(report.units.map((u) => u.name).sort()).toEqual(expected.units.map((u) => u.name).sort());
  });

  const figures = () => {
    const ids = byId();
    const right: string[] = [];
    const wrong: string[] = [];
    const missing: string[] = [];
    for (const [unit, values] of Object.entries(expected.values)) {
      for (const [id, value] of Object.entries(values)) {
        const got = ids.get(id)?.values[unit];
        if (got === value) right.push(`${unit} ${id}`);
        else if (got === null || got === undefined) missing.push(`${unit} ${id}`);
        else wrong.push(`${unit} ${id}: ${value} ≠ ${got}`);
      }
    }
    return { right, wrong, missing };
  };

  it('prints today’s figures', () => {
    const f = figures();
    const totals = Object.entries(expected.totals).filter(
      ([id, t]) =>
        Math.abs((byId().get(id)?.total ?? NaN) - (t ?? NaN)) < 1e-3 || (t === null && byId().get(id)?.total === null),
    );
    const codes: Record<string, number> = {};
    for (const issue of report.issues) codes[issue.code] = (codes[issue.code] ?? 0) + 1;
    console.info(
      `Thái Nguyên sample: ${f.right.length}/${f.right.length + f.wrong.length + f.missing.length} figures right, ${f.wrong.length} wrong, ` +
        `${f.missing.length} missing; ${totals.length}/${Object.keys(expected.totals).length} totals right; issues ${JSON.stringify(codes)}; ` +
        `${report.unmatched.length} unmatched rows for ${expected.unmatched.length} of the units' own`,
    );
    expect(f.right.length + f.wrong.length + f.missing.length).toBe(
      Object.values(expected.values).reduce((n, v) => n + Object.keys(v).length, 0),
    );
  });

  target('wrong', 'never puts a figure in the summary that is not the one in its cell', () => {
    expect(figures().wrong).toEqual([]);
  });

  target('figures', 'reports every figure of every unit', () => {
    expect(figures().missing).toEqual([]);
  });

  target('totals', 'computes every province total as expected', () => {
    const ids = byId();
    const off = Object.entries(expected.totals).filter(([id, t]) => {
      const got = ids.get(id)?.total ?? null;
      return t === null ? got !== null : got === null || Math.abs(got - t) > 1e-3;
    });
    expect(off.map(([id, t]) => `${id}: ${t} ≠ ${ids.get(id)?.total}`)).toEqual([]);
  });

  target('issues', 'raises no issue on clean data but outliers (and the units’ own rows as unmatched)', () => {
    const own = new Set(expected.unmatched.map((u) => `${u.unit}|${u.label}`));
    const noise = report.issues.filter(
      (i) =>
        i.code !== 'outlier' &&
        !(i.code === 'label_unmatched' && own.has(`${i.unit}|${i.message.match(/«(.*?)»/)?.[1]}`)),
    );
    expect(noise.map((i) => `${i.code} ${i.unit} ${i.indicator ?? ''}`)).toEqual([]);
  });

  target('unmatched', 'leaves exactly the units’ own rows unmatched', () => {
    const got = new Set(report.unmatched.map((u) => `${u.unit}|${u.label}`));
    expect(got).toEqual(new Set(expected.unmatched.map((u) => `${u.unit}|${u.label}`)));
  });

  it('leaves every input file byte-identical', async () => {
    expect(await hashes(SAMPLE)).toEqual(before);
  });
});
