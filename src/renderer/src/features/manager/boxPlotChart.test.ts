import { describe, expect, it } from 'vitest'
import { compositeDistributions, fiveNumberSummary } from '@core/comparison/distribution'
import type { YearResults } from '@core/comparison/yearResults'
import {
  boxPlotChart,
  boxPlotLegend,
  boxPlotStats,
  boxPlotTooltipLines,
  type BoxPlotLabels,
} from './boxPlotChart'

const labels: BoxPlotLabels = {
  box: 'Tứ phân vị 1 – 3',
  medianMark: 'Trung vị',
  meanMark: 'Trung bình',
  range: 'Nhỏ nhất – lớn nhất',
  count: 'Số đơn vị',
  min: 'Nhỏ nhất',
  q1: 'Tứ phân vị 1',
  median: 'Trung vị',
  q3: 'Tứ phân vị 3',
  max: 'Lớn nhất',
  mean: 'Trung bình',
}
const viNumber = (value: number, digits = 4) =>
  new Intl.NumberFormat('vi-VN', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
    value,
  )

/** A year with one composite score per unit (only what compositeDistributions reads). */
const aYear = (year: number, scores: readonly (number | null)[]): YearResults =>
  ({ year, result: { rootCode: 'ROOT', maximum: 1, components: { ROOT: { score: scores } } } }) as never

describe('boxPlotStats', () => {
  it("hands the plugin core's type-7 quartiles as they are, with Tukey's whiskers", () => {
    const summary = fiveNumberSummary([1, 2, 4, 9])

    expect(boxPlotStats(summary)).toEqual({
      count: 4,
      min: 1,
      q1: 1.75,
      median: 3,
      q3: 5.25,
      max: 9,
      mean: 4,
      whiskerLow: 1,
      whiskerHigh: 9,
      whiskerMin: 1,
      whiskerMax: 9,
      outliers: [],
    })
  })

  it('marks values beyond 1.5 × IQR as outliers and stops the whiskers at the last value inside', () => {
    const stats = boxPlotStats(fiveNumberSummary([0.1, 0.5, 0.52, 0.55, 0.6, 0.62, 0.98]))
    expect(stats?.outliers).toEqual([0.1, 0.98])
    expect(stats?.whiskerMin).toBe(0.5)
    expect(stats?.whiskerMax).toBe(0.62)
    expect(stats?.min).toBe(0.1)
  })

  it('draws no box for a year without scores', () => {
    expect(boxPlotStats(null)).toBeNull()
  })
})

describe('boxPlotChart', () => {
  it('is a boxplot chart with one box per year from the same numbers as the data table', () => {
    const distributions = compositeDistributions([aYear(2024, [0.2, 0.5, null, 0.8]), aYear(2025, [])])

    const config = boxPlotChart(distributions, labels, viNumber, 1)

    expect(config.type).toBe('boxplot')
    expect(config.data.labels).toEqual(['2024', '2025'])
    expect(config.data.datasets[0]?.data).toEqual([boxPlotStats(distributions[0]!.summary), null])
  })

  it('explains the box, the median line, the mean dot and the whiskers in the legend', () => {
    expect(boxPlotLegend(labels).map((item) => item.text)).toEqual([
      'Tứ phân vị 1 – 3',
      'Trung vị',
      'Trung bình',
      'Nhỏ nhất – lớn nhất',
    ])
  })

  it('says every number in the tooltip in the interface language', () => {
    const stats = boxPlotStats(fiveNumberSummary([0.25, 0.5, 0.75]))!

    expect(boxPlotTooltipLines(stats, labels, viNumber)).toEqual([
      'Lớn nhất: 0,7500',
      'Tứ phân vị 3: 0,6250',
      'Trung vị: 0,5000',
      'Trung bình: 0,5000',
      'Tứ phân vị 1: 0,3750',
      'Nhỏ nhất: 0,2500',
      'Số đơn vị: 3',
    ])
  })
})
