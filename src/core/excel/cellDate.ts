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

const DAY_MS = 86_400_000
/** Days from each date system's serial 0 to 1970-01-01: 1899-12-30 (1900 system), 1904-01-01. */
const UNIX_EPOCH_SERIAL = { date1900: 25_569, date1904: 24_107 } as const
/** The first serial past 9999-12-31 in the 1900 date system. */
const SERIAL_PAST_9999 = 2_958_466

/**
 * The Excel serial of an instant on the UTC time line, as a spreadsheet library hands dates over
 * (no correction for Excel's fictitious 1900-02-29 yet: see `leapDayCorrection`).
 *
 * @example
 *   excelSerialOfTime(Date.UTC(2024, 11, 31), false) // => 45657
 */
export function excelSerialOfTime(utcMilliseconds: number, date1904: boolean): number {
  return utcMilliseconds / DAY_MS + (date1904 ? UNIX_EPOCH_SERIAL.date1904 : UNIX_EPOCH_SERIAL.date1900)
}

/**
 * What to add to an instant read with serial `serial` so that it shows the date Excel shows: in the
 * 1900 system, serials below 60 count Excel's fictitious 1900-02-29 and are one day early.
 * `null` where Excel shows no real date: serial 60 itself (1900-02-29), and serials below 1.
 *
 * @example
 *   leapDayCorrection(59, false) // => 86400000
 *   leapDayCorrection(61, false) // => 0
 *   leapDayCorrection(60, false) // => null
 */
export function leapDayCorrection(serial: number, date1904: boolean): number | null {
  if (date1904) return serial < 0 ? null : 0
  if (serial < 1 || (serial >= 60 && serial < 61)) return null
  return serial < 60 ? DAY_MS : 0
}

/**
 * The calendar date (`YYYY-MM-DD`) Excel shows for a serial in the 1900 date system; the time of
 * day is dropped. `null` for serial 60 (Excel's fictitious 1900-02-29), serials below 1 or past 9999.
 *
 * @example
 *   serialToIsoDate(45657) // => '2024-12-31'
 *   serialToIsoDate(60) // => null
 */
export function serialToIsoDate(serial: number): string | null {
  if (!Number.isFinite(serial) || serial >= SERIAL_PAST_9999) return null
  const day = Math.floor(serial)
  const correction = leapDayCorrection(day, false)
  if (correction === null) return null
  return formatCellDate((day - UNIX_EPOCH_SERIAL.date1900) * DAY_MS + correction)?.slice(0, 10) ?? null
}
