/**
 * Writes samples/*.xlsx, samples/units.txt and samples/expected.json: the half-year ICT reports of Bình Phước's
 * 11 districts, laid out the many ways real offices lay them out, with internally consistent figures.
 * Also writes test/fixtures/defects/ (the same reports with planted defects, listed in planted.json).
 * Deterministic: a fixed seed and no clock. Run with `npm run samples`.
 */
import ExcelJS from 'exceljs';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { defaultCatalog } from '../src/core/catalog';
import { encodeTcvn3 } from '../src/core/text/legacy';
import { cellAddress } from '../src/core/address/address';

const ROOT = join(__dirname, '..');
const PERIOD = '6 tháng đầu năm 2022';

// ─── Random numbers: a fixed seed so every run writes the same files. ───────────────────────────────────────
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
type Rand = () => number;
const between = (r: Rand, lo: number, hi: number) => lo + (hi - lo) * r();
const int = (r: Rand, lo: number, hi: number) => Math.round(between(r, lo, hi));
const round1 = (n: number) => Math.round(n * 10) / 10;

// ─── Units ──────────────────────────────────────────────────────────────────────────────────────────────────
type Unit = { name: string; short: string; kind: 'Thành phố' | 'Thị xã' | 'Huyện'; population: number; communes: number };

const UNITS: Unit[] = [
  { name: 'Thành phố Đồng Xoài', short: 'Đồng Xoài', kind: 'Thành phố', population: 108600, communes: 8 },
  { name: 'Thị xã Bình Long', short: 'Bình Long', kind: 'Thị xã', population: 61200, communes: 6 },
  { name: 'Thị xã Phước Long', short: 'Phước Long', kind: 'Thị xã', population: 52400, communes: 7 },
  { name: 'Thị xã Chơn Thành', short: 'Chơn Thành', kind: 'Thị xã', population: 91300, communes: 9 },
  { name: 'Huyện Bù Đăng', short: 'Bù Đăng', kind: 'Huyện', population: 163800, communes: 16 },
  { name: 'Huyện Bù Đốp', short: 'Bù Đốp', kind: 'Huyện', population: 58900, communes: 7 },
  { name: 'Huyện Bù Gia Mập', short: 'Bù Gia Mập', kind: 'Huyện', population: 94700, communes: 8 },
  { name: 'Huyện Đồng Phú', short: 'Đồng Phú', kind: 'Huyện', population: 112500, communes: 11 },
  { name: 'Huyện Hớn Quản', short: 'Hớn Quản', kind: 'Huyện', population: 104300, communes: 13 },
  { name: 'Huyện Lộc Ninh', short: 'Lộc Ninh', kind: 'Huyện', population: 131600, communes: 16 },
  { name: 'Huyện Phú Riềng', short: 'Phú Riềng', kind: 'Huyện', population: 99800, communes: 10 },
];

// ─── Figures: one generator per catalog indicator, scaled to the unit's size and consistent with each other. ──
type Figures = Record<string, number>;

