import { describe, expect, it } from 'vitest'
import { readStoredLanguage, storeLanguage } from './languageStore'

const memoryStorage = () => {
  const values = new Map<string, string>()
  return {
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
  }
}

describe('language preference', () => {
  it('defaults to Vietnamese', () => {
    expect(readStoredLanguage(memoryStorage())).toBe('vi')
  })

  it('returns the stored choice', () => {
    const storage = memoryStorage()

    storeLanguage('en', storage)

    expect(readStoredLanguage(storage)).toBe('en')
  })

  it('ignores a tampered value', () => {
    const storage = memoryStorage()
    storage.setItem('ictwb.language', 'fr')

    expect(readStoredLanguage(storage)).toBe('vi')
  })

  it('falls back to Vietnamese when storage throws', () => {
    const throwing = {
      getItem: () => {
        throw new Error('SecurityError')
      },
    }

    expect(readStoredLanguage(throwing)).toBe('vi')
  })
})
