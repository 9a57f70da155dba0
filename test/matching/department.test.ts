/*
 * Matching with a department's own catalog (issue 12). The labelled sets must be what they claim (valid catalogs
 * unlike the built-in one, enough rows, the issue's examples, reports in template order); then, on each catalog,
 * issue 12's targets: no wrong match, recall ≥ 98 %, at most 5 % of the rows in the likely tier, one row per
 * indicator per report. Targets today's matcher misses are `test.failing`, named in KNOWN_FAILING with the figure
 * it had: when the new matching stage meets one, its test.failing fails, and the entry is to be removed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultCatalog, validateCatalog } from '../../src/core/catalog';
import {
  evaluateSetReports,
  evaluateSetRows,
  figureLines,
  scoreRows,
  TARGETS,
  type DepartmentFigures,
} from './department-eval';
import { departmentSets, reportsOf, type DepartmentSet } from './department-labels';
import { totalOf } from './department-print';
import { holdoutDepartmentSets } from './holdout-department';

type Target = 'wrong' | 'recall' | 'likely' | 'doubled';
type Mode = 'rows' | 'reports';

/**
 * What the matching stage still misses, with the figure it has (`npm run eval:matching`). The sets' first figures,
 * with the earlier matcher, are in test/matching/README.md; the hold-out's, never tuned against, too.
 */
const KNOWN_FAILING: Record<string, Partial<Record<`${Mode}.${Target}`, string>>> = {
  holdout: {
    'rows.wrong': '2',
    'rows.recall': '91,1 %',
    'rows.likely': '6,0 %',
    'reports.wrong': '3',
    'reports.recall': '94,1 %',
    'reports.doubled': '4',
  },
};

/** A target test, `test.failing` while today's figure misses it. */
function target(set: string, key: `${Mode}.${Target}`, name: string, fn: () => void): void {
  const known = KNOWN_FAILING[set]?.[key];
  if (known) test.failing(`${name} (today: ${known})`, fn);
  else test(name, fn);
}

const catalogsDir = join(__dirname, 'catalogs');
const holdoutDir = join(__dirname, 'holdout-department', 'catalogs');
const catalogFiles = [
  ...readdirSync(catalogsDir).map((f) => join(catalogsDir, f)),
  ...readdirSync(holdoutDir).map((f) => join(holdoutDir, f)),
].filter((f) => f.endsWith('.json'));

describe('the department catalogs', () => {
  it('are five: three to measure with, two held out', () => {
    expect(catalogFiles).toHaveLength(5);
  });

  it.each(catalogFiles.map((f) => [f.split('/').slice(-2).join('/'), f]))(
    '%s validates, 30–50 indicators, name plus at most one alias, none of the built-in ids',
    (_, file) => {
      const checked = validateCatalog(JSON.parse(readFileSync(file, 'utf8')));
      if (!checked.ok) throw new Error(checked.errors.join('\n'));
      const { indicators } = checked.catalog;
      expect(indicators.length).toBeGreaterThanOrEqual(30);
      expect(indicators.length).toBeLessThanOrEqual(50);
      expect(indicators.filter((i) => (i.aliases?.length ?? 0) > 1).map((i) => i.id)).toEqual([]);
      expect(indicators.filter((i) => (i.aliases?.length ?? 0) === 0).length).toBeGreaterThan(indicators.length / 2);
      const builtIn = new Set(defaultCatalog.indicators.map((i) => i.id));
      expect(indicators.filter((i) => builtIn.has(i.id)).map((i) => i.id)).toEqual([]);
      expect(indicators.every((i) => i.group)).toBe(true);
      expect(indicators.some((i) => typeof i.aggregate === 'object')).toBe(true);
    },
  );
});

