import { describe, expect, it } from 'vitest'
import { meanAndSampleSd, normaliseColumn } from './normaliseColumn'

// methodology §3 "Normalisation" and "Direction"
describe('normaliseColumn', () => {
  it('maps min to the lower and max to the upper bound (min-max)', () => {
    expect(normaliseColumn([2, 4, 6, null], { method: 'min-max', lower: 0, upper: 100 }, 1).values).toEqual([
      0,
      50,
      100,
      null,
    ])
  })

  it('reverses an indicator with direction −1 before normalising', () => {
    expect(normaliseColumn([2, 4, 6], { method: 'min-max', lower: 0, upper: 1 }, -1).values).toEqual([
      1, 0.5, 0,
    ])
  })

  it('reports a constant indicator instead of dividing by zero', () => {
    const column = normaliseColumn([3, 3, null], { method: 'min-max', lower: 0, upper: 1 }, 1)

    expect(column).toEqual({ values: [null, null, null], isConstant: true, hasNonPositiveMaximum: false })
  })

  it('uses the sample standard deviation for z-scores', () => {
    const values = normaliseColumn([1, 2, 3], { method: 'z-score', mean: 10, sd: 2 }, 1).values

    expect(values).toEqual([8, 10, 12])
  })

  it('divides by the largest value (ratio to max)', () => {
    expect(normaliseColumn([1, 2, 4], { method: 'ratio-to-max' }, 1).values).toEqual([0.25, 0.5, 1])
  })

  it('flags ratio to max when the largest value is not positive', () => {
    expect(normaliseColumn([-1, -2], { method: 'ratio-to-max' }, 1).hasNonPositiveMaximum).toBe(true)
  })

  it('measures the distance to the best unit (distance to max)', () => {
    expect(normaliseColumn([0, 5, 10], { method: 'distance-to-max' }, 1).values).toEqual([0, 0.5, 1])
  })

  it('ranks ascending with ties at the minimum rank (rank)', () => {
    expect(normaliseColumn([5, 1, 5, null], { method: 'rank' }, 1).values).toEqual([2, 1, 2, null])
  })

  it('spreads percentile ranks from 0 to 1', () => {
    expect(normaliseColumn([10, 20, 30], { method: 'percentile-rank' }, 1).values).toEqual([0, 0.5, 1])
  })

  it('truncates to the goalposts and scales', () => {
    expect(
      normaliseColumn([-5, 50, 150], { method: 'goalposts', lower: 0, upper: 100, scale: 100 }, 1).values,
    ).toEqual([0, 50, 100])
  })

  it('measures from the upper goalpost for direction −1', () => {
    expect(
      normaliseColumn([0, 25, 100], { method: 'goalposts', lower: 0, upper: 100, scale: 1 }, -1).values,
    ).toEqual([1, 0.75, 0])
  })

  it('keeps values as they are (none)', () => {
    expect(normaliseColumn([0.3, null], { method: 'none' }, -1).values).toEqual([0.3, null])
  })
})

describe('meanAndSampleSd', () => {
  it('divides by n − 1', () => {
    expect(meanAndSampleSd([2, 4, 4, 4, 5, 5, 7, 9]).sd).toBeCloseTo(2.138089935, 9)
  })
})
