import { describe, expect, it } from 'vitest'
import { err } from '@core/result'
import { tokenizeFormula, type FormulaToken } from './tokenizeFormula'

function tokensOf(source: string): readonly FormulaToken[] {
  const result = tokenizeFormula(source)
  if (!result.ok) throw new Error(JSON.stringify(result.error))
  return result.value
}

describe('tokenizeFormula', () => {
  it('splits a formula into tokens with their offsets and ends with an end token', () => {
    const tokens = tokensOf('MayTinh / SoCBCC')

    expect(tokens).toEqual([
      { kind: 'identifier', text: 'MayTinh', position: 0 },
      { kind: 'symbol', text: '/', position: 8 },
      { kind: 'identifier', text: 'SoCBCC', position: 10 },
      { kind: 'end', text: 'end of formula', position: 16 },
    ])
  })

  it.each([
    ['12', 12],
    ['3.5', 3.5],
    ['.5', 0.5],
    ['1e3', 1000],
    ['1E-2', 0.01],
    ['2.5e+3', 2500],
  ])('reads the number %s', (source, value) => {
    expect(tokensOf(source)[0]).toEqual({ kind: 'number', text: source, position: 0, value })
  })

  it('reads two-character operators before one-character ones', () => {
    const texts = tokensOf('a<=b<>c==d!=e>=f<g').map((token) => token.text)

    expect(texts).toEqual([
      'a',
      '<=',
      'b',
      '<>',
      'c',
      '==',
      'd',
      '!=',
      'e',
      '>=',
      'f',
      '<',
      'g',
      'end of formula',
    ])
  })

  it('reads keywords in any letter case and keeps their source text', () => {
    const [first, second] = tokensOf('AND True')

    expect(first).toEqual({ kind: 'keyword', text: 'AND', position: 0, keyword: 'and' })
    expect(second).toEqual({ kind: 'keyword', text: 'True', position: 4, keyword: 'true' })
  })

  it('reads double- and single-quoted text, a doubled quote standing for one quote', () => {
    const [double, single] = tokensOf(`"say ""hi""" 'it''s'`)

    expect(double).toMatchObject({ kind: 'string', value: 'say "hi"', position: 0 })
    expect(single).toMatchObject({ kind: 'string', value: "it's", position: 13 })
  })

  it('keeps the other quote and backslashes inside text as they are', () => {
    expect(tokensOf(`"it's \\n"`)[0]).toMatchObject({ value: "it's \\n" })
  })

  it('reads a table column as identifier, dot, identifier', () => {
    expect(tokensOf('Apps.Status').map((token) => token.kind)).toEqual([
      'identifier',
      'symbol',
      'identifier',
      'end',
    ])
  })

  it('skips spaces, tabs, line breaks and non-breaking spaces', () => {
    expect(tokensOf(' 1\t+\n2\u00a0').map((token) => token.position)).toEqual([1, 3, 5, 7])
  })

  it('reports text without a closing quote at its opening quote', () => {
    expect(tokenizeFormula('a = "dang')).toEqual(
      err({ code: 'formula-syntax', position: 4, expected: 'a closing "', found: 'end of formula' }),
    )
  })

  it.each([
    ['2abc', '2abc'],
    ['1.2.3', '1.2.3'],
    ['12. + 1', '12.'],
    ['1e', '1e'],
  ])('reports the malformed number %s as a whole', (source, found) => {
    expect(tokenizeFormula(source)).toEqual(
      err({ code: 'formula-syntax', position: 0, expected: 'a number', found }),
    )
  })

  it('reports a number too large to be finite', () => {
    expect(tokenizeFormula('1e999')).toEqual(
      err({ code: 'formula-syntax', position: 0, expected: 'a finite number', found: '1e999' }),
    )
  })

  it('reports an unknown character as a whole code point', () => {
    expect(tokenizeFormula('1 + 😀')).toEqual(
      err({ code: 'formula-syntax', position: 4, expected: 'a value or an operator', found: '😀' }),
    )
  })

  it('reports a lone exclamation mark as an incomplete !=', () => {
    expect(tokenizeFormula('a ! b')).toEqual(
      err({ code: 'formula-syntax', position: 2, expected: '!=', found: '!' }),
    )
  })

  it('refuses letters outside A–Z in codes', () => {
    expect(tokenizeFormula('SốCB')).toEqual(
      err({ code: 'formula-syntax', position: 1, expected: 'a value or an operator', found: 'ố' }),
    )
  })
})
