import { useTranslation } from 'react-i18next'
import { changeLanguage } from '../i18n/i18n'
import { isLanguage, LANGUAGE_NAMES, LANGUAGES } from '../i18n/languages'

/** The language switch; its accessible name is bilingual so anyone can find it. */
export function LanguageSelect({ id = 'language-select' }: { readonly id?: string }) {
  const { t, i18n } = useTranslation()
  return (
    <label className="language-select" htmlFor={id}>
      <span className="visually-hidden">{t('app.languageLabel')}</span>
      <select
        id={id}
        aria-label={t('app.languageLabel')}
        value={i18n.language}
        onChange={(event) => {
          if (isLanguage(event.target.value)) void changeLanguage(event.target.value)
        }}
      >
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {LANGUAGE_NAMES[language]}
          </option>
        ))}
      </select>
    </label>
  )
}
