import type { ScoringWarning } from '@core/scoring/scoringWarning'
import type { Aggregation, Imputation, Normalisation } from '@core/framework/method'

/**
 * The report's headings and fixed words, in Vietnamese (the language of the published report).
 * Kept in one place so that a translated report would change only this file.
 */
export const REPORT_LABELS = {
  sheets: {
    summary: 'Tổng hợp',
    answers: 'Số liệu gốc',
    appraisals: 'Thẩm định',
    indicatorValues: 'Chỉ tiêu - giá trị',
    indicatorScores: 'Chỉ tiêu - chuẩn hoá',
    change: 'So với năm trước',
    method: 'Phương pháp',
    charts: 'Biểu đồ',
  },
  rank: 'Hạng',
  code: 'Mã',
  unit: 'Đơn vị',
  group: 'Nhóm',
  band: 'Xếp loại',
  share: 'Tỷ lệ so với tối đa',
  value: 'Giá trị',
  pageHeader: (name: string, year: number) => `${name} — năm ${year}`,
  pageFooter: ['Trang ', { field: 'page' }, '/', { field: 'pages' }] as const,
  signature: {
    dateLine: (place: string) => `${place === '' ? '……………' : place}, ngày …… tháng …… năm ……`,
    preparer: 'Người lập biểu',
    head: 'Thủ trưởng đơn vị',
    signHere: '(Ký, ghi rõ họ tên)',
  },
  title: (name: string, year: number) => `Kết quả đánh giá, xếp hạng: ${name} năm ${year}`,
  status: { official: 'Kết quả chính thức (đã công bố)', provisional: 'Kết quả tạm tính (chưa công bố)' },
  generated: (date: string) => `Lập ngày ${date}`,
  resultsVersion: (version: number, digest: string) => `Phiên bản ${version} (mã kiểm tra ${digest})`,
  roundingNote: (decimals: number) =>
    `Giá trị hiển thị làm tròn ${decimals} chữ số thập phân; ô giữ giá trị đầy đủ; xếp hạng trên giá trị chưa làm tròn.`,
  componentTitle: (code: string, name: string) => `Chỉ số thành phần ${code}: ${name}`,
  question: 'Câu hỏi',
  answersNote: 'Giá trị cuối cùng (số liệu đơn vị khai, đã áp dụng kết quả thẩm định).',
  yes: 'Có',
  no: 'Không',
  pointsAppraisal: 'Điểm thẩm định',
  rows: (count: number) => `${count} dòng`,
  files: (count: number) => `${count} tệp`,
  appraisalColumns: [
    'Mã đơn vị',
    'Đơn vị',
    'Mã câu hỏi',
    'Câu hỏi',
    'Giá trị thẩm định',
    'Lý do',
    'Thời điểm',
  ],
  /** Two more columns on Thẩm định when some appraisal decides a unit's response (vòng giải trình). */
  decisionColumns: ['Giải trình của đơn vị', 'Quyết định'],
  /** The "Quyết định" cell of an appraisal that decides a unit's response (vòng giải trình). */
  roundDecision: (decision: 'kept' | 'revised', round: number) =>
    `${decision === 'kept' ? 'Giữ kết quả thẩm định' : 'Điều chỉnh'} (vòng ${round})`,
  indicatorValuesNote:
    'Giá trị chỉ tiêu trước chuẩn hoá (sau khi chia mẫu số và xử lý thiếu). Ô tô vàng: giá trị được bổ khuyết.',
  indicatorScoresNote: 'Giá trị chỉ tiêu sau chuẩn hoá (hoặc điểm, với bộ chỉ số tính điểm).',
  change: {
    title: (year: number, previous: number) =>
      `Thay đổi so với năm ${previous} (năm ${year} so với năm ${previous})`,
    rankNow: (year: number) => `Hạng ${year}`,
    rankBefore: (year: number) => `Hạng ${year}`,
    rankChange: 'Thay đổi hạng (+ là tăng hạng)',
    valueNow: (code: string, year: number) => `${code} ${year}`,
    valueBefore: (code: string, year: number) => `${code} ${year}`,
    valueChange: (code: string) => `Thay đổi ${code}`,
    notAssessed: 'Không có năm trước',
    restated: (year: number) => `Ghi chú quy đổi năm ${year}`,
    restatedLead:
      'Đơn vị có thay đổi (sáp nhập, chia tách, đổi tên): số liệu năm trước được quy đổi theo đơn vị năm nay, xem cột ghi chú.',
    merged: (count: number) => `ghép từ ${count} đơn vị`,
    split: 'tách từ',
    renamed: 'đổi tên từ',
    created: 'đơn vị mới, không có số liệu năm trước',
    rules: {
      mean: 'trung bình cộng',
      none: 'không so sánh được (không ghép số liệu)',
      weighted: (attribute: string) => `bình quân gia quyền theo ${attribute}`,
    },
  },
  method: {
    heading: 'Phương pháp tính',
    framework: 'Bộ chỉ số',
    frameworkId: 'Mã bộ chỉ số, phiên bản',
    origin: 'Nguồn',
    year: 'Năm đánh giá',
    family: 'Cách tính',
    families: {
      relative: 'Chuẩn hoá tương đối giữa các đơn vị rồi lấy bình quân gia quyền',
      points: 'Chấm điểm tuyệt đối theo tiêu chí',
    },
    normalisation: 'Chuẩn hoá mặc định',
    aggregation: 'Tổng hợp mặc định',
    imputation: 'Xử lý số liệu thiếu',
    scale: 'Thang điểm',
    decimals: 'Số chữ số thập phân khi công bố',
    ranking: 'Quy tắc xếp hạng',
    rankingRule:
      'Giảm dần theo giá trị chưa làm tròn; bằng nhau cùng hạng, hạng sau bỏ qua (1, 2, 2, 4); thiếu số liệu không xếp hạng.',
    units: 'Số đơn vị được tính',
    status: 'Tình trạng',
    resultsVersion: 'Phiên bản kết quả',
    digest: 'Mã kiểm tra phiên bản (SHA-256)',
    generated: 'Ngày lập báo cáo',
    appVersion: 'Phiên bản ứng dụng',
    engineVersion: 'Phiên bản bộ máy tính điểm',
    treeHeading: 'Cấu trúc và trọng số',
    treeColumns: [
      'Cấp',
      'Mã',
      'Tên',
      'Thuộc',
      'Trọng số',
      'Tỷ trọng trong nhóm',
      'Công thức',
      'Chiều',
      'Chuẩn hoá',
      'Điểm tối đa',
    ],
    component: 'Chỉ số thành phần',
    indicator: 'Chỉ tiêu',
    higher: 'Cao hơn là tốt hơn',
    lower: 'Thấp hơn là tốt hơn',
    warningsHeading: 'Cảnh báo khi tính',
  },
  chartsNote: 'Biểu đồ vẽ từ kết quả ở trang Tổng hợp.',
} as const

