import { createInstance, type TFunction } from 'i18next'
import { en, vi } from './resources'

/**
 * For tests: a translate function of the app's own texts in one language, on an i18next instance
 * of its own (the app's shared instance and its language are left alone).
 *
 * @example
 *   expect(describeIssue(await testTranslator('en'), issue)).toContain('…')
 */
export async function testTranslator(language: 'vi' | 'en'): Promise<TFunction> {
  const i18n = createInstance()
  await i18n.init({
    lng: language,
    resources: { vi: { translation: vi }, en: { translation: en } },
    interpolation: { escapeValue: false },
  })
  return i18n.t
}
