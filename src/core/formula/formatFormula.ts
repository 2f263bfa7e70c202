import { assertNever } from '@core/result'
import type { FormulaBinaryOperator, FormulaColumnNode, FormulaNode } from './formulaNode'

/** Binding strength, loosest first, mirroring the levels of `parseFormula`. */
const Precedence = {
  Or: 1,
  And: 2,
  Not: 3,
  Comparison: 4,
  Additive: 5,
  Multiplicative: 6,
  Sign: 7,
  Primary: 8,
} as const

type Precedence = (typeof Precedence)[keyof typeof Precedence]

const BINARY_PRECEDENCE: Readonly<Record<FormulaBinaryOperator, Precedence>> = {
  or: Precedence.Or,
  and: Precedence.And,
  '=': Precedence.Comparison,
  '!=': Precedence.Comparison,
  '<': Precedence.Comparison,
  '<=': Precedence.Comparison,
  '>': Precedence.Comparison,
  '>=': Precedence.Comparison,
  '+': Precedence.Additive,
  '-': Precedence.Additive,
  '*': Precedence.Multiplicative,
  '/': Precedence.Multiplicative,
}

/**
 * Writes a formula in canonical text: lower-case keywords and function names, `=` and `!=`,
 * double-quoted text (an inner `"` doubled), one space around binary operators, `, ` between
 * arguments, and parentheses only where precedence needs them.
 *
 * Why: `parseFormula(formatFormula(node))` gives back `node` (positions aside), so formulas can be
 * stored and shown in one spelling and round-trip through framework files. A formula close to
 * `MAX_FORMULA_LENGTH` may grow past it (added spaces). Number literals are written with
 * `String(value)`, so a hand-built node holding a negative or non-finite number does not round-trip
 * (the parser never produces one).
 *
 * @example
 *   formatFormula(parsed('IF(a<>1,(b+c)*2,"x")')) // => 'if(a != 1, (b + c) * 2, "x")'
 */
export function formatFormula(node: FormulaNode): string {
  switch (node.kind) {
    case 'number':
      return String(node.value)
    case 'string':
      return `"${node.value.replaceAll('"', '""')}"`
    case 'boolean':
      return node.value ? 'true' : 'false'
    case 'reference':
      return node.name
    case 'unary':
      return formatUnary(node.operator, node.operand)
    case 'binary':
      return formatBinary(node.operator, node.left, node.right)
    case 'call':
      return `${node.name}(${node.args.map(formatArgument).join(', ')})`
    default:
      return assertNever(node)
  }
}

function formatArgument(argument: FormulaNode | FormulaColumnNode): string {
  return argument.kind === 'column' ? `${argument.table}.${argument.column}` : formatFormula(argument)
}

function formatUnary(operator: 'not' | '-' | '+', operand: FormulaNode): string {
  if (operator === 'not') return `not ${formatOperand(operand, Precedence.Not)}`
  const text = formatOperand(operand, Precedence.Sign)
  // `- -x` rather than `--x`: same tokens, but easier to read.
  return text.startsWith('-') || text.startsWith('+') ? `${operator} ${text}` : `${operator}${text}`
}

/** Left operands of a left-associative operator may share its precedence; comparisons do not chain. */
function formatBinary(operator: FormulaBinaryOperator, left: FormulaNode, right: FormulaNode): string {
  const precedence = BINARY_PRECEDENCE[operator]
  const leftMinimum = precedence === Precedence.Comparison ? precedence + 1 : precedence
  return `${formatOperand(left, leftMinimum)} ${operator} ${formatOperand(right, precedence + 1)}`
}

function formatOperand(node: FormulaNode, minimum: number): string {
  const text = formatFormula(node)
  return precedenceOf(node) < minimum ? `(${text})` : text
}

function precedenceOf(node: FormulaNode): Precedence {
  switch (node.kind) {
    case 'unary':
      return node.operator === 'not' ? Precedence.Not : Precedence.Sign
    case 'binary':
      return BINARY_PRECEDENCE[node.operator]
    default:
      return Precedence.Primary
  }
}
