import type { ChartConfiguration } from 'chart.js'
import type { RankingRow } from '@core/assessment/rankingRows'
import { SERIES_COLOURS } from '../../charts/registerCharts'

/** More bars than this make an unreadable picture: charts show the best-ranked units. */
export const MAX_CHART_UNITS = 100

export type ReportChartSpec = {
  readonly title: string
  readonly config: ChartConfiguration<'bar', (number | null)[], string>
  readonly width: number
  readonly height: number
}

/**
 * The report's two charts, read from the ranking rows (never recomputed): the composite per unit,
 * best first, and the direct components of the index per unit.
 */
export function reportCharts(
  rows: readonly RankingRow[],
  components: readonly { readonly index: number; readonly label: string }[],
  titles: { readonly composite: string; readonly components: string },
): ReportChartSpec[] {
  const shown = rows.filter((row) => row.rank !== null).slice(0, MAX_CHART_UNITS)
  const labels = shown.map(
    (row) => `${row.rank}. ${row.name.length > 40 ? `${row.name.slice(0, 39)}…` : row.name}`,
  )
  const height = Math.min(9000, Math.max(360, 80 + shown.length * 22))
  const axis = {
    indexAxis: 'y' as const,
    scales: { x: { beginAtZero: true } },
    plugins: { legend: { display: false } },
  }
  return [
    {
      title: titles.composite,
      width: 1000,
      height,
      config: {
        type: 'bar',
        data: {
          labels,
          datasets: [
            {
              label: titles.composite,
              data: shown.map((row) => row.composite),
              backgroundColor: SERIES_COLOURS[0],
            },
          ],
        },
        options: axis,
      },
    },
    {
      title: titles.components,
      width: 1000,
      height: Math.min(9000, Math.max(360, 100 + shown.length * 14 * Math.max(1, components.length))),
      config: {
        type: 'bar',
        data: {
          labels,
          datasets: components.map((component, position) => ({
            label: component.label,
            data: shown.map((row) => row.components[component.index] ?? null),
            backgroundColor: SERIES_COLOURS[position % SERIES_COLOURS.length] ?? '#0b4f8a',
          })),
        },
        options: { ...axis, plugins: { legend: { display: true, position: 'top' } } },
      },
    },
  ]
}
