import { evaluateFormula } from '@core/formula/evaluateFormula'
import type { FormulaScope } from '@core/formula/formulaValue'
import type { Question } from '@core/framework/framework'
import type { Answers } from './answer'
import { formulaScopeForAnswers } from './formulaScopeForAnswers'
import type { FormulaNode } from '@core/formula/formulaNode'

/**
 * The formula scope for one unit in which answers to questions that are not relevant (their
 * relevance condition is false or missing) read as missing: they are kept, but not counted.
 *
 * @example
 *   unitScope(questions, relevance, answers).value('SoMayChu') // => null when HasServer is false
 */
export function unitScope(
  questions: ReadonlyMap<string, Question>,
  relevance: ReadonlyMap<string, FormulaNode>,
  answers: Answers,
): FormulaScope {
  const plain = formulaScopeForAnswers(questions, answers)
  if (relevance.size === 0) return plain
  const cache = new Map<string, boolean>()
  const isRelevant = (code: string, depth: number): boolean => {
    const condition = relevance.get(code)
    if (condition === undefined) return true
    const known = cache.get(code)
    if (known !== undefined) return known
    if (depth > 32) return false
    const relevant = evaluateFormula(condition, scopeAt(depth + 1)) === true
    cache.set(code, relevant)
    return relevant
  }
  const scopeAt = (depth: number): FormulaScope => ({
    value: (code) => (isRelevant(code, depth) ? plain.value(code) : null),
    rows: (code) => (isRelevant(code, depth) ? plain.rows(code) : undefined),
  })
  return scopeAt(0)
}
