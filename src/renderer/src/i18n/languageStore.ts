import { isLanguage, type Language } from './languages'

const STORAGE_KEY = 'ictwb.language'

/** The language the user chose last time on this machine, Vietnamese when none (or storage is blocked). */
export function readStoredLanguage(
  storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage,
): Language {
  try {
    const stored = storage?.getItem(STORAGE_KEY)
    return isLanguage(stored) ? stored : 'vi'
  } catch {
    return 'vi'
  }
}

/** Remembers the chosen language; a blocked storage only loses the preference, never the session. */
export function storeLanguage(
  language: Language,
  storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage,
): void {
  try {
    storage?.setItem(STORAGE_KEY, language)
  } catch {
    // Private mode or a full quota: the choice still applies until the app closes.
  }
}
