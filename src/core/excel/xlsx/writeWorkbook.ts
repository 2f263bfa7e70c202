import { cancelled, isCancelled, reportStep, type ProgressOptions } from '@core/progress'
import { err, type Result } from '@core/result'
import { prepareWorkbookSpec } from '@core/excel/prepareWorkbookSpec'
import type { WorkbookSpec } from '@core/excel/workbookSpec'
import type { WorkbookWriteIssue } from '@core/excel/workbookWriteIssue'
import { buildExcelWorkbook } from './buildExcelWorkbook'
import { finishWorkbookBytes } from './finishWorkbookBytes'

/**
 * Writes a `WorkbookSpec` as `.xlsx` bytes, or returns every problem with it. Never throws.
 *
 * What it guarantees (call `prepareWorkbookSpec(spec)` for the same checks plus the sheet-name
 * mapping and the list of changes, without writing):
 * - User text is always a string cell, never a formula. Formula-like text (`=…`, `+…`, `-…`, `@…`,
 *   full-width forms, a leading tab or line break, also after leading spaces) gets one visible
 *   leading apostrophe and the Text format `@`, so no program evaluates it, even after the cell is
 *   re-typed or saved as CSV; `readWorkbook` removes that apostrophe again (`restoreNeutralisedText`).
 *   The only `<f>` elements are the spec's `TemplateFormula`s; the output is checked for that.
 * - Text is what `sanitiseCellText` makes of it (C0 controls but tab/LF, DEL, U+FFFE/U+FFFF
 *   removed; lone surrogates → U+FFFD; CR/CRLF → LF), so the file never differs silently from what
 *   `readWorkbook` gives back, and exceljs can always re-read it. Text over 32,767 characters,
 *   NaN/±Infinity and impossible dates are issues, not silent changes. `''` is an empty cell; `-0` is `0`.
 * - Sheet names are made valid and unique deterministically (`assignSheetNames`); references to
 *   sheets in validations and defined names follow the renaming.
 * - Dates are written as calendar dates (no time-zone shift in any zone).
 * - Validations, protection, freeze panes and defined names are generated from the spec, never
 *   copied from an imported file.
 * - Progress (`options.onProgress`) is told after each sheet and after the zip is written
 *   (`total` = sheets + 1); an aborted `options.signal` stops it between steps with the issue
 *   `cancelled` and no bytes.
 *
 * @example
 *   const bytes = await writeWorkbook({ sheets: [{ name: 'Báo cáo', rows: [['=1+1', 42]] }] })
 *   if (bytes.ok) await window.desktop.saveWorkbook(bytes.value)
 */
export async function writeWorkbook(
  spec: WorkbookSpec,
  options?: ProgressOptions,
): Promise<Result<Uint8Array, readonly WorkbookWriteIssue[]>> {
  try {
    if (isCancelled(options)) return err([cancelled])
    const prepared = prepareWorkbookSpec(spec)
    if (!prepared.ok) return prepared
    const workbook = await buildExcelWorkbook(prepared.value, options, 1)
    if (workbook === null) return err([cancelled])
    const raw = new Uint8Array(await workbook.xlsx.writeBuffer())
    if (isCancelled(options)) return err([cancelled])
    const finished = finishWorkbookBytes(raw, prepared.value)
    await reportStep(options, prepared.value.sheets.length + 1, prepared.value.sheets.length + 1)
    return finished
  } catch (error) {
    return err([
      {
        code: 'unwritable-workbook',
        message: error instanceof Error ? error.message.slice(0, 300) : String(error),
      },
    ])
  }
}
