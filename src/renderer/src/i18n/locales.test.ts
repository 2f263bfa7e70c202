import { describe, expect, it } from 'vitest'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import i18next from 'i18next'
import { en, vi } from './resources'

const keysOf = (value: unknown, prefix = ''): string[] =>
  typeof value === 'object' && value !== null
    ? Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix === '' ? key : `${prefix}.${key}`))
    : [prefix]

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort()

/** English's singular form of a counted message (`key_one`, i18next's plural suffix). */
const isSingular = (key: string) => key.endsWith('_one')

const valueAt = (root: unknown, key: string): unknown =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], root)

describe('locale files', () => {
  it('come in pairs: every feature file exists in both languages', () => {
    const files = (language: string) => readdirSync(join(__dirname, 'locales', language)).sort()

    expect(files('vi')).toEqual(files('en'))
  })

  it('do not define the same top-level key in two feature files', () => {
    const folder = join(__dirname, 'locales', 'en')
    const keys = readdirSync(folder).flatMap((file) =>
      Object.keys(JSON.parse(readFileSync(join(folder, file), 'utf8'))),
    )

    expect(keys.length).toBe(new Set(keys).size)
  })

  it('have the same keys in Vietnamese and English (English adds singular forms)', () => {
    expect(keysOf(vi).sort()).toEqual(
      keysOf(en)
        .filter((key) => !isSingular(key))
        .sort(),
    )
  })

  it('give a singular form only beside its plural, with the same placeholders (the count may be spelt out)', () => {
    const singulars = keysOf(en).filter(isSingular)
    expect(singulars.length).toBeGreaterThan(0)
    for (const key of singulars) {
      const plural = String(valueAt(en, key.slice(0, -'_one'.length)))
      expect(plural, key).not.toBe('undefined')
      const without = (names: (string | undefined)[]) => names.filter((name) => name !== 'count')
      expect(without(placeholders(String(valueAt(en, key)))), key).toEqual(without(placeholders(plural)))
    }
    // Vietnamese has one form: i18next reads the base key for every count.
    expect(keysOf(vi).filter(isSingular)).toEqual([])
  })

  it('use the same placeholders in both languages', () => {
    for (const key of keysOf(en).filter((key) => !isSingular(key))) {
      expect(placeholders(String(valueAt(vi, key))), key).toEqual(placeholders(String(valueAt(en, key))))
    }
  })

  it('have no empty message', () => {
    for (const key of [...keysOf(en), ...keysOf(vi)]) {
      expect(String(valueAt(en, key)).trim().length, key).toBeGreaterThan(0)
    }
  })

  it('are NFC-normalised Vietnamese', () => {
    const text = JSON.stringify(vi)

    expect(text).toBe(text.normalize('NFC'))
  })

  it('say "1 file" and "2 files" in English and one form in Vietnamese', async () => {
    const i18n = i18next.createInstance()
    await i18n.init({
      resources: { vi: { translation: vi }, en: { translation: en } },
      lng: 'en',
      interpolation: { escapeValue: false },
    })
    expect(i18n.t('evaluator.evidence.heading', { count: 1 })).toBe('Evidence (1 file)')
    expect(i18n.t('evaluator.evidence.heading', { count: 2 })).toBe('Evidence (2 files)')
    expect(i18n.t('evaluator.evidence.heading', { count: 0 })).toBe('Evidence (0 files)')
    await i18n.changeLanguage('vi')
    expect(i18n.t('evaluator.evidence.heading', { count: 1 })).toBe(
      String(valueAt(vi, 'evaluator.evidence.heading')).replace('{{count}}', '1'),
    )
  })
})
