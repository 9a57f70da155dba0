/**
 * The two department catalogs the reading corpora are consolidated with (scripts/make-reading-corpus.ts and
 * scripts/make-reading-holdout.ts). Neither is the built-in catalog: other ids, other official wordings, and money in
 * all four magnitudes (đồng, nghìn đồng, triệu đồng, tỷ đồng), so that converting to the catalog's measure is tested
 * in every direction. Labels in the corpora are these names or their one alias: the corpora measure reading, not
 * matching.
 */
import type { Catalog } from '../../src/core/model';

/** A district-level department (Sở Thông tin và Truyền thông), before the 2025 reform. */
export const catalogA: Catalog = {
  indicators: [
    { id: 'pop', name: 'Dân số trên địa bàn', unit: 'người', aliases: ['Dân số'], integer: true, min: 0 },
    { id: 'hh', name: 'Tổng số hộ gia đình', unit: 'hộ', aliases: ['Số hộ gia đình'], integer: true, min: 0 },
    { id: 'bts', name: 'Số trạm phát sóng di động BTS', unit: 'trạm', aliases: ['Số trạm BTS'], integer: true, min: 0, group: 'Viễn thông' },
    { id: 'mob', name: 'Số thuê bao điện thoại di động', unit: 'thuê bao', integer: true, min: 0, group: 'Viễn thông', optional: true },
    { id: 'dens', name: 'Mật độ thuê bao di động', unit: 'thuê bao/100 dân', group: 'Viễn thông', optional: true, min: 0 },
    { id: 'post_points', name: 'Số điểm phục vụ bưu chính', unit: 'điểm', integer: true, min: 0, group: 'Bưu chính', optional: true },
    { id: 'post_rev', name: 'Doanh thu dịch vụ bưu chính', unit: 'triệu đồng', min: 0, group: 'Bưu chính', optional: true },
    { id: 'tel_rev', name: 'Doanh thu dịch vụ viễn thông', unit: 'tỷ đồng', min: 0, group: 'Viễn thông', optional: true },
    { id: 'fines', name: 'Số tiền xử phạt vi phạm hành chính đã thu', unit: 'đồng', aliases: ['Số tiền phạt đã thu'], min: 0, group: 'Thanh tra', optional: true },
    { id: 'it_budget', name: 'Kinh phí chi cho ứng dụng công nghệ thông tin', unit: 'nghìn đồng', min: 0, group: 'Công nghệ thông tin', optional: true },
    { id: 'dossiers', name: 'Số hồ sơ tiếp nhận trực tuyến', unit: 'hồ sơ', integer: true, min: 0, group: 'Chính quyền số', optional: true },
    { id: 'inspections', name: 'Số cuộc thanh tra, kiểm tra', unit: 'cuộc', integer: true, min: 0, group: 'Thanh tra', optional: true },
    { id: 'cameras', name: 'Số camera giám sát an ninh', unit: 'camera', integer: true, min: 0, group: 'Chính quyền số', optional: true },
    { id: 'fibre_rate', name: 'Tỷ lệ hộ gia đình sử dụng Internet cáp quang', unit: '%', min: 0, max: 100, group: 'Viễn thông', optional: true },
    { id: 'full_services', name: 'Số thủ tục hành chính cung cấp trực tuyến toàn trình', unit: 'thủ tục', integer: true, min: 0, group: 'Chính quyền số', optional: true },
    { id: 'trained', name: 'Số người được tập huấn kỹ năng số', unit: 'người', integer: true, min: 0, group: 'Chuyển đổi số', optional: true },
  ],
};

/** A commune-level department (Sở Khoa học và Công nghệ), after the 2025 reform. */
export const catalogB: Catalog = {
  indicators: [
    { id: 'B01', name: 'Tổng dân số', unit: 'người', integer: true, min: 0 },
    { id: 'B02', name: 'Số hộ dân', unit: 'hộ', integer: true, min: 0 },
    { id: 'B03', name: 'Trạm BTS đang hoạt động', unit: 'trạm', integer: true, min: 0, group: 'Hạ tầng số' },
    { id: 'B04', name: 'Mật độ điện thoại di động', unit: 'TB/100 dân', min: 0, group: 'Hạ tầng số', optional: true },
    { id: 'B05', name: 'Doanh thu bưu chính, chuyển phát', unit: 'tỷ đồng', min: 0, group: 'Bưu chính', optional: true },
    { id: 'B06', name: 'Doanh thu viễn thông trên địa bàn', unit: 'triệu đồng', min: 0, group: 'Hạ tầng số', optional: true },
    { id: 'B07', name: 'Tiền phạt vi phạm hành chính', unit: 'triệu đồng', min: 0, group: 'Thanh tra', optional: true },
    { id: 'B08', name: 'Kinh phí thực hiện chuyển đổi số', unit: 'đồng', min: 0, group: 'Chuyển đổi số', optional: true },
    { id: 'B09', name: 'Hồ sơ thủ tục hành chính xử lý trực tuyến', unit: 'hồ sơ', integer: true, min: 0, group: 'Chính quyền số', optional: true },
    { id: 'B10', name: 'Hội nghị trực tuyến đã tổ chức', unit: 'cuộc', integer: true, min: 0, group: 'Chính quyền số', optional: true },
    { id: 'B11', name: 'Dịch vụ công trực tuyến toàn trình', unit: 'dịch vụ', integer: true, min: 0, group: 'Chính quyền số', optional: true },
    { id: 'B12', name: 'Camera kết nối Trung tâm giám sát điều hành', unit: 'camera', integer: true, min: 0, group: 'Chính quyền số', optional: true },
    { id: 'B13', name: 'Tỷ lệ hộ có cáp quang', unit: '%', min: 0, max: 100, group: 'Hạ tầng số', optional: true },
    { id: 'B14', name: 'Lượt người tham gia tập huấn chuyển đổi số', unit: 'lượt người', integer: true, min: 0, group: 'Chuyển đổi số', optional: true },
    { id: 'B15', name: 'Giá trị hợp đồng thuê dịch vụ công nghệ thông tin', unit: 'nghìn đồng', min: 0, group: 'Chuyển đổi số', optional: true },
  ],
};

export const CATALOGS = { A: catalogA, B: catalogB } as const;
export type CatalogName = keyof typeof CATALOGS;
