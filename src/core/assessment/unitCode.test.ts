import { describe, expect, it } from 'vitest'
import {
  isValidUnitCode,
  latinLookalike,
  MAX_UNIT_CODE_LENGTH,
  normaliseUnitCode,
  unitCodeProblem,
} from './unitCode'

describe('normaliseUnitCode', () => {
  it.each([
    ['SNV\u200b', 'SNV'],
    ['\u200bS\u200cN\u200dV\u2060\ufeff', 'SNV'],
    ['\u00a0SNV\u00a0', 'SNV'],
    ['\u3000SNV ', 'SNV'],
    ['ＳＮＶ', 'SNV'],
    ['ＳＴＣ－０１', 'STC-01'],
    ['\u200eSNV\u200f\u202a', 'SNV'],
  ])('%j → %s', (raw, expected) => {
    expect(normaliseUnitCode(raw)).toBe(expected)
  })

  it('keeps inner spaces and look-alike letters (they are for unitCodeProblem to judge)', () => {
    expect(normaliseUnitCode('S N V')).toBe('S N V')
    expect(normaliseUnitCode('SΝV')).toBe('SΝV')
  })
})

describe('latinLookalike', () => {
  it('maps Cyrillic and Greek look-alikes to Latin, keeping case', () => {
    expect(latinLookalike('СТС')).toBe('CTC')
    expect(latinLookalike('SΝV')).toBe('SNV')
    expect(latinLookalike('ѕо-ехр')).toBe('so-exp')
    expect(latinLookalike('Sở')).toBe('Sở')
  })
})

describe('isValidUnitCode', () => {
  it('accepts [A-Za-z0-9._-] up to the longest code', () => {
    expect(isValidUnitCode('UBND.Q-1_2')).toBe(true)
    expect(isValidUnitCode('A'.repeat(MAX_UNIT_CODE_LENGTH))).toBe(true)
    expect(isValidUnitCode('A'.repeat(MAX_UNIT_CODE_LENGTH + 1))).toBe(false)
    expect(isValidUnitCode('')).toBe(false)
    expect(isValidUnitCode('S N V')).toBe(false)
    expect(isValidUnitCode('Sở')).toBe(false)
  })
})

describe('unitCodeProblem', () => {
  const known = ['SNV', 'STC', 'UBND-Q1']

  it('accepts a known code, even typed with invisible or full-width characters', () => {
    expect(unitCodeProblem('SNV', known)).toBeNull()
    expect(unitCodeProblem('SNV\u200b', known)).toBeNull()
    expect(unitCodeProblem('ＳＴＣ', known)).toBeNull()
  })

  it('accepts a valid code no known unit looks like (unknown units are the caller’s rule)', () => {
    expect(unitCodeProblem('SXD', known)).toBeNull()
    expect(unitCodeProblem('SNV', [])).toBeNull()
  })

  it('reports a code that differs from a known one only by case', () => {
    expect(unitCodeProblem('snv', known)).toEqual({ code: 'unit-code-lookalike', found: 'snv', known: 'SNV' })
    expect(unitCodeProblem('ubnd-q1', known)).toEqual({
      code: 'unit-code-lookalike',
      found: 'ubnd-q1',
      known: 'UBND-Q1',
    })
  })

  it('reports Cyrillic and Greek look-alikes before calling them invalid', () => {
    expect(unitCodeProblem('SΝV', known)).toEqual({ code: 'unit-code-lookalike', found: 'SΝV', known: 'SNV' })
    expect(unitCodeProblem('ЅТС', known)).toEqual({ code: 'unit-code-lookalike', found: 'ЅТС', known: 'STC' })
    expect(unitCodeProblem('\u200bUВND-Ԛ1', ['UBND-Q1'])).toEqual({
      code: 'unit-code-lookalike',
      found: 'UВND-Ԛ1',
      known: 'UBND-Q1',
    })
  })

  it('reports an invalid code when no known unit looks like it', () => {
    expect(unitCodeProblem('S N V', known)).toEqual({ code: 'unit-code-invalid', found: 'S N V' })
    expect(unitCodeProblem('SΝV', [])).toEqual({ code: 'unit-code-invalid', found: 'SΝV' })
    expect(unitCodeProblem('Sở', known)).toEqual({ code: 'unit-code-invalid', found: 'Sở' })
    expect(unitCodeProblem('\u200b', known)).toEqual({ code: 'unit-code-invalid', found: '' })
    expect(unitCodeProblem('X'.repeat(MAX_UNIT_CODE_LENGTH + 1), known)?.code).toBe('unit-code-invalid')
  })
})
