import { roundForPublication } from '@core/scoring/roundForPublication'
import { INTL_LOCALE, type Language } from '../../i18n/languages'

// Creating an Intl formatter costs far more than using one: a 700-unit ranking shows ~7,000 scores.
const formatters = new Map<string, Intl.NumberFormat>()
const dayFormatters = new Map<Language, Intl.DateTimeFormat>()

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

/** A calendar day ("29/11/2026") with one shared formatter per language (the status board shows hundreds). */
export function formatDay(iso: string, language: Language): string {
  let formatter = dayFormatters.get(language)
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat(INTL_LOCALE[language], {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    })
    dayFormatters.set(language, formatter)
  }
  return formatter.format(new Date(iso))
}
