import type { AssessmentResult } from '@core/scoring/assessmentResult'

/** One unit's place in two rankings of the same units: the official one and another (what-if, last year). */
export type RankShift = {
  readonly code: string
  readonly name: string
  readonly rank: number | null
  readonly otherRank: number | null
  /** rank − otherRank: positive when the unit is higher (a smaller rank number) in the other ranking. */
  readonly shift: number | null
  readonly score: number | null
  readonly otherScore: number | null
}

export type RankComparison = {
  readonly rows: readonly RankShift[]
  /** Units whose rank differs. */
  readonly movedCount: number
  /** The largest move, up or down, in places. */
  readonly largestShift: number
  /** Mean of |shift| over units ranked in both. */
  readonly meanAbsoluteShift: number
}

/**
 * Compares the ranking of a result with another ranking of units with the same codes (a what-if
 * computation, or the previous year): each unit's rank in both, the places it moved (positive =
 * up in `other`), and how much the ranking moved overall. Units are matched by code; ranks are the
 * engine's, on unrounded values. Rows follow `result`'s ranking.
 *
 * @example
 *   compareRankings(official, whatIf).rows.filter((row) => row.shift !== 0)
 */
export function compareRankings(result: AssessmentResult, other: AssessmentResult): RankComparison {
  const root = result.components[result.rootCode]
  const otherRoot = other.components[other.rootCode]
  const otherIndex = new Map(other.units.map((unit, index) => [unit.code, index]))
  const rows = result.units.map((unit, index): RankShift => {
    const at = otherIndex.get(unit.code)
    const rank = root?.rank[index] ?? null
    const otherRank = at === undefined ? null : (otherRoot?.rank[at] ?? null)
    return {
      code: unit.code,
      name: unit.name,
      rank,
      otherRank,
      shift: rank === null || otherRank === null ? null : rank - otherRank,
      score: root?.score[index] ?? null,
      otherScore: at === undefined ? null : (otherRoot?.score[at] ?? null),
    }
  })
  rows.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.code.localeCompare(b.code))
  const shifts = rows.flatMap((row) => (row.shift === null ? [] : [Math.abs(row.shift)]))
  return {
    rows,
    movedCount: shifts.filter((shift) => shift !== 0).length,
    largestShift: shifts.reduce((largest, shift) => Math.max(largest, shift), 0),
    meanAbsoluteShift:
      shifts.length === 0 ? 0 : shifts.reduce((total, shift) => total + shift, 0) / shifts.length,
  }
}
