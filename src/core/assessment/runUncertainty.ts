import type { Aggregation, Normalisation } from '@core/framework/method'
import type { ValidFramework } from '@core/framework/validateFramework'
import { compileFramework } from '@core/scoring/compileFramework'
import type { IndicatorColumn } from '@core/scoring/indicatorColumn'
import { rankColumnar } from '@core/scoring/rankColumnar'
import { aggregateTree, normaliseIndicator, scoreColumns } from '@core/scoring/scoreColumns'
import type { UnitAnswers } from '@core/scoring/scoringOptions'
import { quantile } from './findReviewFlags'
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
  // The columnar engine once: formulas, imputation and treatment do not depend on weights or
  // methods, and each alternative normalisation of them is computed once; so each replication only
  // aggregates with its weights and ranks the root, over columns (decision 0016). The results
  // equal computeAssessment with the same overrides.
  const compiled = compileFramework(framework)
  const nominal = scoreColumns(compiled, units, {}, [])
  const rootColumn = (columns: readonly IndicatorColumn[]) => columns.at(-1) as IndicatorColumn
  const nominalRanks = rankColumnar(rootColumn(nominal.components), 'descending')
  const relative = framework.family === 'relative'
  // The treated columns never change, so each alternative normalisation is computed once.
  const normalised = new Map<Normalisation, readonly IndicatorColumn[]>()
  const normalisedWith = (normalisation: Normalisation) => {
    const known = normalised.get(normalisation)
    if (known !== undefined) return known
    const columns = compiled.indicators.map((entry, position) =>
      normaliseIndicator(entry, nominal.treated[position] as IndicatorColumn, normalisation, null),
    )
    normalised.set(normalisation, columns)
    return columns
  }
  const ranks: number[][] = units.map(() => [])
  const weighted = [
    ...framework.components.filter((component) => component.parent !== null),
    ...framework.indicators,
  ]
  const pick = <T>(list: readonly T[]): T | undefined =>
    list.length === 0 ? undefined : list[Math.floor(random() * list.length)]
  for (let replication = 0; replication < options.replications; replication += 1) {
    const weights = new Map(
      weighted.map((node) => [node.code, node.weight * (1 + options.weightSpread * (2 * random() - 1))]),
    )
    const normalisation = pick(options.normalisations)
    const aggregation = pick(options.aggregations)
    const scores = relative && normalisation !== undefined ? normalisedWith(normalisation) : nominal.scores
    const components = compiled.components.map((component) => ({
      ...component,
      children: component.children.map((child) => ({
        ...child,
        weight: weights.get(child.code) ?? child.weight,
      })),
    }))
    const root = rootColumn(
      aggregateTree(compiled.indicators, scores, components, units, null, relative ? aggregation : undefined),
    )
    const rank = rankColumnar(root, 'descending')
    for (let index = 0; index < units.length; index += 1)
      if (rank.missing[index] === 0) ranks[index]?.push(rank.values[index] as number)
    if (onProgress && (replication + 1) % 25 === 0) onProgress(replication + 1, options.replications)
  }
  onProgress?.(options.replications, options.replications)
  return units.map((unit, index) => {
    const sorted = (ranks[index] ?? []).sort((a, b) => a - b)
    const at = (probability: number) =>
      sorted.length === 0 ? null : Math.round(quantile(sorted, probability))
    return {
      unit: unit.code,
      nominalRank: nominalRanks.missing[index] === 1 ? null : (nominalRanks.values[index] as number),
      medianRank: at(0.5),
      lowRank: at(0.05),
      highRank: at(0.95),
      bestRank: sorted[0] ?? null,
      worstRank: sorted.at(-1) ?? null,
    }
  })
}
