import { proseLines } from '../../../src/core/render/row-heights';

describe('lines of a wrapped label, word by word', () => {
  it.each([
    ['Số kết quả giải quyết thủ tục hành chính trả qua dịch vụ bưu chính công ích', 32.5, 3],
    ['Số hồ sơ thủ tục hành chính tiếp nhận qua dịch vụ bưu chính công ích', 32.5, 2],
    ['Số thuê bao Internet băng rộng cố định', 32.5, 1],
    ['Dân số', 5, 2],
    ['thuê bao/100 dân', 11, 2],
    ['Số trạm BTS\n(trạm)', 12, 2],
    ['', 10, 1],
    ['https://dichvucong.gov.vn/p/home/dvc-trang-chu.html', 10, 5],
  ])('%j in a column %d wide takes %d line(s)', (text, width, lines) => {
    expect(proseLines(text, width)).toBe(lines);
  });
});
