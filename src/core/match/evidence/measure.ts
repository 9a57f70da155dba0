import type { Evidence, Indicator } from '../../model';
import { measureKind } from '../../catalog/measure-kind';
import { foldMeasure } from '../../text';
import { WEIGHTS } from '../weights';

/*
 * The measure a unit wrote for the row — its ĐVT cell, or a suffix of its label ("(trạm)") — against the indicator's:
 * the same measure is evidence for, another kind of figure or another thing counted ("hộ" for "người") against.
 */

/** Count nouns that name the same thing, by group; two nouns of two groups never measure the same indicator. */
const NOUN_GROUPS: Record<string, string[]> = {
  people: [
    'nguoi',
    'nhan khau',
    'nguoi dan',
    'dan',
    'luot',
    'luot nguoi',
    'thanh vien',
    'hoc vien',
    'can bo',
    'cong chuc',
  ],
  households: ['ho', 'ho gia dinh', 'hgd', 'ho dan'],
  subscribers: ['thue bao', 'tb'],
  stations: ['tram', 'tram bts'],
  points: ['diem', 'diem cau', 'dia diem'],
  dossiers: ['ho so', 'bo ho so', 'hs', 'bo', 'buu gui'],
  services: ['dich vu', 'thu tuc', 'tthc', 'dvc', 'dich vu cong'],
  sessions: ['cuoc', 'cuoc hop', 'buoi', 'phien', 'lan', 'dot', 'hoi nghi'],
  bodies: ['co quan', 'don vi', 'to chuc', 'doanh nghiep', 'dn', 'co so'],
  // "cái" and "chiếc" are the classifier for anything: they say nothing of what is counted.
  pieces: ['may', 'thiet bi', 'camera', 'bo may'],
  documents: ['van ban', 'vb'],
  mailboxes: ['hop thu', 'tai khoan'],
  certificates: ['chung thu', 'chung thu so', 'chu ky so', 'cts', 'cks'],
  teams: ['to', 'nhom', 'doi'],
  news: ['tin', 'bai', 'tin bai', 'ban tin', 'chuong trinh'],
  places: [
    'xa',
    'phuong',
    'thon',
    'ap',
    'ban',
    'xa phuong',
    'xom',
    'to dan pho',
    'khu pho',
    'buon',
    'khom',
    'lang',
    'dac khu',
  ],
  lengths: ['km', 'm'],
  decisions: ['quyet dinh'],
};

const GROUP_OF = new Map<string, string>();
for (const [group, nouns] of Object.entries(NOUN_GROUPS)) for (const noun of nouns) GROUP_OF.set(noun, group);

/** The group of a folded count measure ("thuê bao" → subscribers), or null when it is no noun we know. */
function groupOf(folded: string): string | null {
  return GROUP_OF.get(folded) ?? GROUP_OF.get(folded.split(' ')[0]) ?? null;
}

/** How a written measure stands to the indicator's: the same, another kind, another noun, or nothing known. */
export function compareMeasure(
  written: string,
  indicatorMeasure: string,
): 'same' | 'other_kind' | 'other_noun' | 'unknown' {
  const a = foldMeasure(written);
  const b = foldMeasure(indicatorMeasure);
  if (a === '' || b === '') return 'unknown';
  if (a === b) return 'same';
  const [kindA, kindB] = [measureKind(written), measureKind(indicatorMeasure)];
  if (kindA !== kindB) return 'other_kind';
  // Money in another magnitude converts (merge brings it to the catalog's); percents and densities agree by kind.
  if (kindA !== 'count') return 'same';
  const [groupA, groupB] = [groupOf(a), groupOf(b)];
  if (groupA === null || groupB === null) return 'unknown';
  return groupA === groupB ? 'same' : 'other_noun';
}

/**
 * Evidence from the row's measure for one indicator, or null when the row names none or nothing is known of it.
 * @example measureEvidence('hộ', { unit: 'người', ... })?.weight // -3
 */
export function measureEvidence(written: string | undefined, indicator: Indicator): Evidence | null {
  if (!written || written.trim() === '' || indicator.unit.trim() === '') return null;
  const shown = written.trim();
  switch (compareMeasure(shown, indicator.unit)) {
    case 'same':
      return {
        kind: 'measure',
        weight: WEIGHTS.measureSame,
        vi: `ĐVT «${shown}» đúng với chỉ tiêu`,
        en: `measure "${shown}" is the indicator’s`,
      };
    case 'other_kind':
      return {
        kind: 'measure',
        weight: WEIGHTS.measureOtherKind,
        vi: `ĐVT «${shown}» là loại số liệu khác «${indicator.unit}» của chỉ tiêu`,
        en: `measure "${shown}" is another kind of figure than the indicator’s "${indicator.unit}"`,
      };
    case 'other_noun':
      return {
        kind: 'measure',
        weight: WEIGHTS.measureOtherNoun,
        vi: `ĐVT «${shown}» khác «${indicator.unit}» của chỉ tiêu`,
        en: `measure "${shown}" differs from the indicator’s "${indicator.unit}"`,
      };
    default:
      return null;
  }
}
