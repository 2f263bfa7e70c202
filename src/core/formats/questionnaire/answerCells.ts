import type { Choice, Question, TableColumn } from '@core/framework/framework'
import type { TableCell } from '@core/responses/answer'
import { parseLocaleNumber } from '@core/responses/parseLocaleNumber'
import { DEFAULT_TEXT_MAX_LENGTH, finishText } from '@core/responses/sanitizeText'
import { isCalendarDate } from '@core/responses/validateAnswers'
import { serialToIsoDate } from '@core/excel/cellDate'
import { sanitiseCellText } from '@core/excel/sanitiseCellText'
import type { CellValue } from '@core/excel/sheetWorkbook'
import type { WritableCellValue } from '@core/excel/workbookSpec'
import { choiceLabels } from './questionnaireLayout'
import { YES_NO_LABELS } from './questionnaireTemplate'

/**
 * What one answer cell holds: a question or table column of a single-value type (its extra
 * fields such as `text` or `code` are ignored).
 *
 * @example
 *   const kind: CellKind = { type: 'integer', min: 0 }
 */
export type CellKind =
  | { readonly type: 'integer' | 'decimal' | 'percent'; readonly min?: number; readonly max?: number }
  | { readonly type: 'yes-no' }
  | { readonly type: 'single-choice'; readonly choices: readonly Choice[] }
  | { readonly type: 'text'; readonly maxLength?: number }
  | { readonly type: 'date' }

/**
 * What a cell was expected to hold, for the issue message: the kind and its bounds or choices.
 *
 * @example
 *   const expected: AnswerExpectation = { type: 'percent', min: 0, max: 100 }
 */
export type AnswerExpectation = {
  readonly type: CellKind['type']
  readonly min?: number
  readonly max?: number
  readonly maxLength?: number
  readonly choices?: readonly string[]
}

/**
 * Why a cell could not be read as its kind.
 *
 * @example
 *   const reason: CellProblem = 'not-an-integer'
 */
export type CellProblem =
  | 'wrong-type'
  | 'not-an-integer'
  | 'below-min'
  | 'above-max'
  | 'unknown-choice'
  | 'too-long'
  | 'invalid-date'
  | 'formula'
  | 'formula-shared-without-master'
  | 'formula-array'
  | 'formula-data-table'
  | 'error-value'

/** A cell read as its kind: a value (`null` when empty), or why not. */
export type CellReading =
  | { readonly ok: true; readonly value: TableCell }
  | { readonly ok: false; readonly problem: CellProblem; readonly expected: AnswerExpectation }

/**
 * The cell the writer puts for an answer: numbers as numbers, yes/no and choices as their labels,
 * dates as calendar dates, text as text; `null` for no answer. A value that does not fit its kind
 * (possible only in a draft with errors) is written as text so nothing typed is lost.
 *
 * @example
 *   toAnswerCell({ type: 'yes-no' }, true) // => 'Có'
 *   toAnswerCell({ type: 'date' }, '2025-06-30') // => { type: 'date', iso: '2025-06-30' }
 */
export function toAnswerCell(kind: CellKind, value: unknown): WritableCellValue {
  if (value === null || value === undefined) return null
  switch (kind.type) {
    case 'integer':
    case 'decimal':
    case 'percent':
      return typeof value === 'number' && Number.isFinite(value) ? (value === 0 ? 0 : value) : String(value)
    case 'yes-no':
      return typeof value === 'boolean' ? (value ? YES_NO_LABELS.yes : YES_NO_LABELS.no) : String(value)
    case 'single-choice': {
      const index = kind.choices.findIndex((choice) => choice.value === value)
      return index >= 0 ? (choiceLabels(kind.choices)[index] ?? String(value)) : String(value)
    }
    case 'date':
      return typeof value === 'string' && isCalendarDate(value) ? { type: 'date', iso: value } : String(value)
    case 'text':
      return String(value)
  }
}

/**
 * Reads an answer cell as its kind, forgiving what Excel, LibreOffice and people do to a workbook:
 * numbers stored as text with a Vietnamese decimal comma (`1.234,5`) or full-width digits; yes/no
 * as `Có`/`Không`, `TRUE`/`FALSE`, `x`, `1`/`0`; choices by label or by value, any case; dates
 * as dates, 1900-system serials or text (`31/12/2025`, `2025-12-31`); a text typed into a number
 * or date cell that Excel turned into a number or date is read back as text. Formulas and error
 * values are refused: nothing from a workbook is evaluated.
 *
 * @example
 *   readAnswerCell({ type: 'decimal' }, '1.234,5') // => { ok: true, value: 1234.5 }
 *   readAnswerCell({ type: 'yes-no' }, 'x') // => { ok: true, value: true }
 *   readAnswerCell({ type: 'integer', min: 0 }, -1) // => { ok: false, problem: 'below-min', expected: { type: 'integer', min: 0 } }
 */
