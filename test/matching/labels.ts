/*
 * Labelled set for the default catalog: how districts and communes write indicator rows, from the department
 * reports in /work/shared/seeds (figures stripped). Each entry: the label as it sits in the cell → the expected
 * indicator id, or null when the label must match nothing (near misses of catalog indicators, other sectors).
 * Written by hand; `variants()` adds the mechanical forms (NFD, no diacritics, capitals, old tone placement).
 */

export type LabelCase = { label: string; id: string | null; note?: string };

const by = (id: string, labels: string[]): LabelCase[] => labels.map((label) => ({ label, id }));

const positives: LabelCase[] = [
  ...by('population', [
    'Dân số',
    '1. Dân số (người)',
    'Tổng dân số trên địa bàn huyện',
    'Dân số trung bình năm 2022',
    'Số dân (người)',
    'DÂN SỐ',
    'Quy mô dân số toàn xã',
    'Dan so',
    'Tổng số nhân khẩu',
  ]),
  ...by('households', [
    'Số hộ gia đình',
    '2. Tổng số hộ (hộ)',
    'Số hộ gia đình trên địa bàn',
    'Số hộ dân',
    'So ho gia dinh',
    'SỐ HỘ GIA ĐÌNH',
    'Tổng số hộ gia đình toàn huyện',
    '- Số hộ',
  ]),
  ...by('postal_service_points', [
    'Số điểm phục vụ bưu chính',
    'Tổng số điểm phục vụ bưu chính (điểm)',
    '1.1. Điểm phục vụ bưu chính trên địa bàn',
    'Số bưu cục, điểm BĐVHX',
    'Số điểm phục vụ bưu chính hiện có',
    'So diem phuc vu buu chinh',
    'Số điểm phục vụ bưu chinh',
    'Mạng lưới điểm phục vụ bưu chính',
    'Số bưu cục và điểm bưu điện văn hoá xã',
  ]),
  ...by('postal_dossiers_received', [
    'Số hồ sơ TTHC tiếp nhận qua dịch vụ BCCI',
    'Số hồ sơ tiếp nhận qua dịch vụ bưu chính công ích',
    'Hồ sơ nhận qua dịch vụ bưu chính công ích (hồ sơ)',
    '- Tiếp nhận hồ sơ TTHC qua BCCI',
    'Số hồ sơ thủ tục hành chính tiếp nhận qua bưu điện',
    'So ho so tiep nhan qua BCCI',
    'Hồ sơ TTHC tiếp nhận qua DV BCCI',
    'Số hồ sơ tiếp nhận qua dịch vụ bưu chính công ích 6 tháng đầu năm',
  ]),
  ...by('postal_results_returned', [
    'Số hồ sơ trả kết quả qua dịch vụ BCCI',
    'Số kết quả giải quyết TTHC trả qua dịch vụ bưu chính công ích',
    'Hồ sơ trả qua Bưu chính công ích',
    '+ Trả kết quả giải quyết TTHC qua BCCI',
    'So ho so tra ket qua qua buu chinh cong ich',
    'Kết quả giải quyết thủ tục hành chính trả qua bưu điện',
    'Số hồ sơ chuyển trả kết quả qua BCCI',
  ]),
  ...by('communes_with_same_day_newspapers', [
    'Số xã, phường, thị trấn có báo đến trong ngày',
    'Tổng số xã có báo đến trong ngày phát hành',
    'Số xã có báo đến trong ngày (xã)',
  ]),
  ...by('postal_revenue', ['Doanh thu bưu chính (triệu đồng)', 'Doanh thu dịch vụ bưu chính', 'Doanh thu từ dịch vụ bưu chính']),
  ...by('bts_stations', [
    'Số trạm BTS',
    'Tổng số trạm thu phát sóng thông tin di động',
    'Trạm thu phát sóng di động (BTS) (trạm)',
    '2.1. Số trạm BTS trên địa bàn huyện',
    'SỐ TRẠM BTS',
    'So tram BTS',
    'Trạm BTS (trạm)',
    'Số trạm phát sóng thông tin di động (BTS)',
    'Số trạm thu phát sóng thông tin di đông (BTS)',
    'Trạm BTS hiện có',
    'BTS',
  ]),
  ...by('mobile_subscribers', [
    'Số thuê bao điện thoại di động',
    'Thuê bao di động (thuê bao)',
    'Số TB di động',
    'Tổng số thuê bao di động đang hoạt động',
    'Số thuê bao điện thoại di động trên địa bàn',
    'So thue bao dien thoai di dong',
    'SỐ THUÊ BAO DI ĐỘNG',
    'Số máy điện thoại di động',
    'Thuê bao điện thoại di động (TB)',
    'Số thuê bao ĐTDĐ',
  ]),
  ...by('mobile_broadband_subscribers', [
    'Số thuê bao băng rộng di động',
    'Thuê bao Internet băng rộng di động (thuê bao)',
    'Số thuê bao internet di động',
  ]),
  ...by('fixed_broadband_subscribers', [
    'Số thuê bao Internet băng rộng cố định',
    'Thuê bao Internet băng rộng cố định (TB)',
    'Số thuê bao Internet cáp quang',
    'Thuê bao băng rộng cố định',
    'So thue bao internet bang rong co dinh',
    'Số thuê bao Internet cố định',
    'Số TB Internet cáp quang (FTTH)',
    'Số thuê bao internet băng rộng cố đinh',
  ]),
  ...by('mobile_density', [
    'Mật độ thuê bao di động/100 dân',
    'Mật độ thuê bao di động (TB/100 dân)',
    'Mật độ điện thoại di động',
    'Số thuê bao di động trên 100 dân',
    'Mat do thue bao di dong',
    'Mật độ thuê bao điện thoại di động/100 dân',
  ]),
  ...by('fibre_households_rate', [
    'Tỷ lệ hộ gia đình có cáp quang (%)',
    'Tỷ lệ hộ gia đình có kết nối Internet cáp quang',
    'Tỉ lệ hộ gia đình sử dụng Internet cáp quang',
    'Tỷ lệ hộ gia đình có Internet cáp quang băng rộng (%)',
    'Ty le ho gia dinh co cap quang',
    'TỶ LỆ HỘ GIA ĐÌNH CÓ CÁP QUANG',
    'Tỷ lệ hộ có cáp quang (%)',
    'Tỷ lệ hộ gia đình có kết nối cáp quang',
  ]),
  ...by('smartphone_users_rate', [
    'Tỷ lệ người dân có điện thoại thông minh',
    'Tỷ lệ người dân sử dụng điện thoại thông minh (%)',
    'Tỷ lệ người dân có smartphone',
    'Tỉ lệ người dân có điện thoại thông minh (%)',
    'Ty le nguoi dan co dien thoai thong minh',
    'Tỷ lệ dân số trưởng thành có điện thoại thông minh',
    'Tỷ lệ người dân có điện thoai thông minh',
    'Tỷ lệ người dân sở hữu điện thoại thông minh',
  ]),
  ...by('coverage_4g_rate', [
    'Tỷ lệ phủ sóng 4G',
    'Tỷ lệ phủ sóng di động 4G (%)',
    'Tỷ lệ dân số được phủ sóng mạng di động 4G',
    'Tỉ lệ phủ sóng 4G trên địa bàn',
    'Ty le phu song 4G',
    'Tỷ lệ dân số được phủ sóng 4 G (%)',
  ]),
  ...by('village_broadband_coverage_rate', [
    'Tỷ lệ phủ sóng băng rộng di động tới thôn/bản',
    'Tỷ lệ thôn, bản được phủ sóng băng rộng di động (%)',
    'Tỷ lệ thôn bản có sóng di động băng rộng',
  ]),
  ...by('telecom_revenue', [
    'Doanh thu viễn thông (triệu đồng)',
    'Doanh thu dịch vụ viễn thông',
    'Doanh thu từ viễn thông',
    'Doanh thu viễn thông (trđ)',
    'DOANH THU VIỄN THÔNG',
  ]),
  ...by('online_services_total', [
    'Tổng số dịch vụ công trực tuyến',
    'Số DVC trực tuyến',
    'Tổng số DVCTT',
    'Số dịch vụ công trực tuyến đang cung cấp (dịch vụ)',
    'Tong so dich vu cong truc tuyen',
    'Tổng số dịch vụ công trực tuyến được cung cấp',
    'Số dịch vụ công trực tuyến',
  ]),
  ...by('online_services_partial', [
    'Số dịch vụ công trực tuyến mức độ 3',
    'Trong đó: DVCTT mức độ 3',
    'Số DVC trực tuyến một phần',
    'Dịch vụ công trực tuyến một phần (mức độ 3)',
    'DVCTT mức độ 3 (dịch vụ)',
    'Số DVC mức độ 3',
    'Dich vu cong truc tuyen muc do 3',
    '- Mức độ 3',
    'Số dịch vụ công trực tuyến MĐ3',
    'Dịch vụ công trực tuyến một phần',
  ]),
  ...by('online_services_full', [
    'Số dịch vụ công trực tuyến mức độ 4',
    'Trong đó: DVCTT mức độ 4',
    'Số DVC trực tuyến toàn trình',
    'Dịch vụ công trực tuyến toàn trình (mức độ 4)',
    'DVCTT mức độ 4 (dịch vụ)',
    'Số DVC mức độ 4',
    'Dich vu cong truc tuyen toan trinh',
    '- Mức độ 4',
    'Số dịch vụ công trực tuyến toàn trình',
    'Số DVCTT toàn trình',
  ]),
  ...by('online_services_with_dossiers_rate', [
    'Tỷ lệ dịch vụ công trực tuyến phát sinh hồ sơ',
    'Tỷ lệ DVCTT có phát sinh hồ sơ (%)',
    'Tỉ lệ dịch vụ công trực tuyến có phát sinh hồ sơ',
  ]),
  ...by('online_dossiers', [
    'Số hồ sơ tiếp nhận trực tuyến',
    'Số hồ sơ nộp trực tuyến (hồ sơ)',
    'Số hồ sơ TTHC tiếp nhận trực tuyến',
    'Hồ sơ tiếp nhận trực tuyến',
    'So ho so tiep nhan truc tuyen',
    'Số hồ sơ trực tuyến',
  ]),
  ...by('online_dossier_rate', [
    'Tỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến',
    'Tỷ lệ hồ sơ TTHC xử lý trực tuyến (%)',
    'Tỷ lệ hồ sơ giải quyết trực tuyến',
    'Tỷ lệ hồ sơ nộp trực tuyến',
    'Tỉ lệ hồ sơ trực tuyến (%)',
    'Ty le ho so TTHC xu ly truc tuyen',
    'Tỷ lệ hồ sơ TTHC được xử lý trực tuyến',
  ]),
  ...by('online_payment_dossiers', [
    'Số hồ sơ thanh toán trực tuyến',
    'Số hồ sơ thanh toán phí, lệ phí trực tuyến',
    'Hồ sơ có thanh toán trực tuyến (hồ sơ)',
    'Số giao dịch thanh toán trực tuyến',
    'So ho so thanh toan truc tuyen',
    'Số hồ sơ TTHC thanh toán trực tuyến',
  ]),
  ...by('digitisation_rate', [
    'Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC',
    'Tỷ lệ số hoá hồ sơ, kết quả giải quyết thủ tục hành chính (%)',
    'Tỷ lệ số hóa hồ sơ TTHC',
    'Tỉ lệ số hóa kết quả giải quyết TTHC',
    'Ty le so hoa ho so',
    'Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt',
  ]),
  ...by('video_conference_points', [
    'Số điểm cầu hội nghị truyền hình trực tuyến',
    'Số điểm cầu trực tuyến',
    'Điểm cầu họp trực tuyến (điểm)',
    'Số điểm cầu hội nghị trực tuyến',
    'So diem cau truc tuyen',
    'Tổng số điểm cầu truyền hình trực tuyến',
    'Số điểm cầu HNTH trực tuyến',
  ]),
  ...by('online_meetings', [
    'Số cuộc họp trực tuyến',
    'Số cuộc họp trực tuyến đã tổ chức',
    'Số cuộc họp, hội nghị trực tuyến (cuộc)',
    'So cuoc hop truc tuyen',
    'Số hội nghị truyền hình trực tuyến đã tổ chức',
    'Số cuộc họp trực tuyến giữa các cấp',
  ]),
  ...by('paperless_meetings', ['Số cuộc họp không giấy', 'Số cuộc họp qua phần mềm họp không giấy', 'Số phiên họp không giấy (cuộc)']),
  ...by('official_email_boxes', [
    'Số hộp thư điện tử công vụ đã cấp',
    'Số hộp thư công vụ',
    'Hộp thư điện tử công vụ (hộp thư)',
    'Số hộp thư công vụ đã cấp cho CBCCVC',
    'So hop thu cong vu',
    'Số tài khoản thư điện tử công vụ',
    'Số email công vụ',
    'Số hộp thư điện tử công vụ được cấp',
  ]),
  ...by('digital_certificates', [
    'Số chứng thư số đã cấp',
    'Số chứng thư số cấp cho tổ chức, cá nhân',
    'Chứng thư số (chứng thư)',
    'Số chữ ký số đã cấp',
    'So chung thu so da cap',
    'Số chứng thư số chuyên dùng đã cấp',
    'Số CTS đã cấp',
    'Số chứng thư số được cấp mới',
  ]),
  ...by('electronic_documents', [
    'Số văn bản đi gửi dưới dạng điện tử',
    'Số văn bản điện tử',
    'Văn bản đi điện tử (văn bản)',
    'Số văn bản gửi, nhận dưới dạng điện tử',
    'So van ban dien tu',
    'Số văn bản điện tử gửi, nhận trên môi trường mạng',
  ]),
  ...by('electronic_documents_rate', [
    'Tỷ lệ văn bản điện tử',
    'Tỷ lệ văn bản trao đổi dưới dạng điện tử (%)',
    'Tỉ lệ văn bản đi dưới dạng điện tử',
    'Tỷ lệ văn bản điện tử (%)',
  ]),
  ...by('lgsp_connected_units', [
    'Số đơn vị kết nối trục LGSP',
    'Số cơ quan, đơn vị kết nối LGSP',
    'Đơn vị kết nối nền tảng tích hợp, chia sẻ dữ liệu (LGSP)',
    'So don vi ket noi LGSP',
    'Số đơn vị đã kết nối vào trục LGSP',
  ]),
  ...by('dedicated_network_agencies', [
    'Số cơ quan kết nối mạng truyền số liệu chuyên dùng',
    'Số cơ quan sử dụng mạng TSLCD',
    'Cơ quan kết nối mạng truyền số liệu chuyên dùng (cơ quan)',
    'So co quan ket noi mang truyen so lieu chuyen dung',
  ]),
  ...by('ioc_cameras', [
    'Số camera kết nối IOC',
    'Số camera an ninh kết nối vào hệ thống IOC',
    'Camera giám sát kết nối Trung tâm IOC (camera)',
    'So camera ket noi IOC',
    'Số camera kết nối Trung tâm giám sát, điều hành thông minh',
  ]),
  ...by('community_digital_teams', [
    'Số tổ công nghệ số cộng đồng',
    'Số Tổ CNSCĐ',
    'Số tổ công nghệ số cộng đồng đã thành lập',
    'Tổ công nghệ số cộng đồng (tổ)',
    'So to cong nghe so cong dong',
    'Số Tổ CNS cộng đồng',
    'Số tổ công nghệ số cộng đồng cấp xã, thôn',
  ]),
  ...by('community_digital_members', [
    'Số thành viên tổ công nghệ số cộng đồng',
    'Số thành viên Tổ CNSCĐ',
    'Thành viên tổ công nghệ số cộng đồng (người)',
    'So thanh vien to cong nghe so cong dong',
    'Tổng số thành viên tổ CNSCĐ',
  ]),
  ...by('ecommerce_households', [
    'Số hộ sản xuất nông nghiệp lên sàn thương mại điện tử',
    'Số hộ tham gia sàn TMĐT Postmart, Vỏ Sò',
    'Số hộ sản xuất, kinh doanh đưa sản phẩm lên sàn TMĐT',
    'Số hộ trên sàn Postmart',
    'Hộ sản xuất nông nghiệp lên sàn thương mại điện tử (hộ)',
    'Số hộ kinh doanh trên sàn thương mại điện tử',
  ]),
  ...by('digital_training_participants', [
    'Số lượt người được tập huấn về chuyển đổi số',
    'Số người được tập huấn, bồi dưỡng kiến thức CĐS',
    'Số lượt người được tập huấn, bồi dưỡng về chuyển đổi số (lượt người)',
  ]),
  ...by('public_wifi_points', ['Số điểm phát Wi-Fi công cộng miễn phí', 'Số điểm wifi công cộng', 'Điểm phát wifi miễn phí (điểm)']),
  ...by('office_computers', [
    'Số máy tính phục vụ công việc tại cơ quan nhà nước',
    'Số máy tính làm việc của cán bộ, công chức',
    'Số máy tính trang bị cho cơ quan nhà nước (máy)',
  ]),
  ...by('it_staff', ['Số cán bộ chuyên trách CNTT', 'Số cán bộ chuyên trách công nghệ thông tin (người)', 'Cán bộ phụ trách CNTT, chuyển đổi số']),
  ...by('news_articles', [
    'Số tin, bài tuyên truyền',
    'Số tin bài đăng trên Trang thông tin điện tử',
    'Tin, bài tuyên truyền (tin, bài)',
    'Số tin, bài đăng tải trên Cổng TTĐT',
    'So tin bai tuyen truyen',
    'Số tin, bài đăng trên trang TTĐT huyện',
  ]),
  ...by('radio_news_items', [
    'Số tin, bài phát trên hệ thống truyền thanh cơ sở',
    'Số tin bài phát thanh',
    'Số tin, bài trên đài truyền thanh xã',
  ]),
  ...by('loudspeaker_clusters', [
    'Số cụm loa truyền thanh ứng dụng CNTT-VT',
    'Số cụm loa truyền thanh',
    'Cụm loa truyền thanh thông minh (cụm)',
    'So cum loa truyen thanh',
    'Số cụm loa ứng dụng CNTT - viễn thông',
    'Số cụm loa',
  ]),
  ...by('grassroots_radio_stations', ['Số đài truyền thanh cấp xã', 'Số đài truyền thanh cơ sở', 'Đài truyền thanh xã (đài)']),
  ...by('press_statements', ['Số lượt phát ngôn và cung cấp thông tin cho báo chí', 'Số lượt phát ngôn, cung cấp thông tin cho báo chí']),
  ...by('inspections', [
    'Số cuộc thanh tra, kiểm tra',
    'Số cuộc thanh tra',
    'Thanh tra, kiểm tra chuyên ngành TT&TT (cuộc)',
    'So cuoc thanh tra kiem tra',
    'Số cuộc kiểm tra',
    'Số cuộc thanh tra, kiểm tra đã thực hiện',
  ]),
  ...by('sanction_decisions', [
    'Số quyết định xử phạt vi phạm hành chính',
    'Số quyết định xử phạt VPHC',
    'Quyết định xử phạt vi phạm hành chính (quyết định)',
    'So quyet dinh xu phat',
  ]),
  ...by('fines', [
    'Số tiền xử phạt vi phạm hành chính (triệu đồng)',
    'Số tiền phạt',
    'Tiền phạt vi phạm hành chính',
    'Số tiền xử phạt VPHC (trđ)',
    'So tien xu phat vi pham hanh chinh',
    'Số tiền xử phạt nộp ngân sách nhà nước',
  ]),
];

