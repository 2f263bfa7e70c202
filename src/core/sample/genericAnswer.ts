import type { Question, TableColumn } from '@core/framework/framework'
import type { AnswerValue, TableCell, TableRow } from '@core/responses/answer'
import type { SampleContext } from './sampleContext'
import { gradeChoice, hasCapability, level } from './sampleDraws'
import { genericNotes } from './vietnameseText'

/**
 * An answer from the question's type alone, for questions no sample profile knows (a framework
 * the evaluator authored, or a question added to a built-in one). Valid for the type and range,
 * driven by the unit's maturity, but not meaningful: counts scale with the unit's staff, choices
 * are taken as listed best first, texts are general Vietnamese notes, dates fall in the year.
 * Evidence is never generated (a sample has no files), so it gives `null`.
 *
 * @example
 *   genericAnswer(context, { code: 'Q1', section: 'S', text: { vi: 'Có?' }, required: true, type: 'yes-no' }) // => true or false
 */
export function genericAnswer(context: SampleContext, question: Question): AnswerValue | null {
  switch (question.type) {
    case 'integer':
    case 'decimal':
    case 'percent':
      return genericNumber(context, question.code, question)
    case 'yes-no':
      return hasCapability(context, question.code, 0.5)
    case 'single-choice':
      return question.choices.length === 0
        ? null
        : gradeChoice(context, question.code, [
            question.choices[0]?.value ?? '',
            ...question.choices.slice(1).map((choice) => choice.value),
          ])
    case 'multi-choice':
      return question.choices
        .filter(
          (choice, index) =>
            index === 0 || hasCapability(context, `${question.code}:${choice.value}`, 0.3 + 0.1 * index),
        )
        .map((choice) => choice.value)
    case 'text':
      return context.yearly
        .pick(question.code, genericNotes)
        .slice(0, question.maxLength ?? Number.MAX_SAFE_INTEGER)
    case 'date':
      return genericDate(context, question.code)
    case 'table':
      return genericRows(context, question)
    case 'evidence':
      return null
  }
}

type NumberBounds = {
  readonly type: 'integer' | 'decimal' | 'percent'
  readonly min?: number
  readonly max?: number
}

function genericNumber(context: SampleContext, key: string, bounds: NumberBounds): number {
  const low = bounds.min ?? 0
  const high = bounds.max ?? (bounds.type === 'percent' ? 100 : low + Math.max(10, context.traits.staff))
  const value = low + (high - low) * level(context, key)
  return bounds.type === 'integer'
    ? Math.min(high, Math.max(low, Math.round(value)))
    : Math.round(value * 10) / 10
}

function genericDate(context: SampleContext, key: string): string {
  const month = context.yearly.integer(`${key}:month`, 1, 12)
  const day = context.yearly.integer(`${key}:day`, 1, 28)
  return `${context.year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

function genericRows(
  context: SampleContext,
  question: Extract<Question, { type: 'table' }>,
): readonly TableRow[] {
  const low = question.minRows ?? 0
  const high = Math.max(low, Math.min(question.maxRows ?? 4, 4))
  const count = low + Math.round((high - low) * level(context, question.code))
  return Array.from({ length: count }, (_, row) =>
    Object.fromEntries(
      question.columns.map((column) => [
        column.code,
        genericCell(context, `${question.code}[${row}].${column.code}`, column),
      ]),
    ),
  )
}

function genericCell(context: SampleContext, key: string, column: TableColumn): TableCell {
  switch (column.type) {
    case 'integer':
    case 'decimal':
    case 'percent':
      return genericNumber(context, key, column)
    case 'yes-no':
      return hasCapability(context, key, 0.5)
    case 'single-choice':
      return column.choices[0] === undefined
        ? null
        : gradeChoice(context, key, [
            column.choices[0].value,
            ...column.choices.slice(1).map((choice) => choice.value),
          ])
    case 'text':
      return context.yearly.pick(key, genericNotes).slice(0, column.maxLength ?? Number.MAX_SAFE_INTEGER)
    case 'date':
      return genericDate(context, key)
  }
}
