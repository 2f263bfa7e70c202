import type { WorkbookWriteIssue } from '@core/excel/workbookWriteIssue'
import { writeWorkbook } from '@core/excel/xlsx/writeWorkbook'
import type { ProgressOptions } from '@core/progress'
import { err, type Result } from '@core/result'
import { buildComparisonWorkbookSpec } from './buildComparisonWorkbookSpec'
import type { ComparisonWorkbookInput } from './comparisonWorkbookInput'

/**
 * Writes the comparison workbook (`.xlsx` bytes) through the guarded writer (Times New Roman,
 * user text never a formula, chart pictures checked). Never throws. Progress is told per sheet;
 * an aborted signal gives the issue `cancelled` and no bytes.
 *
 * @example
 *   const bytes = await writeComparisonWorkbook(input)
 *   if (bytes.ok) await platform.saveFile({ suggestedName: 'so-sanh-2024-2026.xlsx', bytes: bytes.value })
 */
export async function writeComparisonWorkbook(
  input: ComparisonWorkbookInput,
  options?: ProgressOptions,
): Promise<Result<Uint8Array, readonly (WorkbookWriteIssue | { readonly code: 'year-not-in-series' })[]>> {
  const spec = buildComparisonWorkbookSpec(input)
  if (spec === null) return err([{ code: 'year-not-in-series' }])
  return writeWorkbook(spec, options)
}
