/*
 * HOLD-OUT (see README.md): never tune the matcher against these rows, and never print them while tuning.
 * Tây Ninh, 2023: the district-level template of the Sở Thông tin và Truyền thông (catalogs/tay-ninh-huyen-2023.json),
 * filled by the huyện, thị xã and the city. This template joins what other templates split (dossiers received and
 * returned through the public postal service in one row, postal and telecom revenue in one row, all Internet
 * subscribers in one row) and holds the province's own things (the 1022 reporting app, Wi-Fi for tourism), from the
 * seed "Sở Thông tin và Truyền thông triển khai nhiệm vụ năm 2021" (Tây Ninh) and office habit.
 */
import { join } from 'node:path';
import { defineSet } from '../department/define';

export const tayNinhHuyen2023 = defineSet({
  name: 'tay-ninh-huyen-2023',
  folder: join(__dirname, 'catalogs'),
  level: 'district',
  period: 'Năm 2023',
  units: [
    'Thành phố Tây Ninh', 'Huyện Tân Biên', 'Huyện Tân Châu', 'Huyện Dương Minh Châu', 'Huyện Châu Thành',
    'Thị xã Hòa Thành', 'Huyện Gò Dầu', 'Huyện Bến Cầu', 'Thị xã Trảng Bàng',
  ],
  sections: {
    'Chỉ tiêu chung': ['I. CHỈ TIÊU CHUNG', 'A. TÌNH HÌNH CHUNG'],
    'Bưu chính': ['II. BƯU CHÍNH', 'B. LĨNH VỰC BƯU CHÍNH, VIỄN THÔNG', '1. Bưu chính'],
    'Viễn thông - Internet': ['III. VIỄN THÔNG - INTERNET', 'B. LĨNH VỰC BƯU CHÍNH, VIỄN THÔNG', '2. Viễn thông'],
    'Công nghệ thông tin - Chuyển đổi số': ['IV. CÔNG NGHỆ THÔNG TIN', 'C. CHUYỂN ĐỔI SỐ, CHÍNH QUYỀN ĐIỆN TỬ', '3. Ứng dụng CNTT - CĐS'],
    'Thông tin cơ sở - Báo chí': ['V. THÔNG TIN CƠ SỞ - BÁO CHÍ', 'D. THÔNG TIN, TUYÊN TRUYỀN', '4. Truyền thanh cơ sở'],
    'Thanh tra': ['VI. THANH TRA', 'Đ. THANH TRA, KIỂM TRA', '5. Công tác thanh tra'],
  },
  figures: {
    i_1: [90000, 400000], i_2: [25000, 110000], ii_1: [8, 30], ii_2: [5000, 60000], ii_3: [5, 15], iii_1: [60, 260],
    iii_2: [100000, 500000], iii_3: [30000, 160000], iii_4: [25, 45], iii_5: [60, 90], iii_6: [3, 25], iii_7: [20000, 120000],
    iv_1: [150, 260], iv_2: [200, 320], iv_3: [20, 70], iv_4: [100, 2500], iv_5: [85, 100], iv_6: [20, 300], iv_7: [1, 3],
    iv_8: [8000, 40000], iv_9: [200, 900], iv_10: [8, 20], iv_11: [20, 120], iv_12: [40, 140], v_1: [20, 150], v_2: [5, 15],
    v_3: [40, 200], v_4: [60, 500], v_5: [10, 80], vi_1: [1, 6], vi_2: [0, 8], vi_3: [0, 90],
  },
  positives: {
    i_1: [
      ['Tổng dân số', 'người'],
      ['Dân số toàn huyện', 'Người'],
      ['Số dân trên địa bàn thị xã', 'người'],
      ['Dan so', 'nguoi'],
    ],
    i_2: [
      ['Số hộ gia đình', 'hộ'],
      ['Tổng số hộ dân', 'Hộ'],
      ['Số hộ dân cư trên địa bàn', 'hộ'],
      ['Hộ gia đình (hộ)'],
    ],
    ii_1: [
      ['Số điểm phục vụ bưu chính', 'điểm'],
      ['Bưu cục và điểm phục vụ bưu chính', 'điểm'],
      ['Tổng số bưu cục, điểm BĐVHX, đại lý bưu điện', 'điểm'],
      ['Số điểm phục vụ BC', 'Điểm'],
    ],
    ii_2: [
      ['Số hồ sơ tiếp nhận, trả kết quả qua BCCI', 'hồ sơ'],
      ['Hồ sơ TTHC tiếp nhận và trả kết quả qua dịch vụ bưu chính công ích', 'hồ sơ'],
      ['Số bưu gửi hồ sơ TTHC qua BCCI (nhận và trả)', 'bưu gửi'],
      ['Tổng số hồ sơ nhận, trả qua BCCI', 'HS'],
    ],
    ii_3: [
      ['Số xã có báo đến trong ngày phát hành', 'xã'],
      ['Xã, thị trấn có báo đọc trong ngày', 'xã'],
      ['Số xã, phường nhận báo trong ngày', 'xã'],
    ],
    iii_1: [
      ['Số trạm BTS', 'trạm'],
      ['Tổng số trạm BTS hiện có', 'Trạm'],
      ['Trạm thu phát sóng di động (BTS)', 'trạm'],
      ['So tram BTS', 'tram'],
    ],
    iii_2: [
      ['Số thuê bao điện thoại di động', 'TB'],
      ['Số TB di động', 'TB'],
      ['Thuê bao di động đang hoạt động', 'thuê bao'],
      ['Số thuê bao ĐTDĐ trên địa bàn', 'TB'],
    ],
    iii_3: [
      ['Tổng số thuê bao Internet', 'TB'],
      ['Số thuê bao Internet (cáp quang và di động)', 'TB'],
      ['Thuê bao Internet các loại', 'thuê bao'],
    ],
    iii_4: [
      ['Mật độ thuê bao Internet/100 dân', 'TB/100 dân'],
      ['Mật độ Internet (TB/100 dân)'],
      ['Số thuê bao Internet trên 100 dân', 'TB/100 dân'],
    ],
    iii_5: [
      ['Tỷ lệ hộ gia đình có kết nối Internet', '%'],
      ['Tỷ lệ hộ dân sử dụng Internet (%)'],
      ['Tỉ lệ hộ có Internet', '%'],
    ],
    iii_6: [
      ['Số điểm wifi công cộng phục vụ du lịch', 'điểm'],
      ['Điểm phát Wi-Fi miễn phí tại khu du lịch', 'điểm'],
      ['Số điểm wifi công cộng', 'điểm'],
    ],
    iii_7: [
      ['Doanh thu bưu chính viễn thông', 'triệu đồng'],
      ['Doanh thu BCVT', 'Tr.đồng'],
      ['Tổng doanh thu dịch vụ bưu chính, viễn thông trên địa bàn', 'triệu đồng'],
    ],
    iv_1: [
      ['Số dịch vụ công trực tuyến mức độ 4', 'dịch vụ'],
      ['DVCTT mức độ 4 trên Cổng DVC quốc gia', 'DV'],
      ['- Mức độ 4', 'dịch vụ', { heading: 'Dịch vụ công trực tuyến đang cung cấp:', note: 'sub-row' }],
      ['Số DVC mức 4', 'TTHC'],
    ],
    iv_2: [
      ['Số dịch vụ công trực tuyến mức độ 3', 'dịch vụ'],
      ['DVCTT mức độ 3', 'DV'],
      ['- Mức độ 3', 'dịch vụ', { heading: 'Dịch vụ công trực tuyến đang cung cấp:', note: 'sub-row' }],
      ['Số DVC mức 3', 'TTHC'],
    ],
    iv_3: [
      ['Tỷ lệ hồ sơ trực tuyến mức độ 3, 4', '%'],
      ['Tỷ lệ hồ sơ TTHC phát sinh trực tuyến (%)'],
      ['Tỉ lệ hồ sơ nộp trực tuyến mức độ 3, 4', '%'],
    ],
    iv_4: [
      ['Số phản ánh qua ứng dụng 1022 Tây Ninh', 'phản ánh'],
      ['Phản ánh hiện trường 1022', 'lượt'],
      ['Số phản ánh, kiến nghị tiếp nhận qua hệ thống 1022', 'phản ánh'],
    ],
    iv_5: [
      ['Tỷ lệ phản ánh 1022 đã xử lý', '%'],
      ['Tỷ lệ xử lý phản ánh hiện trường 1022 (%)'],
      ['Tỉ lệ phản ánh qua 1022 được giải quyết', '%'],
    ],
    iv_6: [
      ['Số camera kết nối IOC', 'camera'],
      ['Camera an ninh kết nối Trung tâm giám sát, điều hành đô thị thông minh', 'camera'],
      ['Số camera giám sát kết nối IOC huyện', 'cái'],
    ],
    iv_7: [
      ['Số xã thí điểm CĐS', 'xã'],
      ['Xã được chọn thí điểm chuyển đổi số', 'xã'],
      ['Số xã điểm chuyển đổi số', 'xã'],
    ],
    iv_8: [
      ['Số văn bản đi dưới dạng điện tử', 'văn bản'],
      ['Văn bản điện tử gửi đi', 'VB'],
      ['Số văn bản đi được gửi trên môi trường mạng', 'văn bản'],
    ],
    iv_9: [
      ['Số chứng thư số', 'chứng thư'],
      ['Chữ ký số đã cấp', 'CTS'],
      ['Số chứng thư số cấp cho cá nhân, tổ chức', 'chứng thư'],
    ],
    iv_10: [
      ['Số điểm cầu THTT', 'điểm cầu'],
      ['Điểm cầu hội nghị truyền hình trực tuyến', 'điểm cầu'],
      ['Số điểm cầu trực tuyến huyện - xã', 'điểm'],
    ],
    iv_11: [
      ['Số cuộc họp qua phần mềm họp không giấy', 'cuộc'],
      ['Cuộc họp không giấy', 'cuộc'],
      ['Số phiên họp không giấy tờ', 'phiên'],
    ],
    iv_12: [
      ['Số tổ CNSCĐ', 'tổ'],
      ['Tổ công nghệ số cộng đồng đã thành lập', 'tổ'],
      ['Số Tổ CNS cộng đồng ấp, khu phố', 'tổ'],
    ],
    v_1: [
      ['Số cụm loa truyền thanh thông minh', 'cụm'],
      ['Cụm loa thông minh (loa IP)', 'cụm'],
      ['Số cụm loa ứng dụng CNTT-VT', 'cụm'],
    ],
    v_2: [
      ['Số đài truyền thanh cấp xã', 'đài'],
      ['Đài truyền thanh cơ sở', 'đài'],
      ['Số đài TT xã, thị trấn', 'đài'],
    ],
    v_3: [
      ['Số chương trình phát thanh do địa phương sản xuất', 'chương trình'],
      ['Chương trình phát thanh của huyện', 'CT'],
      ['Số chương trình phát thanh địa phương đã thực hiện', 'chương trình'],
    ],
    v_4: [
      ['Số tin, bài đăng trên báo chí', 'tin, bài'],
      ['Tin bài tuyên truyền trên báo, đài', 'bài'],
      ['Số tin, bài phối hợp tuyên truyền với các cơ quan báo chí', 'tin, bài'],
    ],
    v_5: [
      ['Số lượt phát ngôn và cung cấp thông tin cho báo chí', 'lượt'],
      ['Phát ngôn, cung cấp thông tin báo chí', 'lượt'],
      ['Số lần phát ngôn cho báo chí', 'lần'],
    ],
    vi_1: [
      ['Số cuộc kiểm tra', 'cuộc'],
      ['Thanh tra, kiểm tra chuyên ngành TT&TT', 'cuộc'],
      ['Số cuộc thanh tra, kiểm tra đã thực hiện', 'Cuộc'],
    ],
    vi_2: [
      ['Số vụ vi phạm phát hiện qua thanh tra, kiểm tra', 'vụ'],
      ['Vụ vi phạm hành chính được phát hiện', 'vụ'],
      ['Số trường hợp vi phạm', 'trường hợp'],
    ],
    vi_3: [
      ['Số tiền xử phạt vi phạm hành chính', 'triệu đồng'],
      ['Tiền phạt VPHC đã thu nộp ngân sách', 'đồng'],
      ['Số tiền phạt (triệu đồng)'],
    ],
  },
  negatives: [
    ['Chỉ tiêu chung', 'Số hộ nghèo', 'hộ', 'a part of the households'],
    ['Chỉ tiêu chung', 'Dân số thành thị', 'người', 'a part of the population'],
    ['Bưu chính', 'Số hồ sơ tiếp nhận qua BCCI', 'hồ sơ', 'received only; the catalog joins received and returned'],
    ['Bưu chính', 'Số hồ sơ trả kết quả qua BCCI', 'hồ sơ', 'returned only; the catalog joins received and returned'],
    ['Bưu chính', 'Doanh thu bưu chính', 'triệu đồng', 'postal only; the catalog joins postal and telecom'],
    ['Viễn thông - Internet', 'Doanh thu viễn thông', 'triệu đồng', 'telecom only; the catalog joins postal and telecom'],
    ['Viễn thông - Internet', 'Số thuê bao Internet cáp quang', 'TB', 'fixed only; the catalog holds all Internet subscribers'],
    ['Viễn thông - Internet', 'Số thuê bao Internet băng rộng di động', 'TB', 'mobile only; the catalog holds all Internet subscribers'],
    ['Viễn thông - Internet', 'Mật độ thuê bao di động', 'TB/100 dân', 'not in this catalog'],
    ['Viễn thông - Internet', 'Tỷ lệ hộ gia đình có máy vi tính', '%', 'computers, not Internet'],
    ['Viễn thông - Internet', 'Số trạm BTS 5G', 'trạm', 'a part'],
    ['Viễn thông - Internet', 'Số thuê bao điện thoại cố định', 'TB', 'not in this catalog'],
    ['Công nghệ thông tin - Chuyển đổi số', 'Số DVCTT mức độ 2', 'dịch vụ', 'another level'],
    ['Công nghệ thông tin - Chuyển đổi số', 'Tỷ lệ DVCTT mức độ 4', '%', 'a rate; the catalog has the count'],
    ['Công nghệ thông tin - Chuyển đổi số', 'Số phản ánh 1022 quá hạn xử lý', 'phản ánh', 'a part'],
    ['Công nghệ thông tin - Chuyển đổi số', 'Số cuộc họp trực tuyến', 'cuộc', 'online, not paperless'],
    ['Công nghệ thông tin - Chuyển đổi số', 'Số văn bản đến điện tử', 'văn bản', 'incoming, not outgoing'],
    ['Công nghệ thông tin - Chuyển đổi số', 'Số thành viên tổ công nghệ số cộng đồng', 'người', 'members, not teams'],
    ['Công nghệ thông tin - Chuyển đổi số', 'Kế hoạch số xã chuyển đổi số năm 2024', 'xã', 'a plan figure'],
    ['Thông tin cơ sở - Báo chí', 'Số cụm loa có dây', 'cụm', 'wired, not smart'],
    ['Thông tin cơ sở - Báo chí', 'Số chương trình truyền hình địa phương', 'chương trình', 'television, not radio'],
    ['Thông tin cơ sở - Báo chí', 'Số tin, bài đăng trên Trang thông tin điện tử huyện', 'tin, bài', 'the district site, not the press'],
    ['Thông tin cơ sở - Báo chí', 'Số lượt khách du lịch', 'lượt', 'another sector'],
    ['Thanh tra', 'Số quyết định xử phạt vi phạm hành chính', 'quyết định', 'not in this catalog'],
    ['Thanh tra', 'Số cuộc thanh tra lĩnh vực du lịch', 'cuộc', 'another sector'],
  ],
});
