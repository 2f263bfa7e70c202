import type { Aggregation, Normalisation } from '@core/framework/method'
import type { ValidFramework } from '@core/framework/validateFramework'
import { computeAssessment } from '@core/scoring/computeAssessment'
import type { UnitAnswers } from '@core/scoring/scoringOptions'
import { quantile } from './findReviewFlags'
import { precomputeIndicators } from './precomputeIndicators'
import { mulberry32 } from '@core/seededRandom'

export type UncertaintyOptions = {
  readonly replications: number
  /** Each weight is multiplied by a uniform factor in [1 − spread, 1 + spread] (e.g. 0.25). */
  readonly weightSpread: number
  /** Alternatives drawn with equal chance per replication (relative family); empty = the framework's. */
  readonly normalisations: readonly Normalisation[]
  readonly aggregations: readonly Aggregation[]
  readonly seed: number
}

export type RankInterval = {
  readonly unit: string
  readonly nominalRank: number | null
  readonly medianRank: number | null
  readonly lowRank: number | null
  readonly highRank: number | null
  readonly bestRank: number | null
  readonly worstRank: number | null
}

/**
 * Monte Carlo uncertainty analysis of the ranking: for each replication the weights are perturbed
 * and a normalisation/aggregation is drawn from the alternatives, the index recomputed, and each
 * unit's rank recorded; the result is each unit's nominal rank with the median and the 5th–95th
 * percentile interval. Deterministic for a seed. `onProgress` lets a worker report progress.
 *
 * @example
 *   runUncertainty(framework, units, { replications: 1000, weightSpread: 0.25, normalisations: [], aggregations: [], seed: 1 })
 */
export function runUncertainty(
  framework: ValidFramework,
  units: readonly UnitAnswers[],
  options: UncertaintyOptions,
  onProgress?: (done: number, total: number) => void,
): RankInterval[] {
  const random = mulberry32(options.seed)
  const nominal = computeAssessment(framework, units)
  // Formulas do not depend on weights or methods: evaluate them once, not once per replication.
  const fast = precomputeIndicators(framework, units, nominal)
  const scoredFramework = fast?.framework ?? framework
  const scoredUnits = fast?.units ?? units
  const root = nominal.rootCode
  const ranks: number[][] = units.map(() => [])
  const weighted = [
    ...framework.components.filter((component) => component.parent !== null),
    ...framework.indicators,
  ]
  const pick = <T>(list: readonly T[]): T | undefined =>
    list.length === 0 ? undefined : list[Math.floor(random() * list.length)]
  for (let replication = 0; replication < options.replications; replication += 1) {
    const weights = Object.fromEntries(
      weighted.map((node) => [node.code, node.weight * (1 + options.weightSpread * (2 * random() - 1))]),
    )
    const normalisation = pick(options.normalisations)
    const aggregation = pick(options.aggregations)
    const result = computeAssessment(scoredFramework, scoredUnits, {
      overrides: {
        weights,
        ...(normalisation ? { normalisation } : {}),
        ...(aggregation ? { aggregation } : {}),
      },
    })
    result.components[root]?.rank.forEach((rank, index) => {
      if (rank !== null) ranks[index]?.push(rank)
    })
    if (onProgress && (replication + 1) % 25 === 0) onProgress(replication + 1, options.replications)
  }
  onProgress?.(options.replications, options.replications)
  return units.map((unit, index) => {
    const sorted = (ranks[index] ?? []).sort((a, b) => a - b)
    const at = (probability: number) =>
      sorted.length === 0 ? null : Math.round(quantile(sorted, probability))
    return {
      unit: unit.code,
      nominalRank: nominal.components[root]?.rank[index] ?? null,
      medianRank: at(0.5),
      lowRank: at(0.05),
      highRank: at(0.95),
      bestRank: sorted[0] ?? null,
      worstRank: sorted.at(-1) ?? null,
    }
  })
}
