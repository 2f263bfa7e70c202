/**
 * Excel's limit on the length of a sheet name, in UTF-16 code units.
 *
 * @example
 *   sanitiseSheetName('x'.repeat(40)).length // => MAX_SHEET_NAME_LENGTH
 */
export const MAX_SHEET_NAME_LENGTH = 31

/**
 * Used when nothing printable is left of a requested name.
 *
 * @example
 *   sanitiseSheetName('') // => FALLBACK_SHEET_NAME
 */
export const FALLBACK_SHEET_NAME = 'Sheet'

const UNWRITABLE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g
const FORBIDDEN = /[[\]:*?/\\]/g
const EDGE_APOSTROPHES = /^'+|'+$/g
const COMBINING_MARK = /^\p{M}/u

/**
 * Cuts `text` to at most `length` UTF-16 code units without splitting a surrogate pair or
 * separating a base letter from its combining marks.
 *
 * @example
 *   truncateText('ab😀', 3) // => 'ab'
 */
export function truncateText(text: string, length: number): string {
  if (text.length <= length) return text
  let end = length
  const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff
  if (isLowSurrogate(text.charCodeAt(end))) end -= 1
  while (end > 0 && COMBINING_MARK.test(text.slice(end))) {
    end -= 1
    if (isLowSurrogate(text.charCodeAt(end))) end -= 1
  }
  return text.slice(0, end)
}

/**
 * Turns any text into a name Excel accepts for a sheet, leaving uniqueness to `assignSheetNames`:
 * NFC-normalised; control characters, U+FFFE/U+FFFF and lone surrogates removed; each of
 * `[ ] : * ? / \` replaced by `_`; apostrophes at either end removed; cut to 31 code units
 * (never inside a character); `Sheet` when nothing is left.
 *
 * @example
 *   sanitiseSheetName('Phòng Tài chính/Kế toán') // => 'Phòng Tài chính_Kế toán'
 *   sanitiseSheetName("'[Q1]'") // => '_Q1_'
 *   sanitiseSheetName('') // => 'Sheet'
 */
export function sanitiseSheetName(name: string): string {
  const cleaned = name
    .replace(UNWRITABLE, '')
    .normalize('NFC')
    .replace(FORBIDDEN, '_')
    .replace(EDGE_APOSTROPHES, '')
  const cut = truncateText(cleaned, MAX_SHEET_NAME_LENGTH).replace(EDGE_APOSTROPHES, '')
  return cut.trim() === '' ? FALLBACK_SHEET_NAME : cut
}
