import { describe, expect, it } from 'vitest'
import { readNumberEntry } from '@core/responses/numberEntry'
import { formatEntryNumber } from './formatEntryNumber'

describe('formatEntryNumber', () => {
  it('shows numbers in the interface convention', () => {
    expect(formatEntryNumber(1234.5, 'vi')).toBe('1.234,5')
    expect(formatEntryNumber(1234.5, 'en')).toBe('1,234.5')
  })

  it('reads back exactly what it shows', () => {
    for (const value of [0.5, 1234.5, 1234567.125, 0.0001, 42]) {
      expect(readNumberEntry(formatEntryNumber(value, 'vi'), 'vi').value).toBe(value)
      expect(readNumberEntry(formatEntryNumber(value, 'en'), 'en').value).toBe(value)
    }
  })

  it('does not group the digits of a year', () => {
    expect(formatEntryNumber(2021, 'vi', 'NamTrienKhai')).toBe('2021')
    expect(formatEntryNumber(2021, 'vi', 'SoMayTinh')).toBe('2.021')
  })
})
