import type { ChartConfiguration, ChartDataset, ChartType } from 'chart.js'
import type { RankChange } from '@core/comparison/rankChanges'
import type { YearDistribution } from '@core/comparison/distribution'
import type { YearGroupAverages } from '@core/comparison/groupAverages'
import type { UnitTrajectory } from '@core/comparison/unitTrajectory'
import type { YearResults } from '@core/comparison/yearResults'
import { endLabelsPlugin } from '../../charts/endLabelsPlugin'
import { barFill, lineDatasetStyle } from '../../charts/seriesStyles'

/** A chart configuration for the manager's charts (any chart.js type). */
export type AnyChartConfig = ChartConfiguration<ChartType, unknown[], unknown>

const asAny = (config: unknown): AnyChartConfig => config as AnyChartConfig

/** A number formatter in the interface language (decimal comma in Vietnamese). */
export type NumberText = (value: number, digits?: number) => string

const tooltipNumber = (format: NumberText, digits = 4) => ({
  callbacks: {
    label: (item: { dataset: { label?: string }; parsed: { y: number | null; r?: number } }) =>
      `${item.dataset.label ?? ''}: ${format(item.parsed.r ?? item.parsed.y ?? 0, digits)}`,
  },
})

/** Composite and components of one unit as lines over the years; a component not comparable in a year leaves a gap. */
export function trendChart(
  trajectory: UnitTrajectory,
  codes: readonly string[],
  labelOf: (code: string) => string,
  compositeLabel: string,
  format: NumberText,
): AnyChartConfig {
  const labels = trajectory.years.map((year) => String(year.year))
  const datasets = [
    {
      label: compositeLabel,
      data: trajectory.years.map((year) => year.composite),
      ...lineDatasetStyle(0),
      borderWidth: 4,
    },
    ...codes.map((code, index) => ({
      label: labelOf(code),
      data: trajectory.years.map((year) => year.components[code]?.score ?? null),
      ...lineDatasetStyle(index + 1),
    })),
  ]
  return asAny({
    type: 'line',
    data: { labels, datasets },
    options: {
      spanGaps: false,
      scales: {
        x: { offset: true },
        y: { grace: '8%', ticks: { callback: (value: number | string) => format(Number(value), 2) } },
      },
      plugins: {
        legend: { position: 'bottom', labels: { usePointStyle: true, boxWidth: 40 } },
        tooltip: tooltipNumber(format),
      },
    },
  })
}

/** One unit's rank over the years, rank 1 at the top. */
export function rankTrendChart(trajectory: UnitTrajectory, label: string): AnyChartConfig {
  const most = Math.max(1, ...trajectory.years.map((year) => year.rankedCount))
  return asAny({
    type: 'line',
    data: {
      labels: trajectory.years.map((year) => String(year.year)),
      datasets: [
        { label, data: trajectory.years.map((year) => year.rank), ...lineDatasetStyle(0), borderWidth: 3 },
      ],
    },
    options: {
      scales: { x: { offset: true }, y: { reverse: true, min: 1, max: most, ticks: { precision: 0 } } },
      plugins: { legend: { display: false } },
    },
  })
}

/** The components of one unit in two years as a radar; the later year solid and filled, the earlier dashed. */
export function radarChart(
  trajectory: UnitTrajectory,
  codes: readonly string[],
  labelOf: (code: string) => string | string[],
  years: readonly [number, number],
  format: NumberText,
  maximum: number,
): AnyChartConfig {
  const datasets = years.map((year, position) => {
    const point = trajectory.years.find((item) => item.year === year)
    const style = lineDatasetStyle(position === 0 ? 1 : 0, { fill: position === 1 })
    return {
      label: String(year),
      data: codes.map((code) => point?.components[code]?.score ?? null),
      ...style,
      fill: position === 1,
    }
  })
  return asAny({
    type: 'radar',
    data: { labels: codes.map(labelOf), datasets },
    options: {
      scales: {
        r: {
          min: 0,
          max: maximum,
          ticks: {
            count: 6,
            font: { size: 10 },
            callback: (value: number | string) => format(Number(value), 1),
            backdropColor: 'rgba(255,255,255,0.8)',
          },
          pointLabels: { font: { size: 12 } },
        },
      },
      plugins: {
        legend: { position: 'bottom', labels: { usePointStyle: true } },
        tooltip: tooltipNumber(format),
      },
    },
  })
}

