import type { FormulaNode } from '@core/formula/formulaNode'
import { evaluateFormula } from '@core/formula/evaluateFormula'
import type { FormulaScope, FormulaValue } from '@core/formula/formulaValue'
import type { PointsRule } from '@core/framework/pointsRule'
import { parseFormula } from '@core/formula/parseFormula'

/** Parsed sub-formulas of points rules, cached by source text. */
export type FormulaCache = (source: string) => FormulaNode | null

/** A cache that parses each formula text once. */
export function createFormulaCache(): FormulaCache {
  const parsed = new Map<string, FormulaNode | null>()
  return (source) => {
    if (!parsed.has(source)) {
      const result = parseFormula(source)
      parsed.set(source, result.ok ? result.value : null)
    }
    return parsed.get(source) ?? null
  }
}

export type RuleInput = {
  /** The value the rule applies to (indicator formula, or a part's or alternative's formula). */
  readonly value: FormulaValue | readonly string[]
  readonly maxPoints: number
  readonly scope: FormulaScope
  readonly formulas: FormulaCache
}

/**
 * Points for one unit under one rule (methodology §2; semantics in `PointsRule`'s JSDoc).
 * Returns `'needs-all-units'` for `normalise-to-best`, which the assessment resolves column-wise.
 *
 * @example
 *   evaluatePointsRule({ kind: 'ratio-times-max' }, { value: 0.5, maxPoints: 20, scope, formulas }) // => 10
 */
export function evaluatePointsRule(rule: PointsRule, input: RuleInput): number | 'needs-all-units' {
  const { value, maxPoints } = input
  const number = typeof value === 'number' ? value : typeof value === 'boolean' ? (value ? 1 : 0) : null
  const truth = typeof value === 'boolean' ? value : typeof value === 'number' ? value !== 0 : false
  const cap = (points: number) => Math.min(points, maxPoints)
  switch (rule.kind) {
    case 'ratio-times-max':
      return number === null ? 0 : Math.min(1, Math.max(0, number)) * maxPoints
    case 'steps': {
      if (number === null) return 0
      const reached = rule.steps.filter((step) => number >= step.atLeast)
      return reached.length === 0 ? 0 : Math.max(...reached.map((step) => step.points))
    }
    case 'choice': {
      const chosen = Array.isArray(value) ? value : typeof value === 'string' ? [value] : []
      const total = chosen.reduce(
        (sum, choice) => sum + (rule.outcomes.find((outcome) => outcome.choice === choice)?.value ?? 0),
        0,
      )
      return cap(rule.mode === 'fraction' ? total * maxPoints : total)
    }
    case 'yes-no':
      return value === null ? rule.noPoints : truth ? rule.yesPoints : rule.noPoints
    case 'per-item': {
      const count = Array.isArray(value) ? value.length : number
      return count === null ? 0 : Math.max(0, cap(count * rule.pointsPerItem))
    }
    case 'sum-of-parts':
      return cap(
        rule.parts.reduce(
          (sum, part) => sum + scoreSubFormula(part.formula, part.rule, part.maxPoints, input),
          0,
        ),
      )
    case 'best-of':
      return Math.max(
        0,
        ...rule.alternatives.map((alternative) =>
          scoreSubFormula(alternative.formula, alternative.rule, maxPoints, input),
        ),
      )
    case 'presence-bonus': {
      if (!truth) return 0
      const bonusNode = input.formulas(rule.bonusFormula)
      const bonus =
        bonusNode !== null && evaluateFormula(bonusNode, input.scope) === true ? rule.bonusPoints : 0
      return cap(rule.presencePoints + bonus)
    }
    case 'penalty':
      return truth ? -Math.abs(rule.points) : 0
    case 'normalise-to-best':
      return 'needs-all-units'
  }
}

function scoreSubFormula(source: string, rule: PointsRule, maxPoints: number, input: RuleInput): number {
  const node = input.formulas(source)
  const value = node === null ? null : evaluateFormula(node, input.scope)
  const points = evaluatePointsRule(rule, { ...input, value, maxPoints })
  return points === 'needs-all-units' ? 0 : points
}
