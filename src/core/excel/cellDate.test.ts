import { describe, expect, it } from 'vitest'
import { formatCellDate, parseCellDate } from './cellDate'

describe('parseCellDate', () => {
  it('reads dates and wall-clock date-times on a UTC time line', () => {
    expect(parseCellDate('2024-02-29')).toEqual({ utcMilliseconds: Date.UTC(2024, 1, 29), hasTime: false })
    expect(parseCellDate('2024-01-31T08:30')).toEqual({
      utcMilliseconds: Date.UTC(2024, 0, 31, 8, 30),
      hasTime: true,
    })
    expect(parseCellDate('2024-01-31T08:30:05.5Z')).toEqual({
      utcMilliseconds: Date.UTC(2024, 0, 31, 8, 30, 5, 500),
      hasTime: true,
    })
  })

  it('refuses impossible dates, other shapes and dates Excel cannot show faithfully', () => {
    const refused = [
      '2023-02-29',
      '2024-13-01',
      '2024-01-31T24:00',
      '31/01/2024',
      '2024-01-31T08:30+07:00',
      '1900-02-28',
      '1899-12-31',
      '10000-01-01',
    ]

    expect(refused.map(parseCellDate)).toEqual(Array(refused.length).fill(null))
    expect(parseCellDate('1900-03-01')).not.toBeNull()
    expect(parseCellDate('9999-12-31T23:59:59.999')).not.toBeNull()
  })
})

describe('formatCellDate', () => {
  it('writes the shortest canonical form', () => {
    expect(formatCellDate(Date.UTC(2024, 0, 31))).toBe('2024-01-31')
    expect(formatCellDate(Date.UTC(2024, 0, 31, 8, 30))).toBe('2024-01-31T08:30:00')
    expect(formatCellDate(Date.UTC(2024, 0, 31, 8, 30, 0, 7))).toBe('2024-01-31T08:30:00.007')
  })

  it('gives null outside years 1 to 9999', () => {
    expect(formatCellDate(Date.UTC(10_000, 0, 1))).toBeNull()
    expect(formatCellDate(Number.NaN)).toBeNull()
  })
})
