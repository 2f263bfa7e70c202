import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { formatNumber } from '../../i18n/format'
import { isLanguage, type Language } from '../../i18n/languages'
import { localized } from '../../i18n/localized'
import type { LocalizedText } from '@core/framework/framework'

/** Number and text formatting in the interface language (decimal comma in Vietnamese). */
export function useManagerFormat() {
  const { i18n } = useTranslation()
  const language: Language = isLanguage(i18n.language) ? i18n.language : 'vi'
  return useMemo(() => {
    const fixed = (value: number, digits = 4) =>
      new Intl.NumberFormat(language === 'vi' ? 'vi-VN' : 'en-GB', {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      }).format(value)
    return {
      language,
      /** A score with four decimals ("0,8654"), or a dash. */
      score: (value: number | null | undefined, digits = 4) =>
        value === null || value === undefined || !Number.isFinite(value) ? '—' : fixed(value, digits),
      /** A signed difference ("+0,0123"). */
      signed: (value: number | null | undefined, digits = 4) =>
        value === null || value === undefined || !Number.isFinite(value)
          ? '—'
          : `${value > 0 ? '+' : value < 0 ? '−' : ''}${fixed(Math.abs(value), digits)}`,
      /** A raw indicator value (up to four decimals). */
      value: (value: unknown) =>
        typeof value === 'number' && Number.isFinite(value)
          ? formatNumber(value, language, 4)
          : typeof value === 'boolean'
            ? value
              ? '1'
              : '0'
            : '—',
      number: (value: number, digits = 4) => formatNumber(value, language, digits),
      fixed,
      text: (text: LocalizedText | undefined) => localized(text, language),
    }
  }, [language])
}

export type ManagerFormat = ReturnType<typeof useManagerFormat>
