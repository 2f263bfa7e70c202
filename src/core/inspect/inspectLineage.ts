import type { CellValue, SheetWorkbook } from '@core/excel/sheetWorkbook'
import { LINEAGE_SHEET_NAME } from '@core/formats/lineage/lineageColumns'
import { readLineageRows } from '@core/formats/lineage/readLineageFile'
import { err, ok } from '@core/result'
import type { Inspection } from './fileInspector'

type Rows = readonly (readonly CellValue[])[]

/**
 * Whether rows are a lineage table: a header row naming `new_code` and `old_code`.
 *
 * @example
 *   isLineageRows([['new_code', 'new_name', 'old_code']]) // => true
 */
export function isLineageRows(rows: Rows): boolean {
  return rows.slice(0, 20).some((row) => {
    const names = row.map((cell) => (typeof cell === 'string' ? cell.trim().toLowerCase() : ''))
    return names.includes('new_code') && names.includes('old_code')
  })
}

/** The sheet of a lineage workbook the reader reads: "Lineage", else the first visible one. */
export function lineageSheetRows(workbook: SheetWorkbook): Rows {
  const sheet =
    workbook.sheets.find((item) => item.name === LINEAGE_SHEET_NAME) ??
    workbook.sheets.find((item) => item.state === 'visible')
  return sheet?.rows ?? []
}

/**
 * A unit lineage (CSV or workbook rows) read and validated by `readLineageRows`, as the manager's
 * import and `ictwb compare` read it: any problem makes it unreadable. Items are its event rows;
 * the year is the latest effective date's; a lineage carries no hash.
 *
 * @example
 *   const about = await inspectLineage(rows)
 *   about.ok && about.value.items // => 12
 */
export async function inspectLineage(rows: Rows): Inspection {
  const read = readLineageRows(rows)
  if (!read.ok) return err({ code: 'unreadable', kind: 'lineage', issues: read.error })
  const years = read.value.rows.map((row) => Number(row.effectiveDate.slice(0, 4)))
  return ok({
    kind: 'lineage',
    formatVersion: null,
    frameworkId: null,
    frameworkVersion: null,
    year: years.length === 0 ? null : Math.max(...years),
    scope: null,
    items: read.value.rows.length,
    itemUnit: 'rows',
    hash: 'none',
    details: {},
  })
}
