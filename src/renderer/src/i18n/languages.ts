export const LANGUAGES = ['vi', 'en'] as const
export type Language = (typeof LANGUAGES)[number]

/** BCP 47 locale used with Intl for each interface language (vi-VN writes 0,8654). */
export const INTL_LOCALE: Readonly<Record<Language, string>> = { vi: 'vi-VN', en: 'en-GB' }

export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { vi: 'Tiếng Việt', en: 'English' }

export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value)
