import { describe, expect, it } from 'vitest'
import { err, ok, type Result } from '@core/result'
import {
  createFormulaCursor,
  expectSymbol,
  MAX_FORMULA_NESTING,
  nested,
  nextToken,
  peekToken,
} from './formulaCursor'
import type { FormulaSyntaxError } from './formulaSyntaxError'
import { tokenizeFormula } from './tokenizeFormula'

function cursorOver(source: string) {
  const tokens = tokenizeFormula(source)
  if (!tokens.ok) throw new Error(JSON.stringify(tokens.error))
  return createFormulaCursor(tokens.value)
}

describe('formulaCursor', () => {
  it('reads tokens in order and stays on the end token', () => {
    const cursor = cursorOver('a')

    expect(nextToken(cursor).text).toBe('a')
    expect(nextToken(cursor).kind).toBe('end')
    expect(nextToken(cursor).kind).toBe('end')
  })

  it('peeks ahead without moving, never past the end', () => {
    const cursor = cursorOver('a . b')

    expect(peekToken(cursor, 2).text).toBe('b')
    expect(peekToken(cursor, 10).kind).toBe('end')
    expect(cursor.index).toBe(0)
  })

  it('consumes an expected symbol or reports what it found', () => {
    const cursor = cursorOver(') x')

    expect(expectSymbol(cursor, ')')).toMatchObject({ ok: true })
    expect(expectSymbol(cursor, ')')).toEqual(
      err({ code: 'formula-syntax', position: 2, expected: ')', found: 'x' }),
    )
  })

  it('refuses to nest deeper than the limit and restores the depth afterwards', () => {
    const cursor = cursorOver('(')
    const token = peekToken(cursor)
    const descend = (levels: number): Result<number, FormulaSyntaxError> =>
      levels === 0 ? ok(cursor.depth) : nested(cursor, token, () => descend(levels - 1))

    expect(descend(MAX_FORMULA_NESTING)).toEqual(ok(MAX_FORMULA_NESTING))
    expect(cursor.depth).toBe(0)
    expect(descend(MAX_FORMULA_NESTING + 1)).toEqual(
      err({ code: 'formula-syntax', position: 0, expected: 'less nesting', found: '(' }),
    )
  })
})
