import { assignSheetNames } from './assignSheetNames'
import { prepareDefinedName } from './prepareDefinedName'
import { prepareSheet } from './prepareSheet'
import type { PreparedSheet, PreparedWorkbook } from './preparedWorkbook'
import { err, ok, type Result } from '@core/result'
import { sanitiseCellText } from './sanitiseCellText'
import type { WorkbookSpec } from './workbookSpec'
import type { WorkbookWriteChange, WorkbookWriteIssue } from './workbookWriteIssue'

/**
 * The font of these government workbooks.
 *
 * @example
 *   DEFAULT_WORKBOOK_FONT.name // => 'Times New Roman'
 */
export const DEFAULT_WORKBOOK_FONT = { name: 'Times New Roman', size: 12 } as const

const CREATED = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/

/**
 * Everything `writeWorkbook` checks and changes, without writing: sheet names made valid and
 * unique (`sheetNames` maps each requested name to the written one, in order), texts sanitised and
 * neutralised (`changes` lists what differs from the spec), and every problem collected. Pure and
 * deterministic, so callers can show the renaming before or after writing.
 *
 * @example
 *   const prepared = prepareWorkbookSpec({ sheets: [{ name: 'Q1/2025', rows: [] }] })
 *   prepared.ok && prepared.value.sheetNames // => [{ requested: 'Q1/2025', written: 'Q1_2025' }]
 */
export function prepareWorkbookSpec(
  spec: WorkbookSpec,
  now: () => number = Date.now,
): Result<PreparedWorkbook, readonly WorkbookWriteIssue[]> {
  const issues: WorkbookWriteIssue[] = []
  if (spec.sheets.length === 0) return err([{ code: 'no-sheets' }])
  if (spec.sheets.every((sheet) => (sheet.state ?? 'visible') !== 'visible'))
    issues.push({ code: 'no-visible-sheet' })

  const sheetNames = assignSheetNames(spec.sheets.map((sheet) => sheet.name))
  const changes: WorkbookWriteChange[] = sheetNames
    .filter((entry) => entry.requested !== entry.written)
    .map((entry) => ({ kind: 'sheet-renamed', ...entry }))
  const writtenSheetName = (requested: string): string | null =>
    sheetNames.find((entry) => entry.requested === requested)?.written ?? null

  const sheets: PreparedSheet[] = []
  let formulaCount = 0
  spec.sheets.forEach((sheetSpec, index) => {
    const outcome = prepareSheet(sheetSpec, sheetNames[index]?.written ?? sheetSpec.name, writtenSheetName)
    issues.push(...outcome.issues)
    changes.push(...outcome.changes)
    formulaCount += outcome.formulaCount
    if (outcome.sheet !== null) sheets.push(outcome.sheet)
  })

  const definedNames: { readonly name: string; readonly formula: string }[] = []
  const seenNames = new Set<string>()
  for (const definedName of spec.definedNames ?? []) {
    const prepared = prepareDefinedName(definedName, writtenSheetName)
    if (!prepared.ok) issues.push(...prepared.error)
    else if (seenNames.has(definedName.name.toUpperCase()))
      issues.push({ code: 'duplicate-defined-name', name: definedName.name })
    else definedNames.push(prepared.value)
    seenNames.add(definedName.name.toUpperCase())
  }

  const font = spec.font ?? DEFAULT_WORKBOOK_FONT
  const isFontValid =
    font.name.trim() !== '' &&
    font.name.length <= 31 &&
    !/[<>&"\p{Cc}]/u.test(font.name) &&
    Number.isFinite(font.size) &&
    font.size >= 1 &&
    font.size <= 409
  if (!isFontValid) issues.push({ code: 'invalid-font' })
  const created = spec.properties?.created
  const createdMilliseconds =
    created === undefined ? now() : CREATED.test(created) ? Date.parse(created) : Number.NaN
  if (created !== undefined && !Number.isFinite(createdMilliseconds))
    issues.push({ code: 'invalid-created-date', created })
  const creator = sanitiseCellText(spec.properties?.creator ?? '')
  if (creator.changes.length > 0)
    changes.push({ kind: 'text-changed', sheet: null, place: 'creator', reasons: creator.changes })

  if (issues.length > 0) return err(issues)
  return ok({
    sheets,
    definedNames,
    font,
    creator: creator.text,
    createdMilliseconds,
    formulaCount,
    sheetNames,
    changes,
  })
}
