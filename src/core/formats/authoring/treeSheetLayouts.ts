import { authoringColumn as column, localizedColumns } from './authoringColumnHelpers'
import type { AuthoringSheetLayout } from './authoringLayout'
import { aggregationColumn, methodColumns } from './methodColumns'

const WEIGHT_HELP = {
  vi: 'Trọng số so với các mục cùng cấp (> 0); để trống = 1.',
  en: 'Weight relative to the siblings (> 0); empty = 1.',
}

/**
 * The `indicators` sheet: one row per indicator (chỉ tiêu), the leaves of the component tree.
 * Points rules go on the `rules` sheet.
 *
 * @example
 *   indicatorsLayout.columns.some((column) => column.key === 'max_points') // => true
 */
export const indicatorsLayout: AuthoringSheetLayout = {
  sheet: 'indicators',
  list: { path: 'indicators', column: 'code' },
  isRequired: true,
  keyColumn: 'code',
  help: {
    vi: 'Các chỉ tiêu: tính từ câu hỏi bằng công thức, là lá của cây chỉ số. Quy tắc chấm điểm (họ points) khai ở trang rules.',
    en: 'Indicators: computed from questions by a formula, the leaves of the tree. Points rules go on the rules sheet.',
  },
  columns: [
    column(
      'code',
      'Mã chỉ tiêu',
      'code',
      'Mã chỉ tiêu; không trùng với chỉ tiêu hay chỉ số thành phần khác.',
      'Indicator code; unique among indicators and components.',
      { isRequired: true },
    ),
    column(
      'parent',
      'Thuộc chỉ số',
      'code',
      'Mã chỉ số thành phần chứa chỉ tiêu (trang components).',
      'Code of the component the indicator belongs to (components sheet).',
      { isRequired: true, reference: { sheet: 'components', key: 'code' } },
    ),
    ...localizedColumns('name', 'Tên chỉ tiêu', { vi: 'tên chỉ tiêu', en: 'indicator name' }, true),
    ...localizedColumns('description', 'Mô tả', { vi: 'mô tả', en: 'description' }),
    column(
      'formula',
      'Công thức',
      'formula',
      'Công thức tính từ mã câu hỏi: + - * /, min, max, if, sum/count trên cột bảng, so sánh. Ví dụ: MayTinh / SoCBCC. Không gõ dấu = ở đầu.',
      'Formula over question codes, e.g. MayTinh / SoCBCC. No leading =.',
      { isRequired: true },
    ),
    column(
      'direction',
      'Chiều',
      'option',
      '1 nếu cao hơn là tốt hơn, -1 nếu thấp hơn là tốt hơn; để trống = 1.',
      '1 when higher is better, -1 when lower is better; empty = 1.',
      { options: ['1', '-1'] },
    ),
    column('weight', 'Trọng số', 'number', WEIGHT_HELP.vi, WEIGHT_HELP.en),
    ...localizedColumns('unit', 'Đơn vị tính', { vi: 'đơn vị tính', en: 'unit of measure' }),
    column(
      'denominator',
      'Mẫu số',
      'code',
      'Mã câu hỏi làm mẫu số: giá trị được chia cho câu trả lời này trước khi chuẩn hóa (họ relative).',
      'Question code the value is divided by before normalising (relative family).',
      { reference: { sheet: 'questions', key: 'code' } },
    ),
    ...methodColumns('indicator'),
    column(
      'placeholder',
      'Tạm thời',
      'yes-no',
      'có nếu định nghĩa thật chưa công bố và cần được thay thế; để trống = không.',
      '“có” (yes) when the real definition is not public and should be replaced; empty = no.',
      { options: ['có', 'không'] },
    ),
    ...localizedColumns('evidence', 'Tài liệu kiểm chứng', {
      vi: 'tài liệu kiểm chứng đơn vị phải đính kèm',
      en: 'evidence the unit must attach',
    }),
    column(
      'max_points',
      'Điểm tối đa',
      'number',
      'Điểm tối đa của chỉ tiêu (họ points).',
      'Most points the indicator can give (points family).',
    ),
  ],
}

/**
 * The `components` sheet: the tree above indicators; exactly one row has no parent (the composite).
 *
 * @example
 *   componentsLayout.keyColumn // => 'code'
 */
