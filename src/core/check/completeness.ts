import type { Issue, UnitCandidate, UnitInfo } from '../model';
import { makeIssue, type CheckContext } from './context';
import { maybeByUnit } from './labels';

const withCode = (name: string, code: string | undefined, word: string) => (code ? `${name} (${word} ${code})` : name);

/** "93/95 đơn vị": the expected units that sent a report, out of all that must. */
function sentCount({ summary }: CheckContext): { sent: number; expected: number } {
  const expected = summary.expected?.length ?? summary.units.length + summary.missingUnits.length;
  return { sent: expected - summary.missingUnits.length, expected };
}

/** unit_missing: an expected unit that sent nothing, by its official name and code. */
export function checkMissingUnits(ctx: CheckContext): Issue[] {
  const { summary } = ctx;
  const codes = new Map((summary.expected ?? []).map((u) => [u.name, u.code]));
  const { sent, expected } = sentCount(ctx);
  return summary.missingUnits.map((unit) =>
    makeIssue('unit_missing', {
      unit,
      vi: `${withCode(unit, codes.get(unit), 'mã')} chưa gửi báo cáo (không tìm thấy trang tính nào của đơn vị này); ${sent}/${expected} đơn vị đã gửi.`,
      en: `${withCode(unit, codes.get(unit), 'code')} sent no report (no sheet of this unit was found); ${sent}/${expected} units have reported.`,
    }),
  );
}

const listed = (candidates: UnitCandidate[], word: string, or: string) =>
  candidates.map((c) => withCode(c.name, c.code, word)).join(` ${or} `);

/**
 * unit_unknown and unit_ambiguous: a report whose unit the list cannot name (a name on no list, with the nearest
 * official names; a name several units share), left for a person rather than guessed.
 */
export function checkUnitNames({ summary }: CheckContext): Issue[] {
  const where = summary.unitsFrom?.province
    ? { vi: ` của tỉnh ${summary.unitsFrom.province}`, en: ` of ${summary.unitsFrom.province}` }
    : { vi: '', en: '' };
  return summary.units.flatMap((unit: UnitInfo) => {
    if (!unit.problem) return [];
    const cell = { file: unit.report.source.file, sheet: unit.report.source.sheet, address: 'A1' };
    const said = unit.report.unitEvidence.text;
    if (unit.problem.kind === 'ambiguous') {
      return [
        makeIssue('unit_ambiguous', {
          unit: unit.name,
          cell,
          vi: `Báo cáo ${unit.source} ghi «${said}»: có thể là ${listed(unit.problem.candidates, 'mã', 'hoặc')}. Hãy ghi rõ loại đơn vị (xã, phường...) trong tiêu đề hoặc tên trang tính; số liệu đang tổng hợp dưới tên «${unit.name}».`,
          en: `The report ${unit.source} says "${said}": it may be ${listed(unit.problem.candidates, 'code', 'or')}. Write the unit's kind (commune, ward...) in the title or the sheet name; its figures are consolidated as "${unit.name}".`,
        }),
      ];
    }
    if (unit.problem.province) {
      const other = unit.problem.province;
      return [
        makeIssue('unit_unknown', {
          unit: unit.name,
          cell,
          vi: `Tiêu đề báo cáo ${unit.source} ghi tỉnh, thành phố ${other}: không thuộc danh sách đơn vị${where.vi}, nên không tính là đơn vị nào trong danh sách đó.`,
          en: `The title of the report ${unit.source} names ${other}: it is not on the units list${where.en}, so it counts as none of its units.`,
        }),
      ];
    }
    const nearest = unit.problem.candidates;
    return [
      makeIssue('unit_unknown', {
        unit: unit.name,
        cell,
        vi: `«${unit.name}» (${unit.source}) không có trong danh sách đơn vị${where.vi}.${nearest.length ? ` Tên gần nhất: ${listed(nearest, 'mã', ';')}.` : ''} Hãy sửa tên trong báo cáo hoặc trong danh sách.`,
        en: `"${unit.name}" (${unit.source}) is on no list of units${where.en}.${nearest.length ? ` Nearest names: ${listed(nearest, 'code', ';')}.` : ''} Correct the name in the report or in the list.`,
      }),
    ];
  });
}

/**
 * indicator_missing (no row could be it) and value_missing (row present, figure empty), kept apart. An indicator an
 * unmatched row of the report could be is not missing: that row's label_unmatched issue says so, once.
 */
export function checkMissingFigures({ summary }: CheckContext): Issue[] {
  const issues: Issue[] = [];
  const maybe = maybeByUnit(summary);
  for (const unit of summary.units) {
    const couldBe = maybe.get(unit.name);
    for (const row of summary.rows) {
      const { indicator } = row;
      const value = row.values[unit.name];
      if (!value) {
        if (indicator.optional || couldBe?.has(indicator.id)) continue;
        issues.push(
          makeIssue('indicator_missing', {
            unit: unit.name,
            indicator: indicator.id,
            vi: `Báo cáo của ${unit.name} không có dòng «${indicator.name}».`,
            en: `The report of ${unit.name} has no row for "${indicator.nameEn ?? indicator.name}".`,
          }),
        );
      } else if (value.figure.kind === 'missing') {
        issues.push(
          makeIssue('value_missing', {
            unit: unit.name,
            indicator: indicator.id,
            cell: value.cell,
            vi: `Dòng «${value.label}» chưa có số liệu${value.figure.raw.trim() ? ` (ghi «${value.figure.raw.trim()}»)` : ''}.`,
            en: `Row "${value.label}" has no figure${value.figure.raw.trim() ? ` (it says "${value.figure.raw.trim()}")` : ''}.`,
          }),
        );
      }
    }
  }
  return issues;
}
