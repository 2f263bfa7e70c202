import { describe, expect, it } from 'vitest'
import { equalFormulaValues } from './equalFormulaValues'

describe('equalFormulaValues', () => {
  it('compares numbers and booleans as numbers', () => {
    expect(equalFormulaValues(true, 1)).toBe(true)
    expect(equalFormulaValues(false, 0)).toBe(true)
    expect(equalFormulaValues(true, false)).toBe(false)
  })

  it('compares numbers exactly, without tolerance', () => {
    expect(equalFormulaValues(0.1 + 0.2, 0.3)).toBe(false)
  })

  it('never finds text equal to a number or boolean', () => {
    expect(equalFormulaValues('1', 1)).toBe(false)
    expect(equalFormulaValues('true', true)).toBe(false)
  })

  it('finds a choice list equal to a text it contains, from either side', () => {
    expect(equalFormulaValues(['a', 'b'], 'b')).toBe(true)
    expect(equalFormulaValues('c', ['a', 'b'])).toBe(false)
  })

  it('finds two choice lists equal when they hold the same items in any order', () => {
    expect(equalFormulaValues(['a', 'b', 'a'], ['b', 'a'])).toBe(true)
    expect(equalFormulaValues(['a'], ['a', 'b'])).toBe(false)
  })

  it('never finds a choice list equal to a number', () => {
    expect(equalFormulaValues(['1'], 1)).toBe(false)
  })

  it('is missing when either side is missing', () => {
    expect(equalFormulaValues(null, 'a')).toBeNull()
    expect(equalFormulaValues(['a'], null)).toBeNull()
  })
})
