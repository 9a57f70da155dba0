import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findSourceFolder, readSourceLists } from '../../../scripts/make-gazetteer';
import { packGazetteer } from '../../../scripts/lib/pack-gazetteer';
import { findProvince, provincesOf, successorOf, provinceNames, GAZETTEER_SOURCE } from '../../../src/core/units';

const source = findSourceFolder();

describe('the gazetteer module', () => {
  (source ? test : test.skip)(
    'is the official lists, packed: regenerate with `npm run gazetteer` when they change',
    () => {
      const committed = readFileSync(join(__dirname, '../../../src/core/units/gazetteer-data.ts'), 'utf8');
      expect(packGazetteer(readSourceLists(source as string))).toBe(committed);
    },
  );

  (source ? test : test.skip)('unpacks to every unit with its code and official name, in code order', () => {
    const lists = readSourceLists(source as string);
    for (const [era, list] of [
      ['before', lists.before],
      ['since', lists.since],
    ] as const) {
      const official = list.provinces
        .flatMap((p) => p.units.map(([code, name]) => `${p.code} ${code} ${name.replace(/^xã /, 'Xã ')}`))
        .sort();
      const unpacked = provincesOf(era).flatMap((p) => p.units.map((u) => `${p.code} ${u.code} ${u.name}`));
      expect([...unpacked].sort()).toEqual(official);
      for (const p of provincesOf(era))
        expect(p.units.map((u) => u.code)).toEqual([...p.units.map((u) => u.code)].sort());
    }
  });

  test('holds 63 provinces and 696 districts before the reform, 34 provinces and 3,321 communes since', () => {
    expect(provincesOf('before')).toHaveLength(63);
    expect(provincesOf('before').flatMap((p) => p.units)).toHaveLength(696);
    expect(provincesOf('since')).toHaveLength(34);
    expect(provincesOf('since').flatMap((p) => p.units)).toHaveLength(3321);
    expect(GAZETTEER_SOURCE.since.validFrom).toBe('2025-07-01');
  });

  test.each([
    ['Bình Phước', 'before', 'Bình Phước'],
    ['tinh binh phuoc', 'before', 'Bình Phước'],
    ['TỈNH BÌNH PHƯỚC', 'before', 'Bình Phước'],
    ['TP. Hồ Chí Minh', 'since', 'Hồ Chí Minh'],
    ['TPHCM', 'since', 'Hồ Chí Minh'],
    ['Thanh Hóa', 'since', 'Thanh Hoá'],
    ['Thừa Thiên Huế', 'since', 'Huế'],
    ['Dong Nai', 'since', 'Đồng Nai'],
  ] as const)('finds the province "%s" (%s)', (text, era, name) => {
    expect(findProvince(text, era)?.name).toBe(name);
  });

  test('knows which new province a former one became part of', () => {
    expect(successorOf('Bình Phước')?.name).toBe('Đồng Nai');
    expect(successorOf('Hà Giang')?.name).toBe('Tuyên Quang');
    expect(findProvince('Bình Phước', 'since')).toBeNull();
    expect(provinceNames()).toHaveLength(63);
  });
});