export function readAnswerCell(kind: CellKind, cell: CellValue | undefined): CellReading {
  if (cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === ''))
    return { ok: true, value: null }
  if (typeof cell === 'object' && cell.type === 'formula')
    return fail(kind, cell.kind === undefined ? 'formula' : `formula-${cell.kind}`)
  if (typeof cell === 'object' && cell.type === 'error') return fail(kind, 'error-value')
  switch (kind.type) {
    case 'integer':
    case 'decimal':
    case 'percent':
      return readNumber(kind, cell)
    case 'yes-no':
      return readYesNo(kind, cell)
    case 'single-choice':
      return readChoice(kind, cell)
    case 'date':
      return readDate(kind, cell)
    case 'text':
      return readText(kind, cell)
  }
}

/**
 * The cell kind of a question or table column with a single value; `null` for multi-choice,
 * table and evidence questions (they are not one cell).
 *
 * @example
 *   cellKindOf({ code: 'Q', type: 'percent', min: 10, … }) // => { type: 'percent', min: 10 }
 */
export function cellKindOf(question: Question | TableColumn): CellKind | null {
  switch (question.type) {
    case 'integer':
    case 'decimal':
    case 'percent':
      return {
        type: question.type,
        ...(question.min === undefined ? {} : { min: question.min }),
        ...(question.max === undefined ? {} : { max: question.max }),
      }
    case 'yes-no':
    case 'date':
      return { type: question.type }
    case 'single-choice':
      return { type: 'single-choice', choices: question.choices }
    case 'text':
      return { type: 'text', ...(question.maxLength === undefined ? {} : { maxLength: question.maxLength }) }
    default:
      return null
  }
}

/**
 * What an issue says was expected of a cell of this kind.
 *
 * @example
 *   expectationOf({ type: 'percent' }) // => { type: 'percent', min: 0, max: 100 }
 */
export function expectationOf(kind: CellKind): AnswerExpectation {
  switch (kind.type) {
    case 'integer':
    case 'decimal':
    case 'percent': {
      const { min, max } = numberBounds(kind)
      return { type: kind.type, ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) }
    }
    case 'single-choice':
      return { type: kind.type, choices: choiceLabels(kind.choices) }
    case 'yes-no':
      return { type: kind.type, choices: [YES_NO_LABELS.yes, YES_NO_LABELS.no] }
    case 'text':
      return { type: kind.type, maxLength: kind.maxLength ?? DEFAULT_TEXT_MAX_LENGTH }
    case 'date':
      return { type: kind.type }
  }
}

/**
 * A cell's content as short text for an issue (`found`): at most 100 characters.
 *
 * @example
 *   describeCell({ type: 'formula', formula: 'A1*2', result: 4 }) // => '=A1*2'
 */
export function describeCell(cell: CellValue | undefined): string {
  if (cell === null || cell === undefined) return ''
  let text: string
  if (typeof cell === 'object' && cell.type === 'formula')
    // A formula whose text the file does not hold (array range, data table, orphan shared clone): what it shows.
    text = cell.formula === '' && cell.kind !== undefined ? describeCell(cell.result) : `=${cell.formula}`
  else if (typeof cell === 'object') text = cell.type === 'date' ? cell.iso : cell.code
  else text = String(cell)
  return text.length > 100 ? `${text.slice(0, 99)}…` : text
}

/** Default bounds: a percent is 0–100 unless the question says otherwise. */
export function numberBounds(kind: {
  readonly type: 'integer' | 'decimal' | 'percent'
  readonly min?: number
  readonly max?: number
}): { readonly min?: number; readonly max?: number } {
  const min = kind.min ?? (kind.type === 'percent' ? 0 : undefined)
  const max = kind.max ?? (kind.type === 'percent' ? 100 : undefined)
  return { ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) }
}

/**
 * A text answer or note as it is stored and compared: what an xlsx cell can hold
 * (`sanitiseCellText`), then what the questionnaire stores (`finishText`: NFC, no control or bidi
 * override characters, trimmed); `null` when nothing is left. Not cut to any length.
 *
 * @example
 *   normaliseAnswerText('  Sở Nội vụ\r\n') // => 'Sở Nội vụ'
 */
export function normaliseAnswerText(text: string): string | null {
  return finishText(sanitiseCellText(text).text, { maxLength: Number.MAX_SAFE_INTEGER })
}

const fail = (kind: CellKind, problem: CellProblem): CellReading => ({
  ok: false,
  problem,
  expected: expectationOf(kind),
})

