import { looseKey } from '../detect/fold';

/** Ids stay readable: a few words of the name. */
const MAX_ID_LENGTH = 40;

/**
 * Stable ids for a form's indicators, in form order: the built-in id an indicator is linked to, else the words of
 * its name ("Số điểm phục vụ bưu chính" → "so_diem_phuc_vu_buu_chinh"); a short part ("- 4G") is named with its
 * parent ("tong_so_thue_bao_4g"). The same form gives the same ids; a repeated name gets "_2", "_3" in order;
 * an id the form carries in its hidden column is kept.
 * @example indicatorIds([{ name: 'Số trạm BTS' }, { name: 'Số trạm BTS' }]) // ["so_tram_bts", "so_tram_bts_2"]
 */
export function indicatorIds(rows: { name: string; parent?: number; builtIn?: string; fixed?: string }[]): string[] {
  // Ids a form already carries (one generated from a catalog, edited and read again) are kept first.
  const taken = new Set<string>(rows.flatMap((row) => (row.fixed ? [row.fixed] : [])));
  const ids: string[] = [];
  rows.forEach((row, i) => {
    if (row.fixed) {
      ids.push(row.fixed);
      return;
    }
    const own = slug(row.name);
    const parent = row.parent !== undefined ? rows[row.parent] : undefined;
    const named = parent && own.split('_').length <= 2 ? join(slug(parent.name), own) : own;
    const base = row.builtIn ?? (named || `chi_tieu_${i + 1}`);
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}_${n}`;
    taken.add(id);
    ids.push(id);
  });
  return ids;
}

function slug(text: string): string {
  const words = looseKey(text)
    .split(' ')
    .filter((w) => w !== '');
  let id = '';
  for (const word of words) {
    const next = id === '' ? word : `${id}_${word}`;
    if (next.length > MAX_ID_LENGTH && id !== '') break;
    id = next.slice(0, MAX_ID_LENGTH);
  }
  return id;
}

function join(parent: string, child: string): string {
  const head = parent.split('_').slice(0, 5).join('_');
  return child === '' ? head : `${head}_${child}`;
}
