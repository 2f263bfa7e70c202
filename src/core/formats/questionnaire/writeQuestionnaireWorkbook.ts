import type { Framework } from '@core/framework/framework'
import type { Result } from '@core/result'
import type { WorkbookWriteIssue } from '@core/excel/workbookWriteIssue'
import { writeWorkbook } from '@core/excel/xlsx/writeWorkbook'
import { buildQuestionnaireSpec, type QuestionnaireWorkbookOptions } from './buildQuestionnaireSpec'

/**
 * Writes a questionnaire workbook (template version 1), blank or filled, as `.xlsx` bytes: what
 * units fill in Excel and what a submission travels as. User text is always a string cell, with
 * formula-like text neutralised (`writeWorkbook`). Never throws.
 *
 * @example
 *   const bytes = await writeQuestionnaireWorkbook(framework, { unit: { code: 'SNV', name: 'Sở Nội vụ' }, appVersion: '0.1.0', exportedAt: new Date().toISOString(), content: submission })
 */
export async function writeQuestionnaireWorkbook(
  framework: Framework,
  options: QuestionnaireWorkbookOptions,
): Promise<Result<Uint8Array, readonly WorkbookWriteIssue[]>> {
  return writeWorkbook(buildQuestionnaireSpec(framework, options))
}

/**
 * A file name for a questionnaire workbook: `<framework id>-<year>-<unit code>.xlsx` (or
 * `-mau.xlsx` for a blank template), with anything but letters, digits, `.`, `_` and `-` as `_`.
 *
 * @example
 *   questionnaireFileName('dept-ict-readiness', 2025, 'SNV') // => 'dept-ict-readiness-2025-SNV.xlsx'
 */
export function questionnaireFileName(frameworkId: string, year: number, unitCode: string | null): string {
  const safe = (text: string) => text.replace(/[^A-Za-z0-9._-]/g, '_')
  return `${safe(frameworkId)}-${year}-${unitCode === null || unitCode === '' ? 'mau' : safe(unitCode)}.xlsx`
}
