import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { excelSerialOfTime, formatCellDate, leapDayCorrection, serialToIsoDate } from './cellDate'

describe('Excel date serials', () => {
  it('shows the dates Excel shows around its fictitious 1900-02-29, and up to 9999-12-31', () => {
    expect(serialToIsoDate(1)).toBe('1900-01-01')
    expect(serialToIsoDate(59)).toBe('1900-02-28')
    expect(serialToIsoDate(60)).toBeNull()
    expect(serialToIsoDate(61)).toBe('1900-03-01')
    expect(serialToIsoDate(45657.75)).toBe('2024-12-31')
    expect(serialToIsoDate(2_958_465)).toBe('9999-12-31')
    expect(serialToIsoDate(2_958_466)).toBeNull()
    expect(serialToIsoDate(0)).toBeNull()
    expect(serialToIsoDate(Number.NaN)).toBeNull()
  })

  it('corrects only the 1900 system, and only before 1900-03-01', () => {
    expect(leapDayCorrection(59, false)).toBe(86_400_000)
    expect(leapDayCorrection(61, false)).toBe(0)
    expect(leapDayCorrection(60.5, false)).toBeNull()
    expect(leapDayCorrection(0.5, false)).toBeNull()
    expect(leapDayCorrection(0, true)).toBe(0)
    expect(leapDayCorrection(-1, true)).toBeNull()
    expect(excelSerialOfTime(Date.UTC(1904, 0, 1), true)).toBe(0)
  })

  test.prop([fc.integer({ min: 61, max: 2_958_465 })])(
    'a serial and the instant of its date agree both ways (from 1900-03-01)',
    (serial) => {
      const iso = serialToIsoDate(serial)
      expect(iso).not.toBeNull()
      const [year, month, day] = (iso ?? '').split('-').map(Number)
      const time = Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1)
      expect(excelSerialOfTime(time, false)).toBe(serial)
      expect(formatCellDate(time)).toBe(iso)
    },
  )
})
