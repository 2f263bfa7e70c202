import { formatCellAddress, parseCellAddress } from '@core/excel/cellAddress'
import type { CellValue, Sheet, SheetWorkbook } from '@core/excel/sheetWorkbook'

type Rows = readonly (readonly CellValue[])[]

/**
 * A copy of the workbook with one sheet's rows replaced (what a person does in Excel), for tests.
 *
 * @example
 *   editSheet(workbook, 'bands', (rows) => rows.slice(0, 2))
 */
export function editSheet(
  workbook: SheetWorkbook,
  name: string,
  edit: (rows: Rows, sheet: Sheet) => Rows,
): SheetWorkbook {
  if (!workbook.sheets.some((sheet) => sheet.name === name)) throw new Error(`no sheet ${name}`)
  return {
    sheets: workbook.sheets.map((sheet) =>
      sheet.name === name ? { ...sheet, rows: edit(sheet.rows, sheet) } : sheet,
    ),
  }
}

/**
 * A copy of the workbook with one cell set, the row grown as needed.
 *
 * @example
 *   setCell(workbook, 'indicators', 'I3', 'hai')
 */
export function setCell(
  workbook: SheetWorkbook,
  name: string,
  address: string,
  value: CellValue,
): SheetWorkbook {
  const position = parseCellAddress(address)
  if (position === null) throw new Error(`bad address ${address}`)
  return editSheet(workbook, name, (rows) => {
    const copy = rows.map((row) => [...row])
    while (copy.length < position.row) copy.push([])
    const row = copy[position.row - 1] ?? []
    while (row.length < position.column) row.push(null)
    row[position.column - 1] = value
    return copy
  })
}

/**
 * The A1 address of the cell in the column headed `key` (row 2) on the row whose first cell is
 * `rowKey`, so tests need not hard-code column letters.
 *
 * @example
 *   cellOf(workbook, 'questions', 'MayTinh', 'type') // => 'C4'
 */
export function cellOf(workbook: SheetWorkbook, name: string, rowKey: string, key: string): string {
  const sheet = workbook.sheets.find((candidate) => candidate.name === name)
  const column = sheet?.rows[1]?.indexOf(key) ?? -1
  const row = sheet?.rows.findIndex((cells) => cells[0] === rowKey) ?? -1
  if (column < 0 || row < 0) throw new Error(`no cell ${name}!${rowKey}.${key}`)
  return formatCellAddress({ row: row + 1, column: column + 1 })
}
