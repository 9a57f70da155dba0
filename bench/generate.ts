/**
 * Synthetic unit reports for the bench, in the style of scripts/make-samples.ts (which exports nothing and runs on
 * import, so its tables are mirrored here): title blocks, sections, a signature block, about 45 indicator rows,
 * two label wordings, six spellings (Unicode, no diacritics, NFD, old tone placement, TCVN3 with .VnTime fonts,
 * abbreviations), four number styles (real numbers, "1.300"/"16,2%" text, mixed with "khoảng 91.000", fractions
 * shown as "0.0%"), and a few rows no catalog indicator matches. Deterministic: a fixed seed per unit.
 */
import type ExcelJS from 'exceljs';
import type { CellValue, Grid } from '../src/core/model';
import { defaultCatalog } from '../src/core/catalog';
import { encodeTcvn3 } from '../src/core/text/legacy';
import { sheetFromRows, type MemorySheet } from '../src/excel/memory/state';

export const PERIOD = '6 tháng đầu năm 2026';

// ─── Random numbers (the generator's own mulberry32). ─────────────────────────────────────────────────────────
export type Rand = () => number;
export function rng(seed: number): Rand {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const between = (r: Rand, lo: number, hi: number): number => lo + (hi - lo) * r();
const int = (r: Rand, lo: number, hi: number): number => Math.round(between(r, lo, hi));
const round1 = (n: number): number => Math.round(n * 10) / 10;
function pick<T>(r: Rand, items: readonly T[]): T {
  return items[Math.floor(r() * items.length)];
}

// ─── Units: communes, wards and special zones with unique names (also without diacritics). ───────────────────
type Kind = 'Xã' | 'Phường' | 'Đặc khu';
export type BenchUnit = { name: string; short: string; kind: Kind; population: number; villages: number };

const FIRST = ['Tân', 'Phú', 'Bình', 'An', 'Hòa', 'Long', 'Thạnh', 'Phước', 'Đông', 'Tây', 'Nam', 'Bắc', 'Mỹ', 'Vĩnh', 'Hưng',
  'Thuận', 'Lộc', 'Xuân', 'Hải', 'Sơn', 'Quang', 'Minh', 'Đức', 'Thái', 'Hồng', 'Kim', 'Ngọc', 'Trung', 'Hiệp', 'Lương', 'Cẩm',
  'Gia', 'Hoàng', 'Yên', 'Định', 'Nghĩa', 'Tiến', 'Thắng', 'Lợi', 'Châu', 'Điền', 'Khánh', 'Phong', 'Quảng', 'Thới', 'Tịnh',
  'Vạn', 'Văn', 'Thủy', 'Hà', 'Lâm', 'Đồng', 'Cát', 'Diên', 'Ea', 'Krông', 'Đăk', 'Ia', 'Mường', 'Chiềng'];
const SECOND = ['Tiến', 'Lập', 'Hòa', 'Phú', 'Thành', 'Lợi', 'Hưng', 'Quý', 'Bình', 'An', 'Thịnh', 'Phong', 'Tân', 'Đông', 'Sơn',
  'Hải', 'Lâm', 'Thủy', 'Trung', 'Nghĩa', 'Khánh', 'Long', 'Hiệp', 'Mỹ', 'Lộc', 'Xuân', 'Định', 'Cường', 'Vinh', 'Đức', 'Tín',
  'Hội', 'Thuận', 'Tường', 'Yên', 'Điền', 'Lạc', 'Quang', 'Hà', 'Minh', 'Hậu', 'Nhơn', 'Thới', 'Châu', 'Kiệt', 'Hồng', 'Ninh',
  'Mai', 'Trạch', 'Bảo', 'Phát', 'Thạnh', 'Chánh', 'Dương', 'Khê', 'Giang', 'Kỳ', 'Quới', 'Tây', 'Nguyên', 'Trà', 'Lai',
  'Uyên', 'Tuy', 'Sang', 'Dinh', 'Bồng', 'Lang', 'Cao', 'Đa', 'Rang', 'Nhuận'];

function withoutDiacritics(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/** `count` units with names unique even once diacritics are dropped (so detection can tell them apart). */
export function makeUnits(count: number, seed = 2026): BenchUnit[] {
  const r = rng(seed);
  const pairs: [string, string][] = [];
  for (const a of FIRST) for (const b of SECOND) if (a !== b) pairs.push([a, b]);
  for (let i = pairs.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [pairs[i], pairs[j]] = [pairs[j], pairs[i]];
  }
  const seen = new Set<string>();
  const units: BenchUnit[] = [];
  for (const [a, b] of pairs) {
    if (units.length === count) break;
    const short = `${a} ${b}`;
    const key = withoutDiacritics(short).toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    const roll = r();
    const kind: Kind = roll < 0.72 ? 'Xã' : roll < 0.995 ? 'Phường' : 'Đặc khu';
    units.push({ name: `${kind} ${short}`, short, kind, population: int(r, 7000, 65000), villages: int(r, 4, 16) });
  }
  if (units.length < count) throw new Error(`bench: only ${units.length} unique unit names`);
  return units;
}

// ─── Figures, consistent with each other (the generator's formulas, scaled to a commune). ─────────────────────
type Figures = Record<string, number>;
function unitFigures(unit: BenchUnit, r: Rand): Figures {
  const p = unit.population;
  const households = Math.round(p / between(r, 3.6, 4.0));
  const mobile = Math.round((p * between(r, 112, 138)) / 100);
  const fixed = Math.round(households * between(r, 0.62, 0.8));
  const teams = unit.villages;
  return {
    population: p,
    households,
    postal_service_points: Math.max(1, Math.round(p / between(r, 4500, 5500))),
    postal_dossiers_received: Math.round(p * between(r, 0.045, 0.06)),
    postal_results_returned: Math.round(p * between(r, 0.05, 0.07)),
    communes_with_same_day_newspapers: 1,
    postal_revenue: round1(p * between(r, 0.018, 0.024)),
    bts_stations: Math.max(1, Math.round(p / between(r, 650, 780))),
    mobile_subscribers: mobile,
    mobile_broadband_subscribers: Math.round(mobile * between(r, 0.7, 0.8)),
    fixed_broadband_subscribers: fixed,
    mobile_density: round1((mobile / p) * 100),
    fibre_households_rate: round1((fixed / households) * 100),
    smartphone_users_rate: round1(between(r, 72, 86)),
    coverage_4g_rate: round1(between(r, 97, 99.8)),
    village_broadband_coverage_rate: round1(between(r, 93, 100)),
    telecom_revenue: Math.round(p * between(r, 0.28, 0.34)),
    online_services_total: int(r, 1180, 1260),
    online_services_partial: int(r, 420, 480),
    online_services_full: int(r, 560, 640),
    online_services_with_dossiers_rate: round1(between(r, 52, 68)),
    online_dossiers: Math.round(p * between(r, 0.07, 0.09)),
    online_dossier_rate: round1(between(r, 42, 58)),
    online_payment_dossiers: Math.round(p * between(r, 0.018, 0.024)),
    digitisation_rate: round1(between(r, 31, 48)),
    video_conference_points: int(r, 1, 3),
    online_meetings: int(r, 24, 38),
    paperless_meetings: int(r, 18, 30),
    official_email_boxes: Math.round(p / between(r, 220, 260)),
    digital_certificates: Math.round(p / between(r, 420, 480)),
    electronic_documents: Math.round(p * between(r, 0.13, 0.16)),
    electronic_documents_rate: round1(between(r, 92, 99)),
    lgsp_connected_units: int(r, 1, 4),
    dedicated_network_agencies: int(r, 1, 5),
    ioc_cameras: Math.round(p / between(r, 2200, 2600)),
    community_digital_teams: teams,
    community_digital_members: teams * int(r, 4, 5),
    ecommerce_households: Math.round(households * between(r, 0.009, 0.012)),
    digital_training_participants: Math.round(p * between(r, 0.004, 0.006)),
    public_wifi_points: int(r, 2, 8),
    office_computers: Math.round(p / between(r, 190, 230)),
    it_staff: int(r, 1, 2),
    news_articles: int(r, 120, 320),
    radio_news_items: int(r, 300, 700),
    loudspeaker_clusters: unit.villages * int(r, 2, 4),
    grassroots_radio_stations: 1,
    press_statements: int(r, 4, 14),
    inspections: int(r, 1, 3),
    sanction_decisions: int(r, 0, 2),
    fines: round1(between(r, 2, 12)),
  };
}

/** Labels as offices write them (mirrors make-samples.ts): two wordings per indicator, never the catalog name. */
const LABELS: Record<string, [string, string]> = {
  population: ['Dân số trung bình', 'Tổng dân số trên địa bàn'],
  households: ['Tổng số hộ gia đình', 'Số hộ dân'],
  postal_service_points: ['Số điểm phục vụ bưu chính trên địa bàn', 'Bưu cục và điểm phục vụ bưu chính'],
  postal_dossiers_received: ['Số hồ sơ TTHC tiếp nhận qua dịch vụ BCCI', 'Hồ sơ tiếp nhận qua dịch vụ bưu chính công ích'],
  postal_results_returned: ['Số kết quả giải quyết TTHC trả qua dịch vụ BCCI', 'Hồ sơ trả kết quả qua dịch vụ bưu chính công ích'],
  communes_with_same_day_newspapers: ['Số xã có báo đến trong ngày phát hành', 'Xã, thị trấn có báo đến trong ngày'],
  postal_revenue: ['Doanh thu dịch vụ bưu chính trên địa bàn', 'Doanh thu bưu chính'],
  bts_stations: ['Số trạm BTS', 'Trạm thu phát sóng thông tin di động (BTS)'],
  mobile_subscribers: ['Số thuê bao điện thoại di động', 'Thuê bao di động đang hoạt động'],
  mobile_broadband_subscribers: ['Số thuê bao băng rộng di động', 'Thuê bao Internet băng rộng di động'],
  fixed_broadband_subscribers: ['Số thuê bao Internet băng rộng cố định (cáp quang)', 'Thuê bao Internet cáp quang'],
  mobile_density: ['Mật độ thuê bao di động/100 dân', 'Mật độ thuê bao di động trên 100 dân'],
  fibre_households_rate: ['Tỷ lệ hộ gia đình có kết nối Internet cáp quang', 'Tỷ lệ hộ gia đình sử dụng Internet cáp quang'],
  smartphone_users_rate: ['Tỷ lệ người dân có điện thoại thông minh', 'Tỷ lệ người dân sử dụng điện thoại thông minh'],
  coverage_4g_rate: ['Tỷ lệ phủ sóng 4G', 'Tỷ lệ dân số được phủ sóng di động 4G'],
  village_broadband_coverage_rate: ['Tỷ lệ phủ sóng băng rộng di động tới thôn, bản', 'Tỷ lệ thôn, ấp được phủ sóng băng rộng di động'],
  telecom_revenue: ['Doanh thu dịch vụ viễn thông', 'Doanh thu viễn thông trên địa bàn'],
  online_services_total: ['Tổng số dịch vụ công trực tuyến', 'Số DVC trực tuyến đang cung cấp'],
  online_services_partial: ['Trong đó: DVC trực tuyến mức độ 3', 'Dịch vụ công trực tuyến một phần'],
  online_services_full: ['Trong đó: DVC trực tuyến mức độ 4', 'Dịch vụ công trực tuyến toàn trình'],
  online_services_with_dossiers_rate: ['Tỷ lệ DVCTT có phát sinh hồ sơ', 'Tỷ lệ dịch vụ công trực tuyến phát sinh hồ sơ'],
  online_dossiers: ['Số hồ sơ tiếp nhận trực tuyến', 'Hồ sơ TTHC tiếp nhận trực tuyến'],
  online_dossier_rate: ['Tỷ lệ hồ sơ TTHC giải quyết trực tuyến', 'Tỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến'],
  online_payment_dossiers: ['Số hồ sơ thanh toán trực tuyến', 'Hồ sơ thanh toán phí, lệ phí trực tuyến'],
  digitisation_rate: ['Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC', 'Tỷ lệ số hóa hồ sơ TTHC'],
  video_conference_points: ['Số điểm cầu truyền hình trực tuyến', 'Điểm cầu hội nghị truyền hình trực tuyến'],
  online_meetings: ['Số cuộc họp trực tuyến', 'Số cuộc họp, hội nghị trực tuyến đã tổ chức'],
  paperless_meetings: ['Số cuộc họp không giấy', 'Cuộc họp qua phần mềm họp không giấy'],
  official_email_boxes: ['Số hộp thư điện tử công vụ đã cấp', 'Hộp thư công vụ'],
  digital_certificates: ['Số chứng thư số đã cấp', 'Chữ ký số chuyên dùng đã cấp'],
  electronic_documents: ['Số văn bản đi dưới dạng điện tử', 'Văn bản điện tử gửi, nhận trên môi trường mạng'],
  electronic_documents_rate: ['Tỷ lệ văn bản điện tử', 'Tỷ lệ văn bản trao đổi dưới dạng điện tử'],
  lgsp_connected_units: ['Số đơn vị kết nối trục LGSP', 'Đơn vị kết nối nền tảng tích hợp, chia sẻ dữ liệu LGSP'],
  dedicated_network_agencies: ['Số cơ quan kết nối mạng truyền số liệu chuyên dùng', 'Cơ quan sử dụng mạng truyền số liệu chuyên dùng'],
  ioc_cameras: ['Số camera kết nối IOC', 'Camera giám sát kết nối Trung tâm IOC'],
  community_digital_teams: ['Số tổ công nghệ số cộng đồng', 'Tổ CNS cộng đồng đã thành lập'],
  community_digital_members: ['Số thành viên tổ công nghệ số cộng đồng', 'Thành viên tổ CNSCĐ'],
  ecommerce_households: ['Số hộ tham gia sàn thương mại điện tử Postmart, Vỏ Sò', 'Hộ sản xuất nông nghiệp lên sàn thương mại điện tử'],
  digital_training_participants: ['Số người được tập huấn chuyển đổi số', 'Tập huấn, bồi dưỡng kiến thức chuyển đổi số'],
  public_wifi_points: ['Số điểm Wi-Fi công cộng miễn phí', 'Điểm wifi miễn phí'],
  office_computers: ['Số máy tính trang bị cho cơ quan nhà nước', 'Máy tính làm việc của cán bộ, công chức'],
  it_staff: ['Cán bộ chuyên trách CNTT', 'Số cán bộ phụ trách công nghệ thông tin'],
  news_articles: ['Số tin, bài đăng tải trên Cổng thông tin điện tử', 'Tin, bài tuyên truyền'],
  radio_news_items: ['Số tin, bài trên đài truyền thanh', 'Tin bài phát thanh cơ sở'],
  loudspeaker_clusters: ['Số cụm loa truyền thanh ứng dụng CNTT-VT', 'Cụm loa truyền thanh thông minh'],
  grassroots_radio_stations: ['Đài truyền thanh cơ sở', 'Số đài truyền thanh xã'],
  press_statements: ['Số lượt phát ngôn, cung cấp thông tin cho báo chí', 'Phát ngôn, cung cấp thông tin cho báo chí'],
  inspections: ['Số cuộc thanh tra, kiểm tra', 'Số cuộc kiểm tra chuyên ngành TT&TT'],
  sanction_decisions: ['Số quyết định xử phạt vi phạm hành chính', 'Quyết định xử phạt VPHC'],
  fines: ['Số tiền xử phạt vi phạm hành chính', 'Tiền phạt nộp ngân sách nhà nước'],
};

/** Rows no catalog indicator matches: they must land in the unmatched list. */
const EXTRA_LABELS = [
  'Số lượt truy cập Cổng thông tin điện tử xã',
  'Số trang thông tin điện tử thôn, ấp',
  'Số buổi tuyên truyền lưu động',
];

const SECTIONS: { title: string; groups: string[] }[] = [
  { title: 'Dân số, quy mô', groups: ['Dân số – quy mô'] },
  { title: 'Bưu chính, viễn thông', groups: ['Bưu chính', 'Viễn thông'] },
  { title: 'Dịch vụ công trực tuyến, chuyển đổi số', groups: ['Dịch vụ công trực tuyến', 'Chuyển đổi số – Chính quyền số', 'Chuyển đổi số – Kinh tế số, xã hội số', 'Hạ tầng CNTT'] },
  { title: 'Thông tin cơ sở, thanh tra', groups: ['Báo chí – Thông tin cơ sở', 'Thanh tra'] },
];
const ROMAN = ['I', 'II', 'III', 'IV', 'V'];

// ─── Spelling and number styles. ───────────────────────────────────────────────────────────────────────────────
type Layout = 'full' | 'twoRowHeader' | 'minimal' | 'plain';
type Spelling = 'unicode' | 'noDiacritics' | 'nfd' | 'oldTone' | 'tcvn3' | 'abbreviated';
type Numbers = 'real' | 'viText' | 'mixed' | 'percentFormat';
const LAYOUTS: Layout[] = ['full', 'full', 'twoRowHeader', 'plain', 'plain', 'minimal'];
const SPELLINGS: Spelling[] = ['unicode', 'unicode', 'unicode', 'noDiacritics', 'nfd', 'oldTone', 'tcvn3', 'abbreviated'];
const NUMBERS: Numbers[] = ['real', 'viText', 'mixed', 'percentFormat'];

function oldTone(text: string): string {
  const moves: [RegExp, string][] = [
    [/òa/g, 'oà'], [/óa/g, 'oá'], [/ỏa/g, 'oả'], [/õa/g, 'oã'], [/ọa/g, 'oạ'],
    [/ùy/g, 'uỳ'], [/úy/g, 'uý'], [/ủy/g, 'uỷ'], [/ũy/g, 'uỹ'], [/ụy/g, 'uỵ'],
    [/òe/g, 'oè'], [/óe/g, 'oé'],
  ];
  return moves.reduce((t, [from, to]) => t.replace(from, to), text);
}

function abbreviate(text: string): string {
  const short: [RegExp, string][] = [
    [/[Tt]hủ tục hành chính/g, 'TTHC'], [/[Dd]ịch vụ công trực tuyến/g, 'DVCTT'], [/[Cc]ông nghệ thông tin/g, 'CNTT'],
    [/[Tt]hông tin và [Tt]ruyền thông/g, 'TT&TT'], [/[Tt]huê bao/g, 'TB'], [/[Bb]ưu chính công ích/g, 'BCCI'],
  ];
  return short.reduce((t, [from, to]) => t.replace(from, to), text);
}

function spell(text: string, spelling: Spelling): string {
  switch (spelling) {
    case 'noDiacritics': return withoutDiacritics(text);
    case 'nfd': return text.normalize('NFD');
    case 'oldTone': return oldTone(text);
    case 'abbreviated': return abbreviate(text);
    case 'tcvn3': return text; // encoded per cell, where the font (and so capitals) is known
    case 'unicode': return text;
  }
}

/** 1300 → "1.300", 16.2 → "16,2". */
export function viNumber(n: number): string {
  const [whole, frac] = Math.abs(n).toFixed(n % 1 === 0 ? 0 : 1).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return (n < 0 ? '-' : '') + grouped + (frac ? `,${frac}` : '');
}

type Written = { value: CellValue; numFmt?: string };
function writeFigure(n: number, measure: string, style: Numbers, r: Rand): Written {
  const percent = measure === '%';
  switch (style) {
    case 'real':
      return { value: n, numFmt: percent || n % 1 !== 0 ? '0.0' : '#,##0' };
    case 'percentFormat':
      return percent ? { value: Math.round(n * 10) / 1000, numFmt: '0.0%' } : { value: n, numFmt: '#,##0' };
    case 'viText':
      return { value: percent ? `${viNumber(n)}%` : n < 10 && Number.isInteger(n) ? `0${n}` : viNumber(n) };
    case 'mixed':
      if (percent) return { value: `${viNumber(n)}%` };
      if (n >= 10000 && r() < 0.3) return { value: `khoảng ${viNumber(n)}` };
      return r() < 0.5 ? { value: viNumber(n) } : { value: n, numFmt: '#,##0' };
  }
}

// ─── One sheet. ─────────────────────────────────────────────────────────────────────────────────────────────────
export type BenchCell = { value: CellValue; numFmt?: string; font?: string };
export type Merge = { top: number; left: number; bottom: number; right: number };
export type BenchSheet = {
  unit: BenchUnit;
  sheet: string;
  rows: (BenchCell | null)[][];
  merges: Merge[];
  /** Indicator rows plus unmatched rows: the "rows" of rows/s. */
  dataRows: number;
  unmatched: number;
  style: { layout: Layout; spelling: Spelling; numbers: Numbers };
};

function hash(text: string): number {
  let h = 2166136261;
  for (const ch of text) h = Math.imul(h ^ (ch.codePointAt(0) ?? 0), 16777619);
  return h >>> 0;
}

export function buildSheet(unit: BenchUnit): BenchSheet {
  const r = rng(hash(unit.name));
  const layout = pick(r, LAYOUTS);
  const spelling = pick(r, SPELLINGS);
  const numbers = pick(r, NUMBERS);
  const wording = r() < 0.5 ? 0 : 1;
  const figures = unitFigures(unit, r);
  const legacy = spelling === 'tcvn3';
  const text = (s: string, caps = false): BenchCell =>
    legacy ? { value: encodeTcvn3(s, caps), font: caps ? '.VnTimeH' : '.VnTime' } : { value: spell(s, spelling), font: 'Times New Roman' };
  const rows: (BenchCell | null)[][] = [];
  const merges: Merge[] = [];
  const width = layout === 'minimal' ? 2 : layout === 'plain' ? 4 : 7;
  const last = width - 1;
  const caps = (s: string) => s.toLocaleUpperCase('vi');

  if (layout === 'full' || layout === 'twoRowHeader') {
    rows.push([text(caps(`UBND ${unit.kind} ${unit.short}`), true), null, null, text('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', true)]);
    rows.push([text('VĂN PHÒNG HĐND VÀ UBND', true), null, null, text('Độc lập - Tự do - Hạnh phúc')]);
    rows.push([{ value: `Số: ${int(r, 10, 300)}/BC-UBND` }, null, null, text(`${unit.short}, ngày 20 tháng 6 năm 2026`)]);
    rows.push([]);
    rows.push([text('BÁO CÁO', true)]);
    rows.push([text(`Kết quả thực hiện các chỉ tiêu thông tin và truyền thông ${PERIOD}`)]);
    rows.push([]);
    for (const row of [0, 1, 2]) merges.push({ top: row, left: 0, bottom: row, right: 2 }, { top: row, left: 3, bottom: row, right: last });
    merges.push({ top: 4, left: 0, bottom: 4, right: last }, { top: 5, left: 0, bottom: 5, right: last });
  } else if (layout === 'plain') {
    rows.push([text(caps(`UBND ${unit.kind} ${unit.short}`), true)]);
    rows.push([text(`Báo cáo số liệu thông tin và truyền thông ${PERIOD}`)]);
    rows.push([]);
  }
  const top = rows.length;
  switch (layout) {
    case 'minimal':
      rows.push([text('Chỉ tiêu'), text('Số liệu')]);
      break;
    case 'plain':
      rows.push([text('STT'), text('Chỉ tiêu'), text('ĐVT'), text('Kết quả')]);
      break;
    case 'full':
      rows.push(['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Thực hiện', 'So sánh (%)', 'Ghi chú'].map((s) => text(s)));
      rows.push([1, 2, 3, 4, 5, '6=5/4', 7].map((n) => ({ value: n })));
      break;
    case 'twoRowHeader':
      rows.push([text('STT'), text('Chỉ tiêu'), text('ĐVT'), text('Năm 2026'), null, text('So sánh (%)'), text('Ghi chú')]);
      rows.push([null, null, null, text('Kế hoạch'), text('Thực hiện 6 tháng'), null, null]);
      merges.push({ top, left: 0, bottom: top + 1, right: 0 }, { top, left: 1, bottom: top + 1, right: 1 }, { top, left: 2, bottom: top + 1, right: 2 },
        { top, left: 3, bottom: top, right: 4 }, { top, left: 5, bottom: top + 1, right: 5 }, { top, left: 6, bottom: top + 1, right: 6 });
      break;
  }

  const dataRow = (label: string, measure: string, n: number, figure: Written, actual: number): (BenchCell | null)[] => {
    const cell: BenchCell = { value: figure.value, numFmt: figure.numFmt };
    switch (layout) {
      case 'minimal':
        return [text(label), cell];
      case 'plain':
        return [{ value: n }, text(label), text(measure), cell];
      default: {
        const plan = measure === '%' ? Math.min(100, Math.round(actual + 2)) : Math.max(1, Math.round((actual * 1.05) / 10) * 10);
        const ratio = actual > 0 ? round1((actual / plan) * 100) : null;
        return [{ value: n }, text(label), text(measure), { value: plan, numFmt: measure === '%' ? '0.0' : '#,##0' }, cell, { value: ratio, numFmt: '0.0' }, null];
      }
    }
  };

  let dataRows = 0;
  let unmatched = 0;
  let number = 0;
  SECTIONS.forEach((s, section) => {
    const indicators = defaultCatalog.indicators.filter((i) => s.groups.includes(i.group ?? '') && (!i.optional || r() < 0.4));
    if (layout !== 'minimal') rows.push([{ value: ROMAN[section] }, text(caps(s.title), true)]);
    for (const indicator of indicators) {
      number++;
      const labels = LABELS[indicator.id] ?? [indicator.aliases?.[0] ?? indicator.name, indicator.name];
      const actual = figures[indicator.id] ?? int(r, 1, 500);
      rows.push(dataRow(labels[r() < 0.85 ? wording : 1 - wording], indicator.unit, number, writeFigure(actual, indicator.unit, numbers, r), actual));
      dataRows++;
    }
    if (r() < 0.25) {
      rows.push(dataRow(pick(r, EXTRA_LABELS), 'lượt', ++number, { value: int(r, 100, 90000), numFmt: '#,##0' }, 0));
      dataRows++;
      unmatched++;
    }
  });
  if (layout === 'full' || layout === 'twoRowHeader') {
    rows.push([]);
    const at = rows.length;
    rows.push([text('Nơi nhận:'), null, null, null, text('TM. ỦY BAN NHÂN DÂN', true)]);
    rows.push([text('- Sở Khoa học và Công nghệ;'), null, null, null, text('KT. CHỦ TỊCH', true)]);
    rows.push([text('- Lưu: VT.'), null, null, null, text('PHÓ CHỦ TỊCH', true)]);
    rows.push([]);
    rows.push([null, null, null, null, text(pick(r, ['Nguyễn Văn Hùng', 'Trần Thị Lan', 'Lê Văn Thủy', 'Phạm Thị Hòa']))]);
    for (let i = 0; i < 5; i++) if (i !== 3) merges.push({ top: at + i, left: 4, bottom: at + i, right: last });
  }
  return { unit, sheet: unit.short, rows, merges, dataRows, unmatched, style: { layout, spelling, numbers } };
}

export function buildSheets(units: BenchUnit[]): BenchSheet[] {
  return units.map(buildSheet);
}

// ─── The three forms the bench needs. ───────────────────────────────────────────────────────────────────────────
/** A grid, as src/cli/read-xlsx.ts gives it (values, number formats, fonts, merges). */
export function toGrid(s: BenchSheet, file: string): Grid {
  const width = Math.max(...s.rows.map((row) => row.length));
  const values = s.rows.map((row) => Array.from({ length: width }, (_, c) => row[c]?.value ?? null));
  const numberFormats = s.rows.map((row) => Array.from({ length: width }, (_, c) => row[c]?.numFmt ?? null));
  const fonts = s.rows.map((row) => Array.from({ length: width }, (_, c) => row[c]?.font ?? null));
  return { name: s.sheet, source: { file, sheet: s.sheet }, values, numberFormats, fonts, merges: s.merges };
}

/** A sheet of the in-memory Excel. */
export function toMemorySheet(s: BenchSheet): MemorySheet {
  return sheetFromRows(
    s.sheet,
    s.rows.map((row) => row.map((c) => c?.value ?? null)),
    { numberFormats: s.rows.map((row) => row.map((c) => c?.numFmt ?? null)), fonts: s.rows.map((row) => row.map((c) => c?.font ?? null)) },
  );
}

/** Adds the sheet to an ExcelJS workbook, fonts and formats included, as the sample generator writes it. */
export function addToWorkbook(book: ExcelJS.Workbook, s: BenchSheet): void {
  const sheet = book.addWorksheet(s.sheet);
  s.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!cell || cell.value === null) return;
      const target = sheet.getCell(r + 1, c + 1);
      target.value = cell.value;
      target.font = { name: cell.font ?? 'Times New Roman', size: 12 };
      if (cell.numFmt) target.numFmt = cell.numFmt;
    }),
  );
  for (const m of s.merges) sheet.mergeCellsWithoutStyle(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  [6, 60, 12, 12, 12, 12, 18].forEach((w, c) => {
    sheet.getColumn(c + 1).width = w;
  });
}
