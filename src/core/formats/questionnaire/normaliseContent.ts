import type { Framework, Question, TableColumn } from '@core/framework/framework'
import type { Answers, AnswerValue, TableCell, TableRow } from '@core/responses/answer'
import { normaliseAnswerText } from './answerCells'

/**
 * What a questionnaire workbook carries of a submission: answers and notes (comments), keyed by
 * question code. Evidence files do not travel in the workbook.
 *
 * @example
 *   const content: WorkbookContent = { answers: { MayTinh: 120 }, comments: { MayTinh: 'Gồm 5 máy chủ' } }
 */
export type WorkbookContent = {
  readonly answers: Answers
  readonly comments: Readonly<Record<string, string>>
}

/**
 * The canonical form of a submission's content for one framework, in which two submissions that
 * say the same thing are deep-equal: only the framework's questions (evidence left out), in
 * framework order; empty answers dropped (`null`, blank text, no choice, no row); texts as
 * `normaliseAnswerText` stores them; `-0` as `0`; multi-choice values once each, in the order of
 * the choice list; table rows without their empty cells, fully empty rows dropped, columns in
 * framework order. Values of the wrong type are kept as they are (the reader never produces them).
 *
 * Why: the content hash (idempotent import) and the round-trip tests compare this form, so the
 * order an officer ticked choices in, or trailing spaces, never make a "different version".
 *
 * @example
 *   normaliseContent(framework, { answers: { KenhHoTro: ['email', 'dien-thoai', 'email'] }, comments: { MayTinh: ' ' } })
 *   // => { answers: { KenhHoTro: ['dien-thoai', 'email'] }, comments: {} }  (when the list offers dien-thoai first)
 */
export function normaliseContent(
  framework: Pick<Framework, 'questions'>,
  content: WorkbookContent,
): WorkbookContent {
  // Pairs then `Object.fromEntries`: a question code may be `__proto__`, which an assignment would
  // turn into a prototype change.
  const answers: [string, AnswerValue][] = []
  const comments: [string, string][] = []
  for (const question of framework.questions) {
    if (question.type !== 'evidence' && Object.hasOwn(content.answers, question.code)) {
      const value = normaliseAnswer(question, content.answers[question.code])
      if (value !== null) answers.push([question.code, value])
    }
    const comment = Object.hasOwn(content.comments, question.code)
      ? content.comments[question.code]
      : undefined
    const text = typeof comment === 'string' ? normaliseAnswerText(comment) : null
    if (text !== null) comments.push([question.code, text])
  }
  return { answers: Object.fromEntries(answers), comments: Object.fromEntries(comments) }
}

function normaliseAnswer(question: Question, value: AnswerValue | null | undefined): AnswerValue | null {
  if (value === null || value === undefined) return null
  switch (question.type) {
    case 'multi-choice':
      return Array.isArray(value)
        ? normaliseChoices(
            question.choices.map((choice) => choice.value),
            value as readonly unknown[],
          )
        : value
    case 'table':
      return Array.isArray(value) ? normaliseRows(question.columns, value as readonly unknown[]) : value
    default:
      return normaliseScalar(value)
  }
}

function normaliseScalar<T>(value: T): T | string | number | null {
  if (typeof value === 'number') return value === 0 ? 0 : value
  if (typeof value === 'string') return normaliseAnswerText(value)
  return value
}

function normaliseChoices(order: readonly string[], values: readonly unknown[]): readonly string[] | null {
  const chosen = new Set(values.filter((value): value is string => typeof value === 'string'))
  const known = order.filter((value) => chosen.has(value))
  const unknown = [...chosen].filter((value) => !order.includes(value)).sort()
  const all = [...known, ...unknown]
  return all.length === 0 ? null : all
}

function normaliseRows(
  columns: readonly TableColumn[],
  rows: readonly unknown[],
): readonly TableRow[] | null {
  const result: TableRow[] = []
  for (const row of rows) {
    if (typeof row !== 'object' || row === null || Array.isArray(row)) continue
    const cells: [string, TableCell][] = []
    for (const column of columns) {
      const cell = Object.hasOwn(row, column.code) ? (row as Record<string, unknown>)[column.code] : null
      const value =
        typeof cell === 'number' || typeof cell === 'string' || typeof cell === 'boolean'
          ? normaliseScalar(cell)
          : null
      if (value !== null) cells.push([column.code, value])
    }
    if (cells.length > 0) result.push(Object.fromEntries(cells))
  }
  return result.length === 0 ? null : result
}
