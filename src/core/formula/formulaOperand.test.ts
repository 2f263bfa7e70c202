import { describe, expect, it } from 'vitest'
import {
  isChoiceList,
  toFiniteOrNull,
  toFormulaBoolean,
  toFormulaNumber,
  toFormulaOperand,
} from './formulaOperand'

describe('formulaOperand', () => {
  it('recognises a multi-choice answer', () => {
    expect(isChoiceList(['a'])).toBe(true)
    expect(isChoiceList('a')).toBe(false)
  })

  it('keeps finite numbers, turns -0 into 0 and everything else into missing', () => {
    expect(toFiniteOrNull(2)).toBe(2)
    expect(Object.is(toFiniteOrNull(-0), 0)).toBe(true)
    expect(toFiniteOrNull(Number.NEGATIVE_INFINITY)).toBeNull()
  })

  it('reads booleans as 1/0 and refuses text and choice lists as numbers', () => {
    expect(toFormulaNumber(false)).toBe(0)
    expect(toFormulaNumber('3')).toBeNull()
    expect(toFormulaNumber(['3'])).toBeNull()
    expect(toFormulaNumber(Number.NaN)).toBeNull()
  })

  it('reads only booleans as truth values', () => {
    expect(toFormulaBoolean(true)).toBe(true)
    expect(toFormulaBoolean(1)).toBeNull()
  })

  it('reads an absent or non-finite answer as missing', () => {
    expect(toFormulaOperand(undefined)).toBeNull()
    expect(toFormulaOperand(Number.NaN)).toBeNull()
    expect(toFormulaOperand(['x'])).toEqual(['x'])
  })
})
