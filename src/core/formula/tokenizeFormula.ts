import { err, ok, type Result } from '@core/result'
import { END_OF_FORMULA, formulaSyntaxError, type FormulaSyntaxError } from './formulaSyntaxError'

/** Reserved words, matched case-insensitively and stored lower-case. @example const keyword: FormulaKeyword = 'and' */
export type FormulaKeyword = 'and' | 'or' | 'not' | 'if' | 'true' | 'false'

/**
 * One lexical token of a formula. `text` is the exact source text (used as `found` in errors);
 * `position` is its 0-based offset. The list always ends with one `end` token.
 *
 * @example
 *   const token: FormulaToken = { kind: 'number', text: '.5', value: 0.5, position: 0 }
 */
export type FormulaToken =
  | { readonly kind: 'number'; readonly text: string; readonly position: number; readonly value: number }
  | { readonly kind: 'string'; readonly text: string; readonly position: number; readonly value: string }
  | { readonly kind: 'identifier'; readonly text: string; readonly position: number }
  | {
      readonly kind: 'keyword'
      readonly text: string
      readonly position: number
      readonly keyword: FormulaKeyword
    }
  | { readonly kind: 'symbol'; readonly text: string; readonly position: number }
  | { readonly kind: 'end'; readonly text: string; readonly position: number }

type Scanned = Result<FormulaToken, FormulaSyntaxError>

const KEYWORDS: readonly FormulaKeyword[] = ['and', 'or', 'not', 'if', 'true', 'false']
const TWO_CHARACTER_SYMBOLS: readonly string[] = ['==', '!=', '<>', '<=', '>=']
const ONE_CHARACTER_SYMBOLS = '=<>+-*/(),.'
const NUMBER = /(?:[0-9]+(?:\.[0-9]+)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?/y
const IDENTIFIER = /[A-Za-z_][A-Za-z0-9_]*/y
const WORD_TAIL = /[A-Za-z0-9_.]*/y
const WHITESPACE = /\s+/y

/**
 * Splits formula source into tokens, or reports the first character that cannot start a token.
 *
 * Why separate from parsing: number, string and identifier rules live in one place, and the parser
 * only ever looks at whole tokens with their positions.
 *
 * @example
 *   tokenizeFormula('a >= .5') // => ok([identifier 'a' @0, symbol '>=' @2, number 0.5 @5, end @7])
 */
export function tokenizeFormula(source: string): Result<readonly FormulaToken[], FormulaSyntaxError> {
  const tokens: FormulaToken[] = []
  let position = skipWhitespace(source, 0)
  while (position < source.length) {
    const scanned = scanToken(source, position)
    if (!scanned.ok) return scanned
    tokens.push(scanned.value)
    position = skipWhitespace(source, position + scanned.value.text.length)
  }
  tokens.push({ kind: 'end', text: END_OF_FORMULA, position: source.length })
  return ok(tokens)
}

/** Whether a token is the given symbol. @example isSymbol({ kind: 'symbol', text: '(', position: 0 }, '(') // => true */
export function isSymbol(token: FormulaToken, symbol: string): boolean {
  return token.kind === 'symbol' && token.text === symbol
}

function skipWhitespace(source: string, position: number): number {
  WHITESPACE.lastIndex = position
  return WHITESPACE.test(source) ? WHITESPACE.lastIndex : position
}

function scanToken(source: string, position: number): Scanned {
  const character = source.charAt(position)
  if (/[0-9]/.test(character) || (character === '.' && /[0-9]/.test(source.charAt(position + 1)))) {
    return scanNumber(source, position)
  }
  if (character === '"' || character === "'") return scanString(source, position, character)
  if (/[A-Za-z_]/.test(character)) return ok(scanWord(source, position))
  return scanSymbol(source, position)
}

function scanNumber(source: string, position: number): Scanned {
  const text = matchAt(NUMBER, source, position)
  const tail = matchAt(WORD_TAIL, source, position + text.length)
  if (tail !== '') return err(formulaSyntaxError(position, 'a number', text + tail))
  const value = Number(text)
  if (!Number.isFinite(value)) return err(formulaSyntaxError(position, 'a finite number', text))
  return ok({ kind: 'number', text, position, value })
}

/** Text runs to the matching quote; the quote itself is written twice inside (`"say ""hi"""`), as in Excel. */
function scanString(source: string, position: number, quote: string): Scanned {
  let value = ''
  let index = position + 1
  while (index < source.length) {
    const next = source.indexOf(quote, index)
    if (next === -1) break
    value += source.slice(index, next)
    if (source.charAt(next + 1) !== quote) {
      return ok({ kind: 'string', text: source.slice(position, next + 1), position, value })
    }
    value += quote
    index = next + 2
  }
  return err(formulaSyntaxError(position, `a closing ${quote}`, END_OF_FORMULA))
}

function scanWord(source: string, position: number): FormulaToken {
  const text = matchAt(IDENTIFIER, source, position)
  const keyword = KEYWORDS.find((candidate) => candidate === text.toLowerCase())
  return keyword === undefined
    ? { kind: 'identifier', text, position }
    : { kind: 'keyword', text, position, keyword }
}

function scanSymbol(source: string, position: number): Scanned {
  const pair = source.slice(position, position + 2)
  if (TWO_CHARACTER_SYMBOLS.includes(pair)) return ok({ kind: 'symbol', text: pair, position })
  const character = source.charAt(position)
  if (ONE_CHARACTER_SYMBOLS.includes(character)) return ok({ kind: 'symbol', text: character, position })
  const found = String.fromCodePoint(source.codePointAt(position) ?? 0)
  return err(formulaSyntaxError(position, character === '!' ? '!=' : 'a value or an operator', found))
}

function matchAt(pattern: RegExp, source: string, position: number): string {
  pattern.lastIndex = position
  return pattern.exec(source)?.[0] ?? ''
}
