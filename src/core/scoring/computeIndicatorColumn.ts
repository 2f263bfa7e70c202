import { evaluateFormula } from '@core/formula/evaluateFormula'
import type { FormulaScope, FormulaValue } from '@core/formula/formulaValue'
import type { FormulaNode } from '@core/formula/formulaNode'
import type { Indicator } from '@core/framework/framework'

/**
 * The indicator formula's value for each unit, divided by the denominator answer when one is
 * set (methodology §3 "Denomination"); a zero or missing denominator gives a missing value.
 * A formula that is a bare reference to a multi-choice question keeps the list of choices, so
 * `choice` and `per-item` rules can score it.
 *
 * @example
 *   computeIndicatorColumn(indicator, parsed('MayTinh'), scopes) // => [1.2, null, 0.8]
 */
export function computeIndicatorColumn(
  indicator: Indicator,
  formula: FormulaNode | null,
  scopes: readonly FormulaScope[],
): (FormulaValue | readonly string[])[] {
  return scopes.map((scope) => {
    if (formula === null) return null
    const value: FormulaValue | readonly string[] =
      formula.kind === 'reference' ? (scope.value(formula.name) ?? null) : evaluateFormula(formula, scope)
    if (indicator.denominator === undefined) return value
    const denominator = scope.value(indicator.denominator)
    if (typeof value !== 'number' || typeof denominator !== 'number' || denominator === 0) return null
    const ratio = value / denominator
    return Number.isFinite(ratio) ? ratio : null
  })
}

/** The numeric reading of a value: numbers as they are, booleans as 1/0, anything else missing. */
export const numericValue = (value: FormulaValue | readonly string[]): number | null =>
  typeof value === 'number' ? value : typeof value === 'boolean' ? (value ? 1 : 0) : null