/**
 * Ranks of every unit over the years (bump chart): the units named in `highlighted` get their own
 * style and a label at the end of their line; the others are thin grey lines behind them.
 */
export function bumpChart(
  years: readonly YearResults[],
  highlighted: readonly string[],
  labelOf: (code: string) => string,
): AnyChartConfig {
  const codes = [...new Set(years.flatMap((year) => year.result.units.map((unit) => unit.code)))]
  const rankOf = (year: YearResults, code: string) => {
    const index = year.result.units.findIndex((unit) => unit.code === code)
    return index < 0 ? null : (year.result.components[year.result.rootCode]?.rank[index] ?? null)
  }
  const most = Math.max(1, ...years.map((year) => year.result.units.length))
  const background: ChartDataset<'line'>[] = codes
    .filter((code) => !highlighted.includes(code))
    .map((code) => ({
      label: code,
      data: years.map((year) => rankOf(year, code)),
      borderColor: '#c4c9d0',
      backgroundColor: '#c4c9d0',
      borderWidth: 1,
      pointRadius: 0,
    }))
  const front = highlighted.map((code, index) => ({
    label: labelOf(code),
    data: years.map((year) => rankOf(year, code)),
    ...lineDatasetStyle(index),
    borderWidth: 3,
    endLabel: true,
  }))
  return asAny({
    type: 'line',
    data: { labels: years.map((year) => String(year.year)), datasets: [...background, ...front] },
    options: {
      layout: { padding: { right: 210 } },
      scales: { y: { reverse: true, min: 1, max: most, ticks: { precision: 0 } } },
      plugins: {
        legend: { display: false },
        tooltip: { filter: (item: { datasetIndex: number }) => item.datasetIndex >= background.length },
      },
    },
    plugins: [endLabelsPlugin],
  })
}

/** The biggest movers as horizontal bars of places gained (dark) or lost (light, outlined). */
export function moversChart(
  up: readonly RankChange[],
  down: readonly RankChange[],
  label: string,
): AnyChartConfig {
  const rows = [...up, ...[...down].reverse()]
  return asAny({
    type: 'bar',
    data: {
      labels: rows.map((row) => (row.name.length > 38 ? `${row.name.slice(0, 37)}…` : row.name)),
      datasets: [
        {
          label,
          data: rows.map((row) => row.change),
          backgroundColor: rows.map((row) => ((row.change ?? 0) > 0 ? '#0b4f8a' : '#e6e9ee')),
          borderColor: '#1d2430',
          borderWidth: rows.map((row) => ((row.change ?? 0) > 0 ? 0 : 1.5)),
        },
      ],
    },
    options: {
      indexAxis: 'y',
      scales: { x: { ticks: { precision: 0 } } },
      plugins: { legend: { display: false } },
    },
  })
}

/** The composite's histogram, one bar series per year on the same bins (fills from dark to light). */
export function histogramChart(
  distributions: readonly YearDistribution[],
  format: NumberText,
  countLabel: string,
): AnyChartConfig {
  const bins = distributions[0]?.bins ?? []
  return asAny({
    type: 'bar',
    data: {
      labels: bins.map((bin) => `${format(bin.lower, 1)}–${format(bin.upper, 1)}`),
      datasets: distributions.map((item, index) => ({
        label: String(item.year),
        data: item.bins.map((bin) => bin.count),
        backgroundColor: barFill(index),
        borderColor: '#1d2430',
        borderWidth: 1,
      })),
    },
    options: {
      scales: {
        y: { beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: countLabel } },
      },
      plugins: { legend: { position: 'bottom' } },
    },
  })
}

/** The mean composite of each group of units over the years, one line per group. */
export function groupTrendChart(averages: readonly YearGroupAverages[], format: NumberText): AnyChartConfig {
  const groups = [...new Set(averages.flatMap((year) => year.groups.map((group) => group.group)))]
  return asAny({
    type: 'line',
    data: {
      labels: averages.map((year) => String(year.year)),
      datasets: groups.map((group, index) => ({
        label: group,
        data: averages.map((year) => year.groups.find((item) => item.group === group)?.composite ?? null),
        ...lineDatasetStyle(index),
      })),
    },
    options: {
      scales: {
        x: { offset: true },
        y: { grace: '10%', ticks: { callback: (value: number | string) => format(Number(value), 2) } },
      },
      plugins: {
        legend: { position: 'bottom', labels: { usePointStyle: true, boxWidth: 40 } },
        tooltip: tooltipNumber(format),
      },
    },
  })
}
