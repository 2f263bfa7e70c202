import type { Framework, Question } from '@core/framework/framework'
import type { AnswerValue, Answers } from '@core/responses/answer'
import { err, ok, type Result } from '@core/result'
import type { AnswerColumns } from '@core/scoring/answerColumns'
import type { IndicatorColumn } from '@core/scoring/indicatorColumn'
import type { UnitAnswers } from '@core/scoring/scoringOptions'
import { readCellNumber } from '@core/excel/cellNumber'
import type { IDataIssue } from './iDataIssue'
import { cellText, headerIndex, type TableGrid } from './tableGrid'

type Cell = string | number | boolean | null | undefined

/** How one iData column is read: a unit attribute, a numeric question, or another question. */
type ColumnPlan =
  | { readonly kind: 'attribute'; readonly index: number; readonly column: string }
  | {
      readonly kind: 'number'
      readonly index: number
      readonly column: string
      readonly values: Float64Array
      readonly missing: Uint8Array
    }
  | {
      readonly kind: 'other'
      readonly index: number
      readonly column: string
      readonly question: Question
      readonly cells: (AnswerValue | null | undefined)[]
    }

/**
 * Reads a COINr iData table as `importIData` does — the same units, answers, attributes and
 * issues — but keeps the numeric questions' answers as columns (decision 0026): one
 * `Float64Array` and missing mask per question, what `computeAssessmentColumns` scores without
 * building an answer object per unit. Each unit's `answers` is built on first read (a getter, not
 * an own property: use `importIData` for plain objects), equal to `importIData`'s.
 *
 * @example
 *   const table = importIDataColumns(parseCsv(text), framework)
 *   if (table.ok) table.value.column('LPI').values // => Float64Array [4.09, 3.91, …]
 */
export function importIDataColumns(
  grid: TableGrid,
  framework: Pick<Framework, 'questions'>,
): Result<AnswerColumns, readonly IDataIssue[]> {
  const [header, ...rows] = grid
  if (header === undefined) return err([{ code: 'idata-empty' }])
  const columns = headerIndex(header)
  if (!columns.has('ucode')) return err([{ code: 'idata-missing-column', column: 'uCode' }])
  const questions = new Map(framework.questions.map((question) => [question.code, question]))
  const capacity = rows.length
  // What each column is, worked out once from the header rather than for every cell.
  const plan: ColumnPlan[] = []
  header.forEach((cell, index) => {
    const column = cellText(cell)
    if (column === '' || ['ucode', 'uname'].includes(column.toLowerCase())) return
    const question = questions.get(column)
    if (question === undefined) plan.push({ kind: 'attribute', index, column })
    else if (question.type === 'integer' || question.type === 'decimal' || question.type === 'percent')
      plan.push({
        kind: 'number',
        index,
        column,
        values: new Float64Array(capacity),
        missing: new Uint8Array(capacity),
      })
    else plan.push({ kind: 'other', index, column, question, cells: [] })
  })
  const codeColumn = columns.get('ucode') ?? -1
  const nameColumn = columns.get('uname') ?? -1
  const issues: IDataIssue[] = []
  const seen = new Set<string>()
  const units: UnitAnswers[] = []
  let unit = 0
  rows.forEach((row, offset) => {
    const rowNumber = offset + 2
    const code = cellText(row[codeColumn])
    if (code === '') return
    if (seen.has(code)) return void issues.push({ code: 'idata-duplicate-unit', row: rowNumber, unit: code })
    seen.add(code)
    const attributes: Record<string, string> = {}
    for (const column of plan) {
      const cell = row[column.index]
      if (column.kind === 'attribute') attributes[column.column] = cellText(cell)
      else if (column.kind === 'number') {
        // A number cell (a typed table, an xlsx value) is itself when finite, as readCellNumber reads it.
        if (typeof cell === 'number' && Number.isFinite(cell)) {
          column.values[unit] = cell + 0
          continue
        }
        const value = readCellNumber(cell)
        if (value === 'invalid') badCell(issues, rowNumber, column.column, cell)
        else if (value === null) column.missing[unit] = 1
        else column.values[unit] = value
      } else {
        const value = readIDataCell(column.question, cell)
        if (value === 'invalid') badCell(issues, rowNumber, column.column, cell)
        column.cells[unit] = value === 'invalid' ? undefined : value
      }
    }
    const name = cellText(row[nameColumn]) || code
    units.push(
      new TableUnit(code, name, attributes['Group'] ?? attributes['group'] ?? '', attributes, plan, unit),
    )
    unit += 1
  })
  if (rows.length === 0) issues.push({ code: 'idata-empty' })
  if (issues.length > 0) return err(issues)
  const byCode = new Map<string, IndicatorColumn>()
  // A later column of the same code wins, as in the answers.
  for (const column of plan)
    if (column.kind === 'number')
      byCode.set(column.column, {
        values: column.values.subarray(0, unit),
        missing: column.missing.subarray(0, unit),
      })
  let absent: IndicatorColumn | undefined
  const unitCount = unit
  return ok({
    units,
    column: (code) => {
      const known = byCode.get(code)
      if (known !== undefined) return known
      absent ??= { values: new Float64Array(unitCount), missing: new Uint8Array(unitCount).fill(1) }
      return absent
    },
  })
}

/**
 * A unit of the table: its answers are built from the columns on first read (a getter on the
 * prototype, so 10,000 units share one shape), which only formulas that are not compiled over
 * columns do.
 */
class TableUnit implements UnitAnswers {
  #answers: Answers | undefined
  constructor(
    readonly code: string,
    readonly name: string,
    readonly group: string,
    readonly attributes: Readonly<Record<string, string>>,
    private readonly plan: readonly ColumnPlan[],
    private readonly position: number,
  ) {}

  get answers(): Answers {
    this.#answers ??= answersOf(this.plan, this.position)
    return this.#answers
  }
}

function badCell(issues: IDataIssue[], row: number, column: string, cell: Cell) {
  issues.push({ code: 'idata-bad-cell', row, column, found: cellText(cell) })
}

/** One unit's answers, as `importIData` builds them: in column order, a later column of the same code winning. */
function answersOf(plan: readonly ColumnPlan[], unit: number): Answers {
  const answers: Record<string, AnswerValue | null> = {}
  for (const column of plan) {
    if (column.kind === 'number')
      answers[column.column] = column.missing[unit] === 1 ? null : (column.values[unit] as number)
    else if (column.kind === 'other') {
      const value = column.cells[unit]
      if (value !== undefined) answers[column.column] = value
    }
  }
  return answers
}

const TRUE_TEXTS = new Set(['1', 'true', 'có', 'co', 'yes', 'x'])
const FALSE_TEXTS = new Set(['0', 'false', 'không', 'khong', 'no'])

/**
 * One cell of a question that is not a number, read by its type: yes-no as 1/0, TRUE/FALSE,
 * có/không; choices and text as text; multi-choice as `;`-separated values. Table and evidence
 * questions have no cell form and are skipped (`undefined`).
 */
function readIDataCell(question: Question, cell: Cell): AnswerValue | null | undefined | 'invalid' {
  if (question.type === 'table' || question.type === 'evidence') return undefined
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
    case 'integer':
    case 'decimal':
    case 'percent':
      return readCellNumber(cell)
    case 'single-choice':
    case 'text':
    case 'date':
      return text
  }
}
