import { parseCellDate } from './cellDate'
import { neutraliseFormulaText } from './neutraliseFormulaText'
import { checkTemplateFormula } from './checkTemplateFormula'
import type { PreparedValue } from './preparedWorkbook'
import { err, ok, type Result } from '@core/result'
import { sanitiseCellText, type TextChangeReason } from './sanitiseCellText'
import type { WritableCellValue } from './workbookSpec'
import type { WorkbookWriteIssue } from './workbookWriteIssue'

/**
 * Excel's limit on the characters in one cell.
 *
 * @example
 *   text.length <= MAX_CELL_TEXT_LENGTH
 */
export const MAX_CELL_TEXT_LENGTH = 32_767

/**
 * A prepared value and the text changes made on the way.
 *
 * @example
 *   const prepared: PreparedCellValue = { value: { kind: 'number', value: 3 }, changes: [] }
 */
export type PreparedCellValue = {
  readonly value: PreparedValue
  readonly changes: readonly TextChangeReason[]
}

/**
 * Checks and sanitises one value for writing (`sheet` and `cell` only label issues):
 * text is sanitised (`sanitiseCellText`) and then neutralised (`neutraliseFormulaText`); `''`
 * becomes an empty cell; `-0` becomes `0`; NaN and ±Infinity, impossible dates and unsafe template
 * formulas are issues.
 *
 * @example
 *   prepareCellValue('=1+1', { sheet: 'S', cell: 'A1' })
 *   // => { ok: true, value: { value: { kind: 'text', text: "'=1+1", isNeutralised: true }, changes: [] } }
 */
export function prepareCellValue(
  value: WritableCellValue,
  where: { readonly sheet: string; readonly cell: string },
): Result<PreparedCellValue, WorkbookWriteIssue> {
  const plain = (prepared: PreparedValue): Result<PreparedCellValue, never> =>
    ok({ value: prepared, changes: [] })
  if (value === null) return plain({ kind: 'empty' })
  if (typeof value === 'boolean') return plain({ kind: 'boolean', value })
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return err({ code: 'non-finite-number', ...where })
    return plain({ kind: 'number', value: value === 0 ? 0 : value })
  }
  if (typeof value === 'string') return prepareText(value, where)
  if (value.type === 'date') {
    const instant = parseCellDate(value.iso)
    if (instant === null) return err({ code: 'invalid-date', ...where, iso: value.iso })
    return plain({ kind: 'date', ...instant })
  }
  const reason = checkTemplateFormula(value.formula)
  if (reason !== null) return err({ code: 'invalid-formula', ...where, reason })
  const result = value.result ?? null
  if (typeof result === 'number' && !Number.isFinite(result))
    return err({ code: 'non-finite-number', ...where })
  const cleanResult = typeof result === 'string' ? sanitiseCellText(result).text : result
  return plain({ kind: 'formula', formula: value.formula, result: cleanResult })
}

function prepareText(
  text: string,
  where: { readonly sheet: string; readonly cell: string },
): Result<PreparedCellValue, WorkbookWriteIssue> {
  const sanitised = sanitiseCellText(text)
  if (sanitised.text === '') return ok({ value: { kind: 'empty' }, changes: sanitised.changes })
  const written = neutraliseFormulaText(sanitised.text)
  if (written.length > MAX_CELL_TEXT_LENGTH) {
    return err({ code: 'text-too-long', ...where, length: written.length, limit: MAX_CELL_TEXT_LENGTH })
  }
  return ok({
    value: { kind: 'text', text: written, isNeutralised: written !== sanitised.text },
    changes: sanitised.changes,
  })
}
