import type { QuestionType } from '@core/framework/framework'
import { childPath, issuePath } from '@core/framework/issuePath'
import { questionTypes } from '@core/framework/question'
import { authoringFieldReader, type AuthoringFieldReader } from './authoringFieldReader'
import type { AuthoringFieldSource, AuthoringReadContext } from './authoringReadContext'
import { compactObject } from './compactObject'
import { groupRows, peekText } from '@core/formats/framework-file/peekText'
import { tableColumnReader } from './tableColumnReader'

/** The rows of the three question sheets (absent sheets give no rows). @example const rows: QuestionSheetRows = { questions: [], choices: [], columns: [] } */
export type QuestionSheetRows = {
  readonly questions: readonly AuthoringFieldSource[]
  readonly choices: readonly AuthoringFieldSource[]
  readonly columns: readonly AuthoringFieldSource[]
}

const TYPE_KEYS = [
  'unit_vi',
  'unit_en',
  'min',
  'max',
  'max_length',
  'min_rows',
  'max_rows',
  'accept',
  'max_files',
] as const
const OWN_KEYS: Readonly<Record<QuestionType, readonly string[]>> = {
  integer: ['unit_vi', 'unit_en', 'min', 'max'],
  decimal: ['unit_vi', 'unit_en', 'min', 'max'],
  percent: ['unit_vi', 'unit_en', 'min', 'max'],
  'yes-no': [],
  'single-choice': [],
  'multi-choice': [],
  text: ['max_length'],
  date: [],
  table: ['min_rows', 'max_rows'],
  evidence: ['accept', 'max_files'],
}

/**
 * Builds the framework's `questions` from the `questions` rows, their `choices` rows (matched by
 * question code, in row order) and, for tables, their `columns` rows. Columns that do not apply
 * to a question's type must be empty; choice and column rows naming no suitable question are
 * reported (`readColumnRows` does the table side).
 *
 * @example
 *   readQuestionRows({ questions, choices, columns }, context)[0] // => { code: 'SoCBCC', section: 'HTNL', type: 'integer', … }
 */
export function readQuestionRows(
  rows: QuestionSheetRows,
  context: AuthoringReadContext,
): readonly Record<string, unknown>[] {
  const choicesByQuestion = groupRows(
    rows.choices,
    (row) => `${peekText(row, 'question')}\u0000${peekText(row, 'column')}`,
  )
  const used = new Set<AuthoringFieldSource>()
  const takeChoices = (
    question: string,
    column: string,
    path: string,
  ): readonly Record<string, unknown>[] => {
    const group = choicesByQuestion.get(`${question}\u0000${column}`) ?? []
    group.forEach((row) => used.add(row))
    return group.map((row, index) =>
      readChoice(authoringFieldReader(row, context), childPath(path, 'choices', index)),
    )
  }
  const columns = tableColumnReader(rows.columns, context, takeChoices)
  const types = new Map<string, QuestionType | undefined>()
  const questions = rows.questions.map((row, index) => {
    const read = authoringFieldReader(row, context)
    const path = issuePath('questions', index)
    read.record(path, 'code')
    const code = read.requiredText('code', childPath(path, 'code'))
    const type = read.option('type', questionTypes, childPath(path, 'type'))
    if (read.isBlank('type')) read.requiredText('type')
    if (code !== undefined && !types.has(code)) types.set(code, type)
    const base = {
      code,
      section: read.requiredText('section', childPath(path, 'section')),
      type,
      text: read.localized('text', childPath(path, 'text'), true),
      help: read.localized('help', childPath(path, 'help')),
      required: read.yesNo('required', childPath(path, 'required')),
      relevance: read.text('relevance', childPath(path, 'relevance')),
      checks: read.list('checks', 'checks', childPath(path, 'checks')),
    }
    if (type === undefined) return compactObject(base)
    read.mustBeEmpty(
      TYPE_KEYS.filter((key) => !OWN_KEYS[type].includes(key)),
      type,
    )
    const lists = {
      choices: () => takeChoices(code ?? '', '', path),
      columns: () => columns.take(code ?? '', path),
    }
    return compactObject({ ...base, ...readTypeFields(type, read, path, lists) })
  })
  columns.reportUnused(types)
  reportUnusedChoices(
    rows.choices.filter((row) => !used.has(row)),
    types,
    columns.typesByTable,
    context,
  )
  return questions
}

function readTypeFields(
  type: QuestionType,
  read: AuthoringFieldReader,
  path: string,
  lists: {
    readonly choices: () => readonly Record<string, unknown>[]
    readonly columns: () => readonly Record<string, unknown>[]
  },
): Record<string, unknown> {
  switch (type) {
    case 'integer':
    case 'decimal':
    case 'percent':
      return {
        unit: read.localized('unit', childPath(path, 'unit')),
        min: read.number('min', childPath(path, 'min')),
        max: read.number('max', childPath(path, 'max')),
      }
    case 'single-choice':
    case 'multi-choice':
      return { choices: lists.choices() }
    case 'text':
      return { maxLength: read.integer('max_length', childPath(path, 'maxLength')) }
    case 'table':
      return {
        columns: lists.columns(),
        minRows: read.integer('min_rows', childPath(path, 'minRows')),
        maxRows: read.integer('max_rows', childPath(path, 'maxRows')),
      }
    case 'evidence':
      return {
        accept: read.list('accept', 'accept', childPath(path, 'accept')),
        maxFiles: read.integer('max_files', childPath(path, 'maxFiles')),
      }
    default:
      return {}
  }
}

/**
 * One choice row as `{ value, label, points? }`.
 *
 * @example
 *   readChoice(read, 'questions[6].choices[0]') // => { value: 'co', label: { vi: 'Có' } }
 */
export function readChoice(read: AuthoringFieldReader, path: string): Record<string, unknown> {
  read.record(path, 'value')
  return compactObject({
    value: read.requiredText('value', childPath(path, 'value')),
    label: read.localized('label', childPath(path, 'label'), true),
    points: read.number('points', childPath(path, 'points')),
  })
}

function reportUnusedChoices(
  rows: readonly AuthoringFieldSource[],
  types: ReadonlyMap<string, QuestionType | undefined>,
  tableColumns: ReadonlyMap<string, ReadonlyMap<string, string | undefined>>,
  context: AuthoringReadContext,
): void {
  for (const row of rows) {
    const question = peekText(row, 'question')
    const column = peekText(row, 'column')
    const where = { sheet: row.sheet, cell: row.cell(column === '' ? 'question' : 'column') ?? '' }
    if (question === '') authoringFieldReader(row, context).requiredText('question')
    else if (!types.has(question))
      context.issues.push({
        code: 'authoring-unknown-question',
        sheet: row.sheet,
        cell: row.cell('question') ?? '',
        found: question,
      })
    else if (types.get(question) === undefined) continue
    else if (column === '')
      context.issues.push({
        code: 'authoring-rows-not-allowed',
        ...where,
        found: question,
        type: types.get(question) ?? '',
      })
    else if (types.get(question) !== 'table')
      context.issues.push({
        code: 'authoring-rows-not-allowed',
        ...where,
        found: question,
        type: types.get(question) ?? '',
      })
    else if (!tableColumns.get(question)?.has(column))
      context.issues.push({ code: 'authoring-unknown-table-column', ...where, found: column, question })
    else if (tableColumns.get(question)?.get(column) !== undefined) {
      context.issues.push({
        code: 'authoring-rows-not-allowed',
        ...where,
        found: `${question}.${column}`,
        type: tableColumns.get(question)?.get(column) ?? '',
      })
    }
  }
}
