import { roundForPublication } from '../../../../core/scoring/roundForPublication'
import { INTL_LOCALE, type Language } from '../../i18n/languages'

/** A score as published: rounded half away from zero to the framework's decimals, shown with exactly that many. */
export function formatScore(value: number | null | undefined, decimals: number, language: Language): string {
  if (value === null || value === undefined) return '—'
  return new Intl.NumberFormat(INTL_LOCALE[language], { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(roundForPublication(value, decimals))
}
