import { describe, expect, it } from 'vitest'
import { readNumberEntry } from './numberEntry'

describe('readNumberEntry', () => {
  it('stores a readable number and no entry', () => {
    expect(readNumberEntry('1.234,5', 'vi')).toEqual({ value: 1234.5, entry: null })
    expect(readNumberEntry('1,234.5', 'en')).toEqual({ value: 1234.5, entry: null })
  })

  it('keeps an unreadable text as the entry, cleaned', () => {
    expect(readNumberEntry(' 12a\u0000 ', 'vi')).toEqual({ value: null, entry: '12a' })
  })

  it('treats a blank field as unanswered', () => {
    expect(readNumberEntry('   ', 'vi')).toEqual({ value: null, entry: null })
  })
})
