import type { Cell, Row, Worksheet } from 'exceljs'
import { formatCellRange } from '@core/excel/cellRange'
import type { CellValue, Sheet, SheetState } from '@core/excel/sheetWorkbook'
import { toSheetCellValue } from './toSheetCellValue'

// exceljs 4.4.0 keeps rows and cells in sparse arrays; iterating them directly visits only stored
// ones (including styled empty cells, which carry the "unlocked" flag) without creating the rest.
type WithStoredRows = { readonly _rows?: unknown }
type WithStoredCells = { readonly _cells?: unknown }
type WithMerges = {
  readonly _merges?: Record<
    string,
    { readonly top: number; readonly left: number; readonly bottom: number; readonly right: number }
  >
}
type WithProtection = { readonly sheetProtection?: { readonly sheet?: boolean } | null }

function storedRows(worksheet: Worksheet): readonly Row[] {
  const rows = (worksheet as unknown as WithStoredRows)._rows
  if (Array.isArray(rows)) return rows.filter((row): row is Row => row !== undefined && row !== null)
  const found: Row[] = []
  worksheet.eachRow({ includeEmpty: false }, (row) => void found.push(row))
  return found
}

function storedCells(row: Row): readonly Cell[] {
  const cells = (row as unknown as WithStoredCells)._cells
  if (Array.isArray(cells)) return cells.filter((cell): cell is Cell => cell !== undefined && cell !== null)
  const found: Cell[] = []
  row.eachCell({ includeEmpty: false }, (cell) => void found.push(cell))
  return found
}

const STATES: readonly SheetState[] = ['visible', 'hidden', 'veryHidden']

/**
 * The neutral picture of one loaded worksheet: dense rows trimmed of trailing empties, merge
 * followers as `null` (and never listed as unlocked), unlocked stored cells, merges and protection.
 *
 * @example
 *   toSheet(workbook.worksheets[0], { date1904: false }).rows[0] // => ['Mã', 'Giá trị']
 */
export function toSheet(worksheet: Worksheet, options: { readonly date1904: boolean }): Sheet {
  const rows: (readonly CellValue[])[] = []
  const unlockedCells: string[] = []
  for (const row of storedRows(worksheet)) {
    const values: CellValue[] = []
    for (const cell of storedCells(row)) {
      if (cell.master !== cell) continue
      if (cell.protection?.locked === false) unlockedCells.push(cell.address)
      const value = toSheetCellValue(cell.value, options, () => readFormula(cell))
      if (value !== null) values[Number(cell.col) - 1] = value
    }
    if (values.length > 0) rows[row.number - 1] = Array.from(values, (value) => value ?? null)
  }
  const merges = Object.values((worksheet as unknown as WithMerges)._merges ?? {}).map((range) =>
    formatCellRange(range),
  )
  return {
    name: worksheet.name,
    state: STATES.find((state) => state === worksheet.state) ?? 'visible',
    rows: Array.from(rows, (row) => row ?? []),
    isProtected: (worksheet as unknown as WithProtection).sheetProtection?.sheet === true,
    unlockedCells,
    merges,
  }
}

function readFormula(cell: Cell): { readonly formula: string | undefined; readonly result: unknown } {
  let formula: string | undefined
  try {
    formula = cell.formula || undefined
  } catch {
    formula = undefined // a shared-formula clone whose master is missing
  }
  return { formula, result: cell.result }
}