/** Figures of one unit. Order matters: later figures derive from earlier ones (density from subscribers...). */
function unitFigures(unit: Unit, r: Rand): Figures {
  const p = unit.population;
  const households = Math.round(p / between(r, 3.6, 4.0));
  const mobile = Math.round((p * between(r, 112, 138)) / 100);
  const fibreShare = between(r, 0.62, 0.8);
  const fixed = Math.round(households * fibreShare);
  const total = int(r, 1180, 1260);
  const partial = int(r, 420, 480);
  const teams = unit.communes * int(r, 6, 8);
  return {
    population: p,
    households,
    postal_service_points: Math.round(p / between(r, 4500, 5500)),
    postal_dossiers_received: Math.round(p * between(r, 0.045, 0.06)),
    postal_results_returned: Math.round(p * between(r, 0.05, 0.07)),
    communes_with_same_day_newspapers: unit.communes,
    postal_revenue: round1(p * between(r, 0.018, 0.024)),
    bts_stations: Math.round(p / between(r, 650, 780)),
    mobile_subscribers: mobile,
    mobile_broadband_subscribers: Math.round(mobile * between(r, 0.7, 0.8)),
    fixed_broadband_subscribers: fixed,
    mobile_density: round1((mobile / p) * 100),
    fibre_households_rate: round1((fixed / households) * 100),
    smartphone_users_rate: round1(between(r, 72, 86)),
    coverage_4g_rate: round1(between(r, 97, 99.8)),
    village_broadband_coverage_rate: round1(between(r, 93, 100)),
    telecom_revenue: Math.round(p * between(r, 0.28, 0.34)),
    online_services_total: total,
    online_services_partial: partial,
    online_services_full: int(r, 560, 640),
    online_services_with_dossiers_rate: round1(between(r, 52, 68)),
    online_dossiers: Math.round(p * between(r, 0.07, 0.09)),
    online_dossier_rate: round1(between(r, 42, 58)),
    online_payment_dossiers: Math.round(p * between(r, 0.018, 0.024)),
    digitisation_rate: round1(between(r, 31, 48)),
    video_conference_points: unit.communes + 1,
    online_meetings: int(r, 24, 38),
    paperless_meetings: int(r, 18, 30),
    official_email_boxes: Math.round(p / between(r, 220, 260)),
    digital_certificates: Math.round(p / between(r, 420, 480)),
    electronic_documents: Math.round(p * between(r, 0.13, 0.16)),
    electronic_documents_rate: round1(between(r, 92, 99)),
    lgsp_connected_units: unit.communes + 6,
    dedicated_network_agencies: unit.communes + 9,
    ioc_cameras: Math.round(p / between(r, 2200, 2600)),
    community_digital_teams: teams,
    community_digital_members: teams * int(r, 4, 5),
    ecommerce_households: Math.round(households * between(r, 0.009, 0.012)),
    digital_training_participants: Math.round(p * between(r, 0.004, 0.006)),
    public_wifi_points: int(r, 12, 22),
    office_computers: Math.round(p / between(r, 190, 230)),
    it_staff: int(r, 3, 4),
    news_articles: int(r, 320, 520),
    radio_news_items: int(r, 900, 1400),
    loudspeaker_clusters: unit.communes * int(r, 4, 5),
    grassroots_radio_stations: unit.communes,
    press_statements: int(r, 24, 44),
    inspections: int(r, 3, 5),
    sanction_decisions: int(r, 2, 3),
    fines: round1(between(r, 12, 22)),
  };
}

// ─── Labels as offices write them: two wordings per indicator, never the catalog name verbatim. ───────────────
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

/** The non-catalog row some offices add; it must land in the unmatched list, not in a figure. */
const EXTRA_LABEL = 'Số lượt truy cập Cổng thông tin điện tử huyện';

// ─── How each office writes: layout, spelling and number style. ──────────────────────────────────────────────
type Layout = 'full' | 'twoRowHeader' | 'minimal' | 'plain';
type Spelling = 'unicode' | 'noDiacritics' | 'nfd' | 'oldTone' | 'tcvn3' | 'abbreviated';
type Numbers = 'real' | 'viText' | 'mixed' | 'percentFormat';

type Office = {
  unit: Unit;
  file: string;
  sheet: string;
  layout: Layout;
  spelling: Spelling;
  numbers: Numbers;
  wording: 0 | 1;
  extraRow: boolean;
  period?: string;
};

