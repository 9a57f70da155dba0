import type { Issue, SummaryRow, UnitValue } from '../model';
import { MEASURE_SOURCE_TEXTS } from '../issues';
import { fmtEn, fmtVi, makeIssue, unitValues, type CheckContext } from './context';

/** Relative tolerance for a reported rate against the rate recomputed from its parts (design.md). */
const RATIO_TOLERANCE = 0.02;

/** rule_violated: catalog rules between indicators of the same unit, ratio consistency, and measure conflicts. */
export function checkRules(ctx: CheckContext): Issue[] {
  const byId = new Map(ctx.summary.rows.map((row) => [row.indicator.id, row]));
  const issues: Issue[] = [];
  for (const row of ctx.summary.rows) {
    for (const rule of row.indicator.rules ?? []) {
      if ('lte' in rule) issues.push(...checkLte(row, byId.get(rule.lte)));
      else
        issues.push(
          ...checkSumOfLte(
            row,
            rule.sumOfLte.map((id) => byId.get(id)),
          ),
        );
    }
    const aggregate = row.indicator.aggregate;
    if (aggregate && typeof aggregate === 'object' && 'ratio' in aggregate) {
      issues.push(...checkRatio(row, byId.get(aggregate.ratio[0]), byId.get(aggregate.ratio[1]), aggregate.scale ?? 1));
    }
  }
  issues.push(...measureConflictIssues(ctx));
  return issues;
}

function numeric(value: UnitValue | undefined): number | null {
  return value && typeof value.value === 'number' ? value.value : null;
}

function checkLte(row: SummaryRow, other: SummaryRow | undefined): Issue[] {
  if (!other) return [];
  return unitValues(row).flatMap(([unit, value]) => {
    const a = numeric(value);
    const b = numeric(other.values[unit]);
    if (a === null || b === null || a <= b) return [];
    return [
      makeIssue('rule_violated', {
        unit,
        indicator: row.indicator.id,
        cell: value.cell,
        related: [other.values[unit].cell],
        vi: `«${row.indicator.name}» (${fmtVi(a)}) lớn hơn «${other.indicator.name}» (${fmtVi(b)}); phải nhỏ hơn hoặc bằng.`,
        en: `"${row.indicator.nameEn ?? row.indicator.name}" (${fmtEn(a)}) exceeds "${other.indicator.nameEn ?? other.indicator.name}" (${fmtEn(b)}); it must not.`,
      }),
    ];
  });
}

function checkSumOfLte(whole: SummaryRow, parts: (SummaryRow | undefined)[]): Issue[] {
  const present = parts.filter((p): p is SummaryRow => p !== undefined);
  if (present.length !== parts.length || present.length === 0) return [];
  return unitValues(whole).flatMap(([unit, value]) => {
    const w = numeric(value);
    const figures = present.map((p) => numeric(p.values[unit]));
    if (w === null || figures.some((f) => f === null)) return [];
    const sum = (figures as number[]).reduce((s, f) => s + f, 0);
    if (sum <= w) return [];
    const names = present.map((p) => `«${p.indicator.name}»`).join(' + ');
    return [
      makeIssue('rule_violated', {
        unit,
        indicator: whole.indicator.id,
        cell: value.cell,
        related: present.map((p) => p.values[unit].cell),
        vi: `${names} = ${fmtVi(sum)}, lớn hơn «${whole.indicator.name}» (${fmtVi(w)}); tổng các phần không được vượt tổng số.`,
        en: `The parts add up to ${fmtEn(sum)}, more than "${whole.indicator.nameEn ?? whole.indicator.name}" (${fmtEn(w)}).`,
      }),
    ];
  });
}

function checkRatio(
  row: SummaryRow,
  numerator: SummaryRow | undefined,
  denominator: SummaryRow | undefined,
  scale: number,
): Issue[] {
  if (!numerator || !denominator) return [];
  return unitValues(row).flatMap(([unit, value]) => {
    const reported = numeric(value);
    const n = numeric(numerator.values[unit]);
    const d = numeric(denominator.values[unit]);
    if (reported === null || n === null || d === null || d <= 0) return [];
    const expected = (n / d) * scale;
    const gap = expected === 0 ? Math.abs(reported) : Math.abs(reported - expected) / Math.abs(expected);
    if (gap <= RATIO_TOLERANCE) return [];
    return [
      makeIssue('rule_violated', {
        unit,
        indicator: row.indicator.id,
        cell: value.cell,
        related: [numerator.values[unit].cell, denominator.values[unit].cell],
        vi: `«${row.indicator.name}» ghi ${fmtVi(reported)} nhưng tính từ ${fmtVi(n)} / ${fmtVi(d)}${scale !== 1 ? ` × ${scale}` : ''} được ${fmtVi(expected)} (lệch ${fmtVi(gap * 100)}%, quá 2%).`,
        en: `"${row.indicator.nameEn ?? row.indicator.name}" reads ${fmtEn(reported)} but its parts give ${fmtEn(expected)} (${fmtEn(gap * 100)}% apart, over 2%).`,
      }),
    ];
  });
}

/**
 * Figures not counted for their measure: another thing than the indicator's (rule_violated), or a magnitude the
 * sheet states twice differently or never (scale_suspect) — each naming where the sheet wrote what.
 */
function measureConflictIssues(ctx: CheckContext): Issue[] {
  const names = new Map(ctx.summary.rows.map((row) => [row.indicator.id, row.indicator.name]));
  return ctx.measureConflicts.map((c) => {
    const where = { unit: c.unit, indicator: c.indicatorId, cell: c.cell };
    const name = names.get(c.indicatorId) ?? c.indicatorId;
    const t = c.trouble;
    if (t.kind === 'mismatch') {
      return makeIssue('rule_violated', {
        ...where,
        vi: `Đơn vị tính «${t.from}» (${MEASURE_SOURCE_TEXTS[t.statement.from].vi}) không đổi được sang «${t.to}» của chỉ tiêu «${name}»; số liệu chưa được cộng.`,
        en: `The measure "${t.from}" (${MEASURE_SOURCE_TEXTS[t.statement.from].en}) cannot be converted to "${t.to}"; the figure was not added.`,
      });
    }
    if (t.kind === 'conflict') {
      const vi = t.statements.map((s) => `${MEASURE_SOURCE_TEXTS[s.from].vi} ghi «${s.text}»`).join(', ');
      const en = t.statements.map((s) => `${MEASURE_SOURCE_TEXTS[s.from].en} says "${s.text}"`).join(', ');
      return makeIssue('scale_suspect', {
        ...where,
        vi: `Đơn vị tính mâu thuẫn cho số «${c.raw}» của «${name}»: ${vi}. Không biết số này là bao nhiêu ${t.to}; số liệu chưa được cộng, hãy sửa cho thống nhất.`,
        en: `Conflicting measures for "${c.raw}": ${en}. Its value in ${t.to} cannot be known; the figure was not added.`,
      });
    }
    return makeIssue('scale_suspect', {
      ...where,
      vi: `Không rõ số «${c.raw}» của «${name}» tính bằng đồng, nghìn đồng, triệu đồng hay tỷ đồng (ô, cột ĐVT, tên chỉ tiêu, tiêu đề cột và bảng đều không ghi); số liệu chưa được cộng, hãy ghi đơn vị tính.`,
      en: `The magnitude of "${c.raw}" (đồng, thousand, million or billion đồng) is written nowhere; the figure was not added.`,
    });
  });
}
