import type { Framework, Question } from '@core/framework/framework'
import type { AnswerValue } from '@core/responses/answer'
import { err, ok, type Result } from '@core/result'
import type { UnitAnswers } from '@core/scoring/scoringOptions'
import { readCellNumber } from '@core/excel/cellNumber'
import { cellText, headerIndex, type TableGrid } from './tableGrid'

export type IDataIssue =
  | { readonly code: 'idata-empty' }
  | { readonly code: 'idata-missing-column'; readonly column: string }
  | { readonly code: 'idata-bad-cell'; readonly row: number; readonly column: string; readonly found: string }
  | { readonly code: 'idata-duplicate-unit'; readonly row: number; readonly unit: string }

/**
 * Reads a COINr iData table (one row per unit: uCode, uName, group columns, Time, denominators,
 * indicators) as units with answers to the framework's questions. Columns that are not
 * questions become unit attributes (for group-mean imputation). Every problem is collected.
 *
 * @example
 *   importIData(parseCsv(text), framework) // => ok([{ code: 'AUT', name: 'Austria', answers: { LPI: 4.09, … } }, …])
 */
export function importIData(
  grid: TableGrid,
  framework: Pick<Framework, 'questions'>,
): Result<UnitAnswers[], readonly IDataIssue[]> {
  const [header, ...rows] = grid
  if (header === undefined) return err([{ code: 'idata-empty' }])
  const columns = headerIndex(header)
  if (!columns.has('ucode')) return err([{ code: 'idata-missing-column', column: 'uCode' }])
  const questions = new Map(framework.questions.map((question) => [question.code, question]))
  const issues: IDataIssue[] = []
  const seen = new Set<string>()
  const units: UnitAnswers[] = []
  // What each column is, worked out once from the header rather than for every cell.
  const plan: { readonly index: number; readonly column: string; readonly question?: Question }[] = []
  header.forEach((cell, index) => {
    const column = cellText(cell)
    if (column === '' || ['ucode', 'uname'].includes(column.toLowerCase())) return
    const question = questions.get(column)
    plan.push(question === undefined ? { index, column } : { index, column, question })
  })
  const codeColumn = columns.get('ucode') ?? -1
  const nameColumn = columns.get('uname') ?? -1
  rows.forEach((row, offset) => {
    const rowNumber = offset + 2
    const code = cellText(row[codeColumn])
    if (code === '') return
    if (seen.has(code)) return void issues.push({ code: 'idata-duplicate-unit', row: rowNumber, unit: code })
    seen.add(code)
    const answers: Record<string, AnswerValue | null> = {}
    const attributes: Record<string, string> = {}
    for (const { index, column, question } of plan) {
      if (question === undefined) {
        attributes[column] = cellText(row[index])
        continue
      }
      const value = readCell(question, row[index])
      if (value === 'invalid')
        issues.push({ code: 'idata-bad-cell', row: rowNumber, column, found: cellText(row[index]) })
      else if (value !== undefined) answers[column] = value
    }
    const name = cellText(row[nameColumn]) || code
    units.push({ code, name, group: attributes['Group'] ?? attributes['group'] ?? '', attributes, answers })
  })
  if (rows.length === 0) issues.push({ code: 'idata-empty' })
  return issues.length > 0 ? err(issues) : ok(units)
}

const TRUE_TEXTS = new Set(['1', 'true', 'có', 'co', 'yes', 'x'])
const FALSE_TEXTS = new Set(['0', 'false', 'không', 'khong', 'no'])

/**
 * One cell read by its question's type: numbers (dot or Vietnamese decimal comma), yes-no as
 * 1/0, TRUE/FALSE, có/không, choices and text as text, multi-choice as `;`-separated values.
 * Table and evidence questions have no cell form and are skipped (`undefined`).
 */
function readCell(
  question: Question,
  cell: string | number | boolean | null | undefined,
): AnswerValue | null | undefined | 'invalid' {
  if (question.type === 'table' || question.type === 'evidence') return undefined
  // A number cell reads the same without the trimmed text (an empty or blank cell is missing
  // there too); skipping it matters for 10,000-unit tables.
  if (question.type === 'integer' || question.type === 'decimal' || question.type === 'percent')
    return readCellNumber(cell)
  const text = cellText(cell)
  if (text === '') return null
  switch (question.type) {
    case 'yes-no':
      if (typeof cell === 'boolean') return cell
      if (TRUE_TEXTS.has(text.toLowerCase())) return true
      return FALSE_TEXTS.has(text.toLowerCase()) ? false : 'invalid'
    case 'multi-choice':
      return text
        .split(';')
        .map((part) => part.trim())
        .filter((part) => part !== '')
    case 'single-choice':
    case 'text':
    case 'date':
      return text
  }
}