const OFFICES: Office[] = [
  { unit: UNITS[0], file: 'Dong Xoai - BC 6 thang 2022.xlsx', sheet: 'Báo cáo', layout: 'full', spelling: 'unicode', numbers: 'mixed', wording: 0, extraRow: true },
  { unit: UNITS[1], file: 'BC_TX_BinhLong_PhuocLong_ChonThanh.xlsx', sheet: 'TX Bình Long', layout: 'plain', spelling: 'unicode', numbers: 'real', wording: 1, extraRow: false },
  { unit: UNITS[2], file: 'BC_TX_BinhLong_PhuocLong_ChonThanh.xlsx', sheet: 'TX. Phuoc Long', layout: 'plain', spelling: 'oldTone', numbers: 'percentFormat', wording: 0, extraRow: false },
  { unit: UNITS[3], file: 'BC_TX_BinhLong_PhuocLong_ChonThanh.xlsx', sheet: 'Chơn Thành', layout: 'plain', spelling: 'abbreviated', numbers: 'viText', wording: 1, extraRow: true },
  { unit: UNITS[4], file: 'bu-dang-vntime.xlsx', sheet: 'Sheet1', layout: 'full', spelling: 'tcvn3', numbers: 'real', wording: 0, extraRow: false },
  { unit: UNITS[5], file: 'bu_dop.xlsx', sheet: 'Sheet1', layout: 'minimal', spelling: 'unicode', numbers: 'viText', wording: 1, extraRow: false },
  { unit: UNITS[6], file: 'Huyen Bu Gia Map.xlsx', sheet: 'BGM', layout: 'full', spelling: 'nfd', numbers: 'percentFormat', wording: 1, extraRow: true },
  { unit: UNITS[7], file: 'dong_phu_6t2022.xlsx', sheet: 'Dong Phu', layout: 'plain', spelling: 'noDiacritics', numbers: 'real', wording: 0, extraRow: false },
  { unit: UNITS[8], file: 'HON QUAN.xlsx', sheet: 'Báo cáo 6 tháng', layout: 'full', spelling: 'oldTone', numbers: 'mixed', wording: 1, extraRow: true },
  { unit: UNITS[9], file: 'Loc Ninh.xlsx', sheet: 'BC 6T - Loc Ninh', layout: 'twoRowHeader', spelling: 'unicode', numbers: 'viText', wording: 0, extraRow: false },
  { unit: UNITS[10], file: 'Phu Rieng 6T2022.xlsx', sheet: 'PR', layout: 'twoRowHeader', spelling: 'abbreviated', numbers: 'percentFormat', wording: 0, extraRow: true },
];

// ─── Sections of a report. ───────────────────────────────────────────────────────────────────────────────────
const SECTIONS: { title: string; groups: string[] }[] = [
  { title: 'Dân số, quy mô', groups: ['Dân số – quy mô'] },
  { title: 'Bưu chính, viễn thông', groups: ['Bưu chính', 'Viễn thông'] },
  { title: 'Dịch vụ công trực tuyến, chuyển đổi số', groups: ['Dịch vụ công trực tuyến', 'Chuyển đổi số – Chính quyền số', 'Chuyển đổi số – Kinh tế số, xã hội số', 'Hạ tầng CNTT'] },
  { title: 'Thông tin cơ sở, thanh tra', groups: ['Báo chí – Thông tin cơ sở', 'Thanh tra'] },
];
const ROMAN = ['I', 'II', 'III', 'IV', 'V'];

// ─── Text transforms for spelling styles. ───────────────────────────────────────────────────────────────────
function withoutDiacritics(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/** Old tone placement: the mark on the first vowel of oa, oe, uy ("hoà", "thuỷ"). */
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
    // TCVN3 is encoded when the cell is written, where the font (and so capitals) is known.
    case 'tcvn3': return text;
    case 'unicode': return text;
  }
}

// ─── Numbers as written. ─────────────────────────────────────────────────────────────────────────────────────
/** 1300 → "1.300", 16.2 → "16,2": the Vietnamese way. */
function viNumber(n: number): string {
  const [whole, frac] = Math.abs(n).toFixed(n % 1 === 0 ? 0 : 1).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return (n < 0 ? '-' : '') + grouped + (frac ? `,${frac}` : '');
}

type Written = { value: ExcelJS.CellValue; numFmt?: string };

