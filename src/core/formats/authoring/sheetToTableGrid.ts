import type { CellValue, Sheet } from '@core/excel/sheetWorkbook'
import type { TableGrid } from '@core/formats/coinr/tableGrid'

/**
 * A worksheet as a table grid for the COINr readers: text, numbers and booleans as they are,
 * dates as `YYYY-MM-DD`, formulas as their cached result, error values as their code (`#N/A`),
 * which the readers then report as not a number.
 *
 * @example
 *   sheetToTableGrid(sheet) // => [['iCode', 'Weight'], ['LPI', 1]]
 */
export function sheetToTableGrid(sheet: Sheet): TableGrid {
  return sheet.rows.map((row) => row.map(toGridCell))
}

function toGridCell(cell: CellValue): string | number | boolean | null {
  if (cell === null || typeof cell !== 'object') return cell
  if (cell.type === 'date') return cell.iso
  if (cell.type === 'error') return cell.code
  return toGridCell(cell.result)
}