describe('the labelled department rows', () => {
  const all = [...departmentSets, ...holdoutDepartmentSets];

  it('hold at least 150 rows with an indicator per catalog and 600 in all, and 120 near misses', () => {
    const positives = (s: DepartmentSet) => s.cases.filter((c) => c.expected !== null).length;
    for (const set of departmentSets) expect([set.name, positives(set) >= 150]).toEqual([set.name, true]);
    expect(departmentSets.reduce((n, s) => n + positives(s), 0)).toBeGreaterThanOrEqual(600);
    expect(departmentSets.reduce((n, s) => n + s.cases.length - positives(s), 0)).toBeGreaterThanOrEqual(120);
    expect(holdoutDepartmentSets.reduce((n, s) => n + positives(s), 0)).toBeGreaterThanOrEqual(200);
  });

  it.each(all.map((s) => [s.name, s]))(
    '%s: every indicator has at least three rows, every expected id is in the catalog',
    (_, set) => {
      const ids = new Set(set.catalog.indicators.map((i) => i.id));
      expect(set.cases.filter((c) => c.expected !== null && !ids.has(c.expected)).map((c) => c.label)).toEqual([]);
      const thin = set.catalog.indicators
        .filter((i) => set.cases.filter((c) => c.expected === i.id).length < 3)
        .map((i) => i.id);
      expect(thin).toEqual([]);
    },
  );

  it('hold the wordings issue 12 names', () => {
    const examples = [
      'Tổng dân số',
      'Số dân',
      'Số hộ',
      'Số hộ dân',
      'Tổng số hộ trên địa bàn',
      'TB Internet BRCĐ',
      'Doanh thu VT',
      'Mật độ TB điện thoại (TB/100 dân)',
      'Số camera an ninh kết nối IOC',
      'Tỷ lệ hộ gia đình sử dụng Internet cáp quang',
      '+ DVCTT một phần',
      'Số điểm cầu THTT',
      'Số DN cung ứng dịch vụ bưu chính',
      'Xã có báo đọc trong ngày phát hành',
      'Số tiền phạt vi phạm hành chính đã thu',
      'Thanh tra, kiểm tra đã thực hiện (cuộc)',
      'Số tiền phạt đã thu (triệu đồng)',
    ];
    const labels = new Set(
      departmentSets.flatMap((s) => s.cases.filter((c) => c.expected !== null).map((c) => c.label)),
    );
    expect(examples.filter((e) => !labels.has(e))).toEqual([]);
  });

  it.each(all.map((s) => [s.name, s]))(
    '%s: as at least 12 reports, one row per indicator, in the template order but for one swap',
    (_, set) => {
      const reports = reportsOf(set);
      expect(reports.length).toBeGreaterThanOrEqual(12);
      const order = new Map(set.catalog.indicators.map((i, n) => [i.id, n]));
      for (const report of reports) {
        const ids = report.rows.flatMap((r) => (r.expected ? [r.expected] : []));
        expect(new Set(ids).size).toBe(ids.length);
        const inversions = ids.slice(1).filter((id, n) => order.get(id)! < order.get(ids[n])!).length;
        expect(inversions).toBeLessThanOrEqual(1);
        expect(report.rows.some((r) => r.expected === null)).toBe(true);
      }
      // Every indicator of the catalog is reported by most units.
      for (const indicator of set.catalog.indicators) {
        const n = reports.filter((r) => r.rows.some((row) => row.expected === indicator.id)).length;
        expect([indicator.id, n >= reports.length / 2]).toEqual([indicator.id, true]);
      }
    },
  );
});

describe('the department harness', () => {
  const rows = [
    { label: 'Số trạm BTS', expected: 'vt_01' },
    { label: 'Số trạm BTS 4G', expected: null },
    { label: 'Số thuê bao di động', expected: 'vt_03' },
  ];

  it('counts a right match, a near miss matched and a miss, each in its tier', () => {
    const f = scoreRows(rows, [
      { id: 'vt_01', tier: 'sure' },
      { id: 'vt_01', tier: 'likely' },
      { id: null, tier: 'unmatched' },
    ]);
    expect([f.correct, f.matched, f.wrong.length, f.missed.length]).toEqual([1, 2, 1, 1]);
    expect([f.recall, f.precision, f.likelyShare]).toEqual([0.5, 0.5, 1 / 3]);
    expect(f.tiers).toEqual({ sure: 1, likely: 1, unmatched: 1 });
  });

  it('meets the targets only when every row is right and sure', () => {
    const f = scoreRows(rows, [
      { id: 'vt_01', tier: 'sure' },
      { id: null, tier: 'unmatched' },
      { id: 'vt_03', tier: 'sure' },
    ]);
    expect([f.wrong.length, f.recall >= TARGETS.recall, f.likelyShare <= TARGETS.likelyShare]).toEqual([0, true, true]);
  });

  it('refuses an adapter that loses rows', () => {
    expect(() => scoreRows(rows, [])).toThrow(/0 assignments for 3 rows/);
  });
});

