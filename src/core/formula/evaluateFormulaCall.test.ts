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

const apps: readonly FormulaRow[] = [
  { Name: 'Một cửa', Status: 'dang-dung', Users: 40, Online: true },
  { Name: 'Văn bản', Status: 'dang-dung', Users: null, Online: false },
  { Name: 'Cũ', Status: 'ngung', Users: 'many', Online: undefined },
  { Name: 'Kho', Users: 2.5 },
]

describe('evaluateFormulaCall if', () => {
  it('chooses the branch by the condition', () => {
    expect(evaluate('if(a > 1, "big", "small")', aScope({ a: 2 }))).toBe('big')
    expect(evaluate('if(a > 1, "big", "small")', aScope({ a: 0 }))).toBe('small')
  })

  it('is missing when the condition is missing or not boolean', () => {
    expect(evaluate('if(a > 1, 1, 2)', aScope({ a: null }))).toBeNull()
    expect(evaluate('if(1, 1, 2)')).toBeNull()
  })

  it('ignores the branch not taken, even a division by zero', () => {
    expect(evaluate('if(true, 1, 1 / 0)')).toBe(1)
    expect(evaluate('if(false, missing, 2)')).toBe(2)
  })
})

describe('evaluateFormulaCall min and max', () => {
  it('takes the smallest and largest argument', () => {
    expect(evaluate('min(3, 1, 2)')).toBe(1)
    expect(evaluate('max(3, 1, 2)')).toBe(3)
  })

  it('ignores missing and non-numeric arguments', () => {
    expect(evaluate('min(a, 5, "x")', aScope({ a: null }))).toBe(5)
    expect(evaluate('max(a, true, 0)', aScope({ a: null }))).toBe(1)
  })

  it('is missing when every argument is missing', () => {
    expect(evaluate('max(a, b)')).toBeNull()
  })
})

describe('evaluateFormulaCall abs and round', () => {
  it('takes the absolute value', () => {
    expect(evaluate('abs(-2.5)')).toBe(2.5)
    expect(evaluate('abs(a)')).toBeNull()
  })

  it.each([
    ['round(2.5)', 3],
    ['round(-2.5)', -3],
    ['round(2.4)', 2],
    ['round(1.005, 2)', 1.01],
    ['round(1234, -2)', 1200],
    ['round(0.12345, 4)', 0.1235],
  ])('rounds half away from zero: %s is %s', (source, expected) => {
    expect(evaluate(source)).toBe(expected)
  })

  it('is missing when the value or the digits are missing', () => {
    expect(evaluate('round(a)')).toBeNull()
    expect(evaluate('round(1.5, a)')).toBeNull()
  })
})

describe('evaluateFormulaCall sum, count and countif', () => {
  const scope = aScope({ Channels: ['email', 'portal'], Empty: [] }, { Apps: apps, None: [] })

  it('sums the numeric cells of a column, booleans as 1/0, skipping empty and text cells', () => {
    expect(evaluate('sum(Apps.Users)', scope)).toBe(42.5)
    expect(evaluate('sum(Apps.Online)', scope)).toBe(1)
  })

  it('sums a table without rows to 0 and a missing table to missing', () => {
    expect(evaluate('sum(None.Users)', scope)).toBe(0)
    expect(evaluate('sum(Missing.Users)', scope)).toBeNull()
  })

  it('counts the rows of a table', () => {
    expect(evaluate('count(Apps)', scope)).toBe(4)
    expect(evaluate('count(None)', scope)).toBe(0)
  })

  it('counts the chosen items of a multi-choice question', () => {
    expect(evaluate('count(Channels)', scope)).toBe(2)
    expect(evaluate('count(Empty)', scope)).toBe(0)
  })

  it('is missing when counting a missing table or unanswered question', () => {
    expect(evaluate('count(Missing)', scope)).toBeNull()
  })

  it('counts the rows whose cell equals the value', () => {
    expect(evaluate('countif(Apps.Status, "dang-dung")', scope)).toBe(2)
    expect(evaluate('countif(Apps.Online, true)', scope)).toBe(1)
    expect(evaluate('countif(Apps.Users, 2.5)', scope)).toBe(1)
  })

  it('is missing when counting matches of a missing value or in a missing table', () => {
    expect(evaluate('countif(Apps.Status, a)', scope)).toBeNull()
    expect(evaluate('countif(Missing.Status, "x")', scope)).toBeNull()
  })

  it("reads only a row's own cells, even for a column named like an object property", () => {
    expect(evaluate('sum(Apps.constructor) + countif(Apps.toString, 0)', scope)).toBe(0)
  })
})
