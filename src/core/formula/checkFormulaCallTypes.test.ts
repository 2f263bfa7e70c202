import { describe, expect, it } from 'vitest'
import { err, ok } from '@core/result'
import { checkFormulaTypes, type FormulaType, type ReferenceResolver } from './checkFormulaTypes'
import { parseFormula } from './parseFormula'

const questions: Readonly<Record<string, FormulaType>> = {
  Count: 'number',
  Flag: 'boolean',
  Name: 'text',
  Channels: 'choices',
}
const columns: Readonly<Record<string, FormulaType>> = {
  'Apps.Users': 'number',
  'Apps.Status': 'text',
  'Apps.Online': 'boolean',
}

const resolver: ReferenceResolver = {
  question: (code) => (Object.hasOwn(questions, code) ? questions[code] : undefined),
  tableColumn: (table, column) => columns[`${table}.${column}`],
  isTable: (code) => code === 'Apps',
}

function check(source: string) {
  const parsed = parseFormula(source)
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error))
  return checkFormulaTypes(parsed.value, resolver)
}

const mismatch = (position: number, expected: FormulaType, found: FormulaType) =>
  ({ code: 'formula-type-mismatch', position, expected, found }) as const

describe('checkFormulaCallTypes', () => {
  it('types if by its branches, a number and a boolean making a number', () => {
    expect(check('if(Flag, "a", Name)')).toEqual(ok('text'))
    expect(check('if(Flag, Count, Flag)')).toEqual(ok('number'))
  })

  it('requires a boolean if condition and agreeing branches', () => {
    expect(check('if(Count, 1, "x")')).toEqual(
      err([mismatch(3, 'boolean', 'number'), mismatch(13, 'number', 'text')]),
    )
  })

  it('requires numbers in min, max, abs and round', () => {
    expect(check('min(Count, Flag) + max(1) + abs(-1) + round(Count, 2)')).toEqual(ok('number'))
    expect(check('max(1, Name) + round(1, Channels)')).toEqual(
      err([mismatch(7, 'number', 'text'), mismatch(24, 'number', 'choices')]),
    )
  })

  it('sums numeric and yes-no columns', () => {
    expect(check('sum(Apps.Users) + sum(Apps.Online)')).toEqual(ok('number'))
  })

  it('refuses the sum of a text column', () => {
    expect(check('sum(Apps.Status)')).toEqual(err([mismatch(4, 'number', 'text')]))
  })

  it('reports an unknown table, an unknown column and a code that is not a table', () => {
    expect(check('sum(Nope.Users) + sum(Apps.Nope) + sum(Count.Users)')).toEqual(
      err([
        { code: 'formula-unknown-reference', name: 'Nope', position: 4 },
        { code: 'formula-unknown-reference', name: 'Apps.Nope', position: 22 },
        mismatch(39, 'table', 'number'),
      ]),
    )
  })

  it('counts tables and multi-choice answers only', () => {
    expect(check('count(Apps) + count(Channels)')).toEqual(ok('number'))
    expect(check('count(Name) + count(Nope)')).toEqual(
      err([mismatch(6, 'table', 'text'), { code: 'formula-unknown-reference', name: 'Nope', position: 20 }]),
    )
  })

  it('requires the countif value to be comparable with the column', () => {
    expect(check('countif(Apps.Status, "x") + countif(Apps.Online, 1)')).toEqual(ok('number'))
    expect(check('countif(Apps.Users, "x")')).toEqual(err([mismatch(20, 'number', 'text')]))
  })
})
