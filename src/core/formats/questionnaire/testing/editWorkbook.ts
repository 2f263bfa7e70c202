// Small edits of a read SheetWorkbook, as a person (or another program) would make them.
import { parseCellAddress } from '@core/excel/cellAddress'
import type { CellValue, Sheet, SheetWorkbook } from '@core/excel/sheetWorkbook'

/** The workbook with one cell set (rows grown as needed). */
export function withCell(
  workbook: SheetWorkbook,
  sheetName: string,
  address: string,
  value: CellValue,
): SheetWorkbook {
  const position = parseCellAddress(address)
  if (position === null) throw new Error(`bad address ${address}`)
  return withSheetRows(workbook, sheetName, (rows) => {
    while (rows.length < position.row) rows.push([])
    const row = [...(rows[position.row - 1] ?? [])]
    while (row.length < position.column) row.push(null)
    row[position.column - 1] = value
    rows[position.row - 1] = row
  })
}

/** The workbook with a sheet's rows edited in place (a copy). */
export function withSheetRows(
  workbook: SheetWorkbook,
  sheetName: string,
  edit: (rows: CellValue[][]) => void,
): SheetWorkbook {
  if (!workbook.sheets.some((sheet) => sheet.name === sheetName)) throw new Error(`no sheet ${sheetName}`)
  return {
    sheets: workbook.sheets.map((sheet) => {
      if (sheet.name !== sheetName) return sheet
      const rows = sheet.rows.map((row) => [...row])
      edit(rows)
      return { ...sheet, rows }
    }),
  }
}

/** The workbook with sheets removed, renamed or added. */
export function withSheets(workbook: SheetWorkbook, edit: (sheets: Sheet[]) => Sheet[]): SheetWorkbook {
  return { sheets: edit([...workbook.sheets]) }
}

/** The value `_meta` gives a key replaced. */
export function withMeta(workbook: SheetWorkbook, key: string, value: CellValue): SheetWorkbook {
  return withSheetRows(workbook, '_meta', (rows) => {
    const index = rows.findIndex((row) => row[0] === key)
    rows[index] = [key, value]
  })
}

/** The cell at an address of a sheet. */
export function cellOf(workbook: SheetWorkbook, sheetName: string, address: string): CellValue | undefined {
  const position = parseCellAddress(address)
  const sheet = workbook.sheets.find((candidate) => candidate.name === sheetName)
  return position === null ? undefined : sheet?.rows[position.row - 1]?.[position.column - 1]
}
