import type { FiveNumberSummary, YearDistribution } from '@core/comparison/distribution'
import type { AnyChartConfig, NumberText } from './managerCharts'

/**
 * One year's box as the boxplot plugin draws it when given statistics instead of raw values: our
 * own quartiles (type 7, from core), Tukey's whiskers and outliers (from core), so the plugin
 * recomputes nothing.
 */
export type BoxPlotStats = FiveNumberSummary & { readonly whiskerMin: number; readonly whiskerMax: number }

/** The words of the box plot: its legend (one entry per mark) and the tooltip's lines. */
export type BoxPlotLabels = {
  readonly box: string
  readonly medianMark: string
  readonly meanMark: string
  readonly range: string
  readonly count: string
  readonly min: string
  readonly q1: string
  readonly median: string
  readonly q3: string
  readonly max: string
  readonly mean: string
}

/** Core's summary as the plugin's statistics object; `null` (no box) for a year without scores. */
export function boxPlotStats(summary: FiveNumberSummary | null): BoxPlotStats | null {
  if (summary === null) return null
  return { ...summary, whiskerMin: summary.whiskerLow, whiskerMax: summary.whiskerHigh }
}

/** The tooltip of one box: every number of the data table, in the interface language's format. */
export function boxPlotTooltipLines(
  stats: BoxPlotStats,
  labels: BoxPlotLabels,
  format: NumberText,
): string[] {
  return [
    `${labels.max}: ${format(stats.max)}`,
    `${labels.q3}: ${format(stats.q3)}`,
    `${labels.median}: ${format(stats.median)}`,
    `${labels.mean}: ${format(stats.mean)}`,
    `${labels.q1}: ${format(stats.q1)}`,
    `${labels.min}: ${format(stats.min)}`,
    `${labels.count}: ${format(stats.count, 0)}`,
  ]
}

const BOX_FILL = '#c9ddf0'
const BOX_LINE = '#0b4f8a'
const MARK = '#1d2430'

/** The legend entries: what the box, the line, the dot and the whiskers stand for. */
export function boxPlotLegend(labels: BoxPlotLabels) {
  return [
    { text: labels.box, pointStyle: 'rect', fillStyle: BOX_FILL, strokeStyle: BOX_LINE, lineWidth: 2 },
    { text: labels.medianMark, pointStyle: 'line', fillStyle: MARK, strokeStyle: MARK, lineWidth: 3 },
    { text: labels.meanMark, pointStyle: 'circle', fillStyle: MARK, strokeStyle: MARK, lineWidth: 1 },
    { text: labels.range, pointStyle: 'line', fillStyle: BOX_LINE, strokeStyle: BOX_LINE, lineWidth: 2 },
  ] as const
}

/**
 * The composite per year as box plots (the `boxplot` type of @sgratzl/chartjs-chart-boxplot): box
 * Q1–Q3, a line at the median, a dot at the mean, Tukey's whiskers and outliers as dots.
 */
export function boxPlotChart(
  distributions: readonly YearDistribution[],
  labels: BoxPlotLabels,
  format: NumberText,
  maximum: number,
): AnyChartConfig {
  return {
    type: 'boxplot',
    data: {
      labels: distributions.map((item) => String(item.year)),
      datasets: [
        {
          label: labels.box,
          data: distributions.map((item) => boxPlotStats(item.summary)),
          backgroundColor: BOX_FILL,
          borderColor: BOX_LINE,
          borderWidth: 2,
          medianColor: MARK,
          meanStyle: 'circle',
          meanRadius: 4,
          meanBackgroundColor: MARK,
          meanBorderColor: MARK,
          outlierRadius: 0,
          itemRadius: 0,
          barPercentage: 0.45,
          categoryPercentage: 1,
        },
      ],
    },
    options: {
      scales: {
        y: {
          min: 0,
          max: maximum,
          ticks: { callback: (value: number | string) => format(Number(value), 2) },
        },
      },
      plugins: {
        // One legend entry per mark, wrapping on narrow panels; they all stand for the one dataset,
        // so clicking them hides nothing.
        legend: {
          position: 'bottom',
          onClick: () => undefined,
          labels: { usePointStyle: true, generateLabels: () => boxPlotLegend(labels) },
        },
        tooltip: {
          callbacks: {
            label: (item: { readonly raw: unknown }) =>
              item.raw === null ? '' : boxPlotTooltipLines(item.raw as BoxPlotStats, labels, format),
          },
        },
      },
    },
  } as unknown as AnyChartConfig
}
