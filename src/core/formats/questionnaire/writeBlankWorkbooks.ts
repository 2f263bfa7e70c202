import type { Framework } from '@core/framework/framework'
import type { WorkbookWriteIssue } from '@core/excel/workbookWriteIssue'
import { isCancelled, reportStep, type ProgressOptions } from '@core/progress'
import { err, ok, type Result } from '@core/result'
import { questionnaireFileName, writeQuestionnaireWorkbook } from './writeQuestionnaireWorkbook'

/** Why `writeBlankWorkbooks` gave no files: stopped after `written` complete workbooks, or one failed. */
export type BlankWorkbooksError =
  | { readonly code: 'cancelled'; readonly written: number; readonly total: number }
  | {
      readonly code: 'unit-workbook-failed'
      readonly unitCode: string
      readonly issues: readonly WorkbookWriteIssue[]
    }

/** One blank workbook: its file name (`questionnaireFileName`) and its bytes. */
export type BlankWorkbook = { readonly fileName: string; readonly bytes: Uint8Array }

/**
 * Writes a blank questionnaire workbook for each unit, one after another (one progress step per
 * unit). All or nothing: when the signal is aborted between two units the result is the error
 * `cancelled` with how many complete workbooks had been written, and no files are returned, so a
 * caller never saves a half-finished set; the same for a unit whose workbook cannot be written.
 *
 * @example
 *   const files = await writeBlankWorkbooks(framework, units, { year: 2026, appVersion: '0.1.0', exportedAt }, { signal })
 *   if (files.ok) save(zipSync(Object.fromEntries(files.value.map((file) => [file.fileName, file.bytes]))))
 */
export async function writeBlankWorkbooks(
  framework: Framework,
  units: readonly { readonly code: string; readonly name: string }[],
  meta: { readonly year: number; readonly appVersion: string; readonly exportedAt: string },
  options?: ProgressOptions,
): Promise<Result<readonly BlankWorkbook[], BlankWorkbooksError>> {
  const files: BlankWorkbook[] = []
  await reportStep(options, 0, units.length)
  for (const unit of units) {
    if (isCancelled(options)) return err({ code: 'cancelled', written: files.length, total: units.length })
    const bytes = await writeQuestionnaireWorkbook(framework, {
      unit: { code: unit.code, name: unit.name },
      year: meta.year,
      appVersion: meta.appVersion,
      exportedAt: meta.exportedAt,
    })
    if (!bytes.ok) return err({ code: 'unit-workbook-failed', unitCode: unit.code, issues: bytes.error })
    files.push({ fileName: questionnaireFileName(framework.id, meta.year, unit.code), bytes: bytes.value })
    await reportStep(options, files.length, units.length)
  }
  if (isCancelled(options)) return err({ code: 'cancelled', written: files.length, total: units.length })
  return ok(files)
}
