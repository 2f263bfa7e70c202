import type { ValidFramework } from '@core/framework/validateFramework'
import { compileFramework } from './compileFramework'
import { computeAssessment } from './computeAssessment'
import { columnToArray, type IndicatorColumn } from './indicatorColumn'
import { rankColumnar } from './rankColumnar'
import { aggregateTree, scoreColumns } from './scoreColumns'
import type { ScoringOverrides, UnitAnswers } from './scoringOptions'

/**
 * For analyses that recompute one assessment many times under other overrides (sensitivity):
 * a function giving the root's ranks under some overrides, exactly as
 * `computeAssessment(framework, units, { overrides }).components[root].rank`, but on the columnar
 * engine (decision 0016): the indicator columns are computed once per distinct imputation,
 * normalisation and outlier treatment, then each call only aggregates with its weights and aggregation and ranks the
 * root. The points family (whose points depend on the imputed values in rules) recomputes.
 *
 * @example
 *   const ranksWith = createRootRanker(framework, units)
 *   ranksWith({ weights: { HTKT: 2 }, aggregation: 'geometric' }) // => [1, 3, 2]
 */
export function createRootRanker(
  framework: ValidFramework,
  units: readonly UnitAnswers[],
): (overrides: ScoringOverrides) => readonly (number | null)[] {
  if (framework.family !== 'relative')
    return (overrides) => {
      const result = computeAssessment(framework, units, { overrides })
      return result.components[result.rootCode]?.rank ?? []
    }
  const compiled = compileFramework(framework)
  const scoresByMethod = new Map<string, readonly IndicatorColumn[]>()
  return (overrides) => {
    const key = JSON.stringify([
      overrides.imputation ?? null,
      overrides.normalisation ?? null,
      overrides.treatment ?? null,
    ])
    let scores = scoresByMethod.get(key)
    if (scores === undefined) {
      const methods: ScoringOverrides = {
        ...(overrides.imputation ? { imputation: overrides.imputation } : {}),
        ...(overrides.normalisation ? { normalisation: overrides.normalisation } : {}),
        ...(overrides.treatment ? { treatment: overrides.treatment } : {}),
      }
      scores = scoreColumns(compileFramework(framework, methods), units, { overrides: methods }, []).scores
      scoresByMethod.set(key, scores)
    }
    const weights = overrides.weights
    const components =
      weights === undefined
        ? compiled.components
        : compiled.components.map((component) => ({
            ...component,
            children: component.children.map((child) => ({
              ...child,
              weight: weights[child.code] ?? child.weight,
            })),
          }))
    const columns = aggregateTree(compiled.indicators, scores, components, units, null, overrides.aggregation)
    return columnToArray(rankColumnar(columns.at(-1) as IndicatorColumn, 'descending'))
  }
}
