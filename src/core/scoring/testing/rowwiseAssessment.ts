import type { ValidFramework } from '@core/framework/validateFramework'
import { questionIndex } from '@core/responses/formulaScopeForAnswers'
import { aggregateChildren } from '../aggregateChildren'
import {
  SCORING_ENGINE_VERSION,
  type AssessmentResult,
  type ComponentResult,
  type IndicatorResult,
} from '../assessmentResult'
import { compileFramework, type CompiledFramework } from '../compileFramework'
import { rankColumn } from '../rankColumn'
import { classifyShare } from '../computeAssessment'
import { rowwiseScoreIndicators } from './rowwiseScoreIndicators'
import type { ScoringOptions, UnitAnswers } from '../scoringOptions'
import type { ScoringWarning } from '../scoringWarning'
import { unitScope } from '@core/responses/unitScope'

/**
 * The engine as it was before the columnar rewrite (decision 0016), unit by unit over arrays of
 * `number | null`: kept only as the reference the property tests compare `computeAssessment` to.
 *
 * @example
 *   expect(computeAssessment(framework, units)).toEqual(rowwiseAssessment(framework, units))
 */
export function rowwiseAssessment(
  framework: ValidFramework,
  units: readonly UnitAnswers[],
  options: ScoringOptions = {},
): AssessmentResult {
  const compiled = compileFramework(framework, options.overrides)
  const questions = questionIndex(framework)
  const scopes = units.map((unit) => unitScope(questions, compiled.relevance, unit.answers))
  const warnings: ScoringWarning[] = []
  const indicators = rowwiseScoreIndicators(compiled, units, scopes, options, warnings)
  const components = scoreComponents(compiled, units, indicators, warnings)
  const maximum = framework.family === 'points' ? pointsMaximum(compiled) : (framework.scale ?? 1)
  const rootScores = components[compiled.root.code]?.score ?? []
  const share = rootScores.map((score) => (score === null || maximum <= 0 ? null : score / maximum))
  return {
    engineVersion: SCORING_ENGINE_VERSION,
    frameworkId: framework.id,
    frameworkVersion: framework.version,
    family: framework.family,
    maximum,
    decimals: framework.decimals,
    units: units.map(({ code, name, group }) => ({ code, name, group })),
    rootCode: compiled.root.code,
    indicators,
    components,
    share,
    band: share.map((value) => classifyShare(value, framework.bands ?? [])),
    warnings,
  }
}

function scoreComponents(
  compiled: CompiledFramework,
  units: readonly UnitAnswers[],
  indicators: Readonly<Record<string, IndicatorResult>>,
  warnings: ScoringWarning[],
): Record<string, ComponentResult> {
  const scores = new Map<string, readonly (number | null)[]>()
  for (const code of Object.keys(indicators)) scores.set(code, indicators[code]?.score ?? [])
  const results: Record<string, ComponentResult> = {}
  for (const { component, aggregation, children } of compiled.components) {
    const column = units.map((unit, index) => {
      const outcome = aggregateChildren(
        children.map((child) => ({ value: scores.get(child.code)?.[index] ?? null, weight: child.weight })),
        aggregation,
        component.maxPoints,
      )
      if (outcome.status === 'value') return outcome.value
      if (outcome.status === 'non-positive-under-geometric' || outcome.status === 'zero-under-harmonic') {
        warnings.push({ code: outcome.status, node: component.code, unit: unit.code })
      }
      return null
    })
    scores.set(component.code, column)
    results[component.code] = { code: component.code, score: column, rank: rankColumn(column, 'descending') }
  }
  return results
}

function pointsMaximum(compiled: CompiledFramework): number {
  if (compiled.root.maxPoints !== undefined) return compiled.root.maxPoints
  return compiled.framework.indicators.reduce(
    (total, indicator) => total + Math.max(0, indicator.maxPoints ?? 0),
    0,
  )
}
