import { describe, expect, it } from 'vitest'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { en, vi } from './resources'

const keysOf = (value: unknown, prefix = ''): string[] =>
  typeof value === 'object' && value !== null
    ? Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix === '' ? key : `${prefix}.${key}`))
    : [prefix]

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort()

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

  it('have the same keys in Vietnamese and English', () => {
    expect(keysOf(vi).sort()).toEqual(keysOf(en).sort())
  })

  it('use the same placeholders in both languages', () => {
    for (const key of keysOf(en)) {
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
})
