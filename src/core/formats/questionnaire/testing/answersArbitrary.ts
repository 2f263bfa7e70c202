// Random, valid answers to any framework, for round-trip property tests.
import { fc } from '@fast-check/vitest'
import type { Framework, Question, TableColumn } from '@core/framework/framework'
import type { Answers, AnswerValue, TableCell, TableRow } from '@core/responses/answer'
import { DEFAULT_TEXT_MAX_LENGTH } from '@core/responses/sanitizeText'
import { INJECTION_PAYLOADS } from '@core/excel/testing/injectionPayloads'
import { normaliseAnswerText, numberBounds } from '@core/formats/questionnaire/answerCells'
import type { WorkbookContent } from '@core/formats/questionnaire/normaliseContent'

const VIETNAMESE = [
  'Sở Thông tin và Truyền thông',
  'Ủy ban nhân dân quận Hải Châu',
  'Phần mềm một cửa điện tử',
  'Nguyễn Thị Ánh Tuyết',
  'ĐẠI HỌC ĐÀ NẴNG',
]

/** Texts of every kind a unit types: Unicode graphemes (emoji, combining marks), Vietnamese, injection payloads, line breaks. */
export const answerTextArbitrary = (maxLength: number): fc.Arbitrary<string | null> =>
  fc
    .oneof(
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc.string({ unit: 'binary', maxLength: 20 }),
      fc.constantFrom(...VIETNAMESE, ...INJECTION_PAYLOADS),
      fc
        .tuple(
          fc.constantFrom(...VIETNAMESE),
          fc.constantFrom('\n', '\r\n', '\t'),
          fc.constantFrom(...VIETNAMESE),
        )
        .map((parts) => parts.join('')),
    )
    .map((text) => normaliseAnswerText(text))
    .map((text) => (text !== null && text.length <= maxLength ? text : null))

const MIN_DATE = Date.UTC(1900, 2, 1)
const MAX_DATE = Date.UTC(2100, 11, 31)
const dateArbitrary = fc
  .integer({ min: MIN_DATE / 86_400_000, max: MAX_DATE / 86_400_000 })
  .map((day) => new Date(day * 86_400_000).toISOString().slice(0, 10))

function numberArbitrary(kind: {
  readonly type: 'integer' | 'decimal' | 'percent'
  readonly min?: number
  readonly max?: number
}): fc.Arbitrary<number> {
  const { min = -1e12, max = 1e12 } = numberBounds(kind)
  if (kind.type === 'integer')
    return fc.integer({ min: Math.max(Math.ceil(min), -1e12), max: Math.min(Math.floor(max), 1e12) })
  return fc.oneof(
    fc.double({ min, max, noNaN: true, noDefaultInfinity: true }),
    fc.integer({ min: Math.ceil(min), max: Math.floor(max) }),
    fc.constant(Math.min(Math.max(0.1, min), max)),
  )
}

function cellArbitrary(column: Question | TableColumn): fc.Arbitrary<TableCell | AnswerValue | null> {
  switch (column.type) {
    case 'integer':
    case 'decimal':
    case 'percent':
      return numberArbitrary(column)
    case 'yes-no':
      return fc.boolean()
    case 'single-choice':
      return fc.constantFrom(...column.choices.map((choice) => choice.value))
    case 'multi-choice':
      return fc
        .subarray(
          column.choices.map((choice) => choice.value),
          { minLength: 1 },
        )
        .chain((values) => fc.shuffledSubarray(values, { minLength: values.length }))
    case 'text':
      return answerTextArbitrary(
        Math.min(column.maxLength ?? DEFAULT_TEXT_MAX_LENGTH, DEFAULT_TEXT_MAX_LENGTH),
      )
    case 'date':
      return dateArbitrary
    case 'table':
      return fc.array(rowArbitrary(column.columns), {
        minLength: 1,
        maxLength: Math.min(column.maxRows ?? 5, 5),
      })
    case 'evidence':
      return fc.constant(null)
  }
}

function rowArbitrary(columns: readonly TableColumn[]): fc.Arbitrary<TableRow> {
  return fc
    .tuple(
      ...columns.map((column) => fc.option(cellArbitrary(column) as fc.Arbitrary<TableCell>, { freq: 3 })),
    )
    .map((cells) =>
      Object.fromEntries(
        columns.flatMap((column, index) =>
          cells[index] === null || cells[index] === undefined ? [] : [[column.code, cells[index]]],
        ),
      ),
    )
}

/**
 * Random content for a framework: each question answered (with a valid value of its type) or
 * not, and a note on some; evidence never (it does not travel in the workbook).
 *
 * @example
 *   test.prop([contentArbitrary(framework)])('round-trips', (content) => { … })
 */
export function contentArbitrary(framework: Pick<Framework, 'questions'>): fc.Arbitrary<WorkbookContent> {
  const questions = framework.questions
  return fc
    .tuple(
      fc.tuple(...questions.map((question) => fc.option(cellArbitrary(question), { freq: 4 }))),
      fc.tuple(...questions.map(() => fc.option(answerTextArbitrary(2000), { freq: 1 }))),
    )
    .map(([values, notes]) => {
      const answers: [string, AnswerValue][] = []
      const comments: [string, string][] = []
      questions.forEach((question, index) => {
        const value = values[index]
        if (value !== null && value !== undefined) answers.push([question.code, value as AnswerValue])
        const note = notes[index]
        if (note !== null && note !== undefined) comments.push([question.code, note])
      })
      return { answers: Object.fromEntries(answers) as Answers, comments: Object.fromEntries(comments) }
    })
}
