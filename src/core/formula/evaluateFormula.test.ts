import { describe, expect, it } from 'vitest'
import { evaluateFormula, type FormulaRow, type FormulaScope } from './evaluateFormula'
import { parseFormula } from './parseFormula'

type Answer = ReturnType<FormulaScope['value']>

function aScope(
  values: Readonly<Record<string, Answer>> = {},
  tables: Readonly<Record<string, readonly FormulaRow[]>> = {},
): FormulaScope {
  return {
    value: (code) => (Object.hasOwn(values, code) ? values[code] : undefined),
    rows: (table) => (Object.hasOwn(tables, table) ? tables[table] : undefined),
  }
}

function evaluate(source: string, scope: FormulaScope = aScope()) {
  const parsed = parseFormula(source)
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error))
  return evaluateFormula(parsed.value, scope)
}

describe('evaluateFormula arithmetic', () => {
  it('computes an indicator ratio from question answers', () => {
    expect(evaluate('MayTinh / SoCBCC', aScope({ MayTinh: 120, SoCBCC: 100 }))).toBe(1.2)
  })

  it('applies operator precedence', () => {
    expect(evaluate('2 + 3 * 4 - 10 / 5')).toBe(12)
  })

  it('counts booleans as 1 and 0', () => {
    expect(evaluate('HasPhong + HasWeb * 10', aScope({ HasPhong: true, HasWeb: false }))).toBe(1)
  })

  it.each(['a + 1', '1 - a', 'a * 2', '2 / a', '-a', '+a'])(
    'leaves %s missing when a is unanswered',
    (source) => {
      expect(evaluate(source, aScope({ a: null }))).toBeNull()
    },
  )

  it('treats a question absent from the scope as missing', () => {
    expect(evaluate('Unknown + 1')).toBeNull()
  })

  it.each(['1 / 0', '0 / 0', 'a / (b - b)'])('makes the division %s missing', (source) => {
    expect(evaluate(source, aScope({ a: 5, b: 2 }))).toBeNull()
  })

  it('makes an overflowing result missing instead of Infinity', () => {
    expect(evaluate('1e308 * 10')).toBeNull()
  })

  it('makes non-finite answers missing', () => {
    expect(evaluate('a + b', aScope({ a: Number.NaN, b: 1 }))).toBeNull()
    expect(evaluate('a', aScope({ a: Number.POSITIVE_INFINITY }))).toBeNull()
  })

  it('never coerces text to a number', () => {
    expect(evaluate('"5" + 1')).toBeNull()
  })

  it('gives 0, not -0', () => {
    expect(Object.is(evaluate('-0'), 0)).toBe(true)
  })
})

describe('evaluateFormula comparisons', () => {
  it.each([
    ['1 < 2', true],
    ['2 <= 2', true],
    ['1 > 2', false],
    ['2 >= 3', false],
    ['2 = 2', true],
    ['2 != 2', false],
  ])('computes %s', (source, expected) => {
    expect(evaluate(source)).toBe(expected)
  })

  it('compares a yes-no answer with 1', () => {
    expect(evaluate('HasPhongCNTT = 1', aScope({ HasPhongCNTT: true }))).toBe(true)
  })

  it.each(['a < 1', 'a = 1', 'a != 1', '1 >= a'])('leaves %s missing when a is unanswered', (source) => {
    expect(evaluate(source, aScope({ a: undefined }))).toBeNull()
  })

  it('finds a number and a text unequal rather than failing', () => {
    expect(evaluate('1 = "1"')).toBe(false)
    expect(evaluate('1 != "1"')).toBe(true)
  })

  it('compares text exactly, case included', () => {
    expect(evaluate('Status = "dang-dung"', aScope({ Status: 'dang-dung' }))).toBe(true)
    expect(evaluate('Status = "Dang-dung"', aScope({ Status: 'dang-dung' }))).toBe(false)
  })

  it('finds a multi-choice answer equal to a text it contains', () => {
    const scope = aScope({ Channels: ['email', 'portal'] })

    expect(evaluate('Channels = "portal"', scope)).toBe(true)
    expect(evaluate('"fax" = Channels', scope)).toBe(false)
    expect(evaluate('Channels != "fax"', scope)).toBe(true)
  })

  it('leaves ordering of text missing', () => {
    expect(evaluate('"a" < "b"')).toBeNull()
  })
})

describe('evaluateFormula logic', () => {
  const scope = aScope({ yes: true, no: false, unknown: null, number: 1 })

  it.each([
    ['yes and yes', true],
    ['yes and no', false],
    ['no and unknown', false],
    ['unknown and no', false],
    ['yes and unknown', null],
    ['yes or no', true],
    ['unknown or yes', true],
    ['yes or unknown', true],
    ['no or unknown', null],
    ['no or no', false],
    ['not yes', false],
    ['not unknown', null],
  ])('computes %s as %s (three-valued)', (source, expected) => {
    expect(evaluate(source, scope)).toBe(expected)
  })

  it('treats a number in a logical operator as missing, not as truthy', () => {
    expect(evaluate('number and yes', scope)).toBeNull()
    expect(evaluate('not number', scope)).toBeNull()
  })

  it('evaluates a relevance condition', () => {
    expect(evaluate('HasPhongCNTT = 1 and SoCB > 0', aScope({ HasPhongCNTT: true, SoCB: 3 }))).toBe(true)
  })
})

describe('evaluateFormula results', () => {
  it('returns text and booleans as they are', () => {
    expect(evaluate('"x"')).toBe('x')
    expect(evaluate('true')).toBe(true)
  })

  it('returns a bare multi-choice answer as missing', () => {
    expect(evaluate('Channels', aScope({ Channels: ['email'] }))).toBeNull()
  })
})
