import type { WorkbookWriteIssue } from '@core/excel/workbookWriteIssue'
import { writeWorkbook } from '@core/excel/xlsx/writeWorkbook'
import type { Framework } from '@core/framework/framework'
import type { Result } from '@core/result'
import { buildAuthoringWorkbookSpec, type AuthoringWorkbookOptions } from './buildAuthoringWorkbookSpec'

/**
 * Writes a framework as an authoring workbook (`.xlsx`, template version 1) that evaluators can
 * edit in Excel or LibreOffice and import back; reading it with `readAuthoringWorkbook` and
 * `loadFramework` gives the same framework. Text is always written as text, never as a formula
 * (`writeWorkbook` neutralises formula-like text and `readWorkbook` restores it). Never throws.
 *
 * @example
 *   const bytes = await writeAuthoringWorkbook(framework)
 *   if (bytes.ok) await platform.saveFile({ suggestedName: `${framework.id}.xlsx`, bytes: bytes.value })
 */
export async function writeAuthoringWorkbook(
  framework: Framework,
  options: AuthoringWorkbookOptions = {},
): Promise<Result<Uint8Array, readonly WorkbookWriteIssue[]>> {
  return writeWorkbook(buildAuthoringWorkbookSpec(framework, options))
}
