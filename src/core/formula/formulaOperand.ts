import type { FormulaValue } from './formulaValue'

/**
 * A value while a formula is being evaluated: a `FormulaValue` or the chosen items of a
 * multi-choice question, which only `=`, `!=`, `count` and `if` branches can use.
 *
 * @example
 *   const chosen: FormulaOperand = ['email', 'portal']
 */
export type FormulaOperand = FormulaValue | readonly string[]

/** Whether an operand is a multi-choice answer. @example isChoiceList(['a']) // => true */
export function isChoiceList(operand: FormulaOperand | undefined): operand is readonly string[] {
  return Array.isArray(operand)
}

/**
 * Keeps a finite number (turning `-0` into `0`) and makes anything else missing, so formulas never
 * produce `NaN` or `Infinity`.
 *
 * @example
 *   toFiniteOrNull(1 / 0) // => null
 */
export function toFiniteOrNull(value: number): number | null {
  if (!Number.isFinite(value)) return null
  return value === 0 ? 0 : value
}

/**
 * Reads an operand as a number: a boolean counts as 1 or 0 (a yes-no answer is stored as
 * boolean); text, choice lists and non-finite numbers are missing.
 *
 * @example
 *   toFormulaNumber(true) // => 1
 *   toFormulaNumber('5') // => null
 */
export function toFormulaNumber(operand: FormulaOperand | undefined): number | null {
  if (typeof operand === 'boolean') return operand ? 1 : 0
  if (typeof operand === 'number') return toFiniteOrNull(operand)
  return null
}

/**
 * Reads an operand as a truth value: only booleans count; numbers, text and missing are `null`.
 *
 * Why strict: `and`, `or`, `not` and `if` conditions are boolean by their type check, and reading
 * `2` as true would hide a formula bug in a relevance condition.
 *
 * @example
 *   toFormulaBoolean(1) // => null
 */
export function toFormulaBoolean(operand: FormulaOperand | undefined): boolean | null {
  return typeof operand === 'boolean' ? operand : null
}

/**
 * Reads an answer from a `FormulaScope` as an operand: `undefined` and non-finite numbers become
 * missing.
 *
 * @example
 *   toFormulaOperand(undefined) // => null
 */
export function toFormulaOperand(answer: FormulaOperand | undefined): FormulaOperand {
  if (answer === undefined) return null
  if (typeof answer === 'number') return toFiniteOrNull(answer)
  return answer
}
