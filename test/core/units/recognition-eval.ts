/**
 * Every official unit of every province, in both eras, written the ways offices write it, recognised against its
 * province's list: as itself and no other, or — where only the diacritics (or only the kind) tell two units apart
 * and the writing drops them — flagged with both, never guessed.
 * Run alone for the figures: npx tsx test/core/units/recognition-eval.ts
 */
import { detectReport, recogniseUnit, type UnitClues, type UnitRecognition } from '../../../src/core/detect';
import type { CellValue, Grid } from '../../../src/core/model';
import { encodeTcvn3, encodeVni, removeDiacritics } from '../../../src/core/text';
import {
  directoryOfUnits,
  nameKey,
  provincesOf,
  tonedKey,
  type Era,
  type OfficialUnit,
  type Province,
  type UnitDirectory,
  type UnitKind,
} from '../../../src/core/units';

const SHORT: Record<UnitKind, string> = {
  huyen: 'H.',
  thi_xa: 'TX',
  thanh_pho: 'TP.',
  quan: 'Q.',
  xa: 'X.',
  phuong: 'P.',
  thi_tran: 'TT.',
  dac_khu: 'ĐK',
};
const upper = (s: string) => s.toLocaleUpperCase('vi');
const bare = (s: string) => removeDiacritics(s);

/** How a variant writes the unit, and what it keeps of the name: diacritics, the kind. */
type Variant = {
  name: string;
  dropsDiacritics: boolean;
  dropsKind: boolean;
  write: (u: OfficialUnit, p: Province) => Written;
};

/** What a variant wrote, and the text that names the unit in it (whose diacritics, or lack of them, count). */
type Written = ({ clues: UnitClues } | { grid: Grid }) & { naming: string };

const clues = (partial: Partial<UnitClues>, naming: string): Written => ({
  clues: { titleLines: [], sheetName: 'Sheet1', fileName: 'bao-cao.xlsx', ...partial },
  naming,
});

