import { columnTypes, questionTypes } from '@core/framework/question'
import { authoringColumn as column, localizedColumns } from './authoringColumnHelpers'
import type { AuthoringColumn, AuthoringSheetLayout } from './authoringLayout'

const YES_NO = ['có', 'không'] as const

const numberFields = (applies: { readonly vi: string; readonly en: string }): readonly AuthoringColumn[] => [
  ...localizedColumns('unit', 'Đơn vị tính', {
    vi: `đơn vị tính, ví dụ chiếc; chỉ cho ${applies.vi}`,
    en: `unit of measure, e.g. chiếc; ${applies.en} only`,
  }),
  column(
    'min',
    'Nhỏ nhất',
    'number',
    `Giá trị nhỏ nhất được nhập; chỉ cho ${applies.vi}.`,
    `Smallest value accepted; ${applies.en} only.`,
  ),
  column(
    'max',
    'Lớn nhất',
    'number',
    `Giá trị lớn nhất được nhập; chỉ cho ${applies.vi}.`,
    `Largest value accepted; ${applies.en} only.`,
  ),
]
const NUMBER_TYPES = { vi: 'integer, decimal, percent', en: 'integer, decimal and percent' }

/**
 * The `sections` sheet: one row per section (nhóm câu hỏi), in display order.
 *
 * @example
 *   sectionsLayout.columns.map((column) => column.key) // => ['code', 'title_vi', 'title_en', 'description_vi', 'description_en']
 */
export const sectionsLayout: AuthoringSheetLayout = {
  sheet: 'sections',
  list: { path: 'sections', column: 'code' },
  isRequired: true,
  keyColumn: 'code',
  help: {
    vi: 'Các mục (nhóm câu hỏi), mỗi dòng một mục, theo thứ tự hiển thị.',
    en: 'Sections (groups of questions), one per row, in display order.',
  },
  columns: [
    column(
      'code',
      'Mã mục',
      'code',
      'Mã mục: chữ, số hoặc _, nối bằng . hoặc -; không trùng.',
      'Section code: letters, digits or _, joined by . or -; unique.',
      { isRequired: true },
    ),
    ...localizedColumns('title', 'Tên mục', { vi: 'tên mục', en: 'section title' }, true),
    ...localizedColumns('description', 'Mô tả', { vi: 'mô tả mục', en: 'section description' }),
  ],
}

/**
 * The `questions` sheet: one row per question, in display order. Type-specific columns are left
 * empty for the other types; choices and table columns have their own sheets.
 *
 * @example
 *   questionsLayout.columns.find((column) => column.key === 'type')?.options // => questionTypes
 */
export const questionsLayout: AuthoringSheetLayout = {
  sheet: 'questions',
  list: { path: 'questions', column: 'code' },
  isRequired: true,
  keyColumn: 'code',
  help: {
    vi: 'Các câu hỏi (trường số liệu), mỗi dòng một câu, theo thứ tự hiển thị. Lựa chọn khai ở trang choices, cột của bảng ở trang columns.',
    en: 'Questions (data fields), one per row, in display order. Choices go on the choices sheet, table columns on the columns sheet.',
  },
  columns: [
    column(
      'code',
      'Mã câu hỏi',
      'code',
      'Mã câu hỏi dùng trong công thức: bắt đầu bằng chữ cái hoặc _, tiếp theo là chữ, số hoặc _ (không dấu, không khoảng trắng); không trùng.',
      'Question code used in formulas: a letter or _, then letters, digits or _; unique.',
      { isRequired: true },
    ),
    column(
      'section',
      'Mục',
      'code',
      'Mã mục chứa câu hỏi (cột code của trang sections).',
      'Code of the section the question is shown in (sections sheet).',
      { isRequired: true, reference: { sheet: 'sections', key: 'code' } },
    ),
    column(
      'type',
      'Loại',
      'option',
      'Loại câu hỏi: integer (số nguyên), decimal (số thập phân), percent (phần trăm), yes-no (có/không), single-choice (chọn một), multi-choice (chọn nhiều), text (chữ), date (ngày), table (bảng nhiều dòng), evidence (tệp kiểm chứng).',
      'Question type: integer, decimal, percent, yes-no, single-choice, multi-choice, text, date, table (repeating rows), evidence (files).',
      { isRequired: true, options: questionTypes },
    ),
    ...localizedColumns('text', 'Nội dung câu hỏi', { vi: 'nội dung câu hỏi', en: 'question text' }, true),
    ...localizedColumns('help', 'Hướng dẫn trả lời', { vi: 'hướng dẫn trả lời', en: 'help text' }),
    column(
      'required',
      'Bắt buộc',
      'yes-no',
      'có nếu bắt buộc trả lời; không hoặc để trống nếu không.',
      '“có” (yes) when an answer is required; “không” (no) or empty otherwise.',
      { options: YES_NO },
    ),
    column(
      'relevance',
      'Điều kiện hỏi',
      'formula',
      'Công thức đúng/sai: câu hỏi chỉ được hỏi khi công thức đúng. Ví dụ: CoPhongCNTT. Không gõ dấu = ở đầu.',
      'True/false formula: the question is asked only when it is true, e.g. CoPhongCNTT. No leading =.',
    ),
    column(
      'checks',
      'Kiểm tra chéo',
      'list',
      'Mỗi dòng trong ô là một kiểm tra: công thức => thông báo tiếng Việt | thông báo tiếng Anh. Ví dụ: MayTinhInternet <= MayTinh => Vượt quá tổng số máy tính | Exceeds the number of computers',
      'One check per line in the cell: formula => Vietnamese message | English message.',
    ),
    ...numberFields(NUMBER_TYPES),
    column(
      'max_length',
      'Số ký tự tối đa',
      'integer',
      'Số ký tự tối đa; chỉ cho text.',
      'Maximum number of characters; text only.',
    ),
    column(
      'min_rows',
      'Số dòng tối thiểu',
      'integer',
      'Số dòng tối thiểu; chỉ cho table.',
      'Minimum number of rows; table only.',
    ),
    column(
      'max_rows',
      'Số dòng tối đa',
      'integer',
      'Số dòng tối đa; chỉ cho table.',
      'Maximum number of rows; table only.',
    ),
    column(
      'accept',
      'Loại tệp',
      'list',
      'Phần mở rộng tệp được nhận, không có dấu chấm, cách nhau bởi dấu phẩy, ví dụ pdf, docx; chỉ cho evidence.',
      'Accepted file extensions without the dot, separated by commas, e.g. pdf, docx; evidence only.',
    ),
    column(
      'max_files',
      'Số tệp tối đa',
      'integer',
      'Số tệp tối đa; chỉ cho evidence.',
      'Maximum number of files; evidence only.',
    ),
  ],
}

