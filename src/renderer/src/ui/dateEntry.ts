/**
 * Typing a date as people write it here: dd/MM/yyyy whatever the operating system's settings.
 * The stored value stays an ISO day (yyyy-MM-dd), as the native date input stored it.
 */

/** What the typed text means: nothing, a day, or why it is not a day. */
export type DateEntry =
  | { readonly kind: 'empty' }
  | { readonly kind: 'date'; readonly iso: string }
  | { readonly kind: 'invalid'; readonly reason: 'format' | 'month' | 'day' | 'range' }

/** The years a date may fall in (the native input used min 1900-01-01, max 2100-12-31). */
export const DATE_ENTRY_YEARS = { min: 1900, max: 2100 } as const

const two = (value: number): string => String(value).padStart(2, '0')

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/**
 * Reads typed text: "05/03/2025", "5/3/2025", "05.03.2025", "05-03-2025", "05032025", or an ISO
 * day pasted from elsewhere ("2025-03-05").
 *
 * @example
 *   parseDateEntry('5/3/2025') // => { kind: 'date', iso: '2025-03-05' }
 *   parseDateEntry('31/02/2025') // => { kind: 'invalid', reason: 'day' }
 */
export function parseDateEntry(text: string): DateEntry {
  const trimmed = text.trim()
  if (trimmed === '') return { kind: 'empty' }
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed)
  const written =
    /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(trimmed) ?? /^(\d{2})(\d{2})(\d{4})$/.exec(trimmed)
  const parts =
    iso !== null
      ? { day: Number(iso[3]), month: Number(iso[2]), year: Number(iso[1]) }
      : written !== null
        ? { day: Number(written[1]), month: Number(written[2]), year: Number(written[3]) }
        : null
  if (parts === null) return { kind: 'invalid', reason: 'format' }
  const { day, month, year } = parts
  if (month < 1 || month > 12) return { kind: 'invalid', reason: 'month' }
  if (year < DATE_ENTRY_YEARS.min || year > DATE_ENTRY_YEARS.max) return { kind: 'invalid', reason: 'range' }
  if (day < 1 || day > daysInMonth(year, month)) return { kind: 'invalid', reason: 'day' }
  return { kind: 'date', iso: `${year}-${two(month)}-${two(day)}` }
}

/**
 * The text shown for a stored ISO day; anything else is shown as it is.
 *
 * @example
 *   dateEntryText('2025-03-05') // => '05/03/2025'
 */
export function dateEntryText(iso: string | null): string {
  if (iso === null) return ''
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  return match === null ? iso : `${match[3]}/${match[2]}/${match[1]}`
}

/**
 * Adds the slash a person would type next: after two digits of the day and of the month, only
 * while typing forward (deleting never brings a slash back).
 *
 * @example
 *   maskDateEntry('0', '05') // => '05/'
 *   maskDateEntry('05/0', '05/03') // => '05/03/'
 *   maskDateEntry('05/', '05') // => '05'
 */
export function maskDateEntry(previous: string, next: string): string {
  if (next.length <= previous.length) return next
  return /^\d{2}$/.test(next) || /^\d{1,2}\/\d{2}$/.test(next) ? `${next}/` : next
}

/**
 * The day before or after a stored day (ArrowDown / ArrowUp in the box), kept within the years allowed.
 *
 * @example
 *   shiftIsoDay('2025-02-28', 1) // => '2025-03-01'
 */
export function shiftIsoDay(iso: string, days: number): string {
  const [year, month, day] = iso.split('-').map(Number)
  const moved = new Date(Date.UTC(year ?? 2000, (month ?? 1) - 1, (day ?? 1) + days))
  const movedYear = moved.getUTCFullYear()
  if (movedYear < DATE_ENTRY_YEARS.min || movedYear > DATE_ENTRY_YEARS.max) return iso
  return `${movedYear}-${two(moved.getUTCMonth() + 1)}-${two(moved.getUTCDate())}`
}
