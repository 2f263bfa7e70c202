import { err, ok, type Result } from '@core/result'
import { formulaSyntaxError, type FormulaSyntaxError } from './formulaSyntaxError'
import { isSymbol, type FormulaToken } from './tokenizeFormula'

/** The deepest nesting of parentheses, calls and unary operators a formula may use. @example MAX_FORMULA_NESTING // => 64 */
export const MAX_FORMULA_NESTING = 64

/**
 * The parser's read position in a token list, plus the current nesting depth.
 *
 * Why mutable: recursive-descent parsing advances one shared position; the cursor never leaves
 * `parseFormula`.
 *
 * @example
 *   const cursor = createFormulaCursor(tokens)
 *   peekToken(cursor) // => the first token
 */
export type FormulaCursor = {
  readonly tokens: readonly FormulaToken[]
  index: number
  depth: number
}

/** Starts a cursor at the first token. @example createFormulaCursor(tokens).index // => 0 */
export function createFormulaCursor(tokens: readonly FormulaToken[]): FormulaCursor {
  return { tokens, index: 0, depth: 0 }
}

/** The token at the cursor (the `end` token once everything is read). @example peekToken(cursor).text */
export function peekToken(cursor: FormulaCursor, ahead = 0): FormulaToken {
  const last = cursor.tokens[cursor.tokens.length - 1]
  const token = cursor.tokens[Math.min(cursor.index + ahead, cursor.tokens.length - 1)] ?? last
  if (token === undefined) throw new Error('A token list always ends with an end token')
  return token
}

/** Returns the token at the cursor and moves past it (never past `end`). @example const operator = nextToken(cursor) */
export function nextToken(cursor: FormulaCursor): FormulaToken {
  const token = peekToken(cursor)
  if (token.kind !== 'end') cursor.index += 1
  return token
}

/**
 * Consumes the given symbol or reports what was found instead.
 *
 * @example
 *   expectSymbol(cursor, ')') // => ok(token) or err({ code: 'formula-syntax', expected: ')', … })
 */
export function expectSymbol(
  cursor: FormulaCursor,
  symbol: string,
): Result<FormulaToken, FormulaSyntaxError> {
  const token = peekToken(cursor)
  if (!isSymbol(token, symbol)) return err(formulaSyntaxError(token.position, symbol, token.text))
  return ok(nextToken(cursor))
}

/**
 * Runs `parse` one nesting level deeper, refusing beyond `MAX_FORMULA_NESTING` so hostile input
 * cannot overflow the stack.
 *
 * @example
 *   nested(cursor, token, () => parseOperand(cursor))
 */
export function nested<T>(
  cursor: FormulaCursor,
  token: FormulaToken,
  parse: () => Result<T, FormulaSyntaxError>,
): Result<T, FormulaSyntaxError> {
  if (cursor.depth >= MAX_FORMULA_NESTING)
    return err(formulaSyntaxError(token.position, 'less nesting', token.text))
  cursor.depth += 1
  const result = parse()
  cursor.depth -= 1
  return result
}