function readNumber(
  kind: Extract<CellKind, { type: 'integer' | 'decimal' | 'percent' }>,
  cell: CellValue,
): CellReading {
  let value: number
  if (typeof cell === 'number') value = cell
  else if (typeof cell === 'string') {
    const parsed = parseLocaleNumber(cell.normalize('NFKC').trim(), 'vi')
    if (!parsed.ok) return fail(kind, 'wrong-type')
    value = parsed.value
  } else return fail(kind, 'wrong-type')
  if (!Number.isFinite(value)) return fail(kind, 'wrong-type')
  if (kind.type === 'integer' && !Number.isInteger(value)) return fail(kind, 'not-an-integer')
  const { min, max } = numberBounds(kind)
  if (min !== undefined && value < min) return fail(kind, 'below-min')
  if (max !== undefined && value > max) return fail(kind, 'above-max')
  return { ok: true, value: value === 0 ? 0 : value }
}

const TRUE_WORDS = new Set(['có', 'co', 'x', '✓', '✔', 'yes', 'y', 'true', 'đúng', 'dung', '1'])
const FALSE_WORDS = new Set(['không', 'khong', 'no', 'n', 'false', 'sai', '0'])

function readYesNo(kind: CellKind, cell: CellValue): CellReading {
  if (typeof cell === 'boolean') return { ok: true, value: cell }
  if (typeof cell === 'number')
    return cell === 1
      ? { ok: true, value: true }
      : cell === 0
        ? { ok: true, value: false }
        : fail(kind, 'wrong-type')
  if (typeof cell !== 'string') return fail(kind, 'wrong-type')
  const word = foldText(cell)
  if (TRUE_WORDS.has(word)) return { ok: true, value: true }
  if (FALSE_WORDS.has(word)) return { ok: true, value: false }
  return fail(kind, 'wrong-type')
}

function readChoice(kind: Extract<CellKind, { type: 'single-choice' }>, cell: CellValue): CellReading {
  if (typeof cell !== 'string' && typeof cell !== 'number') return fail(kind, 'wrong-type')
  const text = String(cell)
  const labels = choiceLabels(kind.choices)
  const exact = kind.choices.find((choice, index) => labels[index] === text || choice.value === text)
  if (exact !== undefined) return { ok: true, value: exact.value }
  const folded = foldText(text)
  const loose = kind.choices.filter(
    (choice, index) =>
      foldText(labels[index] ?? '') === folded ||
      foldText(choice.label.vi) === folded ||
      foldText(choice.value) === folded,
  )
  return loose.length === 1 && loose[0] !== undefined
    ? { ok: true, value: loose[0].value }
    : fail(kind, 'unknown-choice')
}

function readText(kind: Extract<CellKind, { type: 'text' }>, cell: CellValue): CellReading {
  let raw: string
  if (typeof cell === 'string') raw = cell
  else if (typeof cell === 'number') raw = String(cell)
  else if (cell !== null && typeof cell === 'object' && cell.type === 'date') raw = dayFirst(cell.iso)
  else return fail(kind, 'wrong-type')
  const limit = kind.maxLength ?? DEFAULT_TEXT_MAX_LENGTH
  const text = normaliseAnswerText(raw)
  if (text !== null && text.length > limit) return fail(kind, 'too-long')
  return { ok: true, value: text }
}

function readDate(kind: CellKind, cell: CellValue): CellReading {
  let iso: string | null
  if (cell !== null && typeof cell === 'object' && cell.type === 'date') iso = cell.iso.slice(0, 10)
  else if (typeof cell === 'number') iso = serialToIsoDate(cell)
  else if (typeof cell === 'string') iso = textToIsoDate(cell.normalize('NFKC').trim())
  else return fail(kind, 'wrong-type')
  return iso !== null && isCalendarDate(iso) ? { ok: true, value: iso } : fail(kind, 'invalid-date')
}

const ISO_DATE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/
const DAY_FIRST = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/

/**
 * A date typed as text, read as Vietnamese people write dates: `31/12/2025`, `31-12-2025`,
 * `31.12.2025` (day first), or ISO `2025-12-31`. `null` when it is neither.
 *
 * @example
 *   textToIsoDate('5/1/2025') // => '2025-01-05'
 */
export function textToIsoDate(text: string): string | null {
  const iso = ISO_DATE.exec(text)
  if (iso !== null) return `${iso[1]}-${pad(iso[2])}-${pad(iso[3])}`
  const dayFirstMatch = DAY_FIRST.exec(text)
  if (dayFirstMatch !== null) return `${dayFirstMatch[3]}-${pad(dayFirstMatch[2])}-${pad(dayFirstMatch[1])}`
  return null
}

const pad = (part: string | undefined): string => (part ?? '').padStart(2, '0')

function dayFirst(iso: string): string {
  const [year, month, day] = iso.slice(0, 10).split('-')
  return `${day}/${month}/${year}`
}

/** Text compared loosely: NFC, trimmed, inner spaces collapsed, lower case. */
function foldText(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi')
}
