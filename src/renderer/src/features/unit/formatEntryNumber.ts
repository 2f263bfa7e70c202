import { INTL_LOCALE, type Language } from '../../i18n/languages'

const formatters = new Map<string, Intl.NumberFormat>()

/**
 * A number as a field shows it back: in the interface's convention ("1.234,5" in Vietnamese),
 * every decimal kept (up to 10), so that reading it again gives the same number. Years are shown
 * without grouping ("2021", not "2.021") when the code says it is a year (`Nam…`, `…Year`).
 */
export function formatEntryNumber(value: number, language: Language, code = ''): string {
  const isYear =
    /(^|[a-z_])(Nam|Year)([A-Z_]|$)|^nam|^year/.test(code) &&
    Number.isInteger(value) &&
    value >= 1900 &&
    value <= 2100
  const key = `${language}:${isYear}`
  let formatter = formatters.get(key)
  if (formatter === undefined) {
    formatter = new Intl.NumberFormat(INTL_LOCALE[language], {
      maximumFractionDigits: 10,
      useGrouping: !isYear,
    })
    formatters.set(key, formatter)
  }
  return formatter.format(value)
}
