import { assertNever } from '@core/result'
import { equalFormulaValues } from './equalFormulaValues'
import { evaluateFormulaCall } from './evaluateFormulaCall'
import type { FormulaBinaryNode, FormulaNode, FormulaUnaryNode } from './formulaNode'
import {
  isChoiceList,
  toFiniteOrNull,
  toFormulaBoolean,
  toFormulaNumber,
  toFormulaOperand,
  type FormulaOperand,
} from './formulaOperand'
import type { FormulaScope, FormulaValue } from './formulaValue'

export type { FormulaRow, FormulaScope, FormulaValue } from './formulaValue'

/**
 * Computes a parsed formula against one unit's answers; `null` means missing.
 *
 * Why missing propagates instead of failing: an unanswered question must leave the indicator
 * missing so the framework's missing-data policy decides, never silently become 0.
 *
 * - Arithmetic and comparisons with a missing operand are missing; booleans count as 1/0; text or
 *   choice lists in arithmetic or `< <= > >=` are missing; `x / 0` and any non-finite result are
 *   missing (never `NaN`/`Infinity`).
 * - `=`/`!=` follow `equalFormulaValues` (number vs text is `false`; a multi-choice answer equals a
 *   text it contains).
 * - `and`/`or`/`not` are three-valued over booleans: `false and missing = false`,
 *   `true or missing = true`, otherwise missing. Non-boolean operands count as missing.
 * - Functions: see `evaluateFormulaCall`. A formula whose result is a bare multi-choice answer
 *   evaluates to `null` (use `count(Q)` or `Q = "value"`).
 *
 * Never throws for a node produced by `parseFormula`.
 *
 * @example
 *   const scope: FormulaScope = { value: (code) => ({ MayTinh: 120, SoCBCC: 100 })[code], rows: () => undefined }
 *   evaluateFormula(parsed('MayTinh / SoCBCC'), scope) // => 1.2
 *   evaluateFormula(parsed('MayTinh / 0'), scope) // => null
 */
export function evaluateFormula(node: FormulaNode, scope: FormulaScope): FormulaValue {
  const result = evaluateOperand(node, scope)
  return isChoiceList(result) ? null : result
}

function evaluateOperand(node: FormulaNode, scope: FormulaScope): FormulaOperand {
  switch (node.kind) {
    case 'number':
      return toFiniteOrNull(node.value)
    case 'string':
    case 'boolean':
      return node.value
    case 'reference':
      return toFormulaOperand(scope.value(node.name))
    case 'unary':
      return evaluateUnary(node, scope)
    case 'binary':
      return evaluateBinary(node, scope)
    case 'call':
      return evaluateFormulaCall(node, scope, evaluateOperand)
    default:
      return assertNever(node)
  }
}

function evaluateUnary(node: FormulaUnaryNode, scope: FormulaScope): FormulaOperand {
  const operand = evaluateOperand(node.operand, scope)
  if (node.operator === 'not') {
    const truth = toFormulaBoolean(operand)
    return truth === null ? null : !truth
  }
  const number = toFormulaNumber(operand)
  if (number === null) return null
  return toFiniteOrNull(node.operator === '-' ? -number : number)
}

function evaluateBinary(node: FormulaBinaryNode, scope: FormulaScope): FormulaOperand {
  const { operator } = node
  switch (operator) {
    case 'and':
    case 'or':
      return evaluateLogic(node, operator, scope)
    case '=':
    case '!=': {
      const equal = equalFormulaValues(evaluateOperand(node.left, scope), evaluateOperand(node.right, scope))
      return equal === null || operator === '=' ? equal : !equal
    }
    default: {
      const left = toFormulaNumber(evaluateOperand(node.left, scope))
      const right = toFormulaNumber(evaluateOperand(node.right, scope))
      return evaluateNumeric(operator, left, right)
    }
  }
}

/** Three-valued logic: the deciding value (`false` for `and`, `true` for `or`) wins over missing. */
function evaluateLogic(node: FormulaBinaryNode, operator: 'and' | 'or', scope: FormulaScope): boolean | null {
  const deciding = operator === 'or'
  const left = toFormulaBoolean(evaluateOperand(node.left, scope))
  if (left === deciding) return deciding
  const right = toFormulaBoolean(evaluateOperand(node.right, scope))
  if (right === deciding) return deciding
  return left === null || right === null ? null : !deciding
}

function evaluateNumeric(
  operator: '<' | '<=' | '>' | '>=' | '+' | '-' | '*' | '/',
  left: number | null,
  right: number | null,
): number | boolean | null {
  if (left === null || right === null) return null
  switch (operator) {
    case '<':
      return left < right
    case '<=':
      return left <= right
    case '>':
      return left > right
    case '>=':
      return left >= right
    case '+':
      return toFiniteOrNull(left + right)
    case '-':
      return toFiniteOrNull(left - right)
    case '*':
      return toFiniteOrNull(left * right)
    case '/':
      return right === 0 ? null : toFiniteOrNull(left / right)
    default:
      return assertNever(operator)
  }
}
