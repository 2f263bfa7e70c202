import { assertNever } from '@core/result'
import { equalFormulaValues } from './equalFormulaValues'
import type { FormulaCallNode, FormulaColumnNode, FormulaNode } from './formulaNode'
import {
  isChoiceList,
  toFiniteOrNull,
  toFormulaBoolean,
  toFormulaNumber,
  toFormulaOperand,
  type FormulaOperand,
} from './formulaOperand'
import type { FormulaRow, FormulaScope } from './formulaValue'
import { roundHalfAwayFromZero } from './roundHalfAwayFromZero'

type Evaluate = (node: FormulaNode, scope: FormulaScope) => FormulaOperand

/**
 * Computes a built-in function call; `evaluate` computes argument expressions.
 *
 * - `if(c, a, b)`: missing (or non-boolean) condition → missing; only the chosen branch is computed.
 * - `min(…)`/`max(…)`: ignore missing and non-numeric arguments; all missing → missing.
 * - `abs(x)`, `round(x)`, `round(x, digits)`: missing in → missing out; rounding is half away
 *   from zero.
 * - `sum(T.c)`: total of the non-missing numeric cells (booleans count 1/0, text is skipped);
 *   no rows → 0; table missing → missing.
 * - `count(X)`: number of rows of table `X`, or, when `X` is a multi-choice question, the number
 *   of chosen items; missing → missing.
 * - `countif(T.c, v)`: rows whose cell equals `v` by `equalFormulaValues`; `v` or table missing →
 *   missing.
 *
 * @example
 *   evaluateFormulaCall(parsed('max(A, B)'), scope, evaluate) // => the larger answered value
 */
export function evaluateFormulaCall(
  node: FormulaCallNode,
  scope: FormulaScope,
  evaluate: Evaluate,
): FormulaOperand {
  switch (node.name) {
    case 'if': {
      const [condition, whenTrue, whenFalse] = node.args
      const truth = toFormulaBoolean(evaluate(condition, scope))
      if (truth === null) return null
      return evaluate(truth ? whenTrue : whenFalse, scope)
    }
    case 'min':
    case 'max':
      return extreme(
        node.name,
        node.args.map((argument) => toFormulaNumber(evaluate(argument, scope))),
      )
    case 'abs': {
      const value = toFormulaNumber(evaluate(node.args[0], scope))
      return value === null ? null : Math.abs(value)
    }
    case 'round':
      return round(node.args, scope, evaluate)
    case 'sum':
      return sumColumn(node.args[0], scope)
    case 'count':
      return countItems(node.args[0].name, scope)
    case 'countif':
      return countMatches(node.args[0], evaluate(node.args[1], scope), scope)
    default:
      return assertNever(node)
  }
}

function extreme(name: 'min' | 'max', values: readonly (number | null)[]): number | null {
  const present = values.filter((value): value is number => value !== null)
  if (present.length === 0) return null
  return present.reduce((best, value) => (name === 'min' ? Math.min(best, value) : Math.max(best, value)))
}

function round(
  args: readonly [FormulaNode] | readonly [FormulaNode, FormulaNode],
  scope: FormulaScope,
  evaluate: Evaluate,
): number | null {
  const value = toFormulaNumber(evaluate(args[0], scope))
  const digits = args[1] === undefined ? 0 : toFormulaNumber(evaluate(args[1], scope))
  if (value === null || digits === null) return null
  return roundHalfAwayFromZero(value, digits)
}

function sumColumn(column: FormulaColumnNode, scope: FormulaScope): number | null {
  const rows = scope.rows(column.table)
  if (rows === undefined) return null
  let total = 0
  for (const row of rows) total += toFormulaNumber(readCell(row, column.column)) ?? 0
  return toFiniteOrNull(total)
}

function countItems(code: string, scope: FormulaScope): number | null {
  const rows = scope.rows(code)
  if (rows !== undefined) return rows.length
  const answer = scope.value(code)
  return isChoiceList(answer) ? answer.length : null
}

function countMatches(column: FormulaColumnNode, wanted: FormulaOperand, scope: FormulaScope): number | null {
  const rows = scope.rows(column.table)
  if (rows === undefined || wanted === null) return null
  return rows.filter((row) => equalFormulaValues(readCell(row, column.column), wanted) === true).length
}

/** Own properties only, so a column named `constructor` reads the cell, not `Object.prototype`. */
function readCell(row: FormulaRow, column: string): FormulaOperand {
  return Object.hasOwn(row, column) ? toFormulaOperand(row[column]) : null
}
