import type { ScoredUnit } from '@core/scoring/assessmentResult'
import { matchCodes, type CodeStatus } from './matchCodes'
import { componentCodesOf, unitIndexOf, type YearResults } from './yearResults'

/**
 * One value of a unit in one year, read through the code matching against the latest year:
 * `comparable: false` (with the reason) when the component's definition changed in between, so
 * the line breaks instead of joining unlike things.
 */
export type TrajectoryValue = {
  readonly score: number | null
  readonly rank: number | null
  readonly comparable: boolean
  readonly status: CodeStatus
}

/** A unit in one year: the composite, its rank among the units ranked that year, and each component. */
export type TrajectoryYear = {
  readonly year: number
  readonly frameworkVersion: string
  /** False when the unit has no result that year. */
  readonly assessed: boolean
  readonly composite: number | null
  readonly rank: number | null
  /** How many units were ranked that year (rank 5 of 60). */
  readonly rankedCount: number
  readonly share: number | null
  readonly band: string | null
  /** By the latest year's component code. */
  readonly components: Readonly<Record<string, TrajectoryValue>>
}

/**
 * One unit across every year of a series, oldest first.
 *
 * @example
 *   unitTrajectory(years, 'STC').years.map((year) => year.rank) // => [12, 9, 5]
 */
export type UnitTrajectory = {
  readonly unit: ScoredUnit
  readonly rootCode: string
  /** The latest year's components below the root, top-down. */
  readonly componentCodes: readonly string[]
  readonly years: readonly TrajectoryYear[]
}

/**
 * Follows one unit through the years of a series (sorted oldest first): its composite, rank and
 * band each year, and each component of the latest year's framework read back through
 * `matchCodes`, so a component that changed definition shows as not comparable in the years
 * before the change. The composite is always shown: it is the published index of its year.
 * `null` when the unit is in no year.
 *
 * @example
 *   unitTrajectory(years, 'STC')?.years.at(-1)?.components['HTKT']?.score // => 0.71
 */
export function unitTrajectory(years: readonly YearResults[], unitCode: string): UnitTrajectory | null {
  const latest = years.at(-1)
  const unit = [...years]
    .reverse()
    .map((year) => year.result.units.find((item) => item.code === unitCode))
    .find((item) => item !== undefined)
  if (latest === undefined || unit === undefined) return null
  const componentCodes = componentCodesOf(latest)
  return {
    unit,
    rootCode: latest.result.rootCode,
    componentCodes,
    years: years.map((year): TrajectoryYear => {
      const index = unitIndexOf(year.result, unitCode)
      const root = year.result.components[year.result.rootCode]
      const rankedCount = (root?.rank ?? []).filter((rank) => rank !== null).length
      const matching = year === latest ? null : matchCodes(year, latest, years)
      const components: Record<string, TrajectoryValue> = {}
      for (const code of componentCodes) {
        const match = matching?.byCode.get(code) ?? {
          previousCode: code,
          status: 'same' as const,
          comparable: true,
        }
        const column = match.previousCode === null ? undefined : year.result.components[match.previousCode]
        components[code] = {
          score: index < 0 || !match.comparable ? null : (column?.score[index] ?? null),
          rank: index < 0 || !match.comparable ? null : (column?.rank[index] ?? null),
          comparable: match.comparable,
          status: match.status,
        }
      }
      return {
        year: year.year,
        frameworkVersion: year.frameworkVersion,
        assessed: index >= 0,
        composite: index < 0 ? null : (root?.score[index] ?? null),
        rank: index < 0 ? null : (root?.rank[index] ?? null),
        rankedCount,
        share: index < 0 ? null : (year.result.share[index] ?? null),
        band: index < 0 ? null : (year.result.band[index] ?? null),
        components,
      }
    }),
  }
}
