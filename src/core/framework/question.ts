import type { LocalizedText } from './localizedText'

/**
 * One option of a choice question or column.
 *
 * `value` is the stable code stored in answers and compared in formulas (`HinhThuc = "chu-tich"`);
 * `label` is what the officer sees. `points` is a hint shown beside the option while filling in;
 * scoring uses the indicator's `choice` rule, never this field.
 *
 * @example
 *   const head: Choice = { value: 'chu-tich', label: { vi: 'Chủ tịch', en: 'Chairman' } }
 */
export type Choice = {
  readonly value: string
  readonly label: LocalizedText
  readonly points?: number
}

/**
 * A cross-field check on a question: `formula` must be true, else `message` is shown beside the
 * question (e.g. `MayTinhInternet <= MayTinh`). A check whose inputs are missing does not fire.
 *
 * @example
 *   const check: QuestionCheck = { formula: 'MayTinhInternet <= MayTinh', message: { vi: 'Vượt quá tổng số máy tính' } }
 */
export type QuestionCheck = {
  readonly formula: string
  readonly message: LocalizedText
}

type QuestionBase = {
  /** Identifier `[A-Za-z_][A-Za-z0-9_]*`, referenced by formulas. Unique among questions. */
  readonly code: string
  /** Code of the section the question is shown in. */
  readonly section: string
  readonly text: LocalizedText
  readonly help?: LocalizedText
  /** Default `false`. A required question that is not relevant is not required. */
  readonly required: boolean
  /** Formula yielding a boolean: the question is asked only when it is true. */
  readonly relevance?: string
  readonly checks?: readonly QuestionCheck[]
}

/** `percent` answers are numbers from 0 to 100 unless `min`/`max` say otherwise. */
type NumberFields = {
  readonly unit?: LocalizedText
  readonly min?: number
  readonly max?: number
}

/**
 * A column of a `table` question. Columns are referenced in formulas as `table.column`
 * (`sum(PhanMem.SoNguoiDung)`); codes are identifiers unique within the table.
 *
 * @example
 *   const column: TableColumn = { code: 'Ten', text: { vi: 'Tên phần mềm' }, type: 'text', required: true }
 */
export type TableColumn =
  | ({ readonly type: 'integer' | 'decimal' | 'percent' } & ColumnBase & NumberFields)
  | ({ readonly type: 'yes-no' } & ColumnBase)
  | ({ readonly type: 'single-choice'; readonly choices: readonly Choice[] } & ColumnBase)
  | ({ readonly type: 'text'; readonly maxLength?: number } & ColumnBase)
  | ({ readonly type: 'date' } & ColumnBase)

type ColumnBase = {
  readonly code: string
  readonly text: LocalizedText
  /** Default `false`. */
  readonly required: boolean
}

/**
 * A raw datum asked of the unit, discriminated on `type`. Each type accepts only its own fields
 * (a `min` on a text question is a schema error, so typos in hand-written JSON are reported).
 *
 * - `integer` / `decimal` / `percent`: `unit`, `min`, `max`.
 * - `yes-no`: no extra field. `date`: an ISO date `YYYY-MM-DD`.
 * - `single-choice` / `multi-choice`: `choices` (validation reports an empty list).
 * - `text`: `maxLength`.
 * - `table`: repeating rows of typed `columns`, `minRows`, `maxRows`.
 * - `evidence`: files; `accept` lists extensions without the dot, lower case (`pdf`);
 *   `maxFiles`. In formulas an evidence question is the number of files attached.
 *
 * @example
 *   const computers: Question = {
 *     code: 'MayTinh', section: 'HTKT', type: 'integer', required: true, min: 0,
 *     text: { vi: 'Tổng số máy tính', en: 'Number of computers' }, unit: { vi: 'chiếc' },
 *   }
 */
export type Question =
  | ({ readonly type: 'integer' | 'decimal' | 'percent' } & QuestionBase & NumberFields)
  | ({ readonly type: 'yes-no' } & QuestionBase)
  | ({ readonly type: 'single-choice' | 'multi-choice'; readonly choices: readonly Choice[] } & QuestionBase)
  | ({ readonly type: 'text'; readonly maxLength?: number } & QuestionBase)
  | ({ readonly type: 'date' } & QuestionBase)
  | ({
      readonly type: 'table'
      readonly columns: readonly TableColumn[]
      readonly minRows?: number
      readonly maxRows?: number
    } & QuestionBase)
  | ({
      readonly type: 'evidence'
      readonly accept?: readonly string[]
      readonly maxFiles?: number
    } & QuestionBase)

/** The kinds of question. @example const kind: QuestionType = 'yes-no' */
export type QuestionType = Question['type']

/** The kinds of table column. @example const kind: ColumnType = 'date' */
export type ColumnType = TableColumn['type']

/** Every question type, in the order the authoring UI offers them. @example questionTypes.includes('table') // => true */
export const questionTypes = [
  'integer',
  'decimal',
  'percent',
  'yes-no',
  'single-choice',
  'multi-choice',
  'text',
  'date',
  'table',
  'evidence',
] as const satisfies readonly QuestionType[]

/** Every column type. @example columnTypes.includes('table') // => false */
export const columnTypes = [
  'integer',
  'decimal',
  'percent',
  'yes-no',
  'single-choice',
  'text',
  'date',
] as const satisfies readonly ColumnType[]