/** How one office writes one figure; `measure` is the catalog measure. The first row of a kind gets a quirk. */
function writeFigure(n: number, measure: string, style: Numbers, r: Rand): Written {
  const percent = measure === '%';
  switch (style) {
    case 'real':
      return { value: n, numFmt: percent || n % 1 !== 0 ? '0.0' : '#,##0' };
    case 'percentFormat':
      // The cell holds a fraction shown as a percentage: 0.928 displayed "92,8%".
      return percent ? { value: Math.round(n * 10) / 1000, numFmt: '0.0%' } : { value: n, numFmt: '#,##0' };
    case 'viText':
      return { value: percent ? `${viNumber(n)}%` : n < 10 && Number.isInteger(n) ? `0${n}` : viNumber(n) };
    case 'mixed':
      if (percent) return { value: `${viNumber(n)}%` };
      if (n >= 10000 && r() < 0.3) return { value: `khoảng ${viNumber(n)}` };
      return r() < 0.5 ? { value: viNumber(n) } : { value: n, numFmt: '#,##0' };
  }
}

// ─── Sheet building: a small cell model written with ExcelJS. ───────────────────────────────────────────────
type Cell = { value: ExcelJS.CellValue; bold?: boolean; italic?: boolean; numFmt?: string; center?: boolean; caps?: boolean };
type SheetModel = {
  rows: (Cell | null)[][];
  merges: [number, number, number, number][];
  widths: number[];
  /** Indicator id → 0-based row and column of its figure; a duplicate lands under id + '#2'. */
  cells: Map<string, { row: number; col: number }>;
};

type Defect =
  | { kind: 'empty' | 'unreadable' | 'value'; id: string; value?: ExcelJS.CellValue }
  | { kind: 'duplicate'; id: string; value: number };

function buildSheet(office: Office, figures: Figures, optional: Set<string>, r: Rand, defects: Defect[] = []): SheetModel {
  const model: SheetModel = { rows: [], merges: [], widths: [], cells: new Map() };
  const t = (text: string) => spell(text, office.spelling);
  const width = office.layout === 'minimal' ? 2 : office.layout === 'plain' ? 4 : 7;
  if (office.layout === 'full' || office.layout === 'twoRowHeader') titleBlock(model, office, width);
  else if (office.layout === 'plain') {
    model.rows.push([{ value: t(`UBND ${office.unit.kind.toUpperCase()} ${office.unit.short.toUpperCase()}`), bold: true, caps: true }]);
    model.rows.push([{ value: t(`Báo cáo số liệu thông tin và truyền thông ${office.period ?? PERIOD}`), bold: true }]);
    model.rows.push([]);
  }
  header(model, office, t);
  const valueCol = office.layout === 'minimal' ? 1 : office.layout === 'plain' ? 3 : 4;
  let section = 0;
  let number = 0;
  for (const s of SECTIONS) {
    const ids = defaultCatalog.indicators
      .filter((i) => s.groups.includes(i.group ?? '') && (!i.optional || optional.has(i.id)))
      .map((i) => i.id);
    if (office.layout !== 'minimal') {
      const row: (Cell | null)[] = [{ value: ROMAN[section], bold: true }, { value: t(s.title.toUpperCase()), bold: true, caps: true }];
      model.rows.push(row);
    }
    section++;
    for (const id of ids) {
      number++;
      const indicator = defaultCatalog.indicators.find((i) => i.id === id);
      if (!indicator) throw new Error(`unknown indicator ${id}`);
      const defect = defects.find((d) => d.id === id);
      const written = writeFigure(figures[id], indicator.unit, office.numbers, r);
      let value: ExcelJS.CellValue = written.value;
      if (defect?.kind === 'empty') value = null;
      else if (defect?.kind === 'unreadable') value = 'đang cập nhật';
      else if (defect?.kind === 'value') value = defect.value ?? null;
      model.cells.set(id, { row: model.rows.length, col: valueCol });
      model.rows.push(dataRow(office, t(LABELS[id][office.wording]), indicator.unit, number, { value, numFmt: written.numFmt }, figures[id]));
      if (defect?.kind === 'duplicate') {
        model.cells.set(`${id}#2`, { row: model.rows.length, col: valueCol });
        model.rows.push(dataRow(office, t(LABELS[id][1 - office.wording]), indicator.unit, number, { value: defect.value, numFmt: '#,##0' }, defect.value));
      }
    }
  }
  if (office.extraRow) model.rows.push(dataRow(office, t(EXTRA_LABEL), 'lượt', number + 1, { value: 150000 + int(r, 0, 90000), numFmt: '#,##0' }, 0));
  if (office.layout === 'full' || office.layout === 'twoRowHeader') signature(model, office, t, width);
  model.widths = office.layout === 'minimal' ? [60, 16] : office.layout === 'plain' ? [6, 60, 12, 14] : [6, 60, 12, 12, 12, 12, 18];
  return model;
}