/** A normalisation method in words. @example normalisationLabel({ method: 'min-max', lower: 0, upper: 1 }) // => 'Min–max về [0; 1]' */
export function normalisationLabel(normalisation: Normalisation): string {
  switch (normalisation.method) {
    case 'min-max':
      return `Min–max về [${normalisation.lower}; ${normalisation.upper}]`
    case 'z-score':
      return `Điểm z (trung bình ${normalisation.mean}, độ lệch chuẩn ${normalisation.sd})`
    case 'ratio-to-max':
      return 'Tỷ lệ so với giá trị lớn nhất'
    case 'distance-to-max':
      return 'Khoảng cách tới giá trị lớn nhất'
    case 'rank':
      return 'Thứ hạng'
    case 'percentile-rank':
      return 'Phân vị'
    case 'goalposts':
      return `Ngưỡng mục tiêu [${normalisation.lower}; ${normalisation.upper}] × ${normalisation.scale}`
    case 'none':
      return 'Không chuẩn hoá'
  }
}

/** An aggregation in words. @example aggregationLabel('arithmetic') // => 'Bình quân cộng gia quyền' */
export function aggregationLabel(aggregation: Aggregation): string {
  return {
    arithmetic: 'Bình quân cộng gia quyền',
    geometric: 'Bình quân nhân gia quyền',
    harmonic: 'Bình quân điều hoà gia quyền',
    sum: 'Tổng điểm (có trần)',
  }[aggregation]
}

/** An imputation method in words. @example imputationLabel({ method: 'none' }) // => 'Để trống, chia lại trọng số' */
export function imputationLabel(imputation: Imputation): string {
  switch (imputation.method) {
    case 'none':
      return 'Để trống, chia lại trọng số'
    case 'mean':
      return 'Trung bình các đơn vị'
    case 'median':
      return 'Trung vị các đơn vị'
    case 'group-mean':
      return `Trung bình nhóm (${imputation.attribute})`
    case 'zero':
      return 'Coi là 0'
    case 'previous-year':
      return 'Lấy giá trị năm trước'
  }
}

/** A scoring warning in words, for the methodology sheet. @example warningLabel({ code: 'constant-indicator', indicator: 'X' }) */
export function warningLabel(warning: ScoringWarning): string {
  switch (warning.code) {
    case 'constant-indicator':
      return `Chỉ tiêu ${warning.indicator} có cùng giá trị ở mọi đơn vị: không chuẩn hoá được, bỏ qua khi tổng hợp.`
    case 'non-positive-maximum':
      return `Chỉ tiêu ${warning.indicator}: giá trị lớn nhất không dương, không tính được tỷ lệ so với giá trị lớn nhất.`
    case 'missing-data-share':
      return `Chỉ tiêu ${warning.indicator}: ${Math.round(warning.share * 100)}% đơn vị thiếu số liệu.`
    case 'imputation-impossible':
      return `Chỉ tiêu ${warning.indicator}, đơn vị ${warning.unit}: không bổ khuyết được theo cách "${warning.method}".`
    case 'formula-failed':
      return `Chỉ tiêu ${warning.indicator}, đơn vị ${warning.unit}: công thức không tính được.`
    case 'non-positive-under-geometric':
      return `${warning.node}, đơn vị ${warning.unit}: có giá trị không dương khi lấy bình quân nhân.`
    case 'zero-under-harmonic':
      return `${warning.node}, đơn vị ${warning.unit}: có giá trị 0 khi lấy bình quân điều hoà.`
  }
}
