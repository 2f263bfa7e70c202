import type { Band } from '@core/framework/framework'
import type { Imputation } from '@core/framework/method'
import type { ValidFramework } from '@core/framework/validateFramework'
import type { FormulaValue } from '@core/formula/formulaValue'
import {
  SCORING_ENGINE_VERSION,
  type AssessmentResult,
  type ComponentResult,
  type IndicatorResult,
} from './assessmentResult'
import { compileFramework, type CompiledFramework } from './compileFramework'
import { columnToArray, type IndicatorColumn } from './indicatorColumn'
import { rankColumnar } from './rankColumnar'
import { scoreColumns } from './scoreColumns'
import type { TreatmentRecord } from './treatColumn'
import type { ScoringOptions, UnitAnswers } from './scoringOptions'
import type { ScoringWarning } from './scoringWarning'

/**
 * Scores every unit of an assessment with the framework's method (methodology §3): indicators,
 * then components bottom-up, ranks on unrounded values, shares and bands. Pure and
 * deterministic; takes only a validated framework.
 *
 * The work is done by the columnar engine (`scoreColumns`, decision 0016); the result objects are
 * built here, at the edge.
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
  const warnings: ScoringWarning[] = []
  const scores = scoreColumns(compiled, units, options, warnings)
  const indicators: Record<string, IndicatorResult> = {}
  compiled.indicators.forEach(({ indicator }, position) => {
    const imputation: Imputation['method'] = (
      options.overrides?.imputation ??
      indicator.imputation ??
      framework.method.imputation
    ).method
    const filled = scores.imputed[position] as (typeof scores.imputed)[number]
    // Outlier treatment (decision 0017): a record only where a treatment other than none applied.
    const record = scores.treatmentRecords[position]
    const rows = scores.read.rows[position]
    const imputed = new Array<Imputation['method'] | null>(units.length)
    for (let index = 0; index < units.length; index += 1)
      imputed[index] = filled.imputed[index] === 1 ? imputation : null
    indicators[indicator.code] = {
      code: indicator.code,
      raw:
        rows === null || rows === undefined
          ? columnToArray(scores.read.columns[position] as IndicatorColumn)
          : rows.map((value) => (Array.isArray(value) ? value.join(', ') : (value as FormulaValue))),
      imputed,
      value: columnToArray(filled),
      score: columnToArray(scores.scores[position] as IndicatorColumn),
      ...(record === null || record === undefined ? {} : { treatment: record as TreatmentRecord }),
    }
  })
  const components = componentResults(compiled, scores.components)
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

function componentResults(
  compiled: CompiledFramework,
  columns: readonly IndicatorColumn[],
): Record<string, ComponentResult> {
  const results: Record<string, ComponentResult> = {}
  compiled.components.forEach(({ component }, position) => {
    const column = columns[position] as IndicatorColumn
    results[component.code] = {
      code: component.code,
      score: columnToArray(column),
      rank: columnToArray(rankColumnar(column, 'descending')),
    }
  })
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
