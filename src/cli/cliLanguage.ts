export type CliLanguage = 'vi' | 'en'

/**
 * The CLI's language: `--lang`, else ICTWB_LANG, else an English LANG, else Vietnamese.
 *
 * @example
 *   pickCliLanguage(undefined, { LANG: 'en_GB.UTF-8' }) // => 'en'
 */
export function pickCliLanguage(
  flag: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): CliLanguage {
  for (const candidate of [flag, env['ICTWB_LANG']]) {
    if (candidate === 'vi' || candidate === 'en') return candidate
  }
  return (env['LANG'] ?? '').toLowerCase().startsWith('en') ? 'en' : 'vi'
}
