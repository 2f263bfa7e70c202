import type { ColumnType, QuestionType } from '@core/framework/framework'
import { childPath } from '@core/framework/issuePath'
import { columnTypes } from '@core/framework/question'
import { authoringFieldReader } from './authoringFieldReader'
import type { AuthoringFieldSource, AuthoringReadContext } from './authoringReadContext'
import { compactObject } from './compactObject'
import { groupRows, peekText } from '@core/formats/framework-file/peekText'

type TakeChoices = (question: string, column: string, path: string) => readonly Record<string, unknown>[]

const TYPE_KEYS = ['unit_vi', 'unit_en', 'min', 'max', 'max_length'] as const
const NUMBER_KEYS = ['unit_vi', 'unit_en', 'min', 'max']

/**
 * Reads the `columns` sheet for the table questions: `take` gives a table's columns (its rows in
 * order, with the choices of its single-choice columns); `reportUnused` reports the rows no table
 * took; `typesByTable` tells, per table and column code, the column type (for the choices sheet).
 *
 * @example
 *   const columns = tableColumnReader(rows, context, takeChoices)
 *   columns.take('PhanMem', 'questions[8]') // => [{ code: 'Ten', type: 'text', … }]
 */
export function tableColumnReader(
  rows: readonly AuthoringFieldSource[],
  context: AuthoringReadContext,
  takeChoices: TakeChoices,
) {
  const byQuestion = groupRows(rows, (row) => peekText(row, 'question'))
  const used = new Set<AuthoringFieldSource>()
  const typesByTable = new Map<string, Map<string, ColumnType | undefined>>()
  const take = (question: string, path: string): readonly Record<string, unknown>[] => {
    const types = typesByTable.get(question) ?? new Map<string, ColumnType | undefined>()
    typesByTable.set(question, types)
    return (byQuestion.get(question) ?? []).map((row, index) => {
      used.add(row)
      const read = authoringFieldReader(row, context)
      const columnPath = childPath(path, 'columns', index)
      read.record(columnPath, 'code')
      const code = read.requiredText('code', childPath(columnPath, 'code'))
      const type = read.option('type', columnTypes, childPath(columnPath, 'type'))
      if (read.isBlank('type')) read.requiredText('type')
      if (code !== undefined && !types.has(code)) types.set(code, type)
      const base = {
        code,
        text: read.localized('text', childPath(columnPath, 'text'), true),
        required: read.yesNo('required', childPath(columnPath, 'required')),
        type,
      }
      if (type === undefined) return compactObject(base)
      const own =
        type === 'text' ? ['max_length'] : ['integer', 'decimal', 'percent'].includes(type) ? NUMBER_KEYS : []
      read.mustBeEmpty(
        TYPE_KEYS.filter((key) => !own.includes(key)),
        type,
      )
      if (type === 'text')
        return compactObject({
          ...base,
          maxLength: read.integer('max_length', childPath(columnPath, 'maxLength')),
        })
      if (type === 'single-choice')
        return compactObject({ ...base, choices: takeChoices(question, code ?? '', columnPath) })
      if (own.length === 0) return compactObject(base)
      return compactObject({
        ...base,
        unit: read.localized('unit', childPath(columnPath, 'unit')),
        min: read.number('min', childPath(columnPath, 'min')),
        max: read.number('max', childPath(columnPath, 'max')),
      })
    })
  }
  const reportUnused = (questionTypesByCode: ReadonlyMap<string, QuestionType | undefined>): void => {
    for (const row of rows.filter((candidate) => !used.has(candidate))) {
      const question = peekText(row, 'question')
      const cell = row.cell('question') ?? ''
      if (question === '') authoringFieldReader(row, context).requiredText('question')
      else if (!questionTypesByCode.has(question))
        context.issues.push({ code: 'authoring-unknown-question', sheet: row.sheet, cell, found: question })
      else if (questionTypesByCode.get(question) !== undefined) {
        context.issues.push({
          code: 'authoring-rows-not-allowed',
          sheet: row.sheet,
          cell,
          found: question,
          type: questionTypesByCode.get(question) ?? '',
        })
      }
    }
  }
  return {
    take,
    reportUnused,
    typesByTable: typesByTable as ReadonlyMap<string, ReadonlyMap<string, ColumnType | undefined>>,
  }
}
