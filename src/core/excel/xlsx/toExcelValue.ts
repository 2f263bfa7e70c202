import type { CellValue as ExcelCellValue } from 'exceljs'
import type { PreparedValue } from '@core/excel/preparedWorkbook'

/**
 * Protects text that looks like OOXML's `_xHHHH_` escape: Excel (and exceljs's reader) would turn
 * `_x0041_` into `A`, so the underscore is itself escaped (`_x005F_x0041_`), per ECMA-376.
 *
 * @example
 *   escapeOoxmlText('id_x0041_') // => 'id_x005F_x0041_'
 */
export function escapeOoxmlText(text: string): string {
  return text.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')
}

/**
 * The exceljs value of a prepared cell value. Text stays a JS string, which exceljs always writes
 * as a shared-string cell (`t="s"`), never as a formula; only `formula` values become `<f>`.
 *
 * @example
 *   toExcelValue({ kind: 'text', text: "'=1+1", isNeutralised: true }) // => "'=1+1"
 */
export function toExcelValue(value: PreparedValue): ExcelCellValue {
  switch (value.kind) {
    case 'empty':
      return null
    case 'text':
      return escapeOoxmlText(value.text)
    case 'number':
    case 'boolean':
      return value.value
    case 'date':
      return new Date(value.utcMilliseconds)
    case 'formula':
      return value.result === null
        ? { formula: value.formula }
        : { formula: value.formula, result: value.result }
  }
}
