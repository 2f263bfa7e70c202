import i18next, { type i18n } from 'i18next'
import enIssues from '../shared/messages/en/issues.json'
import viIssues from '../shared/messages/vi/issues.json'
import { addSizeFormatter } from '../shared/addSizeFormatter'
import type { CliLanguage } from './cliLanguage'
import enCli from './messages/en/cli.json'
import viCli from './messages/vi/cli.json'

/** A CLI message's key, without the plural suffix i18next adds (`scored`, not `scored_one`). */
export type CliMessageKey = keyof typeof enCli extends infer Key
  ? Key extends `${infer Base}_${'one' | 'other'}`
    ? Base
    : Key
  : never

/** The locale of each language: i18next picks plural forms and `{{n, number}}` formats with it. */
export const CLI_LOCALES: Readonly<Record<CliLanguage, string>> = { vi: 'vi-VN', en: 'en-US' }

let instance: i18n | undefined

/**
 * The CLI's one i18next instance, created on first use: namespace `cli` (src/cli/messages) and
 * `issues` (the issue texts shared with the app), in `vi-VN` and `en-US`. Plurals follow
 * Intl.PluralRules (English `_one`/`_other`, Vietnamese `_other` only) and `{{count, number}}` is
 * i18next's built-in Intl.NumberFormat: 1.234.567 in Vietnamese, 1,234,567 in English.
 */
export function cliI18n(): i18n {
  if (instance !== undefined) return instance
  const created = i18next.createInstance()
  void created.init({
    resources: {
      [CLI_LOCALES.vi]: { cli: viCli, issues: viIssues },
      [CLI_LOCALES.en]: { cli: enCli, issues: enIssues },
    },
    lng: CLI_LOCALES.vi,
    fallbackLng: false,
    ns: ['cli', 'issues'],
    defaultNS: 'cli',
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  })
  // `{{limit, size}}` in a message: a byte count as "50 MB" (the one size formatter, shared with the app).
  addSizeFormatter(created, (lng) => lng ?? CLI_LOCALES.vi)
  instance = created
  return created
}

/**
 * The values of a message as the CLI has always shown them: lists joined with " → ", and no
 * value at all for null or undefined (the placeholder then stays visible, as a clue).
 */
export function messageValues(values: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const cleaned: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined || value === null) continue
    cleaned[name] = Array.isArray(value) ? value.join(' → ') : value
  }
  return cleaned
}
