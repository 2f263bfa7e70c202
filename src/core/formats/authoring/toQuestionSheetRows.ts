import type { Choice, Framework, Question, TableColumn } from '@core/framework/framework'
import { localizedCells, yesNoCell, type AuthoringRowValues } from './authoringCellText'
import { formatListCell } from './listCellText'

/**
 * The rows of the `sections`, `questions`, `choices` and `columns` sheets for a framework, in the
 * framework's order (see `questionSheetLayouts.ts` for the columns).
 *
 * @example
 *   toQuestionSheetRows(framework).questions[0] // => { code: 'SoCBCC', section: 'HTNL', type: 'integer', text_vi: '…', required: 'có', … }
 */
export function toQuestionSheetRows(framework: Framework): {
  readonly sections: readonly AuthoringRowValues[]
  readonly questions: readonly AuthoringRowValues[]
  readonly choices: readonly AuthoringRowValues[]
  readonly columns: readonly AuthoringRowValues[]
} {
  return {
    sections: framework.sections.map((section) => ({
      code: section.code,
      ...localizedCells('title', section.title),
      ...localizedCells('description', section.description),
    })),
    questions: framework.questions.map(questionRow),
    choices: framework.questions.flatMap(choiceRows),
    columns: framework.questions.flatMap((question) =>
      question.type === 'table' ? question.columns.map((column) => columnRow(question.code, column)) : [],
    ),
  }
}

function questionRow(question: Question): AuthoringRowValues {
  const base = {
    code: question.code,
    section: question.section,
    type: question.type,
    ...localizedCells('text', question.text),
    ...localizedCells('help', question.help),
    required: yesNoCell(question.required),
    relevance: question.relevance ?? null,
    checks: question.checks === undefined ? null : formatListCell('checks', question.checks),
  }
  switch (question.type) {
    case 'integer':
    case 'decimal':
    case 'percent':
      return {
        ...base,
        ...localizedCells('unit', question.unit),
        min: question.min ?? null,
        max: question.max ?? null,
      }
    case 'text':
      return { ...base, max_length: question.maxLength ?? null }
    case 'table':
      return { ...base, min_rows: question.minRows ?? null, max_rows: question.maxRows ?? null }
    case 'evidence':
      return {
        ...base,
        accept: question.accept === undefined ? null : formatListCell('accept', question.accept),
        max_files: question.maxFiles ?? null,
      }
    default:
      return base
  }
}

function choiceRows(question: Question): readonly AuthoringRowValues[] {
  if (question.type === 'single-choice' || question.type === 'multi-choice')
    return question.choices.map((choice) => choiceRow(question.code, null, choice))
  if (question.type !== 'table') return []
  return question.columns.flatMap((column) =>
    column.type === 'single-choice'
      ? column.choices.map((choice) => choiceRow(question.code, column.code, choice))
      : [],
  )
}

function choiceRow(question: string, column: string | null, choice: Choice): AuthoringRowValues {
  return {
    question,
    column,
    value: choice.value,
    ...localizedCells('label', choice.label),
    points: choice.points ?? null,
  }
}

function columnRow(question: string, column: TableColumn): AuthoringRowValues {
  const base = {
    question,
    code: column.code,
    type: column.type,
    ...localizedCells('text', column.text),
    required: yesNoCell(column.required),
  }
  switch (column.type) {
    case 'integer':
    case 'decimal':
    case 'percent':
      return {
        ...base,
        ...localizedCells('unit', column.unit),
        min: column.min ?? null,
        max: column.max ?? null,
      }
    case 'text':
      return { ...base, max_length: column.maxLength ?? null }
    default:
      return base
  }
}
