import type { FormulaNode } from '@core/formula/formulaNode'
import type { Question } from '@core/framework/framework'
import { allocateColumn, type IndicatorColumn } from './indicatorColumn'

/** Reads a numeric question's answers as a column (shared: a formula never changes it). */
export type QuestionColumns = (code: string) => IndicatorColumn

/** An indicator formula compiled to work on whole columns: one call computes every unit. */
export type ColumnFormula = (questions: QuestionColumns, unitCount: number) => IndicatorColumn

/**
 * Compiles an indicator's formula (and its denominator) into a function over columns, when the
 * formula is plain arithmetic over numeric questions (`integer`, `decimal`, `percent`) that have
 * no relevance condition: numbers, references, unary `-`/`+` and `+ - * /`. Anything else
 * (comparisons, functions, yes-no or choice questions, relevance) returns `null` and the engine
 * evaluates that indicator unit by unit with `evaluateFormula`. The column function gives exactly
 * what `computeIndicatorColumn` gives: missing propagates, `x / 0` and non-finite results are
 * missing, a zero or missing denominator is missing.
 *
 * @example
 *   const formula = compileColumnFormula(parsed('MayTinh / SoCBCC'), undefined, questions, relevance)
 *   formula?.(readQuestion, 3).values // => Float64Array [1.2, 0, 0.8]
 */
export function compileColumnFormula(
  formula: FormulaNode | null,
  denominator: string | undefined,
  questions: ReadonlyMap<string, Question>,
  relevance: ReadonlyMap<string, unknown>,
): ColumnFormula | null {
  if (formula === null) return null
  const numeric = (code: string) => {
    const type = questions.get(code)?.type
    return (type === 'integer' || type === 'decimal' || type === 'percent') && !relevance.has(code)
  }
  if (denominator !== undefined && !numeric(denominator)) return null
  // A bare reference is read as the answer itself (evaluateFormula is not involved).
  const body: ColumnFormula | null =
    formula.kind === 'reference'
      ? numeric(formula.name)
        ? (read) => read(formula.name)
        : null
      : compileNode(formula, numeric)
  if (body === null || denominator === undefined) return body
  return (read, unitCount) => divideByDenominator(body(read, unitCount), read(denominator))
}

function compileNode(node: FormulaNode, numeric: (code: string) => boolean): ColumnFormula | null {
  switch (node.kind) {
    case 'number': {
      const constant = node.value === 0 ? 0 : node.value
      if (!Number.isFinite(constant)) return null
      return (_read, unitCount) => ({
        values: new Float64Array(unitCount).fill(constant),
        missing: new Uint8Array(unitCount),
      })
    }
    case 'reference':
      return numeric(node.name) ? (read) => read(node.name) : null
    case 'unary': {
      if (node.operator === 'not') return null
      const operand = compileNode(node.operand, numeric)
      if (operand === null) return null
      const sign = node.operator === '-' ? -1 : 1
      return (read, unitCount) => negate(operand(read, unitCount), sign)
    }
    case 'binary': {
      const { operator } = node
      if (operator !== '+' && operator !== '-' && operator !== '*' && operator !== '/') return null
      const left = compileNode(node.left, numeric)
      const right = compileNode(node.right, numeric)
      if (left === null || right === null) return null
      return (read, unitCount) => arithmetic(operator, left(read, unitCount), right(read, unitCount))
    }
    default:
      return null
  }
}

function negate(column: IndicatorColumn, sign: 1 | -1): IndicatorColumn {
  const length = column.values.length
  const { values, missing } = allocateColumn(length)
  missing.set(column.missing)
  for (let index = 0; index < length; index += 1) {
    if (missing[index] === 1) continue
    const value = sign * (column.values[index] as number)
    values[index] = value === 0 ? 0 : value
  }
  return { values, missing }
}

function arithmetic(operator: '+' | '-' | '*' | '/', left: IndicatorColumn, right: IndicatorColumn) {
  const length = left.values.length
  const { values, missing } = allocateColumn(length)
  const a = left.values
  const b = right.values
  for (let index = 0; index < length; index += 1) {
    if (left.missing[index] === 1 || right.missing[index] === 1) {
      missing[index] = 1
      continue
    }
    const x = a[index] as number
    const y = b[index] as number
    let value: number
    if (operator === '+') value = x + y
    else if (operator === '-') value = x - y
    else if (operator === '*') value = x * y
    else if (y === 0) value = Number.NaN
    else value = x / y
    if (Number.isFinite(value)) values[index] = value === 0 ? 0 : value
    else missing[index] = 1
  }
  return { values, missing }
}

function divideByDenominator(column: IndicatorColumn, denominator: IndicatorColumn): IndicatorColumn {
  const length = column.values.length
  const { values, missing } = allocateColumn(length)
  for (let index = 0; index < length; index += 1) {
    const divisor = denominator.values[index] as number
    if (column.missing[index] === 1 || denominator.missing[index] === 1 || divisor === 0) {
      missing[index] = 1
      continue
    }
    const ratio = (column.values[index] as number) / divisor
    if (Number.isFinite(ratio)) values[index] = ratio
    else missing[index] = 1
  }
  return { values, missing }
}
