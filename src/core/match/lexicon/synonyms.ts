import type { PhraseEntry } from './phrases';

/*
 * Wordings that mean the same indicator in these reports, whatever the catalog: each becomes one canonical wording.
 * Kept to meanings a clerk takes as identical at a glance; where two wordings could be two indicators of one template
 * ("băng rộng cố định" and "cáp quang" in a template that counts both) the catalog has both, both sides fold to the
 * same key, and the label is left to a person as ambiguous rather than guessed.
 */
export const SYNONYMS: PhraseEntry[] = [
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
