import type { SheetWorkbook } from '@core/excel/sheetWorkbook'
import type { RoundFileKind } from './roundIssue'
import { ROUND_FORMAT, ROUND_MANIFEST_SHEET } from './roundManifest'

/** The feedback package's workbook inside its `.zip` (fixed: how a package's kind is told from its entries). */
export const FEEDBACK_WORKBOOK_NAME = 'ket-qua-so-bo.xlsx'
/** The response package's workbook inside its `.zip` (a questionnaire package has `evidence/` too, never this name). */
export const RESPONSE_WORKBOOK_NAME = 'giai-trinh.xlsx'

/**
 * Whether a workbook is a round file of `kind`: its `_round` sheet starts with the round format
 * and names the kind (true for a damaged one too, so its damage is reported under the right kind).
 * `ictwb inspect` and the bulk import both tell round files by it.
 *
 * @example
 *   isRoundWorkbook(workbook, 'feedback') // => true for a feedback package's workbook
 */
export function isRoundWorkbook(workbook: SheetWorkbook, kind: RoundFileKind): boolean {
  const sheet = workbook.sheets.find((candidate) => candidate.name === ROUND_MANIFEST_SHEET)
  return (
    sheet?.rows[0]?.[0] === ROUND_FORMAT && sheet.rows.some((row) => row[0] === 'kind' && row[1] === kind)
  )
}

/**
 * Whether a zip's entries are a round package of `kind` (its workbook under the fixed name at the top).
 *
 * @example
 *   isRoundPackage(['giai-trinh.xlsx', 'evidence/MayTinh/QĐ.pdf'], 'response') // => true
 */
export function isRoundPackage(names: readonly string[], kind: RoundFileKind): boolean {
  return names.includes(kind === 'feedback' ? FEEDBACK_WORKBOOK_NAME : RESPONSE_WORKBOOK_NAME)
}

/**
 * The round kind of a workbook (`isRoundWorkbook`), or `null` when it is no round file.
 *
 * @example
 *   roundWorkbookKind(questionnaireWorkbook) // => null
 */
export function roundWorkbookKind(workbook: SheetWorkbook): RoundFileKind | null {
  if (isRoundWorkbook(workbook, 'response')) return 'response'
  return isRoundWorkbook(workbook, 'feedback') ? 'feedback' : null
}

/**
 * The round kind of a package by its entry names (`isRoundPackage`), or `null`.
 *
 * @example
 *   roundPackageKind(['SNV.xlsx', 'evidence/QD/a.pdf']) // => null
 */
export function roundPackageKind(names: readonly string[]): RoundFileKind | null {
  if (isRoundPackage(names, 'response')) return 'response'
  return isRoundPackage(names, 'feedback') ? 'feedback' : null
}
