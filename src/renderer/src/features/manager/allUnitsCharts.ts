import type { TFunction } from 'i18next'
import { compositeDistributions } from '@core/comparison/distribution'
import { groupAverages } from '@core/comparison/groupAverages'
import { biggestMovers, rankChanges } from '@core/comparison/rankChanges'
import type { YearResults } from '@core/comparison/yearResults'
import { boxPlotChart } from './boxPlotChart'
import { bumpChart, groupTrendChart, histogramChart, moversChart } from './managerCharts'
import type { ManagerChart } from './unitCharts'
import type { ManagerFormat } from './useManagerFormat'

/** How many risers and fallers the movers chart and the bump chart pick out. */
export const MOVERS = 5

/** The all-units charts (bump, movers, box plot, histogram, group means), with their data tables. */
export function allUnitsCharts(
  years: readonly YearResults[],
  earlier: YearResults,
  later: YearResults,
  t: TFunction,
  format: ManagerFormat,
): ManagerChart[] {
  const range = years.filter((year) => year.year >= earlier.year && year.year <= later.year)
  const changes = rankChanges(earlier, later)
  const movers = biggestMovers(changes, MOVERS)
  const highlighted = [...movers.up, ...movers.down].map((row) => row.code)
  const names = new Map(later.result.units.map((unit) => [unit.code, unit.name]))
  const short = (code: string) => {
    const name = names.get(code) ?? code
    return name.length > 26 ? `${name.slice(0, 25)}…` : name
  }
  const distributions = compositeDistributions(years)
  const averages = groupAverages(years)
  const groups = [...new Set(averages.flatMap((year) => year.groups.map((group) => group.group)))]
  const maximum = later.result.maximum
  const rankOf = (year: YearResults, code: string) => {
    const index = year.result.units.findIndex((unit) => unit.code === code)
    return index < 0 ? '—' : String(year.result.components[year.result.rootCode]?.rank[index] ?? '—')
  }
  const charts: ManagerChart[] = []
  if (earlier.year !== later.year) {
    charts.push(
      {
        id: 'all-bump',
        title: t('manager.all.bumpTitle', { earlier: earlier.year, later: later.year }),
        config: bumpChart(range, highlighted, short),
        table: {
          headers: [
            t('manager.columns.unit'),
            ...range.map((year) => t('manager.columns.rankIn', { year: year.year })),
          ],
          rows: highlighted.map((code) => [
            names.get(code) ?? code,
            ...range.map((year) => rankOf(year, code)),
          ]),
          numeric: range.map((_, index) => index + 1),
        },
      },
      {
        id: 'all-movers',
        title: t('manager.all.moversTitle'),
        config: moversChart(movers.up, movers.down, t('manager.columns.places')),
        table: {
          headers: [
            t('manager.columns.unit'),
            t('manager.columns.rankIn', { year: earlier.year }),
            t('manager.columns.rankIn', { year: later.year }),
            t('manager.columns.change'),
          ],
          rows: [...movers.up, ...movers.down].map((row) => [
            row.name,
            String(row.rankBefore ?? '—'),
            String(row.rankAfter ?? '—'),
            format.signed(row.change, 0),
          ]),
          numeric: [1, 2, 3],
        },
      },
    )
  }
  charts.push(
    {
      id: 'all-box',
      title: t('manager.all.boxTitle'),
      config: boxPlotChart(
        distributions,
        {
          box: t('manager.all.boxBox'),
          medianMark: t('manager.all.boxMedian'),
          meanMark: t('manager.all.boxMean'),
          range: t('manager.all.boxRange'),
          count: t('manager.columns.count'),
          min: t('manager.columns.min'),
          q1: t('manager.columns.q1'),
          median: t('manager.columns.median'),
          q3: t('manager.columns.q3'),
          max: t('manager.columns.max'),
          mean: t('manager.columns.mean'),
        },
        format.fixed,
        maximum,
      ),
      table: {
        headers: [
          t('manager.columns.year'),
          t('manager.columns.count'),
          t('manager.columns.min'),
          t('manager.columns.q1'),
          t('manager.columns.median'),
          t('manager.columns.q3'),
          t('manager.columns.max'),
          t('manager.columns.mean'),
        ],
        rows: distributions.map((item) => [
          String(item.year),
          String(item.summary?.count ?? 0),
          ...[
            item.summary?.min,
            item.summary?.q1,
            item.summary?.median,
            item.summary?.q3,
            item.summary?.max,
            item.summary?.mean,
          ].map((value) => format.score(value ?? null)),
        ]),
        numeric: [1, 2, 3, 4, 5, 6, 7],
      },
    },
    {
      id: 'all-histogram',
      title: t('manager.all.histogramTitle'),
      config: histogramChart(distributions, format.fixed, t('manager.columns.count')),
      table: {
        headers: [t('manager.columns.range'), ...distributions.map((item) => String(item.year))],
        rows: (distributions[0]?.bins ?? []).map((bin, index) => [
          `${format.fixed(bin.lower, 2)} – ${format.fixed(bin.upper, 2)}`,
          ...distributions.map((item) => String(item.bins[index]?.count ?? 0)),
        ]),
        numeric: distributions.map((_, index) => index + 1),
      },
    },
    {
      id: 'all-groups',
      title: t('manager.all.groupsTitle'),
      config: groupTrendChart(averages, format.fixed),
      table: {
        headers: [t('manager.columns.group'), ...averages.map((year) => String(year.year))],
        rows: groups.map((group) => [
          group,
          ...averages.map((year) => {
            const found = year.groups.find((item) => item.group === group)
            return found === undefined ? '—' : `${format.score(found.composite)} (${found.count})`
          }),
        ]),
        numeric: averages.map((_, index) => index + 1),
      },
    },
  )
  return charts
}
