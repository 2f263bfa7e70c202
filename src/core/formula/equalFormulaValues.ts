import { isChoiceList, toFormulaNumber, type FormulaOperand } from './formulaOperand'

/**
 * The meaning of `=` in formulas (and of the match in `countif`); `null` when either side is
 * missing.
 *
 * - numbers and booleans compare as numbers (`true = 1`), exactly, without tolerance;
 * - text compares exactly (case-sensitive) with text; text never equals a number or boolean;
 * - a multi-choice answer equals a text when it contains it, and equals another choice list when
 *   both hold the same set of items (order ignored).
 *
 * @example
 *   equalFormulaValues(['email', 'portal'], 'portal') // => true
 *   equalFormulaValues(1, '1') // => false
 *   equalFormulaValues(null, 1) // => null
 */
export function equalFormulaValues(left: FormulaOperand, right: FormulaOperand): boolean | null {
  if (left === null || right === null) return null
  if (isChoiceList(left) && isChoiceList(right)) return haveSameItems(left, right)
  if (isChoiceList(left)) return typeof right === 'string' && left.includes(right)
  if (isChoiceList(right)) return typeof left === 'string' && right.includes(left)
  if (typeof left === 'string' || typeof right === 'string') return left === right
  return toFormulaNumber(left) === toFormulaNumber(right)
}

function haveSameItems(left: readonly string[], right: readonly string[]): boolean {
  const leftItems = new Set(left)
  const rightItems = new Set(right)
  return leftItems.size === rightItems.size && [...leftItems].every((item) => rightItems.has(item))
}
