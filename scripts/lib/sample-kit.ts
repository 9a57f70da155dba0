/**
 * What the synthetic report generators share (scripts/make-samples.ts and bench/generate.ts): the seeded random
 * numbers, the figures of a unit, the label wordings offices use, the report sections, the spelling styles and
 * the ways a figure is written. One copy, so the samples and the bench cannot drift apart as the catalog grows.
 *
 * Everything here is deterministic and draws random numbers only from the `Rand` it is given, in a fixed order:
 * changing the order of draws changes every committed sample, so keep it when editing.
 */

import { oldTonePlacement } from '../../src/core/text/normalize';

// ─── Random numbers: a fixed seed so every run writes the same data. ─────────────────────────────────────────
export type Rand = () => number;

/** mulberry32: small, fast and the same on every platform (Math.random can be neither seeded nor replayed). */
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

export const between = (r: Rand, lo: number, hi: number): number => lo + (hi - lo) * r();
export const int = (r: Rand, lo: number, hi: number): number => Math.round(between(r, lo, hi));
export const round1 = (n: number): number => Math.round(n * 10) / 10;
export function pick<T>(r: Rand, items: readonly T[]): T {
  return items[Math.floor(r() * items.length)];
}

/** FNV-1a of a name: a per-unit seed, so a unit's figures do not depend on which other units are generated. */
export function hash(text: string): number {
  let h = 2166136261;
  for (const ch of text) h = Math.imul(h ^ (ch.codePointAt(0) ?? 0), 16777619);
  return h >>> 0;
}

// ─── Figures of one unit. ─────────────────────────────────────────────────────────────────────────────────────
export type Figures = Record<string, number>;

/** Figures set by what a unit is rather than by its population: a district counts communes, a commune villages. */
export type SizeId =
  | 'communes_with_same_day_newspapers' | 'online_services_total' | 'online_services_partial' | 'video_conference_points'
  | 'lgsp_connected_units' | 'dedicated_network_agencies' | 'community_digital_teams' | 'public_wifi_points' | 'it_staff'
  | 'news_articles' | 'radio_news_items' | 'loudspeaker_clusters' | 'grassroots_radio_stations' | 'press_statements'
  | 'inspections' | 'sanction_decisions' | 'fines';

/**
 * Each size figure is a function, called exactly once at its place among the population figures below, so a
 * generator that draws for it (int(r, 2, 8)) draws in the same order as it always has.
 */
export type SizeFigures = Record<SizeId, () => number>;

/**
 * Figures of one unit, consistent with each other (density from subscribers, fibre rate from households, members
 * from teams...). `size` is called once, after the three population shares are drawn and before any other draw:
 * a generator may draw there the figures it wants fixed early (the samples draw their service counts there).
 */
export function unitFigures(population: number, r: Rand, size: () => SizeFigures): Figures {
  const p = population;
  const households = Math.round(p / between(r, 3.6, 4.0));
  const mobile = Math.round((p * between(r, 112, 138)) / 100);
  const fixed = Math.round(households * between(r, 0.62, 0.8));
  const s = size();
  const figures: Figures = {
    population: p,
    households,
    // At least one: a small commune still has a post office and a mast.
    postal_service_points: Math.max(1, Math.round(p / between(r, 4500, 5500))),
    postal_dossiers_received: Math.round(p * between(r, 0.045, 0.06)),
    postal_results_returned: Math.round(p * between(r, 0.05, 0.07)),
    communes_with_same_day_newspapers: s.communes_with_same_day_newspapers(),
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
    online_services_total: s.online_services_total(),
    online_services_partial: s.online_services_partial(),
    online_services_full: int(r, 560, 640),
    online_services_with_dossiers_rate: round1(between(r, 52, 68)),
    online_dossiers: Math.round(p * between(r, 0.07, 0.09)),
    online_dossier_rate: round1(between(r, 42, 58)),
    online_payment_dossiers: Math.round(p * between(r, 0.018, 0.024)),
    digitisation_rate: round1(between(r, 31, 48)),
    video_conference_points: s.video_conference_points(),
    online_meetings: int(r, 24, 38),
    paperless_meetings: int(r, 18, 30),
    official_email_boxes: Math.round(p / between(r, 220, 260)),
    digital_certificates: Math.round(p / between(r, 420, 480)),
    electronic_documents: Math.round(p * between(r, 0.13, 0.16)),
    electronic_documents_rate: round1(between(r, 92, 99)),
    lgsp_connected_units: s.lgsp_connected_units(),
    dedicated_network_agencies: s.dedicated_network_agencies(),
    ioc_cameras: Math.round(p / between(r, 2200, 2600)),
  };
  // Statements, not one object literal: members are derived from the teams just drawn.
  const teams = s.community_digital_teams();
  figures.community_digital_teams = teams;
  figures.community_digital_members = teams * int(r, 4, 5);
  return {
    ...figures,
    ecommerce_households: Math.round(households * between(r, 0.009, 0.012)),
    digital_training_participants: Math.round(p * between(r, 0.004, 0.006)),
    public_wifi_points: s.public_wifi_points(),
    office_computers: Math.round(p / between(r, 190, 230)),
    it_staff: s.it_staff(),
    news_articles: s.news_articles(),
    radio_news_items: s.radio_news_items(),
    loudspeaker_clusters: s.loudspeaker_clusters(),
    grassroots_radio_stations: s.grassroots_radio_stations(),
    press_statements: s.press_statements(),
    inspections: s.inspections(),
    sanction_decisions: s.sanction_decisions(),
    fines: s.fines(),
  };
}

