import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { en, vi } from './resources'
import { readStoredLanguage, storeLanguage } from './languageStore'
import { addSizeFormatter } from '../../../shared/addSizeFormatter'
import { INTL_LOCALE, isLanguage, type Language } from './languages'

/** Starts the one i18n layer with the stored language (Vietnamese by default). */
export function initialiseI18n(): typeof i18next {
  const language = readStoredLanguage()
  void i18next.use(initReactI18next).init({
    resources: { vi: { translation: vi }, en: { translation: en } },
    lng: language,
    fallbackLng: 'vi',
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  })
  // `{{limit, size}}` in a message: a byte count as "50 MB" (the one size formatter, shared with the CLI).
  addSizeFormatter(i18next, (lng) => (isLanguage(lng) ? INTL_LOCALE[lng] : INTL_LOCALE.vi))
  document.documentElement.lang = language
  return i18next
}

/** Switches the interface language, remembers it, and tells assistive technology via `lang`. */
export async function changeLanguage(language: Language): Promise<void> {
  storeLanguage(language)
  await i18next.changeLanguage(language)
  document.documentElement.lang = language
}
