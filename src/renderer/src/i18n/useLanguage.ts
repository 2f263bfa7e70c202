import { useTranslation } from 'react-i18next'
import { isLanguage, type Language } from './languages'

/** The interface language, for formatting numbers and choosing framework texts (`localized`). */
export function useLanguage(): Language {
  const { i18n } = useTranslation()
  return isLanguage(i18n.language) ? i18n.language : 'vi'
}
