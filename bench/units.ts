/**
 * The cost of naming a unit against a province's official list (src/core/units), per call, on every unit of the
 * largest province since the reform (Hồ Chí Minh, 168 communes and wards) and of the largest before it: a heading,
 * a file name with words around the name, and a whole recognition that has to fall back to the file name.
 * Each text is new to the directory (its answers are cached per text), so every call is timed as a first reading.
 */
import { recogniseUnit } from '../src/core/detect';
import { directoryOfUnits, findUnitName, provincesOf, type Era, type OfficialUnit } from '../src/core/units';
import { removeDiacritics } from '../src/core/text';
import { round, summarize } from './stats';

export type UnitLookupResult = {
  province: string;
  units: number;
  microsPerCall: { heading: number; fileName: number; recognition: number; unpack: number };
};

const largest = (era: Era) => [...provincesOf(era)].sort((a, b) => b.units.length - a.units.length)[0];

function perCall(units: OfficialUnit[], call: (u: OfficialUnit) => unknown): number {
  const times: number[] = [];
  for (const u of units) {
    const t0 = performance.now();
    call(u);
    times.push((performance.now() - t0) * 1000);
  }
  return round(summarize(times).median, 1);
}

export function unitLookupBench(): UnitLookupResult[] {
  return (['since', 'before'] as const).map((era) => {
    const t0 = performance.now();
    const province = largest(era);
    const unpack = (performance.now() - t0) * 1000;
    // Warm the JIT on another province, so the figures are of the lookup, not of compiling it.
    const warm = directoryOfUnits(provincesOf(era)[1].units);
    for (const u of provincesOf(era)[1].units) findUnitName(`UBND ${u.name}`, warm, 'heading');
    const fresh = () => directoryOfUnits(province.units);
    const headings = fresh();
    const files = fresh();
    const whole = fresh();
    return {
      province: province.name,
      units: province.units.length,
      microsPerCall: {
        heading: perCall(province.units, (u) =>
          findUnitName(`UBND ${u.name.toLocaleUpperCase('vi')}`, headings, 'heading'),
        ),
        fileName: perCall(province.units, (u) =>
          findUnitName(`BC_6T_2025_${removeDiacritics(u.name).replace(/\s+/g, '_')}_gui_So.xlsx`, files, 'name'),
        ),
        recognition: perCall(province.units, (u) =>
          recogniseUnit(
            {
              titleLines: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'BÁO CÁO'],
              signatureLines: ['TM. ỦY BAN NHÂN DÂN'],
              sheetName: 'Sheet1',
              fileName: `${removeDiacritics(u.proper)}.xlsx`,
            },
            whole,
            era,
          ),
        ),
        unpack: round(unpack, 0),
      },
    };
  });
}

if (require.main === module) {
  for (const r of unitLookupBench())
    process.stdout.write(`${r.province} (${r.units} units): ${JSON.stringify(r.microsPerCall)} µs\n`);
}