/** Labels that must match nothing: near misses of catalog indicators, and other sectors' rows. */
const negatives: LabelCase[] = [
  { label: 'Số trạm BTS 5G', id: null, note: 'the catalog counts all BTS, not 5G ones' },
  { label: 'Số trạm BTS 4G', id: null },
  { label: 'Số lượt truy cập cổng thông tin điện tử', id: null },
  { label: 'Kinh phí sự nghiệp văn hóa', id: null },
  { label: 'Số cuộc thanh tra về văn hóa', id: null },
  { label: 'Số thuê bao điện thoại cố định', id: null },
  { label: 'Số hồ sơ tiếp nhận, trả kết quả qua dịch vụ BCCI', id: null, note: 'both received and returned' },
  { label: 'Số dịch vụ công trực tuyến mức độ 2', id: null },
  { label: 'Số DVCTT mức độ 3, 4', id: null },
  { label: 'Tỷ lệ dịch vụ công trực tuyến toàn trình (%)', id: null, note: 'rate vs count' },
  { label: 'Số hộ gia đình có cáp quang', id: null, note: 'count vs rate' },
  { label: 'Số người dân có điện thoại thông minh', id: null },
  { label: 'Tỷ lệ phủ sóng 5G', id: null },
  { label: 'Số thuê bao di động phát triển mới', id: null },
  { label: 'Dân số trong độ tuổi lao động', id: null },
  { label: 'Tổng số hộ nghèo', id: null },
  { label: 'Bình quân số dân được phục vụ trên một điểm phục vụ bưu chính', id: null },
  { label: 'Số doanh nghiệp bưu chính đang hoạt động', id: null },
  { label: 'Số thuê bao truyền hình trả tiền', id: null },
  { label: 'Số cơ sở y tế có kết nối Internet', id: null },
  { label: 'Kế hoạch số trạm BTS năm 2022', id: null },
  { label: 'Số cuộc thanh tra lĩnh vực y tế', id: null },
  { label: 'Số học sinh được tập huấn kỹ năng số', id: null },
  { label: 'Số giấy phép xuất bản bản tin', id: null },
  { label: 'Số xuất bản phẩm lưu chiểu', id: null },
  { label: 'Số đơn kiến nghị, khiếu nại', id: null },
  { label: 'Số đối tượng đưa tin sai sự thật trên mạng xã hội bị xử lý', id: null },
  { label: 'Số điểm cung cấp dịch vụ trò chơi điện tử công cộng', id: null },
  { label: 'Số trạm BTS bị thu hồi giấy phép', id: null },
  { label: 'Tỷ lệ thuê bao di động', id: null, note: 'rate of what: no catalog rate of subscribers' },
  { label: 'Số hồ sơ tiếp nhận', id: null, note: 'online or postal: ambiguous' },
  { label: 'Số cuộc họp', id: null, note: 'online or paperless: ambiguous' },
  { label: 'Chỉ số chuyển đổi số cấp xã (DTI)', id: null },
  { label: 'Số lượt phát sóng chương trình truyền hình địa phương', id: null },
  { label: 'Số thủ tục hành chính thuộc thẩm quyền giải quyết', id: null },
  { label: 'Tổng số thuê bao Internet', id: null, note: 'fixed and mobile together: a total the catalog does not hold (its parts follow under «Trong đó»)' },
];

