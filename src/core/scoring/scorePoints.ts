import type { FormulaScope, FormulaValue } from '@core/formula/formulaValue'
import type { CompiledIndicator } from './compileFramework'
import { createFormulaCache, evaluatePointsRule } from './evaluatePointsRule'
import type { ScoringOptions, UnitAnswers } from './scoringOptions'

/**
 * Points family: one criterion's points for every unit under its rule (methodology §2), from the
 * formula values (`raw`, choice lists kept) and the imputed numbers (`values`); then the points
 * the evaluator appraised replace the rule's (kept within 0 and the criterion's maximum).
 *
 * @example
 *   scorePoints(entry, units, raw, values, scopes, createFormulaCache(), undefined) // => [10, 0, 5]
 */
export function scorePoints(
  entry: CompiledIndicator,
  units: readonly UnitAnswers[],
  raw: readonly (FormulaValue | readonly string[])[],
  values: readonly (number | null)[],
  scopes: readonly FormulaScope[],
  formulas: ReturnType<typeof createFormulaCache>,
  appraised: ScoringOptions['appraisedPoints'],
): readonly (number | null)[] {
  const points = rulePoints(entry, raw, values, scopes, formulas)
  if (appraised === undefined || appraised.size === 0) return points
  const maxPoints = entry.indicator.maxPoints ?? 0
  return points.map((value, index) => {
    const awarded = appraised.get(units[index]?.code ?? '')?.[entry.indicator.code]
    return awarded === undefined ? value : Math.min(maxPoints, Math.max(0, awarded))
  })
}

function rulePoints(
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
