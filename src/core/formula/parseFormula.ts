import { err, ok, type Result } from '@core/result'
import {
  createFormulaCursor,
  expectSymbol,
  nested,
  nextToken,
  peekToken,
  type FormulaCursor,
} from './formulaCursor'
import type { FormulaBinaryOperator, FormulaNode } from './formulaNode'
import { formulaSyntaxError, type FormulaSyntaxError } from './formulaSyntaxError'
import { parseFormulaCall } from './parseFormulaCall'
import { isSymbol, tokenizeFormula, type FormulaToken } from './tokenizeFormula'

export type { FormulaSyntaxError } from './formulaSyntaxError'

/** The longest formula source accepted, in UTF-16 code units. @example MAX_FORMULA_LENGTH // => 2000 */
export const MAX_FORMULA_LENGTH = 2000

type Parsed = Result<FormulaNode, FormulaSyntaxError>
type ParseLevel = (cursor: FormulaCursor) => Parsed

const COMPARISONS: ReadonlyMap<string, FormulaBinaryOperator> = new Map([
  ['=', '='],
  ['==', '='],
  ['!=', '!='],
  ['<>', '!='],
  ['<', '<'],
  ['<=', '<='],
  ['>', '>'],
  ['>=', '>='],
])

/**
 * Parses formula source into a `FormulaNode`, or reports the first syntax error with its position.
 *
 * Why a parser and not `eval`: formulas come from framework files that travel between offices;
 * only the grammar below is accepted, so a formula can never run code. Precedence, loosest first:
 * `or` < `and` < `not` < comparisons (`= == != <> < <= > >=`, not chainable) < `+ -` < `* /` <
 * unary `- +` < literals, codes, calls and parentheses. Keywords (`and or not if true false`) and
 * function names are case-insensitive; question codes are case-sensitive. Sources longer than
 * `MAX_FORMULA_LENGTH` or nested deeper than `MAX_FORMULA_NESTING` are refused, never overflowing.
 *
 * @example
 *   parseFormula('MayTinh / SoCBCC') // => ok({ kind: 'binary', operator: '/', … })
 *   parseFormula('1 + * 2') // => err({ code: 'formula-syntax', position: 4, expected: 'a value', found: '*' })
 */
export function parseFormula(source: string): Result<FormulaNode, FormulaSyntaxError> {
  // The same source always gives the same (read-only) result, and a framework's formulas are
  // parsed again by each validation and each computation: remembered by source (decision 0026),
  // forgotten all at once past PARSED_KEPT sources.
  const known = parsed.get(source)
  if (known !== undefined) return known
  const result = parseSource(source)
  if (parsed.size >= PARSED_KEPT) parsed.clear()
  parsed.set(source, result)
  return result
}

/** How many parsed sources `parseFormula` remembers (the largest built-in framework has a few hundred formulas). */
const PARSED_KEPT = 10_000
const parsed = new Map<string, Result<FormulaNode, FormulaSyntaxError>>()

function parseSource(source: string): Result<FormulaNode, FormulaSyntaxError> {
  if (source.length > MAX_FORMULA_LENGTH) {
    return err(formulaSyntaxError(MAX_FORMULA_LENGTH, 'a shorter formula', `${source.length} characters`))
  }
  const tokens = tokenizeFormula(source)
  if (!tokens.ok) return tokens
  const cursor = createFormulaCursor(tokens.value)
  const formula = parseOr(cursor)
  if (!formula.ok) return formula
  const rest = peekToken(cursor)
  if (rest.kind !== 'end')
    return err(formulaSyntaxError(rest.position, 'an operator or end of formula', rest.text))
  return formula
}

function parseOr(cursor: FormulaCursor): Parsed {
  return parseLeftAssociative(cursor, parseAnd, (token) => (isKeyword(token, 'or') ? 'or' : undefined))
}

function parseAnd(cursor: FormulaCursor): Parsed {
  return parseLeftAssociative(cursor, parseNot, (token) => (isKeyword(token, 'and') ? 'and' : undefined))
}

function parseNot(cursor: FormulaCursor): Parsed {
  const token = peekToken(cursor)
  if (!isKeyword(token, 'not')) return parseComparison(cursor)
  nextToken(cursor)
  const operand = nested(cursor, token, () => parseNot(cursor))
  if (!operand.ok) return operand
  return ok({ kind: 'unary', operator: 'not', operand: operand.value, position: token.position })
}

