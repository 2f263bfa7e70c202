import type { LineageDraftRow, UnitLineage } from '@core/comparison/unitLineage'
import { validateLineage } from '@core/comparison/validateLineage'
import { decodeUtf8Text } from '@core/excel/csv/decodeUtf8Text'
import { parseCsv } from '@core/excel/csv/parseCsv'
import type { CellValue } from '@core/excel/sheetWorkbook'
import { readWorkbook } from '@core/excel/xlsx/readWorkbook'
import { err, type Result } from '@core/result'
import {
  LINEAGE_COLUMNS,
  LINEAGE_SHEET_NAME,
  REQUIRED_LINEAGE_COLUMNS,
  type LineageColumn,
} from './lineageColumns'
import type { LineageFileIssue } from './lineageFileIssue'

export type ReadLineageOptions = {
  /** The workspace's units before the lineage: predecessors that are neither these nor an earlier successor are refused. */
  readonly knownCodes?: ReadonlySet<string>
}

const cellText = (cell: CellValue | undefined): string => {
  if (cell === null || cell === undefined) return ''
  if (typeof cell === 'string') return cell.trim()
  if (typeof cell === 'number' || typeof cell === 'boolean') return String(cell)
  if (cell.type === 'date') return cell.iso.slice(0, 10)
  if (cell.type === 'formula')
    return cell.result !== null && typeof cell.result === 'object'
      ? cell.result.type === 'date'
        ? cell.result.iso.slice(0, 10)
        : ''
      : cellText(cell.result)
  return ''
}

/**
 * Reads the rows of a lineage table (a CSV's rows or a sheet's cells): the header row names the
 * columns (`new_code, new_name, old_code, old_name, kind, effective_date`, optional `weight` and
 * `source`, any order, any case), every later non-empty row is one event row; then the lineage is
 * validated (`validateLineage`) and every problem comes back at once, each on its row (1-based,
 * as the spreadsheet shows it).
 *
 * @example
 *   readLineageRows([['new_code', 'new_name', 'old_code', 'old_name', 'kind', 'effective_date'], ['SKHCN', 'Sở KH&CN', 'STTTT', 'Sở TT&TT', 'merged', '2025-03-01']]).ok // => true
 */
export function readLineageRows(
  grid: readonly (readonly CellValue[])[],
  options: ReadLineageOptions = {},
): Result<UnitLineage, readonly LineageFileIssue[]> {
  const headerAt = grid.findIndex((row) => row.some((cell) => cellText(cell).toLowerCase() === 'new_code'))
  if (headerAt < 0)
    return err(REQUIRED_LINEAGE_COLUMNS.map((column) => ({ code: 'lineage-missing-column', column })))
  const header = (grid[headerAt] ?? []).map((cell) => cellText(cell).toLowerCase())
  const at = new Map<LineageColumn, number>()
  for (const column of LINEAGE_COLUMNS) {
    const index = header.indexOf(column)
    if (index >= 0) at.set(column, index)
  }
  const missing = REQUIRED_LINEAGE_COLUMNS.filter((column) => !at.has(column))
  if (missing.length > 0) return err(missing.map((column) => ({ code: 'lineage-missing-column', column })))
  const drafts: LineageDraftRow[] = []
  grid.slice(headerAt + 1).forEach((cells, offset) => {
    if (cells.every((cell) => cellText(cell) === '')) return
    const field = (column: LineageColumn) => {
      const index = at.get(column)
      return index === undefined ? '' : cellText(cells[index])
    }
    const weightIndex = at.get('weight')
    const weightCell = weightIndex === undefined ? null : cells[weightIndex]
    drafts.push({
      row: headerAt + offset + 2,
      newCode: field('new_code'),
      newName: field('new_name'),
      oldCode: field('old_code'),
      oldName: field('old_name'),
      kind: field('kind'),
      effectiveDate: field('effective_date'),
      weight: typeof weightCell === 'number' ? weightCell : field('weight'),
      source: field('source'),
    })
  })
  if (drafts.length === 0) return err([{ code: 'lineage-empty' }])
  return validateLineage(drafts, options)
}

/**
 * Reads a lineage file, `.csv` (UTF-8, `,` or `;`) or `.xlsx` (the sheet named "Lineage", else the
 * first visible one, through the guarded `readWorkbook`); see `readLineageRows`. Never throws.
 *
 * @example
 *   const lineage = await readLineageFile(bytes, 'danang-2025-lineage.csv')
 */
export async function readLineageFile(
  bytes: Uint8Array,
  fileName: string,
  options: ReadLineageOptions = {},
): Promise<Result<UnitLineage, readonly LineageFileIssue[]>> {
  const lower = fileName.toLowerCase()
  if (lower.endsWith('.csv')) {
    const decoded = decodeUtf8Text(bytes)
    if (decoded === null) return err([{ code: 'not-utf8' }])
    const parsed = parseCsv(decoded, { restoreNeutralised: true })
    if (!parsed.ok) return err([{ code: 'unreadable-csv', issues: parsed.error }])
    return readLineageRows(parsed.value.rows, options)
  }
  if (!lower.endsWith('.xlsx')) return err([{ code: 'unsupported-file-type', fileName }])
  const workbook = await readWorkbook(bytes)
  if (!workbook.ok) return err([{ code: 'unreadable-workbook', issues: workbook.error }])
  const sheet =
    workbook.value.sheets.find((item) => item.name === LINEAGE_SHEET_NAME) ??
    workbook.value.sheets.find((item) => item.state === 'visible')
  if (sheet === undefined) return err([{ code: 'lineage-empty' }])
  return readLineageRows(sheet.rows, options)
}
