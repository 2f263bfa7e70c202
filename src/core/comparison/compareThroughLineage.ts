import { restateYear, type DissolvedUnit, type RestateOptions, type UnitRestatement } from './restateYear'
import type { UnitLineage } from './unitLineage'
import type { YearResults } from './yearResults'

/**
 * One later unit's composite against the earlier year restated in the later year's units: the
 * values, the change (later − earlier), both ranks (the earlier one recomputed over the restated
 * set) and, when restated, how.
 *
 * @example
 *   const row: LineageComparisonRow = { code: 'SKHCN', name: 'Sở Khoa học và Công nghệ', earlier: 61.2, later: 66.4, change: 5.2, earlierRank: 9, laterRank: 5, restatement }
 */
export type LineageComparisonRow = {
  readonly code: string
  readonly name: string
  readonly earlier: number | null
  readonly later: number | null
  readonly change: number | null
  readonly earlierRank: number | null
  readonly laterRank: number | null
  readonly restatement: UnitRestatement | null
}

/**
 * The composite of every later unit against the earlier year restated through the lineage (see
 * `restateYear`), in the later year's unit order, and the earlier units dissolved on the way.
 * What `ictwb compare` writes and the manager's views show.
 *
 * @example
 *   compareThroughLineage(year2024, year2026, lineage).rows.find((row) => row.code === 'SKHCN')?.restatement?.predecessors.length // => 2
 */
export function compareThroughLineage(
  earlier: YearResults,
  later: YearResults,
  lineage: UnitLineage,
  options: RestateOptions = {},
): { readonly rows: readonly LineageComparisonRow[]; readonly dissolved: readonly DissolvedUnit[] } {
  const restated = restateYear(earlier, later.result.units, lineage, later.year, options)
  const before = restated.year.result
  const beforeRoot = before.components[before.rootCode]
  const afterRoot = later.result.components[later.result.rootCode]
  const beforeIndex = new Map(before.units.map((unit, index) => [unit.code, index]))
  const rows = later.result.units.map((unit, index): LineageComparisonRow => {
    const at = beforeIndex.get(unit.code)
    const earlierValue = at === undefined ? null : (beforeRoot?.score[at] ?? null)
    const laterValue = afterRoot?.score[index] ?? null
    return {
      code: unit.code,
      name: unit.name,
      earlier: earlierValue,
      later: laterValue,
      change: earlierValue === null || laterValue === null ? null : laterValue - earlierValue,
      earlierRank: at === undefined ? null : (beforeRoot?.rank[at] ?? null),
      laterRank: afterRoot?.rank[index] ?? null,
      restatement: restated.notes.get(unit.code) ?? null,
    }
  })
  return { rows, dissolved: restated.dissolved }
}
