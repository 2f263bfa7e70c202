import type { SheetSpec, SpecCell } from '@core/excel/workbookSpec'
import type { AuthoringHelp } from './authoringLayout'
import { authoringTableLayouts } from './authoringTableLayouts'
import { authoringSheetNames } from './authoringTemplate'
import { settingsLayout } from './settingsLayout'
import { LABEL_STYLE } from './toAuthoringTableSheet'

const GENERAL: readonly AuthoringHelp[] = [
  {
    vi: 'Sổ soạn bộ chỉ số (mẫu phiên bản 1). Sửa các trang rồi nhập lại tệp vào ICT Index Workbench: mọi lỗi được báo kèm trang và ô.',
    en: 'Framework authoring workbook (template version 1). Edit the sheets and import the file back into ICT Index Workbench: every problem is reported with its sheet and cell.',
  },
  {
    vi: 'Mỗi trang dữ liệu là một bảng: dòng 1 là tiêu đề tiếng Việt, dòng 2 là tên cột mà chương trình đọc (giữ nguyên dòng 2). Có thể đổi thứ tự cột, thêm hoặc bỏ dòng trống, thêm cột ghi chú có tiêu đề bắt đầu bằng “ghi chú”, “note” hoặc “#”.',
    en: 'Each data sheet is a table: row 1 holds Vietnamese headings, row 2 the column names the program reads (keep row 2). Columns may be reordered, blank rows added or removed, and note columns added (heading starting with “note”, “ghi chú” or “#”).',
  },
  {
    vi: 'Số: dấu phẩy hoặc dấu chấm thập phân đều được (0,5 hoặc 0.5); không dùng dấu phân cách hàng nghìn. Có/không: có, không (hoặc TRUE/FALSE, 1/0). Ô để trống nghĩa là dùng giá trị mặc định.',
    en: 'Numbers: a decimal comma or point (0,5 or 0.5); no thousands separators. Yes/no: có, không (or TRUE/FALSE, 1/0). An empty cell means the default.',
  },
  {
    vi: 'Công thức (formula, relevance, bonus_formula, checks) viết bằng ngôn ngữ công thức của bộ chỉ số trên mã câu hỏi, không gõ dấu = ở đầu. Danh sách trong một ô (steps, outcomes, checks, accept) cũng có thể viết dạng JSON […].',
    en: 'Formulas (formula, relevance, bonus_formula, checks) use the framework formula language over question codes, without a leading =. A list in one cell (steps, outcomes, checks, accept) may also be written as JSON […].',
  },
  {
    vi: 'Trang ẩn _meta ghi loại mẫu và phiên bản mẫu; không sửa trang này.',
    en: 'The hidden _meta sheet records the template kind and version; do not edit it.',
  },
]

/**
 * The instructions sheet (`Hướng dẫn`): general rules, then every sheet and every column or
 * setting with its Vietnamese heading and its meaning in Vietnamese and English. Generated from
 * the same layouts the reader uses, so it cannot drift from them.
 *
 * @example
 *   toInstructionsSheet().name // => 'Hướng dẫn'
 */
export function toInstructionsSheet(): SheetSpec {
  const wrap = { wrap: true, vertical: 'top' } as const
  const line = (
    sheet: string,
    key: string,
    label: string,
    help: AuthoringHelp,
    isHeading = false,
  ): SpecCell[] => [
    { value: sheet, style: { ...wrap, bold: isHeading } },
    { value: key, style: wrap },
    { value: label, style: wrap },
    { value: help.vi, style: { ...wrap, bold: isHeading } },
    { value: help.en, style: { ...wrap, italic: true } },
  ]
  const settingsHelp = {
    vi: 'Thông tin chung và phương pháp mặc định: mỗi dòng một khóa (cột key) và giá trị (cột value).',
    en: 'General information and default methods: one key (key column) and value (value column) per row.',
  }
  return {
    name: authoringSheetNames.instructions,
    columns: [{ width: 16 }, { width: 22 }, { width: 24 }, { width: 80 }, { width: 70 }],
    rows: [
      ['Trang', 'Cột / khóa', 'Tiêu đề', 'Hướng dẫn', 'Instructions (English)'].map((label): SpecCell => ({
        value: label,
        style: LABEL_STYLE,
      })),
      ...GENERAL.map((help) => line('', '', '', help)),
      line(authoringSheetNames.settings, '', '', settingsHelp, true),
      ...settingsLayout.map((setting) =>
        line(authoringSheetNames.settings, setting.key, setting.label, setting.help),
      ),
      ...authoringTableLayouts.flatMap((layout) => [
        line(layout.sheet, '', '', layout.help, true),
        ...layout.columns.map((column) => line(layout.sheet, column.key, column.label, column.help)),
      ]),
    ],
    freeze: { rows: 1 },
  }
}