/**
 * The `choices` sheet: the options of choice questions and of single-choice table columns, one per
 * row, in display order within their question (or column).
 *
 * @example
 *   choicesLayout.keyColumn // => 'question'
 */
export const choicesLayout: AuthoringSheetLayout = {
  sheet: 'choices',
  isRequired: false,
  keyColumn: 'question',
  help: {
    vi: 'Các lựa chọn của câu hỏi single-choice / multi-choice và của cột single-choice trong bảng, mỗi dòng một lựa chọn, theo thứ tự hiển thị.',
    en: 'Options of single-choice / multi-choice questions and of single-choice table columns, one per row, in display order.',
  },
  columns: [
    column(
      'question',
      'Mã câu hỏi',
      'code',
      'Mã câu hỏi chọn một / chọn nhiều, hoặc mã câu hỏi table khi lựa chọn thuộc một cột của bảng.',
      'Code of the choice question, or of the table question when the option belongs to a table column.',
      { isRequired: true, reference: { sheet: 'questions', key: 'code' } },
    ),
    column(
      'column',
      'Mã cột bảng',
      'code',
      'Mã cột (trang columns) khi lựa chọn thuộc một cột single-choice của bảng; để trống cho câu hỏi thường.',
      'Code of the table column (columns sheet) the option belongs to; empty for a plain choice question.',
    ),
    column(
      'value',
      'Giá trị',
      'code',
      'Giá trị lưu trong câu trả lời và dùng trong công thức, ví dụ chu-tich; không trùng trong một câu hỏi.',
      'Value stored in answers and compared in formulas, e.g. chu-tich; unique within the question.',
      { isRequired: true },
    ),
    ...localizedColumns('label', 'Nhãn', { vi: 'nhãn hiển thị', en: 'label shown' }, true),
    column(
      'points',
      'Điểm gợi ý',
      'number',
      'Điểm hiển thị bên cạnh lựa chọn khi khai (không dùng để chấm; điểm chấm theo trang rules).',
      'Points shown beside the option while filling in (not used for scoring; see the rules sheet).',
    ),
  ],
}

/**
 * The `columns` sheet: the typed columns of table questions, one per row, in order.
 *
 * @example
 *   columnsLayout.columns.find((column) => column.key === 'type')?.options // => columnTypes
 */
export const columnsLayout: AuthoringSheetLayout = {
  sheet: 'columns',
  isRequired: false,
  keyColumn: 'question',
  help: {
    vi: 'Các cột của câu hỏi dạng bảng (table), mỗi dòng một cột, theo thứ tự.',
    en: 'Columns of table questions, one per row, in order.',
  },
  columns: [
    column('question', 'Mã câu hỏi bảng', 'code', 'Mã câu hỏi loại table.', 'Code of the table question.', {
      isRequired: true,
      reference: { sheet: 'questions', key: 'code' },
    }),
    column(
      'code',
      'Mã cột',
      'code',
      'Mã cột, dùng trong công thức dạng Bang.Cot; không trùng trong một bảng.',
      'Column code, used in formulas as Table.Column; unique within the table.',
      { isRequired: true },
    ),
    column(
      'type',
      'Loại',
      'option',
      'Loại cột: integer, decimal, percent, yes-no, single-choice, text, date.',
      'Column type: integer, decimal, percent, yes-no, single-choice, text, date.',
      { isRequired: true, options: columnTypes },
    ),
    ...localizedColumns('text', 'Tên cột', { vi: 'tên cột', en: 'column heading' }, true),
    column(
      'required',
      'Bắt buộc',
      'yes-no',
      'có nếu mỗi dòng phải điền cột này.',
      '“có” (yes) when every row must fill this column.',
      { options: YES_NO },
    ),
    ...numberFields(NUMBER_TYPES),
    column(
      'max_length',
      'Số ký tự tối đa',
      'integer',
      'Số ký tự tối đa; chỉ cho text.',
      'Maximum number of characters; text only.',
    ),
  ],
}
