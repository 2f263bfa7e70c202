import type { Style } from 'exceljs'
import type { PreparedValue } from '@core/excel/preparedWorkbook'
import type { CellStyle } from '@core/excel/workbookSpec'

/**
 * Number formats used when the spec gives none.
 *
 * @example
 *   toExcelStyle(undefined, { kind: 'date', utcMilliseconds: 0, hasTime: false }, font).numFmt // => DEFAULT_DATE_FORMAT
 */
export const DEFAULT_DATE_FORMAT = 'dd/mm/yyyy'
/**
 * The number format of date-time cells when the spec gives none.
 *
 * @example
 *   toExcelStyle(undefined, { kind: 'date', utcMilliseconds: 0, hasTime: true }, font).numFmt // => DEFAULT_DATE_TIME_FORMAT
 */
export const DEFAULT_DATE_TIME_FORMAT = 'dd/mm/yyyy hh:mm'
/**
 * Excel's Text format: what is typed into the cell later stays text (no formula).
 *
 * @example
 *   toExcelStyle(undefined, { kind: 'text', text: "'=1", isNeutralised: true }, font).numFmt // => TEXT_FORMAT
 */
export const TEXT_FORMAT = '@'

const HEADER_FILL = 'D9D9D9'
const THIN = { style: 'thin' } as const

/**
 * The exceljs style of a cell (or column): always a complete font in the workbook font, so no cell
 * falls back to exceljs's Calibri; neutralised text gets the Text format; dates get a date format
 * unless the spec names one.
 *
 * @example
 *   toExcelStyle({ bold: true }, { kind: 'text', text: 'x', isNeutralised: false }, { name: 'Times New Roman', size: 12 }).font
 *   // => { name: 'Times New Roman', size: 12, bold: true }
 */
export function toExcelStyle(
  style: CellStyle | undefined,
  value: PreparedValue | null,
  font: { readonly name: string; readonly size: number },
): Partial<Style> {
  const hints = style ?? {}
  const isHeader = hints.header === true
  const fill = hints.fill ?? (isHeader ? HEADER_FILL : undefined)
  const horizontal = hints.horizontal
  const vertical = hints.vertical ?? (isHeader ? 'middle' : undefined)
  const numberFormat = numberFormatFor(hints, value)
  return {
    font: {
      name: font.name,
      size: hints.fontSize ?? font.size,
      ...(hints.bold === true || isHeader ? { bold: true } : {}),
      ...(hints.italic === true ? { italic: true } : {}),
      ...(hints.fontColor === undefined ? {} : { color: { argb: `FF${hints.fontColor.toUpperCase()}` } }),
    },
    ...(numberFormat === undefined ? {} : { numFmt: numberFormat }),
    ...(hints.wrap === true || isHeader || horizontal !== undefined || vertical !== undefined
      ? {
          alignment: {
            ...(hints.wrap === true || isHeader ? { wrapText: true } : {}),
            ...(horizontal === undefined ? {} : { horizontal }),
            ...(vertical === undefined ? {} : { vertical }),
          },
        }
      : {}),
    ...(fill === undefined
      ? {}
      : { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${fill.toUpperCase()}` } } }),
    ...(hints.border === true || isHeader
      ? { border: { top: THIN, left: THIN, bottom: THIN, right: THIN } }
      : {}),
    ...(hints.locked === undefined ? {} : { protection: { locked: hints.locked } }),
  }
}

function numberFormatFor(hints: CellStyle, value: PreparedValue | null): string | undefined {
  if (value?.kind === 'text' && value.isNeutralised) return TEXT_FORMAT
  if (hints.numberFormat !== undefined) return hints.numberFormat
  if (value?.kind === 'date') return value.hasTime ? DEFAULT_DATE_TIME_FORMAT : DEFAULT_DATE_FORMAT
  return undefined
}
