import type { WorkbookSpec } from '../../src/core/model';

/** A spec using the form features: a hidden column, unlocked input cells, validation rules, protection. */
export const protectedForm: WorkbookSpec = {
  sheets: [
    {
      name: 'Xã Tân Tiến',
      rows: [
        [
          { value: 'Chỉ tiêu', style: { bold: true } },
          { value: 'Thực hiện' },
          { value: 'Ghi chú' },
          { value: 'TONGHOP-MAU v1 0123456789ab' },
        ],
        [
          { value: 'Số trạm BTS' },
          { value: null, style: { fill: '#FFF2CC', unlocked: true } },
          { value: null, style: { unlocked: true, numberFormat: '@' } },
          { value: 'bts_stations' },
        ],
        [
          { value: 'Tỷ lệ hộ có cáp quang' },
          { value: 62.5, style: { fill: '#FFF2CC', unlocked: true, wrap: true } },
          null,
          { value: 'fibre_households_rate' },
        ],
        [{ value: 'Doanh thu' }, { value: null, style: { unlocked: true } }, null, { value: 'revenue' }],
      ],
      columnWidths: [40, 14],
      hiddenColumns: [3],
      validations: [
        {
          cells: [{ top: 1, left: 1, bottom: 1, right: 1 }],
          type: 'decimal',
          min: 0,
          error: { title: 'Số liệu không hợp lệ', text: 'Chỉ nhập số không nhỏ hơn 0.' },
          prompt: { title: 'Nhập số liệu', text: 'Chỉ nhập số.' },
        },
        {
          cells: [{ top: 2, left: 1, bottom: 2, right: 1 }],
          type: 'decimal',
          min: 0,
          max: 100,
          error: { title: 'Số liệu không hợp lệ', text: 'Chỉ nhập số từ 0 đến 100.' },
        },
        {
          cells: [{ top: 3, left: 1, bottom: 3, right: 1 }],
          type: 'decimal',
          error: { title: 'Tiêu đề quá dài cho Excel, hơn ba mươi hai ký tự', text: 'x'.repeat(300) },
        },
      ],
      protection: { insertRows: true, formatColumns: true, formatRows: true },
      merges: [{ top: 0, left: 0, bottom: 0, right: 0 }],
    },
  ],
};
