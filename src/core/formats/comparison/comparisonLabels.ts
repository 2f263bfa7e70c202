import type { CodeStatus } from '@core/comparison/matchCodes'

/**
 * The comparison workbook's headings and fixed words, in Vietnamese (the language of the
 * exported documents, as the results report). Kept in one place.
 */
export const COMPARISON_LABELS = {
  sheets: {
    overview: 'Tổng quan',
    years: 'Các năm',
    rankChange: 'Thay đổi hạng',
    distribution: 'Phân bố',
    groups: 'Theo nhóm',
    matrix: (year: number) => `Thành phần ${year}`,
    unit: (code: string) => `Đơn vị ${code}`,
    charts: 'Biểu đồ',
  },
  title: (name: string, years: readonly number[]) =>
    `So sánh kết quả qua các năm: ${name} (${years.join(', ')})`,
  generated: (date: string, version: string) => `Lập ngày ${date}; ứng dụng phiên bản ${version}`,
  roundingNote:
    'Ô giữ giá trị đầy đủ; định dạng hiển thị làm tròn. Hạng là hạng chính thức của từng năm (trên giá trị chưa làm tròn).',
  compositeNote:
    'Chỉ số chung của mỗi năm là chỉ số đã công bố của năm đó; chỉ số thành phần và chỉ tiêu chỉ được so sánh khi không đổi định nghĩa giữa các phiên bản bộ chỉ số.',
  year: 'Năm',
  version: 'Phiên bản bộ chỉ số',
  source: 'Nguồn',
  sources: { assessment: 'Kỳ đánh giá trên máy này', imported: (file: string) => `Tệp nhập: ${file}` },
  unitCount: 'Số đơn vị',
  code: 'Mã',
  unit: 'Đơn vị',
  group: 'Nhóm',
  name: 'Tên',
  parent: 'Thuộc',
  rank: 'Hạng',
  rankOf: (year: number) => `Hạng ${year}`,
  valueOf: (label: string, year: number) => `${label} ${year}`,
  change: 'Thay đổi',
  rankChange: 'Thay đổi hạng (+ là tăng hạng)',
  compositeChange: 'Chênh lệch chỉ số chung',
  comparedYears: (earlier: number, later: number) => `Năm ${later} so với năm ${earlier}`,
  notAssessed: 'Không tham gia',
  comparabilityHeading: (earlier: number, later: number) =>
    `Khả năng so sánh chỉ tiêu giữa năm ${earlier} và năm ${later}`,
  undeclared: (earlier: string, later: string) =>
    `Không có ghi chú so sánh giữa phiên bản ${earlier} và ${later}: chỉ tiêu được ghép theo mã.`,
  status: {
    same: 'So sánh được',
    renamed: 'Đổi mã (so sánh được)',
    changed: 'Không so sánh được: đổi định nghĩa',
    added: 'Không so sánh được: chỉ tiêu mới',
    absent: 'Không so sánh được: năm trước không có',
    dropped: 'Không so sánh được: đã bỏ',
  } satisfies Record<CodeStatus, string>,
  previousCode: 'Mã năm trước',
  note: 'Ghi chú',
  distribution: {
    heading: 'Phân bố chỉ số chung theo năm',
    columns: [
      'Năm',
      'Số đơn vị',
      'Nhỏ nhất',
      'Tứ phân vị 1',
      'Trung vị',
      'Tứ phân vị 3',
      'Lớn nhất',
      'Trung bình',
    ],
    histogramHeading: 'Số đơn vị theo khoảng điểm',
    range: 'Khoảng',
  },
  groupsHeading: 'Trung bình theo nhóm đơn vị',
  composite: 'Chỉ số chung',
  matrixHeading: (year: number) => `Chỉ số thành phần theo đơn vị, năm ${year}`,
  unitHeading: (name: string) => `${name} qua các năm`,
  rankedOf: 'Số đơn vị được xếp hạng',
  indicatorHeading: (earlier: number, later: number) =>
    `Thay đổi chỉ tiêu, năm ${later} so với năm ${earlier} (xếp theo mức ảnh hưởng tới chỉ số chung)`,
  indicatorColumns: {
    status: 'Khả năng so sánh',
    value: 'Giá trị',
    score: 'Giá trị chuẩn hoá',
    contribution: 'Đóng góp vào chỉ số chung',
  },
  explained: (sum: string) => `Tổng đóng góp thay đổi của các chỉ tiêu so sánh được: ${sum}`,
  notAdditive: 'Có tầng tổng hợp không phải trung bình cộng: đóng góp chỉ mang tính tham khảo.',
  standingHeading: (year: number) => `Điểm mạnh, điểm yếu năm ${year} (so với trung vị nhóm)`,
  standingReferenceAll: 'Nhóm có quá ít đơn vị: so với trung vị của tất cả đơn vị.',
  standingColumns: ['Loại', 'Mã', 'Tên', 'Giá trị', 'Trung vị', 'Chênh lệch', 'Số đơn vị so sánh'],
  strength: 'Điểm mạnh',
  weakness: 'Điểm yếu',
  chartsNote: 'Biểu đồ vẽ từ các bảng trong tệp này.',
} as const
