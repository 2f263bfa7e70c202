import type { Band } from '@core/framework/framework'
import type { ValidFramework } from '@core/framework/validateFramework'
import { questionIndex } from '@core/responses/formulaScopeForAnswers'
import { aggregateChildren } from './aggregateChildren'
import {
  SCORING_ENGINE_VERSION,
  type AssessmentResult,
  type ComponentResult,
  type IndicatorResult,
} from './assessmentResult'
import { compileFramework, type CompiledFramework } from './compileFramework'
import { rankColumn } from './rankColumn'
import { scoreIndicators } from './scoreIndicators'
import type { ScoringOptions, UnitAnswers } from './scoringOptions'
import type { ScoringWarning } from './scoringWarning'
import { unitScope } from '@core/responses/unitScope'

/**
 * Scores every unit of an assessment with the framework's method (methodology §3): indicators,
 * then components bottom-up, ranks on unrounded values, shares and bands. Pure and
 * deterministic; takes only a validated framework.
 *
 * @example
 *   const result = computeAssessment(framework, units)
 *   result.components[result.rootCode]?.rank // => [1, 3, 2]
 */
export function computeAssessment(
  framework: ValidFramework,
  units: readonly UnitAnswers[],
  options: ScoringOptions = {},
): AssessmentResult {
  const compiled = compileFramework(framework, options.overrides)
  const questions = questionIndex(framework)
  const scopes = units.map((unit) => unitScope(questions, compiled.relevance, unit.answers))
  const warnings: ScoringWarning[] = []
  const indicators = scoreIndicators(compiled, units, scopes, options, warnings)
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

/**
 * The band whose `minShare` is the highest one the share reaches (e.g. Tốt ≥ 0.80).
 *
 * @example
 *   classifyShare(0.7, [{ code: 'tot', minShare: 0.8 }, { code: 'kha', minShare: 0.65 }]) // => 'kha'
 */
export function classifyShare(
  share: number | null,
  bands: readonly Pick<Band, 'code' | 'minShare'>[],
): string | null {
  if (share === null) return null
  const reached = bands.filter((band) => share >= band.minShare - 1e-12)
  if (reached.length === 0) return null
  return reached.reduce((best, band) => (band.minShare > best.minShare ? band : best)).code
}
