/**
 * The questionnaire workbook template: its identity and the fixed texts of version 1. Texts are
 * Vietnamese because the workbook is an official form; they are data of the template (compared
 * on import to detect edited protected cells), not interface strings.
 *
 * Append only: a new layout is a new `templateVersion` with an upgrader for the old one
 * (`upgradeQuestionnaire`), and the golden file of every version ever shipped keeps importing
 * (`tests/fixtures/workbooks/questionnaire-template-v*.xlsx`, docs/excel-template.md).
 */

/** What `_meta` says in its `template` row; anything else is not one of our questionnaires. */
export const QUESTIONNAIRE_TEMPLATE_KIND = 'ict-index-workbench/questionnaire'

/**
 * The template version this app writes, and the newest it reads.
 *
 * @example
 *   CURRENT_TEMPLATE_VERSION // => 1
 */
export const CURRENT_TEMPLATE_VERSION = 1

/** Sheet names of the fixed sheets (the others are named after sections and tables). */
export const SHEET_NAMES = { instructions: 'Hướng dẫn', lists: '_lists', meta: '_meta' } as const

/** Column headings of a section sheet, A to E. */
export const SECTION_HEADINGS = ['Mã', 'Câu hỏi', 'Đơn vị tính', 'Trả lời', 'Ghi chú'] as const

/** The first column of a table sheet (row number). */
export const TABLE_ROW_NUMBER_HEADING = 'STT'

/** The two values of a yes/no answer, as shown in the drop-down. */
export const YES_NO_LABELS = { yes: 'Có', no: 'Không' } as const

/** Appended to the text of a required question or column. */
export const REQUIRED_MARK = ' (*)'

/** Labels and texts of the instructions sheet, top to bottom. */
export const INSTRUCTIONS = {
  titlePrefix: 'PHIẾU KHẢO SÁT',
  frameworkLine: 'Bộ chỉ số: {id}, phiên bản {version}',
  unitCode: 'Mã đơn vị',
  unitName: 'Tên đơn vị',
  year: 'Năm báo cáo',
  heading: 'Hướng dẫn điền phiếu',
  lines: [
    'Mỗi mục của phiếu nằm trên một trang tính riêng; mỗi bảng nhiều dòng nằm trên trang riêng của bảng.',
    'Chỉ nhập vào các ô nền vàng (cột «Trả lời» và «Ghi chú», các dòng của bảng); các ô khác được khoá để tránh sửa nhầm (không có mật khẩu).',
    'Câu có dấu (*) là câu bắt buộc. Câu ghi «Chỉ trả lời khi …» chỉ cần trả lời khi điều kiện đó đúng.',
    'Số: nhập số, phần thập phân sau dấu phẩy (ví dụ 12,5). Tỷ lệ phần trăm nhập số từ 0 đến 100, không nhập dấu %.',
    'Có/Không và các lựa chọn: chọn trong danh sách thả xuống của ô.',
    'Câu nhiều lựa chọn: mỗi phương án một dòng, chọn «Có» cho các phương án đúng.',
    'Ngày: nhập theo dạng ngày/tháng/năm (ví dụ 31/12/2025).',
    'Tài liệu kiểm chứng không nằm trong tệp này; gửi kèm riêng theo hướng dẫn của cơ quan đánh giá.',
    'Không đổi tên, thêm hoặc xoá trang tính, dòng hay cột; không sửa các trang ẩn.',
  ],
  sheetsHeading: 'Các trang của phiếu',
} as const

/** What a section sheet shows in the answer cell of questions answered elsewhere. */
export const ANSWER_ELSEWHERE = {
  table: 'Nhập ở trang «{sheet}»',
  evidence: 'Gửi kèm tệp (không nhập ở đây)',
  multiChoice: 'Chọn «Có» ở các dòng bên dưới',
} as const

/** Prefix of the relevance hint appended to a question's text. */
export const RELEVANCE_PREFIX = 'Chỉ trả lời khi: '

/** Rows of `_meta`, in order: key in column A, value in column B. */
export const META_KEYS = [
  'template',
  'templateVersion',
  'frameworkId',
  'frameworkVersion',
  'unitCode',
  'unitName',
  'year',
  'appVersion',
  'exportedAt',
  'contentHash',
] as const

/** The key of the `_meta` rows that list the sheets: `sheet | name | kind | code`. */
export const META_SHEET_ROW = 'sheet'

/** Fills: answer cells (to type in) and cells computed from the framework. */
export const FILLS = { answer: 'FFF2CC', note: 'FFFAE6', locked: 'F2F2F2' } as const
