import { describe, expect, it } from 'vitest'
import type { SensitivityResult } from '@core/assessment/sensitivity/runSensitivity'
import { sobolChartConfig } from './sobolChart'

const result: SensitivityResult = {
  n: 30,
  seed: 1,
  bootstrap: 100,
  runs: 120,
  recomputations: 90,
  meanShift: 1.2,
  variance: 0.4,
  indices: [
    {
      kind: 'weights',
      first: 0.1,
      total: 0.3,
      firstLow: -0.6,
      firstHigh: 0.5,
      totalLow: 0.2,
      totalHigh: 0.4,
    },
    {
      kind: 'aggregation',
      first: 0.7,
      total: 1.1,
      firstLow: 0.4,
      firstHigh: 0.9,
      totalLow: 0.8,
      totalHigh: 1.4,
    },
  ],
}

describe('sobolChartConfig', () => {
  const config = sobolChartConfig(result, ['Trọng số', 'Tổng hợp'], {
    first: 'Bậc nhất (S)',
    total: 'Toàn phần (ST)',
    axis: 'Chỉ số độ nhạy',
  }) as unknown as {
    data: { labels: string[]; datasets: { label: string; data: number[]; errorBars: unknown[] }[] }
    options: { scales: { y: { suggestedMin: number; suggestedMax: number } } }
    plugins: { id: string }[]
  }

  it('draws first-order and total bars per assumption, each with its bootstrap interval', () => {
    expect(config.data.labels).toEqual(['Trọng số', 'Tổng hợp'])
    expect(config.data.datasets.map((dataset) => [dataset.label, dataset.data])).toEqual([
      ['Bậc nhất (S)', [0.1, 0.7]],
      ['Toàn phần (ST)', [0.3, 1.1]],
    ])
    expect(config.data.datasets[1]?.errorBars).toEqual([
      { low: 0.2, high: 0.4 },
      { low: 0.8, high: 1.4 },
    ])
    expect(config.plugins.map((plugin) => plugin.id)).toEqual(['errorBars'])
  })

  it('stretches the axis over the whiskers, from 0 to 1 at least', () => {
    expect(config.options.scales.y.suggestedMin).toBe(-0.6)
    expect(config.options.scales.y.suggestedMax).toBe(1.4)
  })
})
