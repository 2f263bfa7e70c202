import type { CellValue as ExcelCellValue } from 'exceljs'
import { excelSerialOfTime, formatCellDate, leapDayCorrection } from '@core/excel/cellDate'
import { restoreNeutralisedText } from '@core/excel/neutraliseFormulaText'
import type { CellDate, CellError, CellValue, FormulaResult } from '@core/excel/sheetWorkbook'

/**
 * The neutral value of an exceljs cell value. Strings (plain, rich text, hyperlink text) come back
 * with `restoreNeutralisedText` applied, so text written by `writeWorkbook` reads back exactly.
 * Dates are read with UTC getters: the calendar date as typed, whatever the machine's time zone.
 * In the 1900 date system, serials before 1900-03-01 are corrected for Excel's fictitious
 * 1900-02-29; that day itself, negative serials and dates past 9999 stay plain numbers (serials).
 * `formulaCell` reads what exceljs's value object loses: the text of shared-formula clones and
 * cached results that are falsy (`0`, `false`, `''`).
 *
 * @example
 *   toSheetCellValue(new Date(Date.UTC(2024, 0, 31)), { date1904: false }) // => { type: 'date', iso: '2024-01-31' }
 *   toSheetCellValue({ richText: [{ text: 'Sở ' }, { text: 'TT&TT' }] }, { date1904: false }) // => 'Sở TT&TT'
 */
export function toSheetCellValue(
  value: ExcelCellValue,
  options: { readonly date1904: boolean },
  formulaCell?: () => { readonly formula: string | undefined; readonly result: unknown },
): CellValue {
  if (value === null || value === undefined) return null
  if (typeof value === 'string') return restoreNeutralisedText(value)
  if (typeof value === 'number') return Number.isFinite(value) ? value : { type: 'error', code: '#NUM!' }
  if (typeof value === 'boolean') return value
  if (value instanceof Date) return toDate(value, options.date1904)
  if ('error' in value) return { type: 'error', code: String(value.error) }
  if ('richText' in value) return restoreNeutralisedText(joinRichText(value.richText))
  if ('hyperlink' in value) return restoreNeutralisedText(textOf(value.text))
  if ('formula' in value || 'sharedFormula' in value) {
    const cell = formulaCell?.()
    const formula = cell?.formula ?? ('formula' in value ? value.formula : undefined) ?? ''
    return {
      type: 'formula',
      formula: String(formula),
      result: toFormulaResult(cell === undefined ? value.result : cell.result, options.date1904),
    }
  }
  return null
}

function joinRichText(runs: unknown): string {
  return Array.isArray(runs)
    ? runs.map((run: unknown) => textOf((run as { text?: unknown } | null)?.text)).join('')
    : ''
}

function textOf(text: unknown): string {
  if (typeof text === 'string') return text
  if (typeof text === 'object' && text !== null && 'richText' in text) return joinRichText(text.richText)
  return text === undefined || text === null ? '' : String(text)
}

function toFormulaResult(result: unknown, date1904: boolean): FormulaResult {
  if (result === undefined || result === null) return null
  if (typeof result === 'string' || typeof result === 'boolean') return result
  if (typeof result === 'number') return Number.isFinite(result) ? result : { type: 'error', code: '#NUM!' }
  if (result instanceof Date) return toDate(result, date1904)
  if (typeof result === 'object' && 'error' in result) return { type: 'error', code: String(result.error) }
  return null
}

function toDate(date: Date, date1904: boolean): number | CellDate | CellError {
  const milliseconds = date.getTime()
  if (!Number.isFinite(milliseconds)) return { type: 'error', code: '#NUM!' }
  const serial = excelSerialOfTime(milliseconds, date1904)
  const correction = leapDayCorrection(serial, date1904)
  if (correction === null) return serial
  const iso = formatCellDate(milliseconds + correction)
  return iso === null ? serial : { type: 'date', iso }
}
