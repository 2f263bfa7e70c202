import type { TFunction } from 'i18next'
import type { UnitTrajectory } from '@core/comparison/unitTrajectory'
import { nodeName, topComponentCodesOf, type YearResults } from '@core/comparison/yearResults'
import { radarChart, rankTrendChart, trendChart, type AnyChartConfig } from './managerCharts'
import type { ManagerFormat } from './useManagerFormat'

/** A chart of the manager with what its panel and the workbook need. */
export type ManagerChart = {
  readonly id: string
  readonly title: string
  readonly config: AnyChartConfig
  readonly table: {
    readonly headers: readonly string[]
    readonly rows: readonly (readonly string[])[]
    readonly numeric: readonly number[]
  }
}

/** The unit view's three charts (score trend, rank trend, radar of two years), with their data tables. */
export function unitCharts(
  years: readonly YearResults[],
  trajectory: UnitTrajectory,
  pair: readonly [number, number],
  t: TFunction,
  format: ManagerFormat,
): ManagerChart[] {
  const latest = years.at(-1)
  if (latest === undefined) return []
  const codes = topComponentCodesOf(latest)
  const labelOf = (code: string) => `${code} — ${format.text(nodeName(latest.structure, code))}`
  const maximum = latest.result.maximum
  const compositeLabel = t('manager.columns.composite')
  const cell = (value: { readonly score: number | null; readonly comparable: boolean } | undefined) =>
    value === undefined ? '—' : value.comparable ? format.score(value.score) : t('manager.status.changed')
  const rankText = (year: UnitTrajectory['years'][number]) =>
    year.rank === null
      ? t('manager.unit.notAssessed')
      : t('manager.unit.rankOf', { rank: year.rank, count: year.rankedCount })
  return [
    {
      id: 'unit-trend',
      title: t('manager.unit.trendTitle'),
      config: trendChart(trajectory, codes, labelOf, compositeLabel, format.fixed),
      table: {
        headers: [t('manager.columns.year'), compositeLabel, ...codes.map(labelOf)],
        rows: trajectory.years.map((year) => [
          String(year.year),
          format.score(year.composite),
          ...codes.map((code) => cell(year.components[code])),
        ]),
        numeric: [1, ...codes.map((_, index) => index + 2)],
      },
    },
    {
      id: 'unit-rank',
      title: t('manager.unit.rankTitle'),
      config: rankTrendChart(trajectory, t('manager.columns.rank')),
      table: {
        headers: [t('manager.columns.year'), t('manager.columns.rank')],
        rows: trajectory.years.map((year) => [String(year.year), rankText(year)]),
        numeric: [1],
      },
    },
    {
      id: 'unit-radar',
      title: t('manager.unit.radarTitle', { earlier: pair[0], later: pair[1] }),
      config: radarChart(
        trajectory,
        codes,
        (code) => [code, format.text(nodeName(latest.structure, code))],
        pair,
        format.fixed,
        maximum,
      ),
      table: {
        headers: [t('manager.columns.indicator'), String(pair[0]), String(pair[1])],
        rows: codes.map((code) => [
          labelOf(code),
          cell(trajectory.years.find((year) => year.year === pair[0])?.components[code]),
          cell(trajectory.years.find((year) => year.year === pair[1])?.components[code]),
        ]),
        numeric: [1, 2],
      },
    },
  ]
}
