import { describe, expect, it } from 'vitest'
import { err } from '@core/result'
import { evaluateFormula } from './evaluateFormula'
import type { FormulaNode } from './formulaNode'
import { parseFormula } from './parseFormula'

/** Fully parenthesised prefix notation, so a test states the tree's shape in one line. */
function shapeOf(source: string): string {
  const result = parseFormula(source)
  if (!result.ok) throw new Error(JSON.stringify(result.error))
  return show(result.value)
}

function show(node: FormulaNode): string {
  switch (node.kind) {
    case 'number':
    case 'boolean':
      return String(node.value)
    case 'string':
      return JSON.stringify(node.value)
    case 'reference':
      return node.name
    case 'unary':
      return `(${node.operator} ${show(node.operand)})`
    case 'binary':
      return `(${node.operator} ${show(node.left)} ${show(node.right)})`
    case 'call':
      return `(${node.name} ${node.args.map((arg) => (arg.kind === 'column' ? `${arg.table}.${arg.column}` : show(arg))).join(' ')})`
  }
}

const syntaxError = (position: number, expected: string, found: string) =>
  err({ code: 'formula-syntax', position, expected, found })

describe('parseFormula', () => {
  it.each([
    ['1 + 2 * 3', '(+ 1 (* 2 3))'],
    ['(1 + 2) * 3', '(* (+ 1 2) 3)'],
    ['a - b - c', '(- (- a b) c)'],
    ['a / b * c', '(* (/ a b) c)'],
    ['-a * b', '(* (- a) b)'],
    ['a * -b', '(* a (- b))'],
    ['- -2', '(- (- 2))'],
    ['+a', '(+ a)'],
    ['a + b > c * 2', '(> (+ a b) (* c 2))'],
    ['not a = b', '(not (= a b))'],
    ['not not a', '(not (not a))'],
    ['a or b and c', '(or a (and b c))'],
    ['not a and b or c', '(or (and (not a) b) c)'],
    ['a = 1 and b != 2 or c', '(or (and (= a 1) (!= b 2)) c)'],
  ])('reads %s with the usual precedence as %s', (source, shape) => {
    expect(shapeOf(source)).toBe(shape)
  })

  it.each([
    ['a = b', '='],
    ['a == b', '='],
    ['a != b', '!='],
    ['a <> b', '!='],
    ['a < b', '<'],
    ['a <= b', '<='],
    ['a > b', '>'],
    ['a >= b', '>='],
  ])('reads the comparison %s as %s', (source, operator) => {
    expect(shapeOf(source)).toBe(`(${operator} a b)`)
  })

  it('reads literals: numbers, both quotes of text and booleans in any case', () => {
    expect(shapeOf(`.5 + "a" + 'b' + TRUE + false`)).toBe('(+ (+ (+ (+ 0.5 "a") "b") true) false)')
  })

  it('keeps question codes case-sensitive while keywords are not', () => {
    expect(shapeOf('a AND A Or NOT b')).toBe('(or (and a A) (not b))')
  })

  it('reads a function name without parentheses as a question code', () => {
    expect(shapeOf('min + count')).toBe('(+ min count)')
  })

  it('records the offset of tokens, operators and calls', () => {
    const result = parseFormula('MayTinh / abs(-SoCBCC)')

    expect(result).toEqual({
      ok: true,
      value: {
        kind: 'binary',
        operator: '/',
        position: 8,
        left: { kind: 'reference', name: 'MayTinh', position: 0 },
        right: {
          kind: 'call',
          name: 'abs',
          position: 10,
          args: [
            {
              kind: 'unary',
              operator: '-',
              position: 14,
              operand: { kind: 'reference', name: 'SoCBCC', position: 15 },
            },
          ],
        },
      },
    })
  })

  it('reports an operator where a value belongs at the operator', () => {
    expect(parseFormula('1 + * 2')).toEqual(syntaxError(4, 'a value', '*'))
  })

  it('reports an empty formula', () => {
    expect(parseFormula('  ')).toEqual(syntaxError(2, 'a value', 'end of formula'))
  })

  it('reports a missing closing parenthesis at the end', () => {
    expect(parseFormula('(1 + 2')).toEqual(syntaxError(6, ')', 'end of formula'))
  })

  it('reports two values without an operator between them', () => {
    expect(parseFormula('1 2')).toEqual(syntaxError(2, 'an operator or end of formula', '2'))
  })

  it('reports a reserved word used as a value', () => {
    expect(parseFormula('1 + and')).toEqual(syntaxError(4, 'a value', 'and'))
  })

  it('refuses chained comparisons at the second comparison', () => {
    expect(parseFormula('a < b < c')).toEqual(
      syntaxError(6, 'a single comparison (join comparisons with and/or)', '<'),
    )
  })

  it('refuses not inside a comparison without parentheses', () => {
    expect(parseFormula('a = not b')).toEqual(syntaxError(4, 'a value', 'not'))
  })

  it('refuses a table column outside sum and countif', () => {
    expect(parseFormula('Apps.Status = "x"')).toEqual(
      syntaxError(0, 'a question code (table.column only goes inside sum or countif)', 'Apps.Status'),
    )
  })
})

describe('parseFormula limits', () => {
  it('accepts a formula of 2000 characters', () => {
    expect(parseFormula(`1${' '.repeat(1999)}`).ok).toBe(true)
  })

  it('refuses a formula longer than 2000 characters', () => {
    expect(parseFormula(`1${' '.repeat(2000)}`)).toEqual(
      syntaxError(2000, 'a shorter formula', '2001 characters'),
    )
  })

  it('accepts 64 nested parentheses', () => {
    expect(parseFormula(`${'('.repeat(64)}1${')'.repeat(64)}`).ok).toBe(true)
  })

  it('refuses the 65th nested parenthesis', () => {
    expect(parseFormula(`${'('.repeat(65)}1${')'.repeat(65)}`)).toEqual(syntaxError(64, 'less nesting', '('))
  })

  it.each([
    ['parentheses', '('.repeat(2000)],
    ['minus signs', '-'.repeat(1999) + '1'],
    ['nots', 'not '.repeat(499) + 'a'],
    ['calls', 'abs('.repeat(500)],
  ])('refuses deep %s with an error instead of a stack overflow', (_, source) => {
    const result = parseFormula(source)

    expect(result.ok === false && result.error.expected).toBe('less nesting')
  })

  it('parses and evaluates a long flat chain, which is not nesting', () => {
    const result = parseFormula(`1${'+1'.repeat(999)}`)

    expect(
      result.ok && evaluateFormula(result.value, { value: () => undefined, rows: () => undefined }),
    ).toBe(1000)
  })
})
