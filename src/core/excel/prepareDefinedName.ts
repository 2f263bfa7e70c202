import { parseCellAddress } from './cellAddress'
import { parseCellRange } from './cellRange'
import { formatSheetReference } from './formatSheetReference'
import { err, ok, type Result } from '@core/result'
import type { DefinedNameSpec } from './workbookSpec'
import type { WorkbookWriteIssue } from './workbookWriteIssue'

/**
 * Excel's limit on the length of a defined name.
 *
 * @example
 *   name.length <= MAX_DEFINED_NAME_LENGTH
 */
export const MAX_DEFINED_NAME_LENGTH = 255

const NAME = /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u
const R1C1 = /^(?:[Rr][0-9]*(?:[Cc][0-9]*)?|[Cc][0-9]*)$/

/**
 * Checks a defined name and builds its reference: Excel's name syntax (a letter, `_` or `\` first;
 * then letters, digits, `_`, `.`, `\`), at most 255 characters, not readable as a cell reference
 * (`A1`, `R1C1`, `R`, `C`), and a valid range on a sheet of the spec.
 *
 * @example
 *   prepareDefinedName({ name: 'DonVi', sheet: 'Danh mục', range: 'A2:A9' }, () => 'Danh mục')
 *   // => ok({ name: 'DonVi', formula: "'Danh mục'!$A$2:$A$9" })
 */
export function prepareDefinedName(
  spec: DefinedNameSpec,
  writtenSheetName: (requested: string) => string | null,
): Result<{ readonly name: string; readonly formula: string }, readonly WorkbookWriteIssue[]> {
  const issues: WorkbookWriteIssue[] = []
  const reason = !NAME.test(spec.name)
    ? 'syntax'
    : spec.name.length > MAX_DEFINED_NAME_LENGTH
      ? 'too-long'
      : parseCellAddress(spec.name) !== null || R1C1.test(spec.name)
        ? 'looks-like-reference'
        : null
  if (reason !== null) issues.push({ code: 'invalid-defined-name', name: spec.name, reason })
  const sheetName = writtenSheetName(spec.sheet)
  if (sheetName === null) issues.push({ code: 'unknown-sheet', sheet: spec.sheet, field: 'defined-name' })
  const range = parseCellRange(spec.range)
  if (range === null)
    issues.push({
      code: 'invalid-range',
      sheet: spec.sheet,
      range: spec.range,
      field: 'defined-name',
      reason: 'syntax',
    })
  if (issues.length > 0 || sheetName === null || range === null) return err(issues)
  return ok({ name: spec.name, formula: formatSheetReference(sheetName, range) })
}
