import { validateCatalog } from '../../../src/core/catalog';

const bts = { id: 'bts', name: 'Số trạm BTS', unit: 'trạm' };
const population = { id: 'population', name: 'Dân số', unit: 'người' };

describe('validateCatalog', () => {
  it('returns a well-formed catalog typed and unchanged', () => {
    const json = {
      indicators: [population, { ...bts, aliases: ['Trạm BTS'], rules: [{ lte: 'population' }], sizeBy: 'population' }],
    };
    expect(validateCatalog(json)).toEqual({ ok: true, catalog: json });
  });

  it.each([
    ['not an object', 'danh mục', 'Danh mục phải là một đối tượng có trường "indicators" là danh sách chỉ tiêu'],
    ['no indicators', { indicators: [] }, 'Danh mục không có chỉ tiêu nào'],
    [
      'a missing measure',
      { indicators: [{ id: 'bts', name: 'Số trạm BTS' }] },
      'Chỉ tiêu «bts»: thiếu trường "unit" (đơn vị tính)',
    ],
    [
      'a missing name',
      { indicators: [{ id: 'bts', unit: 'trạm' }] },
      'Chỉ tiêu «bts»: thiếu trường "name" (tên chỉ tiêu)',
    ],
    [
      'a missing id',
      { indicators: [{ name: 'Số trạm BTS', unit: 'trạm' }] },
      'Chỉ tiêu thứ 1: thiếu trường "id" (mã chỉ tiêu)',
    ],
    ['a duplicate id', { indicators: [bts, bts] }, 'Chỉ tiêu «bts» (thứ 2): mã "id" bị trùng'],
    ['min above max', { indicators: [{ ...bts, min: 100, max: 0 }] }, 'Chỉ tiêu «bts»: "min" (100) lớn hơn "max" (0)'],
    ['a bound that is text', { indicators: [{ ...bts, max: '100' }] }, 'Chỉ tiêu «bts»: "max" phải là số'],
    [
      'an lte to an unknown id',
      { indicators: [{ ...bts, rules: [{ lte: 'tram' }] }] },
      'Chỉ tiêu «bts»: quy tắc thứ 1 "lte" trỏ tới chỉ tiêu không có «tram»',
    ],
    [
      'a sumOfLte with an unknown part',
      { indicators: [{ ...bts, rules: [{ sumOfLte: ['a', 'bts'] }] }] },
      'Chỉ tiêu «bts»: quy tắc thứ 1 "sumOfLte" trỏ tới chỉ tiêu không có «a»',
    ],
    [
      'a weight by an unknown id',
      { indicators: [{ ...bts, aggregate: { weightedBy: 'ho' } }] },
      'Chỉ tiêu «bts»: "aggregate.weightedBy" trỏ tới chỉ tiêu không có «ho»',
    ],
    [
      'a ratio of an unknown id',
      { indicators: [{ ...bts, aggregate: { ratio: ['bts', 'dan_so'], scale: 100 } }] },
      'Chỉ tiêu «bts»: "aggregate.ratio" trỏ tới chỉ tiêu không có «dan_so»',
    ],
    [
      'an unknown aggregate',
      { indicators: [{ ...bts, aggregate: 'average' }] },
      'Chỉ tiêu «bts»: "aggregate" không hợp lệ ("average"); dùng sum, mean, max, min, none, {"weightedBy": "<mã>"} hoặc {"ratio": ["<mã>", "<mã>"], "scale": 100}',
    ],
    [
      'a sizeBy to an unknown id',
      { indicators: [{ ...bts, sizeBy: 'dan_so' }] },
      'Chỉ tiêu «bts»: "sizeBy" trỏ tới chỉ tiêu không có «dan_so»',
    ],
    [
      'aliases that are not text',
      { indicators: [{ ...bts, aliases: ['Trạm BTS', 3] }] },
      'Chỉ tiêu «bts»: "aliases" phải là danh sách tên gọi khác (chuỗi không rỗng)',
    ],
    [
      'a rule on itself',
      { indicators: [{ ...bts, rules: [{ lte: 'bts' }] }] },
      'Chỉ tiêu «bts»: quy tắc thứ 1 "lte" trỏ tới chính nó',
    ],
  ])('rejects %s with a message naming the indicator and the field', (_case, json, message) => {
    expect(validateCatalog(json)).toEqual({ ok: false, errors: [message] });
  });

  it('reports every problem at once, not only the first', () => {
    const result = validateCatalog({
      indicators: [{ id: 'bts' }, { id: 'ho', name: 'Số hộ', unit: 'hộ', sizeBy: 'x' }],
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual([
      'Chỉ tiêu «bts»: thiếu trường "name" (tên chỉ tiêu)',
      'Chỉ tiêu «bts»: thiếu trường "unit" (đơn vị tính)',
      'Chỉ tiêu «ho»: "sizeBy" trỏ tới chỉ tiêu không có «x»',
    ]);
  });
});
