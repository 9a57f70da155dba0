/*
 * Long terms that are one notion, weighed as one token, so an abbreviation ("TTHC") counts once, not four times.
 * "hồ sơ" folds to "ho so", which also reads "hộ số": one token keeps dossiers apart from households ("hộ").
 */
export const COMPOUNDS: string[] = [
  'thu tuc hanh chinh',
  'buu chinh cong ich',
  'cong nghe thong tin',
  'thong tin truyen thong',
  'chuyen doi so',
  'thuong mai dien tu',
  'truyen so lieu chuyen dung',
  'cong nghe so cong dong',
  'uy ban nhan dan',
  'vi pham hanh chinh',
  'ho so',
];
