import type { YearResults } from './yearResults'

/**
 * One unit between two years. `change` is in places, positive when the unit moved up (its rank
 * number got smaller): rank 12 → 5 is +7.
 *
 * @example
 *   const row: RankChange = { code: 'STC', name: 'Sở Tài chính', group: 'Sở, ban, ngành', rankBefore: 12, rankAfter: 5, change: 7, compositeBefore: 0.61, compositeAfter: 0.7, compositeChange: 0.09, presence: 'both' }
 */
export type RankChange = {
  readonly code: string
  readonly name: string
  readonly group: string
  readonly rankBefore: number | null
  readonly rankAfter: number | null
  readonly change: number | null
  readonly compositeBefore: number | null
  readonly compositeAfter: number | null
  readonly compositeChange: number | null
  /** `later-only`: not assessed in the earlier year; `earlier-only`: not in the later year. */
  readonly presence: 'both' | 'later-only' | 'earlier-only'
}

/**
 * Every unit's rank and composite in two years, matched by unit code, in the later year's
 * ranking order (units only in the earlier year last). Ranks are each year's own engine ranks, on
 * unrounded values. Composites of different framework versions are compared as published: the
 * composite is the index of its year.
 *
 * @example
 *   rankChanges(year2024, year2026)[0]?.rankAfter // => 1
 */
export function rankChanges(earlier: YearResults, later: YearResults): RankChange[] {
  const rootBefore = earlier.result.components[earlier.result.rootCode]
  const rootAfter = later.result.components[later.result.rootCode]
  const beforeIndex = new Map(earlier.result.units.map((unit, index) => [unit.code, index]))
  const laterCodes = new Set(later.result.units.map((unit) => unit.code))
  const difference = (a: number | null, b: number | null) => (a === null || b === null ? null : b - a)
  const rows: RankChange[] = later.result.units.map((unit, index) => {
    const at = beforeIndex.get(unit.code)
    const rankBefore = at === undefined ? null : (rootBefore?.rank[at] ?? null)
    const rankAfter = rootAfter?.rank[index] ?? null
    const compositeBefore = at === undefined ? null : (rootBefore?.score[at] ?? null)
    const compositeAfter = rootAfter?.score[index] ?? null
    return {
      code: unit.code,
      name: unit.name,
      group: unit.group,
      rankBefore,
      rankAfter,
      change: rankBefore === null || rankAfter === null ? null : rankBefore - rankAfter,
      compositeBefore,
      compositeAfter,
      compositeChange: difference(compositeBefore, compositeAfter),
      presence: at === undefined ? 'later-only' : 'both',
    }
  })
  const gone: RankChange[] = earlier.result.units.flatMap((unit, index) =>
    laterCodes.has(unit.code)
      ? []
      : [
          {
            code: unit.code,
            name: unit.name,
            group: unit.group,
            rankBefore: rootBefore?.rank[index] ?? null,
            rankAfter: null,
            change: null,
            compositeBefore: rootBefore?.score[index] ?? null,
            compositeAfter: null,
            compositeChange: null,
            presence: 'earlier-only' as const,
          },
        ],
  )
  const order = (row: RankChange) => row.rankAfter ?? Number.POSITIVE_INFINITY
  rows.sort((a, b) => order(a) - order(b) || a.code.localeCompare(b.code))
  gone.sort((a, b) => (a.rankBefore ?? Infinity) - (b.rankBefore ?? Infinity) || a.code.localeCompare(b.code))
  return [...rows, ...gone]
}

/**
 * The units that moved most: up (largest positive change first) and down (largest fall first),
 * at most `limit` each; ties by the composite's change, then by code. Units that did not move are
 * in neither list.
 *
 * @example
 *   biggestMovers(rankChanges(year2025, year2026), 5).up[0]?.change // => 9
 */
export function biggestMovers(
  rows: readonly RankChange[],
  limit = 5,
): { readonly up: RankChange[]; readonly down: RankChange[] } {
  const moved = rows.filter(
    (row): row is RankChange & { change: number } => row.change !== null && row.change !== 0,
  )
  const byComposite = (a: RankChange, b: RankChange) => (b.compositeChange ?? 0) - (a.compositeChange ?? 0)
  const up = moved
    .filter((row) => row.change > 0)
    .sort((a, b) => b.change - a.change || byComposite(a, b) || a.code.localeCompare(b.code))
  const down = moved
    .filter((row) => row.change < 0)
    .sort((a, b) => a.change - b.change || byComposite(b, a) || a.code.localeCompare(b.code))
  return { up: up.slice(0, limit), down: down.slice(0, limit) }
}