function dataRow(office: Office, label: string, measure: string, n: number, figure: Written, actual: number): (Cell | null)[] {
  const cell: Cell = { value: figure.value, numFmt: figure.numFmt };
  const m = spell(measure, office.spelling);
  switch (office.layout) {
    case 'minimal':
      return [{ value: label }, cell];
    case 'plain':
      return [{ value: n }, { value: label }, { value: m }, cell];
    default: {
      // Plans are round targets a little above or below the result; "So sánh" is result/plan in percent.
      const plan = measure === '%' ? Math.min(100, Math.round(actual + 2)) : Math.max(1, Math.round((actual * 1.05) / 10) * 10);
      const ratio = actual > 0 ? round1((actual / plan) * 100) : null;
      return [{ value: n }, { value: label }, { value: m }, { value: plan, numFmt: measure === '%' ? '0.0' : '#,##0' }, cell, { value: ratio, numFmt: '0.0' }, null];
    }
  }
}

function titleBlock(model: SheetModel, office: Office, width: number): void {
  const t = (text: string) => spell(text, office.spelling);
  const u = office.unit;
  const last = width - 1;
  model.rows.push([{ value: t(`UBND ${u.kind.toUpperCase()} ${u.short.toUpperCase()}`), bold: true, center: true, caps: true }, null, null, { value: t('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'), bold: true, center: true, caps: true }]);
  model.rows.push([{ value: t('PHÒNG VĂN HÓA VÀ THÔNG TIN'), bold: true, center: true, caps: true }, null, null, { value: t('Độc lập - Tự do - Hạnh phúc'), bold: true, center: true }]);
  model.rows.push([{ value: `Số: ${100 + u.communes * 7}/BC-UBND`, center: true }, null, null, { value: t(`${u.short}, ngày 20 tháng 6 năm 2022`), italic: true, center: true }]);
  model.rows.push([]);
  model.rows.push([{ value: t('BÁO CÁO'), bold: true, center: true, caps: true }]);
  model.rows.push([{ value: t(`Kết quả thực hiện các chỉ tiêu thông tin và truyền thông ${office.period ?? PERIOD}`), bold: true, center: true }]);
  model.rows.push([]);
  model.merges.push([0, 0, 0, 2], [0, 3, 0, last], [1, 0, 1, 2], [1, 3, 1, last], [2, 0, 2, 2], [2, 3, 2, last], [4, 0, 4, last], [5, 0, 5, last]);
}

function header(model: SheetModel, office: Office, t: (s: string) => string): void {
  const h = (text: string): Cell => ({ value: t(text), bold: true, center: true });
  const top = model.rows.length;
  switch (office.layout) {
    case 'minimal':
      model.rows.push([h('Chỉ tiêu'), h('Số liệu')]);
      return;
    case 'plain':
      model.rows.push([h('STT'), h('Chỉ tiêu'), h('ĐVT'), h('Kết quả')]);
      return;
    case 'full':
      model.rows.push(['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Thực hiện', 'So sánh (%)', 'Ghi chú'].map(h));
      model.rows.push([1, 2, 3, 4, 5, '6=5/4', 7].map((n) => ({ value: n, italic: true, center: true })));
      return;
    case 'twoRowHeader':
      model.rows.push([h('STT'), h('Chỉ tiêu'), h('ĐVT'), h('Năm 2022'), null, h('So sánh (%)'), h('Ghi chú')]);
      model.rows.push([null, null, null, h('Kế hoạch'), h('Thực hiện 6 tháng'), null, null]);
      model.merges.push([top, 0, top + 1, 0], [top, 1, top + 1, 1], [top, 2, top + 1, 2], [top, 3, top, 4], [top, 5, top + 1, 5], [top, 6, top + 1, 6]);
      return;
  }
}

