import type { WorkbookWriteIssue } from '@core/excel/workbookWriteIssue'
import { writeWorkbook } from '@core/excel/xlsx/writeWorkbook'
import type { ProgressOptions } from '@core/progress'
import type { Result } from '@core/result'
import { buildResultsReportSpec } from './buildResultsReportSpec'
import type { ResultsReportInput } from './resultsReportInput'

/**
 * Writes the results report workbook (`.xlsx` bytes): `buildResultsReportSpec` through the
 * guarded writer (Times New Roman, user text never a formula, sheet names made valid). Progress
 * is told per sheet; an aborted signal gives the issue `cancelled` and no bytes.
 *
 * @example
 *   const bytes = await writeResultsReport(input)
 *   if (bytes.ok) await platform.saveFile({ suggestedName: 'ket-qua-2026.xlsx', bytes: bytes.value })
 */
export function writeResultsReport(
  input: ResultsReportInput,
  options?: ProgressOptions,
): Promise<Result<Uint8Array, readonly WorkbookWriteIssue[]>> {
  return writeWorkbook(buildResultsReportSpec(input), options)
}
