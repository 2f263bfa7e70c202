import { describe, expect, it } from 'vitest'
import { err, ok } from '@core/result'
import { checkFormulaTypes, type FormulaType, type ReferenceResolver } from './checkFormulaTypes'
import { parseFormula } from './parseFormula'

const questions: Readonly<Record<string, FormulaType>> = {
  Count: 'number',
  Flag: 'boolean',
  Name: 'text',
  Channels: 'choices',
  Open: 'any',
  Staff: 'table',
}

const resolver: ReferenceResolver = {
  question: (code) => (Object.hasOwn(questions, code) ? questions[code] : undefined),
  tableColumn: () => undefined,
  isTable: (code) => code === 'Staff',
}

function check(source: string) {
  const parsed = parseFormula(source)
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error))
  return checkFormulaTypes(parsed.value, resolver)
}

const mismatch = (position: number, expected: FormulaType, found: FormulaType) =>
  ({ code: 'formula-type-mismatch', position, expected, found }) as const

describe('checkFormulaTypes', () => {
  it.each([
    ['Count / 2', 'number'],
    ['-Flag + 1', 'number'],
    ['Count > 1 and not Flag', 'boolean'],
    ['"x"', 'text'],
    ['Channels', 'choices'],
    ['Open', 'any'],
    ['Staff', 'table'],
  ])('types %s as %s', (source, type) => {
    expect(check(source)).toEqual(ok(type))
  })

  it('accepts a yes-no answer in arithmetic and comparisons', () => {
    expect(check('Flag * 10 + (Flag = 1) * 0 < 3 or Flag >= 1')).toEqual(ok('boolean'))
  })

  it('reports an unknown code once and carries on', () => {
    expect(check('Cout + 1')).toEqual(err([{ code: 'formula-unknown-reference', name: 'Cout', position: 0 }]))
  })

  it('collects every issue in one pass', () => {
    expect(check('Name + Cout * 2 > 1 and Count')).toEqual(
      err([
        mismatch(0, 'number', 'text'),
        { code: 'formula-unknown-reference', name: 'Cout', position: 7 },
        mismatch(24, 'boolean', 'number'),
      ]),
    )
  })

  it('refuses a number where a condition belongs', () => {
    expect(check('not Count')).toEqual(err([mismatch(4, 'boolean', 'number')]))
    expect(check('Count or Flag')).toEqual(err([mismatch(0, 'boolean', 'number')]))
  })

  it('refuses text in an ordering comparison', () => {
    expect(check('Name < "m"')).toEqual(err([mismatch(0, 'number', 'text'), mismatch(7, 'number', 'text')]))
  })

  it('compares numbers with booleans and text with multi-choice answers', () => {
    expect(check('Flag = 1 and Channels = "email" and Name != Channels')).toEqual(ok('boolean'))
  })

  it('refuses comparing a number with text', () => {
    expect(check('Count = "5"')).toEqual(err([mismatch(8, 'number', 'text')]))
  })

  it('refuses a table used as a value', () => {
    expect(check('Staff = 1')).toEqual(err([mismatch(0, 'number', 'table')]))
    expect(check('Staff + 1')).toEqual(err([mismatch(0, 'number', 'table')]))
  })

  it('lets any match every kind of value', () => {
    expect(check('Open + 1 > 0 and Open and Open = "x" and Count = Open')).toEqual(ok('boolean'))
  })
})