function signature(model: SheetModel, office: Office, t: (s: string) => string, width: number): void {
  model.rows.push([]);
  const r = model.rows.length;
  model.rows.push([{ value: t('Nơi nhận:'), bold: true, italic: true }, null, null, null, { value: t('TM. ỦY BAN NHÂN DÂN'), bold: true, center: true, caps: true }]);
  model.rows.push([{ value: t('- Sở TT&TT;') }, null, null, null, { value: t('KT. CHỦ TỊCH'), bold: true, center: true, caps: true }]);
  model.rows.push([{ value: t('- Lưu: VT.') }, null, null, null, { value: t('PHÓ CHỦ TỊCH'), bold: true, center: true, caps: true }]);
  model.rows.push([]);
  model.rows.push([null, null, null, null, { value: t(office.unit.short === 'Bù Đăng' ? 'Nguyễn Văn Hùng' : 'Trần Thị Lan'), bold: true, center: true }]);
  for (let i = 0; i < 5; i++) if (i !== 3) model.merges.push([r + i, 4, r + i, width - 1]);
}

/** Writes the model; TCVN3 sheets get .VnTime fonts (.VnTimeH, all capitals, on the capitalised title lines). */
function writeSheet(workbook: ExcelJS.Workbook, name: string, model: SheetModel, spelling: Spelling): void {
  const sheet = workbook.addWorksheet(name);
  const legacy = spelling === 'tcvn3';
  model.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!cell || cell.value === null || cell.value === undefined) return;
      const target = sheet.getCell(r + 1, c + 1);
      let value = cell.value;
      // A ".VnTimeH" font shows lowercase codes as capitals, so capital lines are encoded as lowercase TCVN3.
      if (legacy && typeof value === 'string') value = encodeTcvn3(value, cell.caps === true);
      target.value = value;
      const font: Partial<ExcelJS.Font> = { name: legacy ? (cell.caps ? '.VnTimeH' : '.VnTime') : 'Times New Roman', size: 12 };
      if (cell.bold) font.bold = true;
      if (cell.italic) font.italic = true;
      target.font = font;
      if (cell.numFmt) target.numFmt = cell.numFmt;
      if (cell.center) target.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    }),
  );
  for (const [top, left, bottom, right] of model.merges) sheet.mergeCellsWithoutStyle(top + 1, left + 1, bottom + 1, right + 1);
  model.widths.forEach((w, c) => {
    sheet.getColumn(c + 1).width = w;
  });
}

const HELP_ROWS = [
  'HƯỚNG DẪN NHẬP SỐ LIỆU',
  '1. Mỗi đơn vị nhập vào một trang tính riêng, không đổi tên cột.',
  '2. Cột "Kết quả" ghi số liệu thực hiện đến ngày 15/6/2022.',
  '3. Số liệu tỷ lệ ghi theo phần trăm (%); tiền phạt ghi theo triệu đồng.',
  '4. Gửi về Sở Thông tin và Truyền thông trước ngày 25/6/2022.',
];

// ─── Generating a set. ───────────────────────────────────────────────────────────────────────────────────────
type Plant = { unit: string; indicator: string | null; code: string; cell: string | null; description: string };
type SetOptions = { dir: string; offices: Office[]; defects?: Map<string, Defect[]>; plants?: Plant[] };

type Expected = {
  period: string;
  units: { name: string; file: string; sheet: string }[];
  values: Record<string, Record<string, number>>;
  cells: Record<string, Record<string, string>>;
  unmatched: { unit: string; label: string }[];
};

