import type { PhraseEntry } from './phrases';

/*
 * Wordings that mean the same indicator in these reports, whatever the catalog: each becomes one canonical wording.
 * Kept to meanings a clerk takes as identical at a glance; where two wordings could be two indicators of one template
 * ("băng rộng cố định" and "cáp quang" in a template that counts both) the catalog has both, both sides fold to the
 * same key, and the label is left to a person as ambiguous rather than guessed.
 */
export const SYNONYMS: PhraseEntry[] = [
  { means: 'thue bao dien thoai co dinh', forms: ['thue bao co dinh'], notBefore: ['bang', 'internet', 'truy'], example: ['Số thuê bao cố định', 'Số thuê bao điện thoại cố định'], note: 'a fixed subscriber without "băng rộng" or "Internet" is a fixed telephone line' },
  { means: 'thue bao dien thoai di dong', forms: ['thue bao di dong'], notBefore: ['bang', 'internet', 'truy'], example: ['Số thuê bao di động', 'Số thuê bao điện thoại di động'], note: 'a mobile subscriber without "băng rộng" or "Internet" is a mobile telephone line' },
  { means: 'mat do thue bao dien thoai', forms: ['mat do dien thoai', 'mat do may dien thoai'], example: ['Mật độ điện thoại', 'Mật độ thuê bao điện thoại'] },
  { means: 'mat do thue bao internet', forms: ['mat do internet'], example: ['Mật độ Internet', 'Mật độ thuê bao Internet'] },
  { means: 'internet', forms: ['truy nhap internet', 'truy cap internet', 'ket noi internet'], example: ['Thuê bao truy nhập Internet băng rộng cố định', 'Thuê bao Internet băng rộng cố định'] },
  { means: 'di dong', forms: ['qua mang di dong', 'tren mang di dong'], example: ['Thuê bao Internet qua mạng di động', 'Thuê bao Internet di động'] },
  { means: 'co dinh', forms: ['qua mang co dinh', 'tren mang co dinh'], example: ['Thuê bao Internet qua mạng cố định', 'Thuê bao Internet cố định'] },
  { means: 'dien tu', forms: ['duoi dang dien tu', 'o dang dien tu'], example: ['Văn bản gửi dưới dạng điện tử', 'Văn bản gửi điện tử'] },
  {
    means: 'dai truyen thanh co so',
    forms: ['dai thong tin co so', 'dai truyen thanh cap xa', 'dai truyen thanh xa', 'dai truyen thanh phuong', 'dai truyen thanh xa phuong', 'dai truyen thanh co so cap xa', 'dai phat thanh xa'],
    example: ['Số đài TTCS', 'Số đài truyền thanh cơ sở'],
  },
  { means: 'luot', forms: ['lan'], example: ['Số lần cung cấp thông tin cho báo chí', 'Số lượt cung cấp thông tin cho báo chí'], note: '"lần" and "lượt" both count times' },
  { means: 'cung cap thong tin', forms: ['phat ngon va cung cap thong tin', 'phat ngon cung cap thong tin', 'phat ngon', 'phat ngon va cung cap thong tin'], example: ['Số lượt phát ngôn và cung cấp thông tin cho báo chí', 'Số lượt cung cấp thông tin cho báo chí'] },
  { means: 'ho so tiep nhan truc tuyen', forms: ['ho so truc tuyen phat sinh', 'ho so phat sinh truc tuyen'], example: ['Số hồ sơ trực tuyến phát sinh', 'Số hồ sơ tiếp nhận trực tuyến'] },
  { means: 'dich vu cong truc tuyen', forms: ['thu tuc hanh chinh cung cap truc tuyen', 'thu tuc cung cap truc tuyen'], example: ['Số thủ tục hành chính cung cấp trực tuyến mức độ 3', 'Số dịch vụ công trực tuyến mức độ 3'] },
  { means: 'giai quyet', forms: ['xu ly'], example: ['Tỷ lệ hồ sơ xử lý trực tuyến', 'Tỷ lệ hồ sơ giải quyết trực tuyến'] },
  {
    means: 'van phong dien tu',
    forms: [
      'he thong quan li van ban va dieu hanh', 'phan mem quan li van ban va dieu hanh', 'quan li van ban va dieu hanh', 'quan li van ban dieu hanh',
      'eoffice', 'he thong van phong dien tu', 'phan mem van phong dien tu', 'phan mem quan li van ban', 'he thong quan li van ban',
    ],
    example: ['Số đơn vị sử dụng phần mềm QLVB&ĐH', 'Số đơn vị sử dụng Văn phòng điện tử'],
    note: 'the document-management system of a province is its "văn phòng điện tử" (eOffice)',
  },
  { means: 'su dung', forms: ['trien khai'], example: ['Số đơn vị triển khai Văn phòng điện tử', 'Số đơn vị sử dụng Văn phòng điện tử'] },
  {
    means: 'truc tuyen',
    forms: [
      'qua dich vu cong truc tuyen muc do 3 4', 'qua dich vu cong truc tuyen muc do 3 va 4', 'qua dich vu cong truc tuyen',
      'qua cong dich vu cong quoc gia', 'qua cong dich vu cong', 'tren cong dich vu cong', 'qua he thong thong tin giai quyet thu tuc hanh chinh',
      'tren moi truong mang', 'qua moi truong mang',
    ],
    example: ['Hồ sơ tiếp nhận qua Cổng dịch vụ công', 'Hồ sơ tiếp nhận trực tuyến'],
    note: 'a dossier that came through the public-service portal, or through an online service, came online',
  },
  {
    means: 'dich vu cong truc tuyen muc do 34',
    forms: [
      'dich vu cong truc tuyen muc do 3 4', 'dich vu cong truc tuyen muc do 3 va 4', 'dich vu cong truc tuyen muc do 3 va muc do 4',
      'dich vu cong muc do 3 4', 'dich vu cong muc do 3 va 4', 'dich vu cong muc do 3 va muc do 4',
    ],
    example: ['Số DVCTT mức độ 3, 4', 'Số dịch vụ công trực tuyến mức độ 3 và 4'],
    note: 'services of levels 3 and 4 are not all online services (level 2 counted too); their dossiers are all online dossiers (below)',
  },
  {
    means: '',
    forms: [
      'co dinh va di dong', 'di dong va co dinh', 'co dinh di dong', 'di dong co dinh', 'tra truoc va tra sau', 'tra truoc tra sau',
      'tra sau va tra truoc', 'co day va khong day', 'muc do 3 4', 'muc do 3 va 4', 'muc do 3 va muc do 4', 'muc do 3 muc do 4',
      'muc do 4 va muc do 3', 'toan trinh va mot phan', 'mot phan va toan trinh',
    ],
    example: ['Số thuê bao điện thoại (cố định và di động)', 'Số thuê bao điện thoại'],
    note: 'a label that names both sides ("cố định và di động", "trả trước và trả sau", "mức độ 3, 4") means the total of them',
  },
  {
    means: 'thon',
    forms: ['xom', 'to dan pho', 'khu pho', 'ap', 'buon', 'khom', 'thon ban', 'thon xom', 'thon to dan pho', 'thon ap', 'thon buon'],
    example: ['Số xóm, tổ dân phố', 'Số thôn'],
    note: 'thôn, xóm, bản, ấp, buôn, khóm and a ward\'s tổ dân phố are the same level under a commune; "bản" alone is left out ("văn bản")',
  },
  { means: 'phu song', forms: ['vung phu song', 'duoc phu song', 'phu song mang'], example: ['Vùng phủ sóng 4G', 'Phủ sóng 4G'] },
  { means: 'tram bts 3g', forms: ['tram 3g'], example: ['Số trạm 3G', 'Số trạm BTS 3G'] },
  { means: 'tram bts 4g', forms: ['tram 4g'], example: ['Số trạm 4G', 'Số trạm BTS 4G'] },
  { means: 'tram bts 5g', forms: ['tram 5g'], example: ['Số trạm 5G', 'Số trạm BTS 5G'] },
  { means: 'thue bao dien thoai', forms: ['may dien thoai'], example: ['Tổng số máy điện thoại', 'Tổng số thuê bao điện thoại'] },
  {
    means: 'chung thu so',
    forms: ['chu ki so', 'chung thu chu ki so', 'chu ki so chung thu so', 'chung thu so chu ki so'],
    example: ['Số chữ ký số đã cấp', 'Số chứng thư số đã cấp'],
    note: 'the digital signature a unit is issued is its digital certificate; reports use both words for one count',
  },
  { means: 'diem wifi', forms: ['diem phat wifi', 'diem truy cap wifi', 'diem phat song wifi'], example: ['Điểm phát Wi-Fi công cộng', 'Điểm Wi-Fi công cộng'] },
  { means: 'cong cong', forms: ['noi cong cong'], example: ['Điểm wifi nơi công cộng', 'Điểm wifi công cộng'] },
  {
    means: 'cum loa thong minh',
    forms: [
      'cum loa ip', 'loa ip', 'cum loa truyen thanh thong minh', 'cum loa truyen thanh ung dung cong nghe thong tin vien thong',
      'cum loa ung dung cong nghe thong tin vien thong', 'cum loa truyen thanh ip',
    ],
    example: ['Số cụm loa IP', 'Số cụm loa truyền thanh ứng dụng CNTT-VT'],
    note: 'IP loudspeakers are the "truyền thanh ứng dụng CNTT-VT" of Decision 135/2020, also called smart loudspeakers',
  },
  { means: 'dung han', forms: ['dung va truoc han', 'dung han va truoc han', 'truoc va dung han', 'dung hoac truoc han'], example: ['Tỷ lệ hồ sơ đúng và trước hạn', 'Tỷ lệ hồ sơ đúng hạn'] },
  { means: 'phu trach', forms: ['chuyen trach', 'kiem nhiem'], example: ['Cán bộ chuyên trách CNTT', 'Cán bộ phụ trách CNTT'] },
  { means: 'can bo', forms: ['cong chuc', 'can bo cong chuc', 'can bo cong chuc vien chuc', 'nhan luc', 'cong chuc vien chuc'], example: ['Số công chức phụ trách CNTT', 'Số cán bộ phụ trách CNTT'] },
  { means: 'tiep nhan qua', forms: ['gui qua', 'nop qua'], example: ['Số hồ sơ gửi qua BCCI', 'Số hồ sơ tiếp nhận qua BCCI'] },
  { means: 'tiep nhan truc tuyen', forms: ['nop truc tuyen', 'truc tuyen da tiep nhan', 'truc tuyen tiep nhan'], example: ['Số hồ sơ nộp trực tuyến', 'Số hồ sơ tiếp nhận trực tuyến'] },
  { means: 'qua buu chinh cong ich', forms: ['qua buu dien', 'qua dich vu buu dien', 'qua dich vu buu chinh cong ich', 'qua he thong buu chinh cong ich', 'qua mang buu chinh cong ich'], example: ['Hồ sơ trả qua bưu điện', 'Hồ sơ trả qua BCCI'] },
  { means: 'tai khoan dinh danh dien tu', forms: ['tai khoan vneid', 'vneid', 'tai khoan dddt', 'tai khoan dinh danh'], example: ['Tài khoản VNeID mức 2', 'Tài khoản định danh điện tử mức 2'] },
  {
    means: 'dan so',
    forms: ['so dan', 'nhan khau', 'so nhan khau', 'dan so trung binh', 'quy mo dan so', 'tong dan so'],
    example: ['Tổng số nhân khẩu', 'Dân số'],
    note: '"dân số trung bình" is the statistics office\'s name for the population, not an average of something',
  },
  {
    means: 'ho',
    forms: ['ho gia dinh', 'ho dan', 'ho dan cu', 'hgd'],
    example: ['Số hộ dân', 'Số hộ gia đình'],
    note: 'the shortest wording is the canonical one, so "Số hộ" matches "Số hộ gia đình" and "hộ kinh doanh" keeps its own words',
  },
  { means: 'cung cap', forms: ['cung ung'], example: ['Số DN cung ứng dịch vụ bưu chính', 'Số doanh nghiệp cung cấp dịch vụ bưu chính'] },
  {
    means: 'hoi nghi truyen hinh truc tuyen',
    forms: ['hoi nghi truc tuyen', 'hoi nghi truyen hinh', 'truyen hinh truc tuyen', 'hop truc tuyen', 'hop truyen hinh truc tuyen'],
    example: ['Số cuộc họp trực tuyến', 'Số cuộc hội nghị truyền hình trực tuyến'],
  },
  {
    means: 'bang rong co dinh',
    forms: ['cap quang', 'ftth', 'bang rong cap quang', 'cap quang bang rong', 'bang rong co dinh cap quang', 'bang rong co dinh ftth', 'internet co dinh'],
    example: ['Thuê bao Internet cáp quang (FTTH)', 'Thuê bao Internet băng rộng cố định'],
    note: 'fixed broadband in these reports is fibre to the home',
  },
  { means: 'camera giam sat', forms: ['camera an ninh', 'camera an ninh trat tu', 'camera giam sat an ninh'], example: ['Số camera an ninh kết nối IOC', 'Số camera giám sát kết nối IOC'] },
  { means: 'phat', forms: ['xu phat'], example: ['Số tiền xử phạt', 'Số tiền phạt'] },
  { means: 'bao den trong ngay', forms: ['bao doc trong ngay', 'bao den trong ngay phat hanh', 'bao doc trong ngay phat hanh', 'bao trong ngay'], example: ['Xã có báo đọc trong ngày phát hành', 'Số xã có báo đến trong ngày'] },
  {
    means: 'muc do 3',
    forms: ['mot phan', 'muc 3'],
    example: ['Dịch vụ công trực tuyến một phần', 'DVCTT mức độ 3'],
    note: 'since Decree 42/2022 "một phần" is the name of what was level 3, "toàn trình" of level 4; the level is kept as the key so its digit still tells them apart',
  },
  { means: 'muc do 4', forms: ['toan trinh', 'muc 4'], example: ['Dịch vụ công trực tuyến toàn trình', 'DVCTT mức độ 4'] },
  { means: 'hop thu cong vu', forms: ['hop thu dien tu cong vu', 'thu dien tu cong vu', 'thu cong vu'], example: ['Số hộp thư điện tử công vụ', 'Số hộp thư công vụ'] },
  { means: 'tap huan', forms: ['boi duong', 'tap huan boi duong', 'dao tao tap huan', 'huong dan tap huan'], example: ['Số lượt người được bồi dưỡng kỹ năng số', 'Số lượt người được tập huấn kỹ năng số'] },
];
