/*
 * HOLD-OUT (see README.md): never tune the matcher against these rows, and never print them while tuning.
 * Cà Mau, 6 tháng cuối năm 2025: the commune template of the Sở Khoa học và Công nghệ of the merged province
 * (Bạc Liêu + Cà Mau; catalogs/ca-mau-xa-2025.json), filled by the new communes and wards ("ấp", "khóm"). This
 * template holds 4G and 5G stations side by side, full-online and partial dossiers as counts beside one rate, and
 * households (not people) with a payment account. Rows written as commune offices write them, before the matcher
 * was tuned on department catalogs.
 */
import { join } from 'node:path';
import { defineSet } from '../department/define';

export const caMauXa2025 = defineSet({
  name: 'ca-mau-xa-2025',
  folder: join(__dirname, 'catalogs'),
  level: 'commune',
  period: '6 tháng cuối năm 2025',
  units: [
    'Phường Bạc Liêu', 'Phường Vĩnh Trạch', 'Xã Hồng Dân', 'Xã Phước Long', 'Phường Giá Rai', 'Xã Đông Hải',
    'Phường An Xuyên', 'Phường Tân Thành', 'Xã U Minh', 'Xã Thới Bình', 'Xã Trần Văn Thời', 'Xã Cái Nước',
    'Xã Năm Căn', 'Xã Đất Mũi',
  ],
  sections: {
    'Dân số': ['I. DÂN SỐ, HỘ', 'A. THÔNG TIN CHUNG'],
    'Hạ tầng số': ['II. HẠ TẦNG SỐ', 'B. HẠ TẦNG BƯU CHÍNH, VIỄN THÔNG', '1. Hạ tầng số'],
    'Chính quyền số': ['III. CHÍNH QUYỀN SỐ', 'C. CHÍNH QUYỀN SỐ - DỊCH VỤ CÔNG', '2. Chính quyền số'],
    'Kinh tế số, xã hội số': ['IV. KINH TẾ SỐ, XÃ HỘI SỐ', 'D. XÃ HỘI SỐ', '3. Kinh tế số - xã hội số'],
    'Thông tin cơ sở': ['V. THÔNG TIN CƠ SỞ', 'Đ. TUYÊN TRUYỀN', '4. Thông tin cơ sở'],
  },
  figures: {
    ct_0_1: [8000, 60000], ct_0_2: [2200, 16000], ct_1_1: [6, 50], ct_1_2: [5, 45], ct_1_3: [0, 10], ct_1_4: [85, 100],
    ct_1_5: [55, 92], ct_1_6: [1500, 12000], ct_1_7: [9000, 70000], ct_1_8: [0, 2], ct_2_1: [100, 180], ct_2_2: [90, 170],
    ct_2_3: [200, 4000], ct_2_4: [300, 5000], ct_2_5: [50, 95], ct_2_6: [30, 800], ct_2_7: [50, 1200], ct_2_8: [60, 100],
    ct_2_9: [1000, 5000], ct_2_10: [8, 40], ct_2_11: [5, 150], ct_3_1: [6, 25], ct_3_2: [30, 130], ct_3_3: [500, 12000],
    ct_3_4: [70, 92], ct_3_5: [1500, 12000], ct_3_6: [5, 150], ct_3_7: [5000, 40000], ct_4_1: [6, 40], ct_4_2: [40, 300],
    ct_4_3: [1, 6],
  },
  positives: {
    ct_0_1: [
      ['Tổng dân số', 'người'],
      ['Số nhân khẩu', 'khẩu'],
      ['Dân số toàn xã', 'Người'],
      ['Số dân', 'người'],
    ],
    ct_0_2: [
      ['Tổng số hộ', 'hộ'],
      ['Số hộ gia đình', 'hộ'],
      ['Hộ dân trên địa bàn', 'Hộ'],
      ['So ho dan', 'ho'],
    ],
    ct_1_1: [
      ['Số trạm BTS', 'trạm'],
      ['Tổng số trạm thu phát sóng di động', 'Trạm'],
      ['Trạm BTS hiện có trên địa bàn', 'trạm'],
      ['So tram BTS (tong so)', 'tram'],
    ],
    ct_1_2: [
      ['Trạm 4G', 'trạm'],
      ['- Trong đó: trạm BTS 4G', 'trạm', { under: 'ct_1_1' }],
      ['Số trạm phát sóng 4G', 'trạm'],
      ['Số trạm BTS công nghệ 4G', 'trạm'],
    ],
    ct_1_3: [
      ['Trạm 5G', 'trạm'],
      ['- Trong đó: trạm BTS 5G', 'trạm', { under: 'ct_1_1' }],
      ['Số trạm phát sóng 5G', 'trạm'],
      ['Số trạm BTS công nghệ 5G', 'trạm'],
    ],
    ct_1_4: [
      ['Tỷ lệ ấp, khóm được phủ sóng 4G', '%'],
      ['Tỷ lệ ấp có sóng di động 4G (%)'],
      ['Tỉ lệ ấp, khóm có sóng 4G', '%'],
    ],
    ct_1_5: [
      ['Tỷ lệ hộ gia đình có cáp quang', '%'],
      ['Tỷ lệ hộ có Internet cáp quang (%)'],
      ['Tỉ lệ hộ dân sử dụng Internet cáp quang', '%'],
      ['Tỷ lệ hộ gia đình có kết nối băng rộng cố định', '%'],
    ],
    ct_1_6: [
      ['Số thuê bao Internet cáp quang', 'thuê bao'],
      ['TB Internet BRCĐ', 'TB'],
      ['Thuê bao FTTH', 'TB'],
      ['Số thuê bao Internet băng rộng cố định', 'TB'],
    ],
    ct_1_7: [
      ['Thuê bao điện thoại di động', 'thuê bao'],
      ['Số TB di động', 'TB'],
      ['Tổng số thuê bao di động đang hoạt động', 'TB'],
    ],
    ct_1_8: [
      ['Số điểm BĐVHX', 'điểm'],
      ['Điểm bưu điện - văn hoá xã', 'điểm'],
      ['Bưu điện văn hóa xã', 'điểm'],
    ],
    ct_2_1: [
      ['Số TTHC đủ điều kiện cung cấp DVCTT toàn trình', 'thủ tục'],
      ['Thủ tục hành chính đủ điều kiện thực hiện trực tuyến toàn trình', 'TTHC'],
      ['Số thủ tục đủ điều kiện DVC toàn trình', 'thủ tục'],
    ],
    ct_2_2: [
      ['Số DVCTT toàn trình', 'dịch vụ'],
      ['Dịch vụ công trực tuyến toàn trình đang cung cấp', 'DV'],
      ['Số dịch vụ công toàn trình đã triển khai', 'dịch vụ'],
    ],
    ct_2_3: [
      ['Hồ sơ trực tuyến toàn trình', 'hồ sơ'],
      ['+ Toàn trình', 'hồ sơ', { heading: 'Số hồ sơ TTHC tiếp nhận trực tuyến, trong đó:', note: 'sub-row' }],
      ['Số hồ sơ nộp trực tuyến toàn trình', 'HS'],
      ['Số hồ sơ DVCTT toàn trình', 'hồ sơ'],
    ],
    ct_2_4: [
      ['Hồ sơ trực tuyến một phần', 'hồ sơ'],
      ['+ Một phần', 'hồ sơ', { heading: 'Số hồ sơ TTHC tiếp nhận trực tuyến, trong đó:', note: 'sub-row' }],
      ['Số hồ sơ nộp trực tuyến một phần', 'HS'],
      ['Số hồ sơ DVCTT một phần', 'hồ sơ'],
    ],
    ct_2_5: [
      ['Tỷ lệ hồ sơ trực tuyến (toàn trình và một phần)', '%'],
      ['Tỷ lệ hồ sơ nộp trực tuyến (%)'],
      ['Tỉ lệ hồ sơ TTHC tiếp nhận trực tuyến', '%'],
    ],
    ct_2_6: [
      ['Số hồ sơ TTHC tiếp nhận qua dịch vụ bưu chính công ích', 'hồ sơ'],
      ['Hồ sơ nhận qua bưu điện (BCCI)', 'HS'],
      ['Tiếp nhận hồ sơ qua BCCI', 'hồ sơ'],
    ],
    ct_2_7: [
      ['Số hồ sơ trả kết quả qua dịch vụ BCCI', 'hồ sơ'],
      ['Kết quả TTHC chuyển trả qua bưu điện', 'kết quả'],
      ['Trả kết quả qua BCCI', 'hồ sơ'],
    ],
    ct_2_8: [
      ['Tỷ lệ số hóa hồ sơ khi tiếp nhận', '%'],
      ['Tỷ lệ hồ sơ TTHC được số hoá ngay khi tiếp nhận (%)'],
      ['Tỉ lệ số hóa hồ sơ đầu vào', '%'],
    ],
    ct_2_9: [
      ['Số văn bản đi có ký số', 'văn bản'],
      ['Văn bản đi được ký số', 'VB'],
      ['Số văn bản điện tử ký số gửi đi', 'văn bản'],
    ],
    ct_2_10: [
      ['Số cuộc họp trực tuyến đã tổ chức', 'cuộc'],
      ['Cuộc họp, hội nghị trực tuyến', 'cuộc'],
      ['Số hội nghị truyền hình trực tuyến', 'cuộc'],
    ],
    ct_2_11: [
      ['Số camera an ninh kết nối IOC', 'camera'],
      ['Camera kết nối Trung tâm giám sát, điều hành thông minh', 'camera'],
      ['Số camera giám sát kết nối IOC tỉnh', 'cái'],
    ],
    ct_3_1: [
      ['Số tổ CNSCĐ', 'tổ'],
      ['Tổ công nghệ số cộng đồng ấp, khóm', 'tổ'],
      ['Số Tổ công nghệ số cộng đồng đã thành lập', 'Tổ'],
    ],
    ct_3_2: [
      ['Số thành viên tổ CNSCĐ', 'người'],
      ['Thành viên Tổ công nghệ số cộng đồng', 'người'],
      ['Tổng số thành viên các tổ CNS cộng đồng', 'người'],
    ],
    ct_3_3: [
      ['Số người dân được tập huấn kỹ năng số cơ bản', 'người'],
      ['Số lượt người tham gia Bình dân học vụ số', 'lượt người'],
      ['Người dân được phổ cập kỹ năng số', 'người'],
    ],
    ct_3_4: [
      ['Tỷ lệ người dân sử dụng điện thoại thông minh', '%'],
      ['Tỷ lệ dân số trưởng thành có smartphone (%)'],
      ['Tỉ lệ người dân có ĐTTM', '%'],
    ],
    ct_3_5: [
      ['Số hộ gia đình có tài khoản thanh toán điện tử', 'hộ'],
      ['Hộ có tài khoản ngân hàng, ví điện tử', 'hộ'],
      ['Số hộ dân có tài khoản thanh toán', 'hộ'],
    ],
    ct_3_6: [
      ['Số hộ kinh doanh, HTX trên sàn thương mại điện tử', 'hộ'],
      ['Hộ sản xuất, HTX có sản phẩm trên sàn TMĐT', 'hộ'],
      ['Số hộ, hợp tác xã bán hàng trên sàn TMĐT (Postmart, Voso)', 'hộ'],
    ],
    ct_3_7: [
      ['Số tài khoản định danh điện tử mức 2', 'tài khoản'],
      ['Tài khoản VNeID mức độ 2 đã kích hoạt', 'TK'],
      ['Số TK VNeID mức 2', 'tài khoản'],
    ],
    ct_4_1: [
      ['Số cụm loa truyền thanh thông minh', 'cụm'],
      ['Cụm loa ứng dụng CNTT - viễn thông', 'cụm'],
      ['Số cụm loa IP', 'cụm'],
    ],
    ct_4_2: [
      ['Số tin, bài đăng trên trang TTĐT xã', 'tin, bài'],
      ['Tin bài trên Trang thông tin điện tử', 'bài'],
      ['Số tin, bài tuyên truyền trên Cổng TTĐT của phường', 'tin, bài'],
    ],
    ct_4_3: [
      ['Số bảng tin điện tử', 'bảng'],
      ['Bảng tin điện tử công cộng', 'bảng'],
      ['Số màn hình LED thông tin công cộng', 'cái'],
    ],
  },
  negatives: [
    ['Dân số', 'Số hộ nghèo', 'hộ', 'a part of the households'],
    ['Dân số', 'Số người từ 15 tuổi trở lên', 'người', 'a part of the population'],
    ['Hạ tầng số', 'Số trạm BTS 3G', 'trạm', 'another generation'],
    ['Hạ tầng số', 'Tỷ lệ ấp, khóm có sóng 5G', '%', '5G, not 4G'],
    ['Hạ tầng số', 'Tỷ lệ dân số được phủ sóng 4G', '%', 'population, not villages'],
    ['Hạ tầng số', 'Số hộ gia đình có cáp quang', 'hộ', 'a count; the catalog has the rate'],
    ['Hạ tầng số', 'Số thuê bao Internet di động', 'TB', 'mobile broadband is not in this catalog'],
    ['Hạ tầng số', 'Số điểm phục vụ bưu chính', 'điểm', 'all postal points; the catalog has the BĐVHX ones'],
    ['Chính quyền số', 'Tổng số hồ sơ trực tuyến', 'hồ sơ', 'the total; the catalog has its two parts'],
    ['Chính quyền số', 'Tỷ lệ hồ sơ trực tuyến toàn trình', '%', 'full-online only; the catalog has the rate of all online dossiers'],
    ['Chính quyền số', 'Số DVCTT một phần', 'dịch vụ', 'not in this catalog'],
    ['Chính quyền số', 'Số hồ sơ tiếp nhận, trả kết quả qua BCCI', 'hồ sơ', 'received and returned together'],
    ['Chính quyền số', 'Tỷ lệ số hóa kết quả giải quyết TTHC', '%', 'results, not dossiers on receipt'],
    ['Chính quyền số', 'Số văn bản đến', 'văn bản', 'incoming'],
    ['Chính quyền số', 'Số điểm cầu trực tuyến', 'điểm cầu', 'points; the catalog has the meetings'],
    ['Kinh tế số, xã hội số', 'Số người dân có tài khoản thanh toán điện tử', 'người', 'people, not households'],
    ['Kinh tế số, xã hội số', 'Số người dân có điện thoại thông minh', 'người', 'a count; the catalog has the rate'],
    ['Kinh tế số, xã hội số', 'Số thành viên tổ CNSCĐ là nữ', 'người', 'a part: women'],
    ['Kinh tế số, xã hội số', 'Số hợp tác xã trên địa bàn', 'HTX', 'all cooperatives, not those on e-commerce'],
    ['Kinh tế số, xã hội số', 'Số tài khoản định danh điện tử mức 1', 'tài khoản', 'level 1'],
    ['Thông tin cơ sở', 'Số cụm loa có dây', 'cụm', 'wired'],
    ['Thông tin cơ sở', 'Số tin, bài phát trên loa truyền thanh', 'tin, bài', 'radio, not the web site'],
    ['Thông tin cơ sở', 'Số bảng tin tại ấp, khóm', 'bảng', 'notice boards, not electronic ones'],
  ],
});
