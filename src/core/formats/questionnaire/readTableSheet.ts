import { formatCellAddress } from '@core/excel/cellAddress'
import type { Sheet } from '@core/excel/sheetWorkbook'
import type { TableCell, TableRow } from '@core/responses/answer'
import { cellKindOf, describeCell, readAnswerCell } from './answerCells'
import type { QuestionnaireIssue } from './questionnaireIssue'
import type { TableSheetLayout } from './questionnaireLayout'
import { cellAt, checkLockedCell } from './sheetCells'
import type { SheetReading } from './readSectionSheet'

/**
 * Reads a table question's sheet: the header must say what the template wrote; every row below
 * with at least one filled data cell is a table row (empty rows, also between filled ones, are
 * skipped; the STT column is ignored). Cells are read with `readAnswerCell`; row counts are
 * checked against `minRows`/`maxRows`; a required cell left empty in a filled row is a warning.
 *
 * @example
 *   readTableSheet(sheet, layout.tables[0]).answers.get('PhanMem') // => [{ Ten: 'eOffice', SoNguoiDung: 120 }]
 */
export function readTableSheet(sheet: Sheet, layout: TableSheetLayout): SheetReading {
  const reading: SheetReading = { answers: new Map(), comments: new Map(), locations: new Map(), issues: [] }
  const { question } = layout
  layout.headings.forEach((heading, index) => checkLockedCell(sheet, 1, index + 1, heading, reading.issues))
  reading.locations.set(question.code, { sheet: sheet.name, cell: 'B2' })
  const rows: TableRow[] = []
  for (let row = 2; row <= sheet.rows.length; row += 1) {
    const cells: [string, TableCell][] = []
    const rowIssues: QuestionnaireIssue[] = []
    const missing: QuestionnaireIssue[] = []
    question.columns.forEach((column, index) => {
      const kind = cellKindOf(column)
      if (kind === null) return
      const cell = cellAt(sheet, row, index + 2)
      const read = readAnswerCell(kind, cell)
      const address = formatCellAddress({ row, column: index + 2 })
      if (!read.ok)
        rowIssues.push({
          code: 'invalid-answer',
          sheet: sheet.name,
          cell: address,
          question: question.code,
          column: column.code,
          problem: read.problem,
          expected: read.expected,
          found: describeCell(cell),
        })
      else if (read.value !== null) cells.push([column.code, read.value])
      else if (column.required)
        missing.push({
          code: 'missing-required',
          sheet: sheet.name,
          cell: address,
          question: question.code,
          column: column.code,
        })
    })
    if (rowIssues.length === 0 && cells.length === 0) continue
    rows.push(Object.fromEntries(cells))
    reading.issues.push(...rowIssues, ...missing)
  }
  const found = rows.length
  if (question.maxRows !== undefined && found > question.maxRows)
    reading.issues.push({
      code: 'too-many-rows',
      sheet: sheet.name,
      question: question.code,
      maxRows: question.maxRows,
      found,
    })
  if (question.minRows !== undefined && found > 0 && found < question.minRows)
    reading.issues.push({
      code: 'too-few-rows',
      sheet: sheet.name,
      question: question.code,
      minRows: question.minRows,
      found,
    })
  if (found > 0) reading.answers.set(question.code, rows)
  return reading
}
