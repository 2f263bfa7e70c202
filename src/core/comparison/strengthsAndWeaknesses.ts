import { quantileOfSorted } from './distribution'
import { unitIndexOf, type YearResults } from './yearResults'

/**
 * A component or indicator of one unit against the median of its reference group. Scores are
 * normalised (direction applied) or points, so higher is always better and `difference > 0` is a
 * strength.
 *
 * @example
 *   const item: StandingItem = { code: 'HTNL', kind: 'component', score: 0.41, median: 0.53, difference: -0.12, peers: 28 }
 */
export type StandingItem = {
  readonly code: string
  readonly kind: 'component' | 'indicator'
  readonly score: number
  readonly median: number
  readonly difference: number
  /** How many units (the unit included) the median is taken over. */
  readonly peers: number
}

/**
 * Where a unit is furthest above (strengths) and below (weaknesses) the median of its group in one
 * year. `reference` is `group` (units of the same group) or `all` (when the group has fewer than
 * `minimumPeers` units with a value, the median of every unit is used instead).
 */
export type StrengthsAndWeaknesses = {
  readonly unitCode: string
  readonly year: number
  readonly group: string
  readonly reference: 'group' | 'all'
  readonly strengths: readonly StandingItem[]
  readonly weaknesses: readonly StandingItem[]
  /** Every component and indicator with a value, in tree order. */
  readonly items: readonly StandingItem[]
}

export type StrengthsOptions = {
  /** At most this many strengths and this many weaknesses (default 3). */
  readonly limit?: number
  /** Below this many units with a value, the whole year is the reference (default 3). */
  readonly minimumPeers?: number
  /** `components` (default) or also `indicators`. */
  readonly include?: 'components' | 'components-and-indicators'
}

/**
 * The components (and, on request, indicators) where a unit is furthest above or below the median
 * of its group that year: the data behind sentences like "Hạ tầng nhân lực: thấp hơn trung vị
 * nhóm 0,12". The core returns numbers; the screen writes the words. Differences of exactly 0 are
 * neither. `null` when the unit is not in the year.
 *
 * @example
 *   strengthsAndWeaknesses(year2026, 'STC')?.weaknesses[0] // => { code: 'HTNL', difference: -0.12, … }
 */
export function strengthsAndWeaknesses(
  year: YearResults,
  unitCode: string,
  options: StrengthsOptions = {},
): StrengthsAndWeaknesses | null {
  const index = unitIndexOf(year.result, unitCode)
  const unit = year.result.units[index]
  if (unit === undefined) return null
  const limit = options.limit ?? 3
  const minimumPeers = options.minimumPeers ?? 3
  const sameGroup = year.result.units.flatMap((other, at) => (other.group === unit.group ? [at] : []))
  const componentCodes = year.structure.nodes
    .filter(
      (node) =>
        node.kind === 'component' &&
        node.code !== year.result.rootCode &&
        year.result.components[node.code] !== undefined,
    )
    .map((node) => node.code)
  const missingFromTree = Object.keys(year.result.components).filter(
    (code) => code !== year.result.rootCode && !componentCodes.includes(code),
  )
  const indicatorCodes =
    options.include === 'components-and-indicators' ? Object.keys(year.result.indicators) : []
  const scores = (code: string) =>
    year.result.components[code]?.score ?? year.result.indicators[code]?.score ?? []
  const groupHasPeers = [...componentCodes, ...missingFromTree].every(
    (code) =>
      sameGroup.filter((at) => scores(code)[at] !== null && scores(code)[at] !== undefined).length >=
      minimumPeers,
  )
  const reference = groupHasPeers ? 'group' : 'all'
  const peers = reference === 'group' ? sameGroup : year.result.units.map((_, at) => at)
  const items: StandingItem[] = []
  const consider = (code: string, kind: StandingItem['kind']) => {
    const column = scores(code)
    const score = column[index]
    if (score === null || score === undefined) return
    const values = peers
      .map((at) => column[at])
      .filter((value): value is number => value !== null && value !== undefined && Number.isFinite(value))
      .sort((a, b) => a - b)
    const median = quantileOfSorted(values, 0.5)
    items.push({ code, kind, score, median, difference: score - median, peers: values.length })
  }
  for (const code of [...componentCodes, ...missingFromTree]) consider(code, 'component')
  for (const code of indicatorCodes) consider(code, 'indicator')
  const byDifference = [...items].sort((a, b) => b.difference - a.difference || a.code.localeCompare(b.code))
  return {
    unitCode,
    year: year.year,
    group: unit.group,
    reference,
    strengths: byDifference.filter((item) => item.difference > 0).slice(0, limit),
    weaknesses: [...byDifference]
      .reverse()
      .filter((item) => item.difference < 0)
      .slice(0, limit),
    items,
  }
}
