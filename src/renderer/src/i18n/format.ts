import { INTL_LOCALE, type Language } from './languages'

/**
 * Formats a number for display in the interface language (vi-VN: "1.234,5").
 * Exports never use this: workbooks hold raw numbers.
 */
export function formatNumber(value: number, language: Language, maximumFractionDigits = 4): string {
  return new Intl.NumberFormat(INTL_LOCALE[language], { maximumFractionDigits }).format(value)
}

/** Formats a calendar date (vi-VN: "29/11/2026"). */
export function formatDate(date: Date, language: Language): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[language], {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(date)
}

/** Formats a byte count with one decimal in the largest fitting unit ("1,5 MB"). */
export function formatBytes(bytes: number, language: Language): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB']
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit += 1
  }
  return `${formatNumber(value, language, unit === 0 ? 0 : 1)} ${units[unit]}`
}