// ─── Labels as offices write them: two wordings per indicator, never the catalog name verbatim. ───────────────
export const LABELS: Record<string, [string, string]> = {
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

// ─── Sections of a report: catalog groups gathered under the headings offices use. ─────────────────────────────
export const SECTIONS: { title: string; groups: string[] }[] = [
  { title: 'Dân số, quy mô', groups: ['Dân số – quy mô'] },
  { title: 'Bưu chính, viễn thông', groups: ['Bưu chính', 'Viễn thông'] },
  { title: 'Dịch vụ công trực tuyến, chuyển đổi số', groups: ['Dịch vụ công trực tuyến', 'Chuyển đổi số – Chính quyền số', 'Chuyển đổi số – Kinh tế số, xã hội số', 'Hạ tầng CNTT'] },
  { title: 'Thông tin cơ sở, thanh tra', groups: ['Báo chí – Thông tin cơ sở', 'Thanh tra'] },
];
export const ROMAN = ['I', 'II', 'III', 'IV', 'V'];

// ─── How an office writes: layout, spelling and number style. ────────────────────────────────────────────────
export type Layout = 'full' | 'twoRowHeader' | 'minimal' | 'plain';
export type Spelling = 'unicode' | 'noDiacritics' | 'nfd' | 'oldTone' | 'tcvn3' | 'abbreviated';
export type Numbers = 'real' | 'viText' | 'mixed' | 'percentFormat';

export function withoutDiacritics(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

export function abbreviate(text: string): string {
  const short: [RegExp, string][] = [
    [/[Tt]hủ tục hành chính/g, 'TTHC'], [/[Dd]ịch vụ công trực tuyến/g, 'DVCTT'], [/[Cc]ông nghệ thông tin/g, 'CNTT'],
    [/[Tt]hông tin và [Tt]ruyền thông/g, 'TT&TT'], [/[Tt]huê bao/g, 'TB'], [/[Bb]ưu chính công ích/g, 'BCCI'],
  ];
  return short.reduce((t, [from, to]) => t.replace(from, to), text);
}

export function spell(text: string, spelling: Spelling): string {
  switch (spelling) {
    case 'noDiacritics': return withoutDiacritics(text);
    case 'nfd': return text.normalize('NFD');
    case 'oldTone': return oldTonePlacement(text);
    case 'abbreviated': return abbreviate(text);
    // TCVN3 is encoded when the cell is written, where the font (and so capitals) is known.
    case 'tcvn3': return text;
    case 'unicode': return text;
  }
}

// ─── Numbers as written. ─────────────────────────────────────────────────────────────────────────────────────
/** 1300 → "1.300", 16.2 → "16,2": the Vietnamese way. */
export function viNumber(n: number): string {
  const [whole, frac] = Math.abs(n).toFixed(n % 1 === 0 ? 0 : 1).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return (n < 0 ? '-' : '') + grouped + (frac ? `,${frac}` : '');
}

/** A figure as an office types it: a number with its format, or text. */
export type WrittenFigure = { value: number | string; numFmt?: string };

/** How one office writes one figure; `measure` is the catalog measure. "mixed" draws from `r` to vary by row. */
export function writeFigure(n: number, measure: string, style: Numbers, r: Rand): WrittenFigure {
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

/**
 * The plan and "So sánh (%)" columns of a plan/result layout: plans are round targets a little above or below
 * the result, and the comparison is result/plan in percent (none when there is no result).
 */
export function planColumns(actual: number, measure: string): { plan: number; planFmt: string; ratio: number | null } {
  const percent = measure === '%';
  const plan = percent ? Math.min(100, Math.round(actual + 2)) : Math.max(1, Math.round((actual * 1.05) / 10) * 10);
  return { plan, planFmt: percent ? '0.0' : '#,##0', ratio: actual > 0 ? round1((actual / plan) * 100) : null };
}