/** Comparisons do not chain: `a < b < c` is refused rather than read as `(a < b) < c`. */
function parseComparison(cursor: FormulaCursor): Parsed {
  const left = parseAdditive(cursor)
  if (!left.ok) return left
  const token = peekToken(cursor)
  const operator = comparisonOperator(token)
  if (operator === undefined) return left
  nextToken(cursor)
  const right = parseAdditive(cursor)
  if (!right.ok) return right
  const after = peekToken(cursor)
  if (comparisonOperator(after) !== undefined) {
    return err(
      formulaSyntaxError(after.position, 'a single comparison (join comparisons with and/or)', after.text),
    )
  }
  return ok({ kind: 'binary', operator, left: left.value, right: right.value, position: token.position })
}

function parseAdditive(cursor: FormulaCursor): Parsed {
  return parseLeftAssociative(cursor, parseMultiplicative, (token) => symbolOperator(token, ['+', '-']))
}

function parseMultiplicative(cursor: FormulaCursor): Parsed {
  return parseLeftAssociative(cursor, parseSign, (token) => symbolOperator(token, ['*', '/']))
}

function parseSign(cursor: FormulaCursor): Parsed {
  const token = peekToken(cursor)
  const operator = isSymbol(token, '-') ? '-' : isSymbol(token, '+') ? '+' : undefined
  if (operator === undefined) return parsePrimary(cursor)
  nextToken(cursor)
  const operand = nested(cursor, token, () => parseSign(cursor))
  if (!operand.ok) return operand
  return ok({ kind: 'unary', operator, operand: operand.value, position: token.position })
}

function parsePrimary(cursor: FormulaCursor): Parsed {
  const token = nextToken(cursor)
  switch (token.kind) {
    case 'number':
      return ok({ kind: 'number', value: token.value, position: token.position })
    case 'string':
      return ok({ kind: 'string', value: token.value, position: token.position })
    case 'identifier':
      return parseIdentifier(cursor, token)
    case 'keyword':
      if (token.keyword === 'true' || token.keyword === 'false') {
        return ok({ kind: 'boolean', value: token.keyword === 'true', position: token.position })
      }
      if (token.keyword === 'if') return parseFormulaCall(cursor, token, parseOr)
      return err(formulaSyntaxError(token.position, 'a value', token.text))
    case 'symbol':
      if (token.text === '(') return nested(cursor, token, () => parseParenthesised(cursor))
      return err(formulaSyntaxError(token.position, 'a value', token.text))
    case 'end':
      return err(formulaSyntaxError(token.position, 'a value', token.text))
  }
}

function parseIdentifier(cursor: FormulaCursor, token: FormulaToken): Parsed {
  const next = peekToken(cursor)
  if (isSymbol(next, '(')) return parseFormulaCall(cursor, token, parseOr)
  if (isSymbol(next, '.')) {
    const column = peekToken(cursor, 1)
    const found = column.kind === 'identifier' ? `${token.text}.${column.text}` : `${token.text}.`
    return err(
      formulaSyntaxError(
        token.position,
        'a question code (table.column only goes inside sum or countif)',
        found,
      ),
    )
  }
  return ok({ kind: 'reference', name: token.text, position: token.position })
}

function parseParenthesised(cursor: FormulaCursor): Parsed {
  const inner = parseOr(cursor)
  if (!inner.ok) return inner
  const closing = expectSymbol(cursor, ')')
  return closing.ok ? inner : closing
}

function parseLeftAssociative(
  cursor: FormulaCursor,
  parseOperand: ParseLevel,
  operatorOf: (token: FormulaToken) => FormulaBinaryOperator | undefined,
): Parsed {
  const first = parseOperand(cursor)
  if (!first.ok) return first
  let left = first.value
  let token = peekToken(cursor)
  let operator = operatorOf(token)
  while (operator !== undefined) {
    nextToken(cursor)
    const right = parseOperand(cursor)
    if (!right.ok) return right
    left = { kind: 'binary', operator, left, right: right.value, position: token.position }
    token = peekToken(cursor)
    operator = operatorOf(token)
  }
  return ok(left)
}

function isKeyword(token: FormulaToken, keyword: string): boolean {
  return token.kind === 'keyword' && token.keyword === keyword
}

function comparisonOperator(token: FormulaToken): FormulaBinaryOperator | undefined {
  return token.kind === 'symbol' ? COMPARISONS.get(token.text) : undefined
}

function symbolOperator(
  token: FormulaToken,
  operators: readonly ('+' | '-' | '*' | '/')[],
): FormulaBinaryOperator | undefined {
  return operators.find((operator) => isSymbol(token, operator))
}