export const componentsLayout: AuthoringSheetLayout = {
  sheet: 'components',
  list: { path: 'components', column: 'parent' },
  isRequired: true,
  keyColumn: 'code',
  help: {
    vi: 'Các chỉ số thành phần (cây phía trên chỉ tiêu). Đúng một dòng không có cấp trên: chỉ số tổng hợp.',
    en: 'Components (the tree above indicators). Exactly one row has no parent: the composite index.',
  },
  columns: [
    column(
      'code',
      'Mã chỉ số',
      'code',
      'Mã chỉ số thành phần; không trùng với chỉ tiêu hay chỉ số khác.',
      'Component code; unique among indicators and components.',
      { isRequired: true },
    ),
    column(
      'parent',
      'Cấp trên',
      'code',
      'Mã chỉ số cấp trên; để trống cho chỉ số tổng hợp (đúng một dòng).',
      'Code of the parent component; empty for the composite index (exactly one row).',
      { reference: { sheet: 'components', key: 'code' } },
    ),
    ...localizedColumns('name', 'Tên chỉ số', { vi: 'tên chỉ số', en: 'component name' }, true),
    ...localizedColumns('description', 'Mô tả', { vi: 'mô tả', en: 'description' }),
    column('weight', 'Trọng số', 'number', WEIGHT_HELP.vi, WEIGHT_HELP.en),
    aggregationColumn('component'),
    column(
      'max_points',
      'Điểm tối đa',
      'number',
      'Họ points: tổng điểm các mục con không vượt quá giá trị này.',
      'Points family: the cap on the sum of the children’s points.',
    ),
  ],
}

/**
 * The `bands` sheet: classes on the total share (Tốt ≥ 80 % …), highest first, the last at 0.
 *
 * @example
 *   bandsLayout.columns.map((column) => column.key) // => ['code', 'label_vi', 'label_en', 'min_share']
 */
export const bandsLayout: AuthoringSheetLayout = {
  sheet: 'bands',
  list: { path: 'bands', column: 'min_share' },
  isRequired: false,
  keyColumn: 'code',
  help: {
    vi: 'Các mức xếp loại theo tỷ lệ điểm, từ cao xuống thấp; mức cuối có tỷ lệ tối thiểu 0. Để trống nếu không xếp loại.',
    en: 'Classes on the total share, highest first; the last starts at 0. Leave empty for no classes.',
  },
  columns: [
    column('code', 'Mã mức', 'code', 'Mã mức xếp loại, ví dụ tot.', 'Band code, e.g. tot.', {
      isRequired: true,
    }),
    ...localizedColumns('label', 'Tên mức', { vi: 'tên mức', en: 'band label' }, true),
    column(
      'min_share',
      'Tỷ lệ tối thiểu',
      'number',
      'Tỷ lệ tối thiểu so với điểm tối đa (hoặc thang), từ 0 đến 1, ví dụ 0,8 cho Tốt ≥ 80%.',
      'Smallest share of the maximum (or scale), 0–1, e.g. 0.8 for Good ≥ 80%.',
      { isRequired: true },
    ),
  ],
}

/**
 * The `comparability` sheet: what changed against previous versions, one note per row; a row with
 * only `previous_version` declares a comparison with no changes.
 *
 * @example
 *   comparabilityLayout.keyColumn // => 'previous_version'
 */
export const comparabilityLayout: AuthoringSheetLayout = {
  sheet: 'comparability',
  list: { path: 'comparability', column: 'previous_version' },
  isRequired: false,
  keyColumn: 'previous_version',
  help: {
    vi: 'Khả năng so sánh với phiên bản trước: mỗi dòng ghi một thay đổi của một chỉ tiêu. Dòng chỉ có previous_version nghĩa là không có thay đổi.',
    en: 'Comparability with previous versions: one change of one indicator per row. A row with only previous_version means no changes.',
  },
  columns: [
    column(
      'previous_version',
      'Phiên bản trước',
      'code',
      'Phiên bản trước được so sánh, ví dụ 2024.1.',
      'Previous version compared with, e.g. 2024.1.',
      { isRequired: true },
    ),
    column(
      'indicator',
      'Mã chỉ tiêu',
      'code',
      'Mã chỉ tiêu hiện tại (với dropped: mã ở phiên bản trước).',
      'Current indicator code (for dropped: the code in the previous version).',
    ),
    column(
      'change',
      'Thay đổi',
      'option',
      'renamed (đổi mã), changed (đổi cách tính), dropped (bỏ), added (thêm mới).',
      'renamed, changed, dropped or added.',
      { options: ['renamed', 'changed', 'dropped', 'added'] },
    ),
    column(
      'previous_code',
      'Mã cũ',
      'code',
      'Mã ở phiên bản trước (với renamed).',
      'Code in the previous version (for renamed).',
    ),
    ...localizedColumns('note', 'Ghi chú thay đổi', { vi: 'ghi chú', en: 'note' }),
  ],
}
