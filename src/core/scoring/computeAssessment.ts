import type { Band } from '@core/framework/framework'
import type { Imputation } from '@core/framework/method'
import type { ValidFramework } from '@core/framework/validateFramework'
import type { FormulaValue } from '@core/formula/formulaValue'
import type { AnswerColumns } from './answerColumns'
import {
  SCORING_ENGINE_VERSION,
  type AssessmentResult,
  type ComponentResult,
  type IndicatorResult,
  type ScoredUnit,
} from './assessmentResult'
import type { QuestionColumns } from './compileColumnFormula'
import { compileFramework, type CompiledFramework } from './compileFramework'
import { columnToArray, type IndicatorColumn } from './indicatorColumn'
import { lazyProperties } from './lazyProperties'
import { rankColumnar } from './rankColumnar'
import { methodTreatment, scoreColumns } from './scoreColumns'
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
  return scoreAssessment(framework, units, options)
}

/**
 * `computeAssessment` for answers that already come as columns (decision 0026): a COINr iData
 * table (`importIDataColumns`) or any table read column by column. Formulas compiled over columns
 * read the numeric questions from `table.column`; any other formula reads `table.units`' answers
 * unit by unit, as `computeAssessment` does. The result is the same as `computeAssessment` on
 * units whose answers hold the same numbers.
 *
 * @example
 *   const table = importIDataColumns(grid, framework)
 *   if (table.ok) computeAssessmentColumns(framework, table.value).components['Index']?.rank
 */
export function computeAssessmentColumns(
  framework: ValidFramework,
  table: AnswerColumns,
  options: ScoringOptions = {},
): AssessmentResult {
  return scoreAssessment(framework, table.units, options, table.column)
}

function scoreAssessment(
  framework: ValidFramework,
  units: readonly UnitAnswers[],
  options: ScoringOptions,
  source?: QuestionColumns,
): AssessmentResult {
  const compiled = compileFramework(framework, options.overrides)
  const warnings: ScoringWarning[] = []
  const scores = scoreColumns(compiled, units, options, warnings, methodTreatment(compiled, options), source)
  // The result's arrays are built when first read (decision 0026): large assessments hold millions
  // of numbers and most callers read a few columns.
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
    const result = lazyProperties(
      { code: indicator.code },
      {
        raw: (): readonly FormulaValue[] =>
          rows === null || rows === undefined
            ? columnToArray(scores.read.columns[position] as IndicatorColumn)
            : rows.map((value) => (Array.isArray(value) ? value.join(', ') : (value as FormulaValue))),
        imputed: () => {
          const imputed = new Array<Imputation['method'] | null>(units.length)
          for (let index = 0; index < units.length; index += 1)
            imputed[index] = filled.imputed[index] === 1 ? imputation : null
          return imputed
        },
        value: () => columnToArray(filled),
        score: () => columnToArray(scores.scores[position] as IndicatorColumn),
      },
    )
    indicators[indicator.code] =
      record === null || record === undefined
        ? result
        : Object.assign(result, { treatment: record as TreatmentRecord })
  })
  const components = componentResults(compiled, scores.components)
  const maximum = framework.family === 'points' ? pointsMaximum(compiled) : (framework.scale ?? 1)
  const rootColumn = scores.components.at(-1) as IndicatorColumn
  const result: AssessmentResult = lazyProperties(
    {
      engineVersion: SCORING_ENGINE_VERSION,
      frameworkId: framework.id,
      frameworkVersion: framework.version,
      family: framework.family,
      maximum,
      decimals: framework.decimals,
    },
    {
      units: () => units.map(({ code, name, group }): ScoredUnit => ({ code, name, group })),
      rootCode: () => compiled.root.code,
      indicators: () => indicators,
      components: () => components,
      share: () =>
        columnToArray(rootColumn).map((score) => (score === null || maximum <= 0 ? null : score / maximum)),
      band: () => result.share.map((value) => classifyShare(value, framework.bands ?? [])),
      warnings: () => warnings,
    },
  )
  return result
}

function componentResults(
  compiled: CompiledFramework,
  columns: readonly IndicatorColumn[],
): Record<string, ComponentResult> {
  const results: Record<string, ComponentResult> = {}
  compiled.components.forEach(({ component }, position) => {
    const column = columns[position] as IndicatorColumn
    results[component.code] = lazyProperties(
      { code: component.code },
      {
        score: () => columnToArray(column),
        rank: () => columnToArray(rankColumnar(column, 'descending')),
      },
    )
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
