import type { SheetWorkbook } from '@core/excel/sheetWorkbook'
import { MANIFEST_FORMAT_VERSION } from '@core/formats/results-report/resultsManifest'
import { verifyResultsReport } from '@core/formats/results-report/verifyResultsReport'
import { err, ok } from '@core/result'
import type { Inspection } from './fileInspector'

/**
 * A results report: recomputed from its manifest and compared sheet by sheet and digest by digest
 * (`verifyResultsReport`, as `ictwb verify`). Matching: hash `ok`; any difference (an edited
 * cell, a changed digest, a damaged manifest): `hash-mismatch` with the number of differences.
 *
 * @example
 *   const about = await inspectResultsReport(workbook)
 *   about.ok && about.value.items // => the number of units
 */
export async function inspectResultsReport(workbook: SheetWorkbook): Inspection {
  const verdict = verifyResultsReport(workbook)
  if (!verdict.ok)
    return verdict.error.code === 'unreadable-report'
      ? err({ code: 'unreadable', kind: 'results-report', issues: verdict.error.issues })
      : err({ code: 'hash-mismatch', kind: 'results-report', detail: 'manifest', count: 0 })
  const { report, differences } = verdict.value
  if (report === null || differences.length > 0)
    return err({
      code: 'hash-mismatch',
      kind: 'results-report',
      detail: differences[0]?.kind ?? 'manifest',
      count: differences.length,
    })
  return ok({
    kind: 'results-report',
    formatVersion: MANIFEST_FORMAT_VERSION,
    frameworkId: report.frameworkId,
    frameworkVersion: report.frameworkVersion,
    year: report.year,
    scope: null,
    items: report.units,
    itemUnit: 'units',
    hash: 'ok',
    details: {
      status: report.status,
      resultsVersion: report.resultsVersion,
      engineVersion: report.engineVersion,
      generatedAt: report.generatedAt,
    },
  })
}
