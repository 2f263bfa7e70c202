import type { Framework } from '@core/framework/framework'
import type { AssessmentResult } from '@core/scoring/assessmentResult'
import { searchKey } from './statusBoard'

/** One unit in the ranking table: what the engine computed, read from the result, never recomputed. */
export type RankingRow = {
  /** The unit's index in `AssessmentResult.units` (for `explainUnit`). */
  readonly index: number
  readonly rank: number | null
  readonly code: string
  readonly name: string
  readonly group: string
  readonly composite: number | null
  /** Scores of the components in `rankingComponentCodes` order. */
  readonly components: readonly (number | null)[]
  /** Ranks on each of those components. */
  readonly componentRanks: readonly (number | null)[]
  readonly share: number | null
  readonly band: string | null
}

/**
 * The components shown beside the composite, top-down and depth-first (HTKT, HTNL, UD, UD_NB,
 * UD_CTTDT): every component but the root.
 *
 * @example
 *   rankingComponentCodes(framework) // => ['HTKT', 'HTNL', 'UD', 'UD_NB', 'UD_CTTDT']
 */
export function rankingComponentCodes(framework: Pick<Framework, 'components'>): string[] {
  const root = framework.components.find((component) => component.parent === null)
  if (root === undefined) return []
  const order: string[] = []
  const visit = (code: string) => {
    for (const child of framework.components.filter((component) => component.parent === code)) {
      order.push(child.code)
      visit(child.code)
    }
  }
  visit(root.code)
  return order
}

/**
 * The ranking table rows of a result, best first (rank, then code; unranked units last).
 *
 * @example
 *   rankingRows(result, rankingComponentCodes(framework))[0]?.rank // => 1
 */
export function rankingRows(result: AssessmentResult, componentCodes: readonly string[]): RankingRow[] {
  const root = result.components[result.rootCode]
  const rows = result.units.map((unit, index): RankingRow => ({
    index,
    rank: root?.rank[index] ?? null,
    code: unit.code,
    name: unit.name,
    group: unit.group,
    composite: root?.score[index] ?? null,
    components: componentCodes.map((code) => result.components[code]?.score[index] ?? null),
    componentRanks: componentCodes.map((code) => result.components[code]?.rank[index] ?? null),
    share: result.share[index] ?? null,
    band: result.band[index] ?? null,
  }))
  return sortRanking(rows, { column: 'rank', direction: 'ascending' })
}

/** A column of the ranking table: a fixed one, or a component by its position in the row. */
export type RankingColumn =
  'rank' | 'code' | 'name' | 'group' | 'composite' | 'band' | { readonly component: number }

export type RankingSort = { readonly column: RankingColumn; readonly direction: 'ascending' | 'descending' }

/**
 * Sorts ranking rows by a column. Missing values go last in both directions; ties keep rank and
 * code order, so the order is always the same for the same rows. Text compares in Vietnamese order.
 *
 * @example
 *   sortRanking(rows, { column: { component: 0 }, direction: 'descending' })
 */
export function sortRanking(rows: readonly RankingRow[], sort: RankingSort): RankingRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1
  const collator = new Intl.Collator('vi')
  const valueOf = (row: RankingRow): number | string | null => {
    const column = sort.column
    if (typeof column === 'object') return row.components[column.component] ?? null
    return row[column]
  }
  const tieBreak = (a: RankingRow, b: RankingRow) =>
    (a.rank ?? Infinity) - (b.rank ?? Infinity) || collator.compare(a.code, b.code)
  return [...rows].sort((a, b) => {
    const left = valueOf(a)
    const right = valueOf(b)
    if (left === null || right === null) return left === right ? tieBreak(a, b) : left === null ? 1 : -1
    const compared =
      typeof left === 'number' && typeof right === 'number'
        ? left - right
        : collator.compare(String(left), String(right))
    return compared === 0 ? tieBreak(a, b) : sign * compared
  })
}

export type RankingFilter = {
  readonly search: string
  readonly group: string | 'all'
  /** A band code, `none` for units without a band, or `all`. */
  readonly band: string | 'all'
}

/**
 * The rows matching a filter: group, band, and a search over code and name ignoring case and
 * diacritics.
 *
 * @example
 *   filterRanking(rows, { search: 'so tai', group: 'all', band: 'all' })
 */
export function filterRanking(rows: readonly RankingRow[], filter: RankingFilter): RankingRow[] {
  const needle = searchKey(filter.search)
  return rows.filter(
    (row) =>
      (filter.group === 'all' || row.group === filter.group) &&
      (filter.band === 'all' || (row.band ?? 'none') === filter.band) &&
      (needle === '' || searchKey(`${row.code} ${row.name}`).includes(needle)),
  )
}