describe.each(departmentSets.map((s) => [s.name, s] as const))('matching with the %s catalog', (name, set) => {
  let rowsF: DepartmentFigures;
  let reportsF: DepartmentFigures;
  beforeAll(() => {
    rowsF = evaluateSetRows(set);
    reportsF = evaluateSetReports(set);
    console.info(
      `${name}\n  each row alone: ${figureLines(rowsF).join('\n    ')}\n  as reports: ${figureLines(reportsF).join('\n    ')}`,
    );
  });

  target(name, 'rows.wrong', 'each row alone: no wrong match', () => expect(rowsF.wrong).toEqual([]));
  target(name, 'rows.recall', 'each row alone: recall ≥ 98 %', () =>
    expect(rowsF.recall).toBeGreaterThanOrEqual(TARGETS.recall),
  );
  target(name, 'rows.likely', 'each row alone: at most 5 % of the rows likely', () =>
    expect(rowsF.likelyShare).toBeLessThanOrEqual(TARGETS.likelyShare),
  );
  target(name, 'reports.wrong', 'as reports: no wrong match', () => expect(reportsF.wrong).toEqual([]));
  target(name, 'reports.recall', 'as reports: recall ≥ 98 %', () =>
    expect(reportsF.recall).toBeGreaterThanOrEqual(TARGETS.recall),
  );
  target(name, 'reports.likely', 'as reports: at most 5 % of the rows likely', () =>
    expect(reportsF.likelyShare).toBeLessThanOrEqual(TARGETS.likelyShare),
  );
  target(name, 'reports.doubled', 'as reports: one row per indicator per report', () =>
    expect(reportsF.doubled).toBe(0),
  );
});

// The hold-out: figures only (never its rows), so a failing test shows no label to tune against.
describe('matching with the hold-out department catalogs (aggregate figures only)', () => {
  let rows: ReturnType<typeof totalOf>;
  let reports: ReturnType<typeof totalOf>;
  let doubled = 0;
  beforeAll(() => {
    rows = totalOf(holdoutDepartmentSets.map(evaluateSetRows));
    const asReports = holdoutDepartmentSets.map((s) => evaluateSetReports(s));
    reports = totalOf(asReports);
    doubled = asReports.reduce((n, f) => n + f.doubled, 0);
    const line = (t: typeof rows) =>
      `${t.rows} rows, recall ${((t.correct / t.positives) * 100).toFixed(1)} %, wrong ${t.wrong}, missed ${t.missed}, sure ${t.sure} / likely ${t.likely} / unmatched ${t.unmatched}`;
    console.info(`hold-out\n  each row alone: ${line(rows)}\n  as reports: ${line(reports)}`);
  });

  target('holdout', 'rows.wrong', 'each row alone: no wrong match', () => expect(rows.wrong).toBe(0));
  target('holdout', 'rows.recall', 'each row alone: recall ≥ 98 %', () =>
    expect(rows.correct / rows.positives).toBeGreaterThanOrEqual(TARGETS.recall),
  );
  target('holdout', 'rows.likely', 'each row alone: at most 5 % of the rows likely', () =>
    expect(rows.likely / rows.rows).toBeLessThanOrEqual(TARGETS.likelyShare),
  );
  target('holdout', 'reports.wrong', 'as reports: no wrong match', () => expect(reports.wrong).toBe(0));
  target('holdout', 'reports.recall', 'as reports: recall ≥ 98 %', () =>
    expect(reports.correct / reports.positives).toBeGreaterThanOrEqual(TARGETS.recall),
  );
  target('holdout', 'reports.likely', 'as reports: at most 5 % of the rows likely', () =>
    expect(reports.likely / reports.rows).toBeLessThanOrEqual(TARGETS.likelyShare),
  );
  target('holdout', 'reports.doubled', 'as reports: one row per indicator per report', () => expect(doubled).toBe(0));
});
