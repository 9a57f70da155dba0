import { checked, unitReport } from '../../helpers/reports';

const revenue = (unit: string, raw: string, measure = 'triệu đồng') =>
  unitReport(unit, [['telecom_revenue', raw, { measure }]]);
const scaleIssues = (reports: ReturnType<typeof revenue>[]) =>
  checked(reports).issues.filter((i) => i.code === 'scale_suspect');

describe('a figure 10³ or 10⁶ away from its peers is a scale issue, whatever its origin', () => {
  test('with only three units, the one a million times the others is flagged', () => {
    const issues = scaleIssues([revenue('Xã A', '26,9'), revenue('Xã B', '31,5'), revenue('Xã C', '27.400.000')]);
    expect(issues.map((i) => i.unit)).toEqual(['Xã C']);
  });

  test('a thousand-fold figure read through its ĐVT says where its magnitude came from', () => {
    const issues = scaleIssues([revenue('Xã A', '1.250'), revenue('Xã B', '980'), revenue('Xã C', '1.430', 'tỷ đồng')]);
    expect(issues.map((i) => i.unit)).toEqual(['Xã C']);
    expect(issues[0].message).toMatch(
      /^«Doanh thu viễn thông» = 1\.430\.000 triệu đồng \(đọc «1.430» theo cột ĐVT «tỷ đồng»\), gấp khoảng 1\.300 lần/,
    );
  });

  test('peers that disagree among themselves flag nobody, and two units are too few', () => {
    expect(scaleIssues([revenue('Xã A', '1'), revenue('Xã B', '500'), revenue('Xã C', '900.000')])).toEqual([]);
    expect(scaleIssues([revenue('Xã A', '1'), revenue('Xã B', '900.000')])).toEqual([]);
  });
});
