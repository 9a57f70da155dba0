/*
 * Held-out labels, written after the matcher was tuned on labels.ts and never used to tune it:
 * their numbers are the honest estimate of how the matcher does on rows it has not seen.
 */
import type { LabelCase } from './labels';

const by = (id: string, labels: string[]): LabelCase[] => labels.map((label) => ({ label, id }));

export const holdout: LabelCase[] = [
  ...by('population', ['Dân số toàn huyện (người)', 'Tổng dân số tính đến 31/12/2022']),
  ...by('households', ['Tổng số hộ gia đình trên địa bàn xã (hộ)']),
  ...by('postal_service_points', [
    'Số điểm phục vụ bưu chính (bưu cục, điểm BĐVHX)',
    'Tổng số điểm phục vụ bưu chính hiện có trên địa bàn',
  ]),
  ...by('postal_dossiers_received', [
    'Số hồ sơ TTHC được tiếp nhận qua dịch vụ bưu chính công ích',
    'Hồ sơ tiếp nhận qua BCCI (hồ sơ)',
  ]),
  ...by('postal_results_returned', [
    'Số hồ sơ trả kết quả giải quyết TTHC qua dịch vụ BCCI',
    'Hồ sơ trả kết quả qua BCCI',
  ]),
  ...by('bts_stations', ['Tổng số trạm BTS đang hoạt động', 'Số trạm thu, phát sóng di động BTS', 'Số lượng trạm BTS']),
  ...by('mobile_subscribers', [
    'Tổng số thuê bao điện thoại di động (TB)',
    'Thuê bao di động đang hoạt động trên mạng',
  ]),
  ...by('fixed_broadband_subscribers', [
    'Số thuê bao Internet băng rộng cố định (cáp quang)',
    'Thuê bao internet cáp quang FTTH',
  ]),
  ...by('mobile_density', ['Mật độ thuê bao di động (thuê bao/100 dân)']),
  ...by('fibre_households_rate', [
    'Tỷ lệ hộ gia đình có đường Internet cáp quang (%)',
    'Tỷ lệ hộ gia đình được kết nối cáp quang',
  ]),
  ...by('smartphone_users_rate', [
    'Tỷ lệ người dân trưởng thành có điện thoại thông minh (%)',
    'Tỷ lệ người sử dụng điện thoại thông minh',
  ]),
  ...by('coverage_4g_rate', ['Tỷ lệ phủ sóng mạng 4G (%)', 'Tỷ lệ dân số được phủ sóng 4G']),
  ...by('telecom_revenue', ['Doanh thu các dịch vụ viễn thông (triệu đồng)']),
  ...by('online_services_total', ['Tổng số DVC trực tuyến đang cung cấp', 'Tổng số dịch vụ công trực tuyến (DVC)']),
  ...by('online_services_partial', ['Số DVCTT một phần', 'Dịch vụ công trực tuyến mức độ 3 (dịch vụ)']),
  ...by('online_services_full', ['Số DVCTT toàn trình (mức 4)', 'Số dịch vụ công trực tuyến toàn trình (dịch vụ)']),
  ...by('online_dossier_rate', ['Tỷ lệ hồ sơ TTHC giải quyết trực tuyến (%)', 'Tỷ lệ hồ sơ được xử lý trực tuyến']),
  ...by('online_dossiers', ['Số hồ sơ TTHC nộp trực tuyến', 'Tổng số hồ sơ tiếp nhận trực tuyến']),
  ...by('online_payment_dossiers', ['Số hồ sơ thanh toán trực tuyến phí, lệ phí']),
  ...by('digitisation_rate', [
    'Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC (%)',
    'Tỷ lệ số hoá hồ sơ thủ tục hành chính',
  ]),
  ...by('video_conference_points', [
    'Số điểm cầu hội nghị truyền hình (điểm cầu)',
    'Số điểm cầu họp trực tuyến đến cấp xã',
  ]),
  ...by('online_meetings', ['Số cuộc họp trực tuyến đã tổ chức (cuộc)', 'Số cuộc họp trực tuyến được tổ chức']),
  ...by('official_email_boxes', ['Số hộp thư điện tử công vụ', 'Tổng số hộp thư công vụ đã cấp']),
  ...by('digital_certificates', ['Số chứng thư số đã cấp cho cá nhân, tổ chức', 'Tổng số chữ ký số đã cấp']),
  ...by('electronic_documents', ['Số văn bản đi dưới dạng điện tử', 'Văn bản gửi nhận dưới dạng điện tử']),
  ...by('lgsp_connected_units', ['Số đơn vị kết nối LGSP']),
  ...by('ioc_cameras', ['Số camera giám sát kết nối IOC', 'Camera an ninh kết nối vào IOC']),
  ...by('community_digital_teams', ['Số Tổ công nghệ số cộng đồng được thành lập', 'Tổ CNSCĐ (tổ)']),
  ...by('community_digital_members', [
    'Thành viên Tổ CNSCĐ (người)',
    'Số thành viên tổ công nghệ số cộng đồng cấp thôn',
  ]),
  ...by('ecommerce_households', ['Số hộ sản xuất nông nghiệp đưa sản phẩm lên sàn TMĐT']),
  ...by('loudspeaker_clusters', [
    'Số cụm loa truyền thanh ứng dụng công nghệ thông tin - viễn thông',
    'Cụm loa truyền thanh (cụm)',
  ]),
  ...by('news_articles', [
    'Số tin, bài tuyên truyền trên trang thông tin điện tử',
    'Tin, bài đăng trên Cổng thông tin điện tử',
  ]),
  ...by('inspections', ['Số cuộc thanh tra, kiểm tra chuyên ngành', 'Thanh tra, kiểm tra (cuộc)']),
  ...by('sanction_decisions', ['Số quyết định xử phạt VPHC đã ban hành']),
  ...by('fines', ['Số tiền phạt vi phạm hành chính (triệu đồng)', 'Tiền xử phạt VPHC nộp ngân sách']),
  { label: 'Số trạm BTS xây mới', id: null },
  { label: 'Số thuê bao di động trả trước', id: null },
  { label: 'Tỷ lệ hồ sơ trễ hạn', id: null },
  { label: 'Số vụ việc vi phạm về an toàn thông tin', id: null },
  { label: 'Số lượt tải ứng dụng', id: null },
  { label: 'Số cán bộ được tập huấn về an toàn thông tin', id: null },
  { label: 'Số đài truyền thanh ngừng hoạt động', id: null },
  { label: 'Số hồ sơ trễ hạn', id: null },
  { label: 'Số điểm cầu truyền hình 4K', id: null },
  { label: 'Kinh phí chuyển đổi số', id: null },
];
