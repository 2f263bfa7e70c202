import { pointsRuleKinds } from '@core/framework/pointsRule'
import { authoringColumn as column, localizedColumns } from './authoringColumnHelpers'
import type { AuthoringSheetLayout } from './authoringLayout'

/**
 * The parameter columns each rule kind uses (all required); any other parameter must stay empty.
 *
 * @example
 *   ruleParameterColumns.steps // => ['steps']
 */
export const ruleParameterColumns = {
  'ratio-times-max': [],
  steps: ['steps'],
  choice: ['mode', 'outcomes'],
  'yes-no': ['yes_points', 'no_points'],
  'per-item': ['points_per_item'],
  'sum-of-parts': [],
  'best-of': [],
  'presence-bonus': ['presence_points', 'bonus_formula', 'bonus_points'],
  penalty: ['penalty_points'],
  'normalise-to-best': [],
} as const satisfies Record<(typeof pointsRuleKinds)[number], readonly string[]>

/**
 * The `rules` sheet (points family): one main row per indicator (`part` empty), and for
 * `sum-of-parts` / `best-of` one more row per part or alternative, `part` holding its code. A part
 * that is itself a `sum-of-parts` or `best-of` has rows with the path `a/x` (codes joined by `/`).
 * Rows of one indicator may be anywhere; parts keep their row order.
 *
 * @example
 *   rulesLayout.keyColumn // => 'indicator'
 */
export const rulesLayout: AuthoringSheetLayout = {
  sheet: 'rules',
  isRequired: false,
  keyColumn: 'indicator',
  help: {
    vi: 'Quy tắc chấm điểm (họ points): mỗi chỉ tiêu một dòng chính (cột part để trống). Với sum-of-parts (cộng các phần) và best-of (lấy phương án cao nhất), mỗi phần/phương án thêm một dòng, ghi mã ở cột part; phần lồng nhau ghi đường dẫn a/x.',
    en: 'Points rules: one main row per indicator (part empty). For sum-of-parts and best-of, one more row per part or alternative with its code in part; nested parts use the path a/x.',
  },
  columns: [
    column(
      'indicator',
      'Mã chỉ tiêu',
      'code',
      'Mã chỉ tiêu (trang indicators).',
      'Indicator code (indicators sheet).',
      { isRequired: true, reference: { sheet: 'indicators', key: 'code' } },
    ),
    column(
      'part',
      'Phần / phương án',
      'code',
      'Để trống cho dòng chính. Mã phần (sum-of-parts) hoặc phương án (best-of); phần lồng nhau: a/x.',
      'Empty for the main row. Code of the part (sum-of-parts) or alternative (best-of); nested: a/x.',
    ),
    column(
      'kind',
      'Loại quy tắc',
      'option',
      'ratio-times-max (tỷ lệ × điểm tối đa), steps (bậc thang), choice (theo lựa chọn), yes-no (có/không), per-item (điểm mỗi mục), sum-of-parts (cộng các phần), best-of (phương án cao nhất), presence-bonus (có + thưởng), penalty (trừ điểm), normalise-to-best (so với đơn vị tốt nhất).',
      'Rule kind.',
      { isRequired: true, options: pointsRuleKinds },
    ),
    column(
      'formula',
      'Công thức phần',
      'formula',
      'Công thức của phần / phương án (chỉ dòng có part; dòng chính dùng công thức ở trang indicators).',
      'Formula of the part or alternative (part rows only).',
    ),
    ...localizedColumns('name', 'Tên phần', {
      vi: 'tên phần / phương án (chỉ dòng có part)',
      en: 'name of the part or alternative (part rows only)',
    }),
    column(
      'max_points',
      'Điểm tối đa phần',
      'number',
      'Điểm tối đa của phần sum-of-parts (bắt buộc ở đó). Không dùng cho dòng chính (điểm tối đa ở trang indicators) và phương án best-of.',
      'Maximum points of a sum-of-parts part (required there); not used on main rows or best-of alternatives.',
    ),
    column(
      'steps',
      'Bậc thang',
      'list',
      'steps: ngưỡng:điểm, cách nhau bởi dấu chấm phẩy, ví dụ 4:20; 3:15; 2:10; 1:5. Được điểm của ngưỡng cao nhất đạt tới.',
      'steps: threshold:points separated by semicolons, e.g. 4:20; 3:15; 2:10; 1:5.',
    ),
    column(
      'mode',
      'Cách tính lựa chọn',
      'option',
      'choice: points (giá trị là điểm) hoặc fraction (giá trị là phần của điểm tối đa, 0–1).',
      'choice: points, or fraction (a share of the maximum, 0–1).',
      { options: ['points', 'fraction'] },
    ),
    column(
      'outcomes',
      'Điểm theo lựa chọn',
      'list',
      'choice: giá-trị-lựa-chọn=điểm, cách nhau bởi dấu chấm phẩy, ví dụ chu-tich=1; pho-chu-tich=0,5.',
      'choice: choice-value=value separated by semicolons, e.g. chu-tich=1; pho-chu-tich=0.5.',
    ),
    column(
      'yes_points',
      'Điểm khi có',
      'number',
      'yes-no: điểm khi câu trả lời là có.',
      'yes-no: points when true.',
    ),
    column(
      'no_points',
      'Điểm khi không',
      'number',
      'yes-no: điểm khi câu trả lời là không.',
      'yes-no: points when false.',
    ),
    column(
      'points_per_item',
      'Điểm mỗi mục',
      'number',
      'per-item: điểm cho mỗi mục (> 0), tổng không vượt điểm tối đa.',
      'per-item: points per item (> 0), capped at the maximum.',
    ),
    column(
      'presence_points',
      'Điểm khi đáp ứng',
      'number',
      'presence-bonus: điểm khi điều kiện chính đúng.',
      'presence-bonus: points when the value is true.',
    ),
    column(
      'bonus_formula',
      'Điều kiện thưởng',
      'formula',
      'presence-bonus: công thức đúng/sai của điều kiện thưởng.',
      'presence-bonus: true/false formula of the bonus condition.',
    ),
    column(
      'bonus_points',
      'Điểm thưởng',
      'number',
      'presence-bonus: điểm thưởng khi điều kiện thưởng cũng đúng.',
      'presence-bonus: bonus points when the bonus condition is also true.',
    ),
    column(
      'penalty_points',
      'Điểm trừ',
      'number',
      'penalty: số điểm bị trừ khi điều kiện đúng (> 0).',
      'penalty: points deducted when the value is true (> 0).',
    ),
  ],
}