/** Labels that are not indicators at all: they must come back `ignored` (or at worst unmatched), never matched. */
export const headings: string[] = [
  'I. BƯU CHÍNH',
  'II. VIỄN THÔNG',
  'III. CÔNG NGHỆ THÔNG TIN',
  'A. CHUYỂN ĐỔI SỐ',
  'Ghi chú',
  'Nơi nhận:',
  'STT',
  'Chỉ tiêu',
  'Người lập biểu',
  'IV. Thanh tra, kiểm tra',
  'Lĩnh vực bưu chính, viễn thông',
];

// Modern → old tone placement (hóa → hoá, thủy → thuỷ), as older keyboards and fonts write it.
const OLD_TONES: [RegExp, string][] = [
  [/óa/g, 'oá'],
  [/òa/g, 'oà'],
  [/ỏa/g, 'oả'],
  [/ọa/g, 'oạ'],
  [/ủy/g, 'uỷ'],
  [/úy/g, 'uý'],
  [/ụy/g, 'uỵ'],
];

function oldTonePlacement(label: string): string {
  return OLD_TONES.reduce((text, [modern, old]) => text.replace(modern, old), label);
}

function withoutDiacritics(label: string): string {
  return label.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/**
 * Mechanical variants of every third handwritten label: decomposed Unicode (NFD), no diacritics, capitals,
 * old tone placement, and a numbering prefix. Their expected id is the original's.
 */
function variants(cases: LabelCase[]): LabelCase[] {
  const out: LabelCase[] = [];
  cases.forEach((c, i) => {
    if (i % 3 !== 0) return;
    const transforms = [
      (s: string) => s.normalize('NFD'),
      (s: string) => withoutDiacritics(s),
      (s: string) => s.toLocaleUpperCase('vi'),
      (s: string) => `${(i % 9) + 1}.${(i % 4) + 1}. ${oldTonePlacement(s)}`,
    ];
    const transform = transforms[(i / 3) % transforms.length];
    const label = transform(c.label);
    if (label !== c.label) out.push({ label, id: c.id, note: 'variant' });
  });
  return out;
}

export const labelled: LabelCase[] = [...positives, ...variants(positives), ...negatives, ...variants(negatives)];
