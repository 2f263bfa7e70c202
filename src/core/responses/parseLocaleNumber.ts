import { err, ok, type Result } from '@core/result'

/** The number conventions the officer may type in: Vietnamese (`1.234,5`) or English (`1,234.5`). */
export type NumberLocale = 'vi' | 'en'

export type NumberEntryError =
  | { readonly code: 'empty' }
  | { readonly code: 'not-a-number' }
  | { readonly code: 'too-long'; readonly maxLength: number }

/** Longer entries are refused before parsing: no real figure needs more characters. */
export const MAX_NUMBER_ENTRY_LENGTH = 40

const SPACES = /[\s\u00a0\u202f\u2009]/g
const DIGITS = /^\d+$/
const GROUPED = /^\d{1,3}(?:\.\d{3})+$/

/**
 * Reads a number as an officer types it, in the interface's convention, and forgives the other
 * convention when the reading is unambiguous.
 *
 * Why: Vietnamese writes `1.234,5` (dot = thousands, comma = decimal) while Excel habits and
 * English interfaces write `1,234.5`; a questionnaire that silently reads `0,5` as 5 corrupts the
 * index. Rules, for `vi` (swap `.` and `,` for `en`):
 *
 * - the decimal comma may appear once; dots before it must group thousands (`1.234.567,25`);
 * - spaces (also no-break and thin spaces) may group thousands: `1 234,5`;
 * - without a comma, dots that group whole thousands are thousands (`1.234` is 1234); a single
 *   dot that does not (`0.5`, `12.75`, `0.125`) is read as a decimal point;
 * - a leading `+`, `-` or `−`, and a trailing `%`, are accepted;
 * - anything else (letters, exponents, two decimal marks) is `not-a-number`.
 *
 * @example
 *   parseLocaleNumber('1.234,5', 'vi') // => ok(1234.5)
 *   parseLocaleNumber('0,5', 'vi') // => ok(0.5)
 *   parseLocaleNumber('1,234.5', 'en') // => ok(1234.5)
 *   parseLocaleNumber('12abc', 'vi') // => err({ code: 'not-a-number' })
 */
export function parseLocaleNumber(text: string, locale: NumberLocale): Result<number, NumberEntryError> {
  if (text.length > MAX_NUMBER_ENTRY_LENGTH)
    return err({ code: 'too-long', maxLength: MAX_NUMBER_ENTRY_LENGTH })
  let body = text.replace(SPACES, '')
  if (body === '') return err({ code: 'empty' })
  let sign = 1
  if (/^[-−+]/.test(body)) {
    sign = body.startsWith('+') ? 1 : -1
    body = body.slice(1)
  }
  if (body.endsWith('%')) body = body.slice(0, -1)
  // Work in the Vietnamese convention: for English, swap the two marks first.
  const vietnamese = locale === 'vi' ? body : body.replace(/[.,]/g, (mark) => (mark === '.' ? ',' : '.'))
  const magnitude = readVietnamese(vietnamese)
  if (magnitude === null) return err({ code: 'not-a-number' })
  const value = sign * magnitude
  return Number.isFinite(value) ? ok(value === 0 ? 0 : value) : err({ code: 'not-a-number' })
}

function readVietnamese(body: string): number | null {
  const commaParts = body.split(',')
  if (commaParts.length > 2) return readThousandsOnly(body)
  const [whole = '', fraction] = commaParts
  if (fraction !== undefined) {
    if (!DIGITS.test(fraction)) return null
    const integer = whole === '' ? '0' : readWhole(whole)
    return integer === null ? null : Number(`${integer}.${fraction}`)
  }
  const integer = readWhole(whole)
  if (integer !== null) return Number(integer)
  // A single dot that does not group thousands: a decimal point typed out of habit.
  const dotParts = whole.split('.')
  if (
    dotParts.length === 2 &&
    DIGITS.test(dotParts[1] ?? '') &&
    (dotParts[0] === '' || DIGITS.test(dotParts[0] ?? ''))
  ) {
    return Number(`${dotParts[0] === '' ? '0' : dotParts[0]}.${dotParts[1]}`)
  }
  return null
}

/** `1.234.567` → `1234567`; plain digits as they are; anything else `null`. */
function readWhole(whole: string): string | null {
  if (DIGITS.test(whole)) return whole
  // "0.125" never groups thousands: a number does not start with a zero group.
  if (GROUPED.test(whole) && !whole.startsWith('0')) return whole.replace(/\./g, '')
  return null
}

/** `1,234,567` in a Vietnamese reading: commas used as thousands separators English-style. */
function readThousandsOnly(body: string): number | null {
  return /^\d{1,3}(?:,\d{3})+$/.test(body) && !body.startsWith('0') ? Number(body.replace(/,/g, '')) : null
}
