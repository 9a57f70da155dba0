/*
 * Words units add to a label that do not change which indicator a row is: place, "so far", the period, "about",
 * "in total", "carried out". They are removed from the key (after abbreviations and synonyms, on folded text).
 * Each entry's example is [with the filler, without it]: the test holds their keys equal.
 */
export type FillerEntry = { pattern: RegExp; example: [string, string] };

const UNIT_WORDS = '(?:tinh|huyen|xa|phuong|thi xa|thanh pho|thi tran|dac khu|dia phuong|don vi)';
const HAMLETS = '(?:thon|ap|ban|khu pho|to dan pho|khom|buon|lang|xom)';

// Patterns see canonical tokens: "kỳ" is "ki" there (one i/y spelling), numbers without leading zeros.
export const FILLERS: FillerEntry[] = [
  {
    pattern: /\b\d+ thang (?:dau|cuoi) nam(?: \d{4})?\b/g,
    example: ['Số trạm BTS 6 tháng đầu năm 2022', 'Số trạm BTS'],
  },
  { pattern: /\b\d+ thang(?: nam \d{4})?\b/g, example: ['Doanh thu viễn thông 9 tháng', 'Doanh thu viễn thông'] },
  {
    pattern: /\bquy (?:i{1,3}|iv|[1-4])(?: nam)?(?: \d{4})?\b/g,
    example: ['Số hồ sơ trực tuyến quý III năm 2023', 'Số hồ sơ trực tuyến'],
  },
  { pattern: /\b(?:ca )?nam (?:19|20)\d\d\b/g, example: ['Số cuộc thanh tra năm 2021', 'Số cuộc thanh tra'] },
  { pattern: /\bca nam\b/g, example: ['Doanh thu bưu chính cả năm', 'Doanh thu bưu chính'] },
  { pattern: /\b(?:19|20)\d\d\b/g, example: ['Số trạm BTS 2025', 'Số trạm BTS'] },
  {
    pattern:
      /\b(?:tinh )?(?:den|toi) (?:het )?(?:ngay |thoi diem |thang )?(?:\d+(?: \d+){0,2}|nay|thoi diem bao cao|ki bao cao)\b/g,
    example: ['Số thuê bao di động tính đến 30/6/2022', 'Số thuê bao di động'],
  },
  {
    pattern: /\b(?:tinh )?(?:den|toi) (?:ngay|thoi diem) (?:bao cao|hien tai)\b/g,
    example: ['Số trạm BTS đến thời điểm báo cáo', 'Số trạm BTS'],
  },
  { pattern: /\bluy ke(?: tu dau nam)?\b/g, example: ['Số hồ sơ trực tuyến lũy kế từ đầu năm', 'Số hồ sơ trực tuyến'] },
  { pattern: new RegExp(`\\btren dia ban(?: ${UNIT_WORDS})?\\b`, 'g'), example: ['Tổng số hộ trên địa bàn', 'Số hộ'] },
  { pattern: new RegExp(`\\btoan ${UNIT_WORDS}\\b`, 'g'), example: ['Dân số toàn huyện', 'Dân số'] },
  { pattern: new RegExp(`\\b(?:cua|tai) ${UNIT_WORDS}\\b`, 'g'), example: ['Số trạm BTS của xã', 'Số trạm BTS'] },
  {
    pattern:
      /\b(?:hien (?:nay|co|tai)|hien dang hoat dong|dang hoat dong|dang su dung|dang phat song|dang van hanh)\b/g,
    example: ['Số trạm BTS đang hoạt động', 'Số trạm BTS'],
  },
  { pattern: /\b(?:trong )?ki bao cao\b/g, example: ['Số cuộc thanh tra trong kỳ báo cáo', 'Số cuộc thanh tra'] },
  { pattern: /\btrong ki\b/g, example: ['Số hồ sơ trực tuyến trong kỳ', 'Số hồ sơ trực tuyến'] },
  { pattern: /\buoc (?:tinh|dat|thuc hien)\b/g, example: ['Doanh thu bưu chính ước thực hiện', 'Doanh thu bưu chính'] },
  { pattern: /\b(?:khoang|gan|hon)\b/g, example: ['Dân số khoảng', 'Dân số'] },
  // administrative level and recipients: "cấp xã, thôn", "giữa các cấp", "cho cán bộ, công chức, viên chức"
  {
    pattern: /\bcap (?:tinh|huyen|xa|thon)(?: (?:tinh|huyen|xa|thon))*\b/g,
    example: ['Số điểm cầu cấp xã', 'Số điểm cầu'],
  },
  { pattern: /\b(?:giua )?cac cap\b/g, example: ['Số cuộc họp trực tuyến giữa các cấp', 'Số cuộc họp trực tuyến'] },
  // The whole catalog is this sector: "(trong) lĩnh vực / ngành TT&TT" adds nothing to tell indicators apart.
  {
    pattern: /(?<!chuyen )\b(?:trong )?(?:linh vuc|nganh) thong tin (?:va )?truyen thong\b/g,
    example: ['Số cuộc thanh tra trong lĩnh vực TT&TT', 'Số cuộc thanh tra'],
  },
  // Where a unit is: "ở thôn", "tại các thôn, khu phố".
  {
    pattern: new RegExp(`\\b(?:o|tai) (?:cac )?${HAMLETS}(?: ${HAMLETS})*\\b`, 'g'),
    example: ['Số tổ công nghệ số cộng đồng ở thôn', 'Số tổ công nghệ số cộng đồng'],
  },
  {
    pattern: /\bcho can bo(?: cong chuc)?(?: vien chuc)?(?: nguoi lao dong)?\b/g,
    example: ['Số hộp thư công vụ cấp cho cán bộ', 'Số hộp thư công vụ cấp'],
  },
  // "Tổng dân số", "Tổng doanh thu": "tổng" alone adds nothing ("tổng số" is a count word, read apart).
  {
    pattern: /^tong (?!so\b|dai\b|cuc\b|hop\b|ket\b|cong\b)/g,
    example: ['Tổng doanh thu viễn thông', 'Doanh thu viễn thông'],
  },
  // "đã thực hiện", "đã tiến hành", "đã thu": a count of what was done is the count.
  {
    pattern: /\b(?:da|duoc) (?:thuc hien|tien hanh|trien khai thuc hien)\b/g,
    example: ['Thanh tra, kiểm tra đã thực hiện', 'Thanh tra, kiểm tra'],
  },
  {
    pattern: /\bda thu(?: duoc)?$/g,
    example: ['Số tiền phạt vi phạm hành chính đã thu', 'Số tiền phạt vi phạm hành chính'],
  },
  { pattern: /\btruc thuoc\b/g, example: ['Tổng số xã, thị trấn trực thuộc', 'Tổng số xã, thị trấn'] },
  // "có công nghệ 4G", "có phát sóng 4G": the generation is the meaning.
  {
    pattern: /\b(?:co )?(?:cong nghe|phat song|ho tro)(?= [2-5]g\b)/g,
    example: ['Số trạm BTS có công nghệ 4G', 'Số trạm BTS 4G'],
  },
  // A density is per inhabitant: "bình quân" adds nothing to "mật độ".
  {
    pattern: /(?<=\bmat do\b.*)\b(?:binh quan|trung binh)\b/g,
    example: ['Mật độ điện thoại bình quân', 'Mật độ điện thoại'],
  },
  // How a document went (sent, exchanged): the count is of documents; "bưu gửi" (postal items) keeps its word.
  {
    pattern: /\b(?:duoc )?(?:gui va nhan|gui nhan|trao doi|(?<!buu )gui)\b/g,
    example: ['Tỷ lệ văn bản trao đổi điện tử', 'Tỷ lệ văn bản điện tử'],
  },
  // E-commerce: the households that sell are the households on the platform, whatever they produce; platforms named.
  {
    pattern:
      /(?<=\bho\b.*)\b(?:san xuat kinh doanh|san xuat nong nghiep|san xuat|kinh doanh)\b(?=.*\b(?:san|thuong mai dien tu)\b)/g,
    example: ['Số hộ sản xuất trên sàn TMĐT', 'Số hộ trên sàn TMĐT'],
  },
  {
    pattern: /\b(?:postmart|voso|tiki|shopee|lazada|sendo)\b/g,
    example: ['Số hộ trên sàn TMĐT (Postmart, Voso)', 'Số hộ trên sàn TMĐT'],
  },
  {
    pattern: /\bthuc hien(?= thanh toan)/g,
    example: ['Số hộ thực hiện thanh toán điện tử', 'Số hộ thanh toán điện tử'],
  },
  // An inspection's sector is this catalog's: "thanh tra, kiểm tra lĩnh vực bưu chính, viễn thông".
  {
    pattern:
      /(?<=\b(?:thanh tra|kiem tra)\b.*)(?<!chuyen )\b(?:trong )?(?:linh vuc|nganh) (?:buu chinh|vien thong|cong nghe thong tin|thong tin truyen thong|internet)(?: (?:va )?(?:buu chinh|vien thong|cong nghe thong tin|internet))*\b/g,
    example: ['Số cuộc thanh tra lĩnh vực bưu chính, viễn thông', 'Số cuộc thanh tra'],
  },
  { pattern: /\b(?:da )?ban hanh\b/g, example: ['Quyết định xử phạt đã ban hành', 'Quyết định xử phạt'] },
  // A news item "posted", "for propaganda", on a commune's page: the item is counted.
  {
    pattern: /\b(?:duoc )?dang(?: tai)?(?= tren)|\btuyen truyen(?= tren)/g,
    example: ['Số tin, bài đăng trên trang TTĐT', 'Số tin, bài trên trang TTĐT'],
  },
  // The government's dedicated certificates are the ones units are issued: "chữ ký số chuyên dùng (Chính phủ)".
  {
    pattern: /(?<=\bchung thu so\b.*)\bchuyen dung(?: chinh phu)?\b/g,
    example: ['Số chữ ký số chuyên dùng đã cấp', 'Số chữ ký số đã cấp'],
  },
  // Public Wi-Fi points are free of charge.
  {
    pattern: /(?<=\bwifi\b.*)\bmien phi\b|\bmien phi\b(?=.*\bwifi\b)/g,
    example: ['Số điểm Wi-Fi công cộng miễn phí', 'Số điểm Wi-Fi công cộng'],
  },
  // "Số lượt người (dân) tham gia Bình dân học vụ số": the programme counts its participants.
  {
    pattern:
      /\b(?:luot )?(?:nguoi )?(?:dan )?(?:tham gia|duoc huong dan|duoc pho cap)(?: phong trao)?(?= binh dan hoc vu so)|\bphong trao(?= binh dan hoc vu so)|(?<=\bbinh dan hoc vu so\b) cho nguoi dan\b/g,
    example: ['Số người tham gia Bình dân học vụ số', 'Số Bình dân học vụ số'],
  },
  // "/100 dân" is the measure of a density, read from the whole label before this step; here it would be a digit.
  {
    pattern: /\b(?:tren )?100 (?:nguoi dan|dan|nguoi)\b/g,
    example: ['Mật độ thuê bao điện thoại trên 100 dân', 'Mật độ thuê bao điện thoại'],
  },
];

export const FILLER_PATTERNS: RegExp[] = FILLERS.map((f) => f.pattern);
