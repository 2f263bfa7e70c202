import { useTranslation } from 'react-i18next'
import type { LocalizedText } from '@core/framework/framework'
import { isLanguage, type Language } from '../../i18n/languages'

/** The interface language, for formatting numbers and choosing framework texts. */
export function useLanguage(): Language {
  const { i18n } = useTranslation()
  return isLanguage(i18n.language) ? i18n.language : 'vi'
}

/** A framework text in the interface language; Vietnamese when there is no English. */
export function localized(text: LocalizedText | undefined, language: Language): string {
  if (text === undefined) return ''
  return language === 'en' ? (text.en ?? text.vi) : text.vi
}
