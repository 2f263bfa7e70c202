import { roundForPublication } from '@core/scoring/roundForPublication'
import { INTL_LOCALE, type Language } from '../../i18n/languages'

// Creating an Intl formatter costs far more than using one: a 700-unit ranking shows ~7,000 scores.
const formatters = new Map<string, Intl.NumberFormat>()

/** A score as published: rounded half away from zero to the framework's decimals, shown with exactly that many. */
export function formatScore(value: number | null | undefined, decimals: number, language: Language): string {
  if (value === null || value === undefined) return '—'
  const key = `${language}|${decimals}`
  let formatter = formatters.get(key)
  if (formatter === undefined) {
    formatter = new Intl.NumberFormat(INTL_LOCALE[language], {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    })
    formatters.set(key, formatter)
  }
  return formatter.format(roundForPublication(value, decimals))
}
