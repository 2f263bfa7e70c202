import { describe, expect, it } from 'vitest'
import { formatBytes, formatDate, formatNumber } from './format'

describe('formatNumber', () => {
  it('writes a decimal comma and dot thousands in Vietnamese', () => {
    expect(formatNumber(1234.5, 'vi')).toBe('1.234,5')
    expect(formatNumber(0.86543, 'vi')).toBe('0,8654')
  })

  it('writes a decimal point in English', () => {
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5')
  })
})

describe('formatDate', () => {
  it('writes day/month/year in Vietnamese', () => {
    expect(formatDate(new Date(2026, 10, 29), 'vi')).toBe('29/11/2026')
  })
})

describe('formatBytes', () => {
  it('picks the largest fitting unit', () => {
    expect(formatBytes(1536, 'vi')).toBe('1,5 kB')
    expect(formatBytes(512, 'en')).toBe('512 B')
  })
})
