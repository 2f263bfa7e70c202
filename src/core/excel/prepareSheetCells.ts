import { formatCellAddress, MAX_EXCEL_COLUMNS, MAX_EXCEL_ROWS } from './cellAddress'
import { checkCellStyle } from './checkCellStyle'
import { prepareCellValue } from './prepareCellValue'
import type { PreparedCell } from './preparedWorkbook'
import type { SpecCell, StyledCell } from './workbookSpec'
import type { WorkbookWriteChange, WorkbookWriteIssue } from './workbookWriteIssue'

/**
 * Whether a spec cell carries style hints (`{ value, style }`) rather than being a bare value.
 *
 * @example
 *   isStyledCell({ value: 1, style: { bold: true } }) // => true
 *   isStyledCell({ type: 'date', iso: '2024-01-31' }) // => false
 */
export function isStyledCell(cell: SpecCell | undefined): cell is StyledCell {
  return typeof cell === 'object' && cell !== null && 'value' in cell
}

/**
 * Prepared cells of one sheet, with the problems and changes found.
 *
 * @example
 *   const { cells, issues } = prepareSheetCells('S', [['a', 1]])
 */
export type PreparedSheetCells = {
  readonly cells: readonly PreparedCell[]
  readonly issues: readonly WorkbookWriteIssue[]
  readonly changes: readonly WorkbookWriteChange[]
  readonly formulaCount: number
}

/**
 * Checks and sanitises every cell of a sheet's rows (see `prepareCellValue`); empty cells without
 * style are left out. `sheet` is the requested name, used to label issues and changes.
 *
 * @example
 *   prepareSheetCells('S', [['=1', 2]]).cells.map((cell) => cell.value.kind) // => ['text', 'number']
 */
export function prepareSheetCells(sheet: string, rows: readonly (readonly SpecCell[])[]): PreparedSheetCells {
  const issues: WorkbookWriteIssue[] = []
  const changes: WorkbookWriteChange[] = []
  const cells: PreparedCell[] = []
  let formulaCount = 0
  if (rows.length > MAX_EXCEL_ROWS)
    return {
      cells,
      changes,
      formulaCount,
      issues: [{ code: 'too-many-rows', sheet, rows: rows.length, limit: MAX_EXCEL_ROWS }],
    }
  const widest = rows.reduce((most, row) => Math.max(most, row.length), 0)
  if (widest > MAX_EXCEL_COLUMNS)
    return {
      cells,
      changes,
      formulaCount,
      issues: [{ code: 'too-many-columns', sheet, columns: widest, limit: MAX_EXCEL_COLUMNS }],
    }

  rows.forEach((row, rowIndex) => {
    row.forEach((cell, columnIndex) => {
      const position = { row: rowIndex + 1, column: columnIndex + 1 }
      const where = { sheet, cell: formatCellAddress(position) }
      const { value, style } = isStyledCell(cell) ? cell : { value: cell, style: undefined }
      const badStyle = style === undefined ? null : checkCellStyle(style)
      if (badStyle !== null) issues.push({ code: 'invalid-style', ...where, field: badStyle })
      const prepared = prepareCellValue(value ?? null, where)
      if (!prepared.ok) return void issues.push(prepared.error)
      if (prepared.value.changes.length > 0)
        changes.push({ kind: 'text-changed', sheet, place: where.cell, reasons: prepared.value.changes })
      if (prepared.value.value.kind === 'formula') formulaCount += 1
      if (prepared.value.value.kind !== 'empty' || style !== undefined)
        cells.push({ ...position, value: prepared.value.value, style })
    })
  })
  return { cells, issues, changes, formulaCount }
}