async function writeSet({ dir, offices, defects }: SetOptions): Promise<Expected> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const expected: Expected = { period: PERIOD, units: [], values: {}, cells: {}, unmatched: [] };
  const books = new Map<string, ExcelJS.Workbook>();
  for (const office of offices) {
    const r = rng(hash(office.unit.name));
    const figures = unitFigures(office.unit, r);
    const optional = new Set(defaultCatalog.indicators.filter((i) => i.optional && r() < 0.4).map((i) => i.id));
    const model = buildSheet(office, figures, optional, r, defects?.get(office.unit.name));
    let book = books.get(office.file);
    if (!book) {
      book = new ExcelJS.Workbook();
      books.set(office.file, book);
      if (office.file.startsWith('BC_TX_')) writeHelpSheet(book);
    }
    writeSheet(book, office.sheet, model, office.spelling);
    expected.units.push({ name: office.unit.name, file: office.file, sheet: office.sheet });
    expected.values[office.unit.name] = {};
    expected.cells[office.unit.name] = {};
    for (const [id, at] of model.cells) {
      if (!id.includes('#')) expected.values[office.unit.name][id] = figures[id];
      expected.cells[office.unit.name][id] = `${office.file}#${office.sheet}!${cellAddress(at.row, at.col)}`;
    }
    if (office.extraRow) expected.unmatched.push({ unit: office.unit.name, label: EXTRA_LABEL });
  }
  for (const [file, book] of books) {
    // A fixed creation date: ExcelJS stamps "now" otherwise, and the files would change at every run.
    book.created = book.modified = new Date(Date.UTC(2022, 5, 20));
    book.creator = 'Phòng Văn hóa và Thông tin';
    const data = Buffer.from((await book.xlsx.writeBuffer()) as ArrayBuffer);
    await writeFile(join(dir, file), fixZipDates(data));
  }
  return expected;
}

/**
 * The zip library stamps every entry with the current time, so identical content gives different bytes; fixing
 * the DOS date and time fields (central directory and local headers) makes the files reproducible.
 */
function fixZipDates(zip: Buffer): Buffer {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) return zip;
  const entries = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const DOS_TIME = 0x6000; // 12:00:00
  const DOS_DATE = ((2022 - 1980) << 9) | (6 << 5) | 20;
  for (let i = 0; i < entries; i++) {
    zip.writeUInt16LE(DOS_TIME, at + 12);
    zip.writeUInt16LE(DOS_DATE, at + 14);
    const local = zip.readUInt32LE(at + 42);
    zip.writeUInt16LE(DOS_TIME, local + 10);
    zip.writeUInt16LE(DOS_DATE, local + 12);
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return zip;
}

function writeHelpSheet(book: ExcelJS.Workbook): void {
  const sheet = book.addWorksheet('Hướng dẫn');
  HELP_ROWS.forEach((text, i) => {
    sheet.getCell(i + 1, 1).value = text;
  });
  sheet.getColumn(1).width = 90;
}

function hash(text: string): number {
  let h = 2166136261;
  for (const ch of text) h = Math.imul(h ^ ch.codePointAt(0)!, 16777619);
  return h >>> 0;
}

