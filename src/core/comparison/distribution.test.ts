import { describe, expect, it } from 'vitest'
import { fiveNumberSummary, histogram, quantileOfSorted } from './distribution'

describe('fiveNumberSummary', () => {
  it('uses linear interpolation between order statistics (R type 7, Excel QUARTILE.INC)', () => {
    expect(fiveNumberSummary([1, 2, 3, 4])).toEqual({
      count: 4,
      min: 1,
      q1: 1.75,
      median: 2.5,
      q3: 3.25,
      max: 4,
      mean: 2.5,
      whiskerLow: 1,
      whiskerHigh: 4,
      outliers: [],
    })
  })

  it("singles out Tukey's outliers as R's boxplot.stats does with type-7 quartiles", () => {
    // quantile(c(1:9, 30), type = 7): Q1 = 3.25, Q3 = 7.75, IQR = 4.5, upper fence 14.5
    const summary = fiveNumberSummary([1, 2, 3, 4, 5, 6, 7, 8, 9, 30])
    expect(summary?.outliers).toEqual([30])
    expect(summary?.whiskerHigh).toBe(9)
    expect(summary?.whiskerLow).toBe(1)
    expect(summary?.max).toBe(30)
  })

  it('leaves missing values out and gives null when nothing is left', () => {
    expect(fiveNumberSummary([null, 5])?.median).toBe(5)
    expect(fiveNumberSummary([null])).toBeNull()
  })
})

describe('quantileOfSorted', () => {
  it('gives the median of an odd count as the middle value', () => {
    expect(quantileOfSorted([1, 7, 9], 0.5)).toBe(7)
  })
})

describe('histogram', () => {
  it('closes the last bin so the maximum is counted', () => {
    expect(histogram([0, 0.25, 0.5, 1], 0, 1, 4).map((bin) => bin.count)).toEqual([1, 1, 1, 1])
  })
})
