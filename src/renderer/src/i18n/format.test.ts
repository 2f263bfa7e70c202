import { describe, expect, it } from 'vitest'
import { formatBytes, formatDate, formatDateTime, formatIsoDay, formatNumber, formatTime } from './format'

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

  it('writes the same dd/MM/yyyy in English (one way in every screen)', () => {
    expect(formatDate(new Date(2025, 2, 5), 'en')).toBe('05/03/2025')
  })
})

describe('formatDateTime / formatTime / formatIsoDay', () => {
  it('writes "dd/MM/yyyy HH:mm" from a Date or an ISO string, in both languages', () => {
    const at = new Date(2025, 2, 5, 7, 30, 5)
    expect(formatDateTime(at, 'vi')).toBe('05/03/2025 07:30')
    expect(formatDateTime(at.toISOString(), 'en')).toBe('05/03/2025 07:30')
    expect(formatTime(at, 'en')).toBe('07:30')
  })

  it('shows a stored day without shifting it across time zones', () => {
    expect(formatIsoDay('2025-12-31', 'vi')).toBe('31/12/2025')
  })
})

describe('formatBytes', () => {
  it('picks the largest fitting unit', () => {
    expect(formatBytes(1536, 'vi')).toBe('1,5 KB')
    expect(formatBytes(52_428_800, 'en')).toBe('50 MB')
    expect(formatBytes(512, 'en')).toBe('512 B')
  })
})
