import type { FormulaScope, FormulaValue } from '@core/formula/formulaValue'
import type { Imputation } from '@core/framework/framework'
import type { CompiledFramework, CompiledIndicator } from '../compileFramework'
import { computeIndicatorColumn, numericValue } from '../computeIndicatorColumn'
import { createFormulaCache, evaluatePointsRule } from '../evaluatePointsRule'
import { imputeColumn } from '../imputeColumn'
import type { IndicatorResult } from '../assessmentResult'
import { normaliseColumn } from '../normaliseColumn'
import { treatIndicatorValues } from '../treatIndicatorValues'
import type { ScoringOptions, UnitAnswers } from '../scoringOptions'
import type { ScoringWarning } from '../scoringWarning'

/**
 * Every indicator of the framework for every unit: formula → denominator → imputation →
 * normalisation (relative family) or points rule (points family).
 *
 * @example
 *   scoreIndicators(compiled, units, scopes, {}, warnings).MayTinhPerCB?.score
 */
export function rowwiseScoreIndicators(
  compiled: CompiledFramework,
  units: readonly UnitAnswers[],
  scopes: readonly FormulaScope[],
  options: ScoringOptions,
  warnings: ScoringWarning[],
): Record<string, IndicatorResult> {
  const results: Record<string, IndicatorResult> = {}
  const formulas = createFormulaCache()
  for (const entry of compiled.indicators) {
    const { indicator } = entry
    const raw = computeIndicatorColumn(indicator, entry.formula, scopes)
    const imputation: Imputation =
      options.overrides?.imputation ?? indicator.imputation ?? compiled.framework.method.imputation
    const imputed = imputeColumn(raw.map(numericValue), imputation, {
      attribute: (index, attribute) =>
        attribute === 'group' ? units[index]?.group : units[index]?.attributes?.[attribute],
      previousValue: (index) =>
        options.previousValues?.get(units[index]?.code ?? '')?.[indicator.code] ?? null,
    })
    const missing = imputed.values.filter((value) => value === null).length
    if (missing > 0)
      warnings.push({
        code: 'missing-data-share',
        indicator: indicator.code,
        share: missing / Math.max(1, units.length),
      })
    for (const index of imputed.impossible) {
      if (imputation.method !== 'none')
        warnings.push({
          code: 'imputation-impossible',
          indicator: indicator.code,
          unit: units[index]?.code ?? '',
          method: imputation.method,
        })
    }
    // Outlier treatment (decision 0017), relative family only: between imputation and normalisation.
    const treated =
      compiled.framework.family === 'relative'
        ? treatIndicatorValues(
            imputed.values,
            options.overrides?.treatment ??
              indicator.treatment ??
              compiled.framework.method.treatment ?? { method: 'none' },
          )
        : { values: imputed.values }
    const score =
      compiled.framework.family === 'relative'
        ? normaliseRelative(entry, treated.values, warnings)
        : withAppraisedPoints(
            entry,
            units,
            scorePoints(entry, raw, imputed.values, scopes, formulas),
            options.appraisedPoints,
          )
    results[indicator.code] = {
      code: indicator.code,
      raw: raw.map((value) => (Array.isArray(value) ? value.join(', ') : (value as FormulaValue))),
      imputed: raw.map((_, index) => imputed.imputed.get(index) ?? null),
      value: imputed.values,
      score,
      ...(treated.record === undefined ? {} : { treatment: treated.record }),
    }
  }
  return results
}

/** The rule's points, replaced where the evaluator appraised the criterion (kept within 0 and its maximum). */
function withAppraisedPoints(
  entry: CompiledIndicator,
  units: readonly UnitAnswers[],
  points: readonly (number | null)[],
  appraised: ScoringOptions['appraisedPoints'],
): readonly (number | null)[] {
  if (appraised === undefined || appraised.size === 0) return points
  const maxPoints = entry.indicator.maxPoints ?? 0
  return points.map((value, index) => {
    const awarded = appraised.get(units[index]?.code ?? '')?.[entry.indicator.code]
    return awarded === undefined ? value : Math.min(maxPoints, Math.max(0, awarded))
  })
}

function normaliseRelative(
  entry: CompiledIndicator,
  values: readonly (number | null)[],
  warnings: ScoringWarning[],
): readonly (number | null)[] {
  const column = normaliseColumn(values, entry.normalisation, entry.indicator.direction)
  if (column.isConstant) warnings.push({ code: 'constant-indicator', indicator: entry.indicator.code })
  if (column.hasNonPositiveMaximum)
    warnings.push({ code: 'non-positive-maximum', indicator: entry.indicator.code })
  return column.values
}

function scorePoints(
  entry: CompiledIndicator,
  raw: readonly (FormulaValue | readonly string[])[],
  values: readonly (number | null)[],
  scopes: readonly FormulaScope[],
  formulas: ReturnType<typeof createFormulaCache>,
): readonly (number | null)[] {
  const { indicator } = entry
  const maxPoints = indicator.maxPoints ?? 0
  if (indicator.rule === undefined) return values.map(() => 0)
  const rule = indicator.rule
  if (rule.kind === 'normalise-to-best') {
    const best = Math.max(0, ...values.filter((value): value is number => value !== null))
    return values.map((value) =>
      value === null || best <= 0 ? 0 : Math.min(1, Math.max(0, value / best)) * maxPoints,
    )
  }
  return raw.map((rawValue, index) => {
    const value = typeof rawValue === 'number' || rawValue === null ? (values[index] ?? null) : rawValue
    const points = evaluatePointsRule(rule, {
      value,
      maxPoints,
      scope: scopes[index] as FormulaScope,
      formulas,
    })
    return points === 'needs-all-units' ? null : points
  })
}
