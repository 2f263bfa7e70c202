/**
 * The one way dates, times and file sizes are shown to people, in the app (through
 * `renderer/src/i18n/format.ts`) and in the CLI (its i18next `size` formatter): dd/MM/yyyy and
 * HH:mm in the local time zone, whatever the language or the operating system's settings, and
 * sizes in B, KB, MB, GB with the locale's decimal mark. Plain TypeScript (no DOM, no Node).
 */

const two = (value: number): string => String(value).padStart(2, '0')

/**
 * A calendar date as dd/MM/yyyy (local time).
 *
 * @example
 *   displayDate(new Date(2025, 2, 5, 7, 30)) // => '05/03/2025'
 */
export function displayDate(date: Date): string {
  return `${two(date.getDate())}/${two(date.getMonth() + 1)}/${String(date.getFullYear()).padStart(4, '0')}`
}

/**
 * A time of day as HH:mm, 24-hour clock (local time).
 *
 * @example
 *   displayTime(new Date(2025, 2, 5, 7, 30)) // => '07:30'
 */
export function displayTime(date: Date): string {
  return `${two(date.getHours())}:${two(date.getMinutes())}`
}

/**
 * A moment as "dd/MM/yyyy HH:mm" (local time).
 *
 * @example
 *   displayDateTime(new Date(2025, 2, 5, 7, 30, 5)) // => '05/03/2025 07:30'
 */
export function displayDateTime(date: Date): string {
  return `${displayDate(date)} ${displayTime(date)}`
}

/**
 * A calendar day stored as ISO yyyy-MM-dd shown as dd/MM/yyyy, with no time zone shift; other
 * text comes back unchanged.
 *
 * @example
 *   displayIsoDay('2025-03-05') // => '05/03/2025'
 */
export function displayIsoDay(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  return match === null ? iso : `${match[3]}/${match[2]}/${match[1]}`
}

const SIZE_UNITS = ['B', 'KB', 'MB', 'GB', 'TB'] as const

/**
 * A byte count in the largest fitting unit of 1,024, with at most one decimal in the locale's
 * notation (`vi-VN` "1,5 MB", `en-GB` "1.5 MB").
 *
 * @example
 *   displaySize(52_428_800, 'vi-VN') // => '50 MB'
 *   displaySize(1536, 'vi-VN') // => '1,5 KB'
 */
export function displaySize(bytes: number, locale: string): string {
  let value = bytes
  let unit = 0
  while (Math.abs(value) >= 1024 && unit < SIZE_UNITS.length - 1) {
    value /= 1024
    unit += 1
  }
  const digits = unit === 0 ? 0 : 1
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value)} ${SIZE_UNITS[unit]}`
}
