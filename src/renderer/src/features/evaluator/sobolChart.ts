import type { SensitivityResult } from '@core/assessment/sensitivity/runSensitivity'
import { barFill } from '../../charts/seriesStyles'
import type { AnyChartConfig } from '../../charts/withTitle'
import { errorBarsPlugin } from '../../charts/errorBarsPlugin'

/**
 * The bar chart of a sensitivity result: per assumption, the first-order index and the
 * total-effect index side by side, each with its bootstrap 5–95 % interval as a whisker.
 *
 * @example
 *   sobolChartConfig(result, ['Trọng số', 'Chuẩn hoá'], { first: 'Bậc nhất (S)', total: 'Toàn phần (ST)', axis: 'Chỉ số' })
 */
export function sobolChartConfig(
  result: SensitivityResult,
  labels: readonly string[],
  names: { readonly first: string; readonly total: string; readonly axis: string },
): AnyChartConfig {
  const dataset = (label: string, index: number, pick: 'first' | 'total') => ({
    label,
    data: result.indices.map((entry) => entry[pick]),
    backgroundColor: barFill(index),
    borderColor: barFill(index),
    errorBars: result.indices.map((entry) => ({
      low: pick === 'first' ? entry.firstLow : entry.totalLow,
      high: pick === 'first' ? entry.firstHigh : entry.totalHigh,
    })),
  })
  // The axis holds the whiskers too, not only the bars (small N gives wide intervals).
  const bounds = result.indices.flatMap((entry) =>
    [entry.first, entry.total, entry.firstLow, entry.firstHigh, entry.totalLow, entry.totalHigh].filter(
      (value): value is number => value !== null,
    ),
  )
  return {
    type: 'bar',
    data: {
      labels: [...labels],
      datasets: [dataset(names.first, 0, 'first'), dataset(names.total, 1, 'total')],
    },
    options: {
      animation: false,
      maintainAspectRatio: false,
      plugins: { legend: { position: 'bottom' } },
      scales: {
        y: {
          title: { display: true, text: names.axis },
          suggestedMin: Math.min(0, ...bounds),
          suggestedMax: Math.max(1, ...bounds),
        },
      },
    },
    plugins: [errorBarsPlugin],
  } as unknown as AnyChartConfig
}
