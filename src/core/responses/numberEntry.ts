import { parseLocaleNumber, type NumberLocale } from './parseLocaleNumber'
import { sanitizeText } from './sanitizeText'

/**
 * What a number field holds after the officer typed `text`: the number when it reads as one,
 * else the text itself as an unreadable entry (kept, shown back and reported), or nothing.
 *
 * @example
 *   readNumberEntry('1.234,5', 'vi') // => { value: 1234.5, entry: null }
 *   readNumberEntry('12a', 'vi') // => { value: null, entry: '12a' }
 *   readNumberEntry('  ', 'vi') // => { value: null, entry: null }
 */
export function readNumberEntry(
  text: string,
  locale: NumberLocale,
): { readonly value: number | null; readonly entry: string | null } {
  const clean = sanitizeText(text, { multiline: false, maxLength: 100 })
  const parsed = parseLocaleNumber(clean, locale)
  if (parsed.ok) return { value: parsed.value, entry: null }
  if (parsed.error.code === 'empty') return { value: null, entry: null }
  return { value: null, entry: clean.trim() }
}