/** A small report sheet whose heading cell is written in a legacy font. */
function legacySheet(heading: string, font: string, p: Province, naming: string): Written {
  const values: CellValue[][] = [
    [heading, null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
    ['BÁO CÁO'],
    ['Kết quả 6 tháng đầu năm'],
    ['STT', 'Chỉ tiêu', 'ĐVT', 'Thực hiện'],
    [1, 'Số điểm phục vụ bưu chính', 'điểm', 3],
    [2, 'Số trạm BTS', 'trạm', 12],
  ];
  const fonts = values.map((row, r) => row.map(() => (r === 0 ? font : null)));
  return { grid: { name: 'Sheet1', source: { file: `${p.code}.xlsx`, sheet: 'Sheet1' }, values, fonts }, naming };
}

export const VARIANTS: Variant[] = [
  {
    name: 'heading as written',
    dropsDiacritics: false,
    dropsKind: false,
    write: (u, p) => line((l) => clues({ titleLines: [`UBND ${upper(p.fullName)}`, l] }, l), `UBND ${u.name}`),
  },
  {
    name: 'heading in capitals',
    dropsDiacritics: false,
    dropsKind: false,
    write: (u, p) =>
      line((l) => clues({ titleLines: [`UBND ${upper(p.fullName)}`, l] }, l), `ỦY BAN NHÂN DÂN ${upper(u.name)}`),
  },
  {
    name: 'heading in capitals without diacritics',
    dropsDiacritics: true,
    dropsKind: false,
    write: (u) => line((l) => clues({ titleLines: [l] }, l), `UBND ${upper(bare(u.name))}`),
  },
  {
    name: 'heading with the short kind',
    dropsDiacritics: false,
    dropsKind: false,
    write: (u) => line((l) => clues({ titleLines: [l] }, l), `UBND ${SHORT[u.kind]} ${upper(u.proper)}`),
  },
  {
    name: 'heading in TCVN3 capitals (.VnTimeH)',
    dropsDiacritics: false,
    dropsKind: false,
    write: (u, p) => legacySheet(encodeTcvn3(`UBND ${upper(u.name)}`, true), '.VnTimeH', p, upper(u.name)),
  },
  {
    name: 'heading in TCVN3 (.VnTime)',
    dropsDiacritics: false,
    dropsKind: false,
    write: (u, p) => legacySheet(encodeTcvn3(`Ủy ban nhân dân ${u.name}`), '.VnTime', p, `Ủy ban nhân dân ${u.name}`),
  },
  {
    name: 'heading in VNI (VNI-Times)',
    dropsDiacritics: false,
    dropsKind: false,
    write: (u, p) => legacySheet(encodeVni(`UBND ${upper(u.name)}`), 'VNI-Times', p, upper(u.name)),
  },
  {
    name: 'annex line',
    dropsDiacritics: false,
    dropsKind: false,
    write: (u) =>
      line(
        (l) => clues({ titleLines: ['BIỂU SỐ LIỆU', l] }, l),
        `(Kèm theo Báo cáo số 15/BC-UBND ngày 20/6/2025 của UBND ${u.name.toLowerCase()})`,
      ),
  },
  {
    name: 'signature block',
    dropsDiacritics: false,
    dropsKind: false,
    write: (u) => line((l) => clues({ signatureLines: [l] }, l), `TM. ${upper(u.name)}`),
  },
  {
    name: 'place-and-date line',
    dropsDiacritics: false,
    dropsKind: true,
    write: (u) =>
      line(
        (l) => clues({ titleLines: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', l] }, l),
        `${/^\d/.test(u.proper) ? u.name : u.proper}, ngày 20 tháng 6 năm 2025`,
      ),
  },
  {
    name: 'sheet name without diacritics',
    dropsDiacritics: true,
    dropsKind: false,
    write: (u) => line((l) => clues({ sheetName: l }, l), bare(u.name)),
  },
  {
    name: 'sheet name with the short kind',
    dropsDiacritics: false,
    dropsKind: false,
    write: (u) =>
      line((l) => clues({ sheetName: l }, l), `${SHORT[u.kind]}${SHORT[u.kind].endsWith('.') ? '' : ' '}${u.proper}`),
  },
  {
    name: 'file name with words around, without diacritics',
    dropsDiacritics: true,
    dropsKind: false,
    write: (u) =>
      line((l) => clues({ fileName: l }, l), `BC_6T_2025_${bare(u.name).replace(/[\s'-]+/g, '_')}_gui_So.xlsx`),
  },
  {
    name: 'file name, short kind, glued words',
    dropsDiacritics: true,
    dropsKind: false,
    write: (u) =>
      line(
        (l) => clues({ fileName: l }, l),
        `${SHORT[u.kind].replace('.', '')}_${bare(u.proper)
          .replace(/['-]/g, '')
          .split(/\s+/)
          .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
          .join('')} 6T2025.xlsx`,
      ),
  },
];

function line(make: (text: string) => Written, text: string): Written {
  return make(text);
}

type Keyed = { unit: OfficialUnit; key: string; toned: string };

/**
 * The other units of the province that this writing cannot tell from `u`: the same letters, and the same kind
 * unless the kind is not written, and the same diacritics unless the text naming it has none at all.
 */
function twins(u: Keyed, province: Keyed[], v: Variant, naming: string): OfficialUnit[] {
  const plain = v.dropsDiacritics || removeDiacritics(naming) === naming;
  return province
    .filter(
      (o) =>
        o !== u && o.key === u.key && (v.dropsKind || o.unit.kind === u.unit.kind) && (plain || o.toned === u.toned),
    )
    .map((o) => o.unit);
}

export type Failure = { era: Era; province: string; unit: string; code: string; variant: string; got: string };
export type RecognitionFigures = {
  names: number;
  checks: number;
  recognised: number;
  /** Checks where the writing cannot tell two units apart: flagged with both, as expected. */
  flaggedTwins: number;
  failures: Failure[];
  byEra: Record<Era, { provinces: number; names: number }>;
};

function recognise(
  written: Written,
  dir: UnitDirectory,
  era: Era,
): UnitRecognition | { unit: string | null; code?: string; status?: string; candidates?: { name: string }[] } {
  if ('clues' in written) return recogniseUnit(written.clues, dir, era);
  const result = detectReport(written.grid, { units: dir, era });
  if (result.kind !== 'report') return { unit: `(not a report: ${result.reason})` };
  const r = result.report;
  return {
    unit: r.unit,
    code: r.unitCode,
    status: r.unitProblem?.kind ?? 'official',
    candidates: r.unitProblem?.candidates,
  };
}

export function evaluateRecognition(eras: Era[] = ['before', 'since'], variants = VARIANTS): RecognitionFigures {
  const figures: RecognitionFigures = {
    names: 0,
    checks: 0,
    recognised: 0,
    flaggedTwins: 0,
    failures: [],
    byEra: { before: { provinces: 0, names: 0 }, since: { provinces: 0, names: 0 } },
  };
  for (const era of eras) {
    for (const p of provincesOf(era)) {
      const dir = directoryOfUnits(p.units);
      figures.byEra[era].provinces += 1;
      figures.byEra[era].names += p.units.length;
      figures.names += p.units.length;
      const keyed = p.units.map((unit) => ({ unit, key: nameKey(unit.proper), toned: tonedKey(unit.proper) }));
      for (const k of keyed) {
        const u = k.unit;
        for (const v of variants) {
          figures.checks += 1;
          const written = v.write(u, p);
          const got = recognise(written, dir, era);
          const others = twins(k, keyed, v, written.naming);
          if (others.length === 0 && got.unit === u.name && got.code === u.code && got.status === 'official')
            figures.recognised += 1;
          else if (
            others.length > 0 &&
            got.status === 'ambiguous' &&
            [u, ...others].every((t) => got.candidates?.some((c) => c.name === t.name))
          )
            figures.flaggedTwins += 1;
          else
            figures.failures.push({
              era,
              province: p.name,
              unit: u.name,
              code: u.code,
              variant: v.name,
              got: `${got.unit ?? 'null'} ${got.code ?? ''} ${got.status ?? ''} ${(got.candidates ?? []).map((c) => c.name).join('/')}`.trim(),
            });
        }
      }
    }
  }
  return figures;
}

if (require.main === module) {
  const t0 = performance.now();
  const f = evaluateRecognition();
  const ms = performance.now() - t0;
  process.stdout.write(
    `Official names: ${f.names} (before 1/7/2025: ${f.byEra.before.names} in ${f.byEra.before.provinces} provinces; since: ${f.byEra.since.names} in ${f.byEra.since.provinces})\n` +
      `Ways of writing each: ${VARIANTS.length} (${VARIANTS.map((v) => v.name).join('; ')})\n` +
      `Checks: ${f.checks}; recognised as itself: ${f.recognised}; flagged as one of two that the writing cannot tell apart: ${f.flaggedTwins}; failures: ${f.failures.length}\n` +
      `(${Math.round(ms)} ms)\n`,
  );
  for (const x of f.failures.slice(0, 60))
    process.stdout.write(`  FAIL ${x.era} ${x.province} ${x.code} ${x.unit} [${x.variant}] → ${x.got}\n`);
  if (f.failures.length > 0) process.exitCode = 1;
}
