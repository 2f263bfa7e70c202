import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { en, vi } from './resources'
import { readStoredLanguage, storeLanguage } from './languageStore'
import type { Language } from './languages'

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
  document.documentElement.lang = language
  return i18next
}

/** Switches the interface language, remembers it, and tells assistive technology via `lang`. */
export async function changeLanguage(language: Language): Promise<void> {
  storeLanguage(language)
  await i18next.changeLanguage(language)
  document.documentElement.lang = language
}
