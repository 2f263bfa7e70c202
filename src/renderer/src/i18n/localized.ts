import type { LocalizedText } from '@core/framework/localizedText'

/** The text in the interface language, falling back to Vietnamese (framework content is data). */
export const localized = (text: LocalizedText | undefined, language: string): string =>
  text === undefined ? '' : language === 'en' ? (text.en ?? text.vi) : text.vi
