/**
 * A calendar date or wall-clock date-time as milliseconds on a UTC time line (a zone-free
 * stand-in: `Date.UTC(2024, 0, 31)` is 31 January 2024 whatever the user's time zone).
 *
 * @example
 *   const due: CalendarInstant = { utcMilliseconds: Date.UTC(2024, 0, 31), hasTime: false }
 */
export type CalendarInstant = { readonly utcMilliseconds: number; readonly hasTime: boolean }

/**
 * The first date written (1900-03-01): earlier serials fall in Excel's fictitious-leap-day range.
 *
 * @example
 *   new Date(MIN_EXCEL_DATE_MS).toISOString() // => '1900-03-01T00:00:00.000Z'
 */
export const MIN_EXCEL_DATE_MS = Date.UTC(1900, 2, 1)
/**
 * The last date Excel can show: 9999-12-31T23:59:59.999.
 *
 * @example
 *   new Date(MAX_EXCEL_DATE_MS).toISOString() // => '9999-12-31T23:59:59.999Z'
 */
export const MAX_EXCEL_DATE_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999)

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?Z?)?$/

/**
 * Reads `YYYY-MM-DD` or a wall-clock `YYYY-MM-DDTHH:mm[:ss[.sss]]` (a trailing `Z` is accepted and
 * ignored: Excel dates have no zone). `null` for impossible dates (`2023-02-29`) and for dates
 * outside 1900-03-01 … 9999-12-31.
 *
 * @example
 *   parseCellDate('2024-02-29') // => { utcMilliseconds: 1709164800000, hasTime: false }
 *   parseCellDate('2023-02-29') // => null
 */
export function parseCellDate(iso: string): CalendarInstant | null {
  const match = ISO.exec(iso)
  if (match === null) return null
  const [year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0] = match
    .slice(1, 7)
    .map((part) => Number(part ?? 0))
  const milliseconds = Number((match[7] ?? '').padEnd(3, '0'))
  const time = Date.UTC(year, month - 1, day, hour, minute, second, milliseconds)
  const date = new Date(time)
  const isReal =
    date.getUTCFullYear() === year &&
    date.getUTCMonth() + 1 === month &&
    date.getUTCDate() === day &&
    date.getUTCHours() === hour &&
    date.getUTCMinutes() === minute &&
    date.getUTCSeconds() === second
  if (!isReal || time < MIN_EXCEL_DATE_MS || time > MAX_EXCEL_DATE_MS) return null
  return { utcMilliseconds: time, hasTime: match[4] !== undefined }
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0')

/**
 * The canonical `CellDate.iso` of an instant: `YYYY-MM-DD` at midnight, else
 * `YYYY-MM-DDTHH:mm:ss`, with `.sss` only when there are milliseconds. `null` outside years
 * 1–9999 or for a non-finite input.
 *
 * @example
 *   formatCellDate(Date.UTC(2024, 0, 31)) // => '2024-01-31'
 *   formatCellDate(Date.UTC(2024, 0, 31, 8, 30)) // => '2024-01-31T08:30:00'
 */
export function formatCellDate(utcMilliseconds: number): string | null {
  const date = new Date(utcMilliseconds)
  const year = date.getUTCFullYear()
  if (!Number.isFinite(utcMilliseconds) || year < 1 || year > 9999) return null
  const day = `${pad(year, 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`
  const [hours, minutes, seconds, ms] = [
    date.getUTCHours(),
    date.getUTCMinutes(),
    date.getUTCSeconds(),
    date.getUTCMilliseconds(),
  ]
  if (hours === 0 && minutes === 0 && seconds === 0 && ms === 0) return day
  const time = `${pad(hours)}:${pad(minutes)}:${pad(seconds)}`
  return ms === 0 ? `${day}T${time}` : `${day}T${time}.${pad(ms, 3)}`
}
