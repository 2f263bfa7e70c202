import { describe, expect, it } from 'vitest'
import { displayDate, displayDateTime, displayIsoDay, displaySize, displayTime } from './displayFormat'

describe('displayDate / displayTime / displayDateTime', () => {
  const morning = new Date(2025, 2, 5, 7, 30, 5)

  it('writes dd/MM/yyyy with leading zeros, whatever the locale', () => {
    expect(displayDate(morning)).toBe('05/03/2025')
    expect(displayDate(new Date(2026, 10, 29))).toBe('29/11/2026')
  })

  it('writes HH:mm on a 24-hour clock without seconds', () => {
    expect(displayTime(morning)).toBe('07:30')
    expect(displayTime(new Date(2025, 0, 1, 23, 59, 59))).toBe('23:59')
    expect(displayTime(new Date(2025, 0, 1, 0, 0))).toBe('00:00')
  })

  it('joins them as "dd/MM/yyyy HH:mm"', () => {
    expect(displayDateTime(morning)).toBe('05/03/2025 07:30')
  })
})

describe('displayIsoDay', () => {
  it('turns a stored ISO day into dd/MM/yyyy without any time-zone shift', () => {
    expect(displayIsoDay('2025-03-05')).toBe('05/03/2025')
    expect(displayIsoDay('1900-01-01')).toBe('01/01/1900')
  })

  it('leaves anything else unchanged', () => {
    expect(displayIsoDay('05/03/2025')).toBe('05/03/2025')
    expect(displayIsoDay('')).toBe('')
  })
})

describe('displaySize', () => {
  it('uses the largest unit of 1,024 with at most one decimal in the locale', () => {
    expect(displaySize(52_428_800, 'vi-VN')).toBe('50 MB')
    expect(displaySize(52_428_801, 'en-GB')).toBe('50 MB')
    expect(displaySize(1536, 'vi-VN')).toBe('1,5 KB')
    expect(displaySize(1536, 'en-GB')).toBe('1.5 KB')
    expect(displaySize(1_610_612_736, 'vi-VN')).toBe('1,5 GB')
  })

  it('keeps bytes whole below one KB', () => {
    expect(displaySize(0, 'vi-VN')).toBe('0 B')
    expect(displaySize(1023, 'en-GB')).toBe('1,023 B')
    expect(displaySize(1023, 'vi-VN')).toBe('1.023 B')
  })
})
