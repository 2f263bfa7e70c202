import type { CellValue, SheetWorkbook } from '@core/excel/sheetWorkbook'
import { ok } from '@core/result'
import type { Inspection } from './fileInspector'

type Rows = readonly (readonly CellValue[])[]

/** `ictwb compare`'s headings in Vietnamese and English: code, unit, then earlier and later values with their years. */
const CODE = ['Mã', 'Code']
const UNIT = ['Đơn vị', 'Unit']
const EARLIER = /^(?:Giá trị (\d{4}) \(quy đổi\)|Value (\d{4}) \(restated\))$/
const LATER = /^(?:Giá trị|Value) (\d{4})$/

const yearIn = (cell: CellValue | undefined, pattern: RegExp): number | null => {
  const match = typeof cell === 'string' ? pattern.exec(cell) : null
  const year = match?.[1] ?? match?.[2]
  return year === undefined ? null : Number(year)
}

/**
 * Whether rows are the table `ictwb compare --out` writes (CSV, or the one sheet of its .xlsx),
 * in either language: Mã/Code, Đơn vị/Unit, "Giá trị 2024 (quy đổi)", "Giá trị 2025", …
 *
 * @example
 *   isComparisonTableRows([['Mã', 'Đơn vị', 'Giá trị 2024 (quy đổi)', 'Giá trị 2025']]) // => true
 */
export function isComparisonTableRows(rows: Rows): boolean {
  const header = rows[0] ?? []
  return (
    CODE.includes(String(header[0] ?? '')) &&
    UNIT.includes(String(header[1] ?? '')) &&
    yearIn(header[2], EARLIER) !== null &&
    yearIn(header[3], LATER) !== null
  )
}

/**
 * The rows of a one-sheet workbook's visible sheet (where `ictwb compare` writes its table).
 *
 * @example
 *   comparisonSheetRows({ sheets: [] }) // => []
 */
export function comparisonSheetRows(workbook: SheetWorkbook): Rows {
  return workbook.sheets.find((sheet) => sheet.state === 'visible')?.rows ?? []
}

/**
 * `ictwb compare`'s table: the two years it compares (the earlier one restated in the later
 * year's units) and its units. It names no framework and carries no hash.
 *
 * @example
 *   const about = await inspectComparisonTable(rows)
 *   about.ok && about.value.scope // => '2024, 2025'
 */
export async function inspectComparisonTable(rows: Rows): Inspection {
  const header = rows[0] ?? []
  const earlier = yearIn(header[2], EARLIER)
  const later = yearIn(header[3], LATER)
  const units = rows.slice(1).filter((row) => row.some((cell) => cell !== null && cell !== '')).length
  return ok({
    kind: 'comparison-workbook',
    formatVersion: null,
    frameworkId: null,
    frameworkVersion: null,
    year: later,
    scope: [earlier, later].join(', '),
    items: units,
    itemUnit: 'units',
    hash: 'none',
    details: {},
  })
}
