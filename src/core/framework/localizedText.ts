/**
 * A text shown to people, in Vietnamese and optionally English.
 *
 * Why: questionnaire content is data, not UI strings (house style B8); Vietnamese is the
 * authoritative language of every framework, English is a courtesy translation. Texts are
 * trimmed and NFC-normalised on parse so that equal-looking texts compare equal.
 *
 * @example
 *   const name: LocalizedText = { vi: 'Hạ tầng kỹ thuật', en: 'Technical infrastructure' }
 */
export type LocalizedText = {
  readonly vi: string
  readonly en?: string
}
