import { restateYear, type RestatedYear, type RestateOptions } from './restateYear'
import type { UnitLineage } from './unitLineage'
import type { YearResults } from './yearResults'

/**
 * A series with every earlier year restated in the latest year's units (`restateYear`), so that
 * every view — bump chart, movers, heat map, unit page, strengths and weaknesses — compares the
 * same set of units; `byYear` holds each restated year's notes and dissolved units. Years that no
 * lineage event separates from the latest stay as they were.
 *
 * @example
 *   const restated = restateSeries(series.years, lineage)
 *   restated.byYear.get(2024)?.notes.get('SKHCN')?.predecessors.length // => 2
 */
export function restateSeries(
  years: readonly YearResults[],
  lineage: UnitLineage,
  options: RestateOptions = {},
): { readonly years: readonly YearResults[]; readonly byYear: ReadonlyMap<number, RestatedYear> } {
  const latest = years.at(-1)
  if (latest === undefined || lineage.rows.length === 0) return { years, byYear: new Map() }
  const byYear = new Map<number, RestatedYear>()
  const restated = years.map((year) => {
    if (year === latest) return year
    const outcome = restateYear(year, latest.result.units, lineage, latest.year, options)
    if (outcome.restated) byYear.set(year.year, outcome)
    return outcome.year
  })
  return { years: restated, byYear }
}
