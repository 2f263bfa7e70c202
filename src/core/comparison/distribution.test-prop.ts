import { fc, test } from '@fast-check/vitest'
import { expect } from 'vitest'
import { fiveNumberSummary, histogram } from './distribution'

const values = fc.array(fc.option(fc.double({ min: -1000, max: 1000, noNaN: true }), { nil: null }), {
  minLength: 1,
  maxLength: 80,
})

test.prop([values])(
  'orders the five numbers min ≤ q1 ≤ median ≤ q3 ≤ max, with the mean in range',
  (list) => {
    const summary = fiveNumberSummary(list)
    if (summary === null) {
      expect(list.every((value) => value === null)).toBe(true)
      return
    }
    expect(
      summary.min <= summary.q1 &&
        summary.q1 <= summary.median &&
        summary.median <= summary.q3 &&
        summary.q3 <= summary.max,
    ).toBe(true)
    expect(summary.mean >= summary.min - 1e-9 && summary.mean <= summary.max + 1e-9).toBe(true)
  },
)

test.prop([values, fc.integer({ min: 1, max: 30 })])(
  'counts every present value exactly once',
  (list, bins) => {
    const total = histogram(list, -1000, 1000, bins).reduce((sum, bin) => sum + bin.count, 0)
    expect(total).toBe(list.filter((value) => value !== null).length)
  },
)
