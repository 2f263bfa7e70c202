import { excelSerialOfTime, formatCellDate, leapDayCorrection, parseCellDate } from '@core/excel/cellDate'
import type { CellDate, CellError } from '@core/excel/sheetWorkbook'

const DAY_MS = 86_400_000
const UNIX_EPOCH = { date1900: 25_569, date1904: 24_107 }

/**
 * A number stored in a date-formatted cell, as the calendar date typed: rounded to the
 * millisecond, and in the 1900 system corrected for Excel's fictitious 1900-02-29 before
 * 1900-03-01. That day itself, negative serials and dates past 9999 stay plain numbers (serials);
 * non-finite numbers are `#NUM!`.
 *
 * @example
 *   serialCellValue(45322, false) // => { type: 'date', iso: '2024-01-31' }
 *   serialCellValue(60, false) // => 60
 */
export function serialCellValue(serial: number, date1904: boolean): number | CellDate | CellError {
  if (!Number.isFinite(serial)) return { type: 'error', code: '#NUM!' }
  const milliseconds = Math.round((serial - (date1904 ? UNIX_EPOCH.date1904 : UNIX_EPOCH.date1900)) * DAY_MS)
  const rounded = excelSerialOfTime(milliseconds, date1904)
  const correction = leapDayCorrection(rounded, date1904)
  if (correction === null) return rounded
  const iso = formatCellDate(milliseconds + correction)
  return iso === null ? rounded : { type: 'date', iso }
}

/**
 * A cell stored as an ISO 8601 date (`t="d"`, as Strict Open XML and some programs write them):
 * its calendar date, or `#VALUE!` when it is not a date Excel can show.
 *
 * @example
 *   isoCellValue('2024-01-31T00:00:00Z') // => { type: 'date', iso: '2024-01-31' }
 */
export function isoCellValue(text: string): CellDate | CellError {
  const instant = parseCellDate(text.trim().replace(/(\.\d{1,3})\d*/, '$1'))
  const iso = instant === null ? null : formatCellDate(instant.utcMilliseconds)
  return iso === null ? { type: 'error', code: '#VALUE!' } : { type: 'date', iso }
}