// ─── Defects planted in the second set. ─────────────────────────────────────────────────────────────────────
function defectPlan(): { offices: Office[]; defects: Map<string, Defect[]>; plants: Omit<Plant, 'cell'>[] } {
  const byName = (name: string) => UNITS.find((u) => u.name === name)!;
  const defects = new Map<string, Defect[]>();
  const plants: Omit<Plant, 'cell'>[] = [];
  const plant = (unit: string, id: string, code: string, defect: Defect, description: string) => {
    defects.set(unit, [...(defects.get(unit) ?? []), defect]);
    plants.push({ unit, indicator: id, code, description });
  };
  const figures = (name: string) => unitFigures(byName(name), rng(hash(name)));
  plant('Huyện Bù Đốp', 'digital_certificates', 'value_missing', { kind: 'empty', id: 'digital_certificates' }, 'Ô số liệu để trống.');
  plant('Huyện Đồng Phú', 'online_payment_dossiers', 'value_unreadable', { kind: 'unreadable', id: 'online_payment_dossiers' }, 'Ghi "đang cập nhật" thay cho con số.');
  plant('Huyện Hớn Quản', 'digitisation_rate', 'out_of_range', { kind: 'value', id: 'digitisation_rate', value: '112%' }, 'Tỷ lệ 112%, vượt 100%.');
  plant('Huyện Lộc Ninh', 'online_services_full', 'rule_violated', { kind: 'value', id: 'online_services_full', value: '1.450' }, 'DVC mức độ 4 (1.450) lớn hơn tổng số DVC trực tuyến.');
  const dossiers = figures('Huyện Bù Gia Mập').postal_dossiers_received;
  plant('Huyện Bù Gia Mập', 'postal_dossiers_received', 'scale_suspect', { kind: 'value', id: 'postal_dossiers_received', value: dossiers * 1000 }, `Gõ ${viNumber(dossiers)} thành ${dossiers * 1000} (nhầm dấu chấm hàng nghìn).`);
  const fine = figures('Thị xã Bình Long').fines;
  plant('Thị xã Bình Long', 'fines', 'scale_suspect', { kind: 'value', id: 'fines', value: Math.round(fine * 1e6) }, `Tiền phạt ghi theo đồng (${Math.round(fine * 1e6)}) thay cho triệu đồng (${viNumber(fine)}).`);
  const bts = figures('Thị xã Chơn Thành').bts_stations;
  plant('Thị xã Chơn Thành', 'bts_stations', 'duplicate_conflict', { kind: 'duplicate', id: 'bts_stations', value: bts + 9 }, `Chỉ tiêu trạm BTS ghi hai lần: ${bts} và ${bts + 9}.`);
  const density = figures('Huyện Bù Đăng').mobile_density;
  plant('Huyện Bù Đăng', 'mobile_density', 'rule_violated', { kind: 'value', id: 'mobile_density', value: round1(density * 1.06) }, `Mật độ thuê bao ${round1(density * 1.06)} lệch 6% so với thuê bao/dân số×100 (${density}).`);
  plants.push({ unit: 'Thị xã Phước Long', indicator: null, code: 'period_mismatch', description: 'Báo cáo ghi kỳ "6 tháng đầu năm 2021".' });
  plants.push({ unit: 'Huyện Phú Riềng', indicator: null, code: 'unit_missing', description: 'Đơn vị không gửi báo cáo.' });
  const offices = OFFICES.filter((o) => o.unit.name !== 'Huyện Phú Riềng').map((o) =>
    o.unit.name === 'Thị xã Phước Long' ? { ...o, period: '6 tháng đầu năm 2021' } : o,
  );
  return { offices, defects, plants };
}

async function main(): Promise<void> {
  checkLabelsCoverCatalog();
  const samples = join(ROOT, 'samples');
  const expected = await writeSet({ dir: samples, offices: OFFICES });
  await writeFile(join(samples, 'expected.json'), `${JSON.stringify(expected, null, 2)}\n`);
  await writeFile(join(samples, 'units.txt'), `# Các đơn vị hành chính cấp huyện tỉnh Bình Phước (trước 7/2025)\n${UNITS.map((u) => u.name).join('\n')}\n`);

  const plan = defectPlan();
  const dir = join(ROOT, 'test', 'fixtures', 'defects');
  const defectsExpected = await writeSet({ dir, offices: plan.offices, defects: plan.defects });
  const planted: Plant[] = plan.plants.map((p) => ({
    ...p,
    cell: p.indicator ? defectsExpected.cells[p.unit]?.[p.indicator] ?? null : null,
  }));
  await writeFile(join(dir, 'planted.json'), `${JSON.stringify(planted, null, 2)}\n`);
  await writeFile(join(dir, 'units.txt'), `${UNITS.map((u) => u.name).join('\n')}\n`);
  const files = await readdir(samples);
  console.log(`Đã ghi ${files.length} tệp vào samples/ và ${planted.length} lỗi cài sẵn vào test/fixtures/defects/`);
}

/** The generator must know every catalog indicator, so the samples cover the catalog as it grows. */
function checkLabelsCoverCatalog(): void {
  const missing = defaultCatalog.indicators.filter((i) => !LABELS[i.id]).map((i) => i.id);
  if (missing.length > 0) throw new Error(`make-samples: no sample labels for ${missing.join(', ')}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
