import { parseCsv } from '@core/excel/csv/parseCsv'
import { readWorkbook } from '@core/excel/xlsx/readWorkbook'
import { decodeUtf8Text } from '@core/excel/csv/decodeUtf8Text'
import { err, type Result } from '@core/result'
import { resultsFromRows, resultsFromWorkbook, type ResultsImportHints } from './readResultsTable'
import type { ResultsImportIssue } from './resultsImportIssue'
import type { YearResults } from '@core/comparison/yearResults'

/**
 * Reads an imported results file of an earlier year, `.xlsx` (through the guarded `readWorkbook`)
 * or `.csv` (UTF-8, `,` or `;`), into `YearResults`; see `resultsFromWorkbook` for what is
 * understood. Never throws.
 *
 * @example
 *   const year = await readResultsFile(bytes, 'ket-qua-dept-ict-readiness-2023.xlsx', { frameworkId: 'dept-ict-readiness' })
 */
export async function readResultsFile(
  bytes: Uint8Array,
  fileName: string,
  hints: ResultsImportHints = {},
): Promise<Result<YearResults, readonly ResultsImportIssue[]>> {
  const lower = fileName.toLowerCase()
  if (lower.endsWith('.csv')) {
    const decoded = decodeUtf8Text(bytes)
    if (decoded === null) return err([{ code: 'not-utf8' }])
    const parsed = parseCsv(decoded, { restoreNeutralised: true })
    if (!parsed.ok) return err([{ code: 'unreadable-csv', issues: parsed.error }])
    return resultsFromRows(parsed.value.rows, fileName, hints)
  }
  if (!lower.endsWith('.xlsx')) return err([{ code: 'unsupported-file-type', fileName }])
  const workbook = await readWorkbook(bytes)
  if (!workbook.ok) return err([{ code: 'unreadable-workbook', issues: workbook.error }])
  return resultsFromWorkbook(workbook.value, fileName, hints)
}
