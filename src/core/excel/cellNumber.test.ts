import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { readCellNumber } from './cellNumber'

describe('readCellNumber', () => {
  it.each([
    ['0,5', 0.5],
    ['0.5', 0.5],
    [' 12 ', 12],
    ['+3', 3],
    ['\u22122,5', -2.5],
    ['1e-3', 0.001],
    ['1,5E2', 150],
    [',5', 0.5],
    ['5,', 5],
    ['-0', 0],
    ['1\u00A0234,5', 1234.5],
    ['1\u202F234', 1234],
  ])('reads the text “%s” as %s', (text, value) => {
    expect(readCellNumber(text)).toBe(value)
  })

  it.each(['1.234,5', '1,234.5', '1.234.567', 'hai', '0x10', 'Infinity', '1e999', '12%', '1,2,3'])(
    'refuses the text “%s”',
    (text) => {
      expect(readCellNumber(text)).toBe('invalid')
    },
  )

  it('reads empty cells and blank text as empty', () => {
    expect(readCellNumber(null)).toBeNull()
    expect(readCellNumber(undefined)).toBeNull()
    expect(readCellNumber('  \u00A0 ')).toBeNull()
  })

  it('reads a formula cell as its cached result, and refuses other kinds of cell', () => {
    expect(readCellNumber({ type: 'formula', formula: 'A1*2', result: 4 })).toBe(4)
    expect(readCellNumber({ type: 'formula', formula: 'A1*2', result: '2,5' })).toBe(2.5)
    expect(readCellNumber({ type: 'formula', formula: 'A1', result: null })).toBeNull()
    expect(
      readCellNumber({ type: 'formula', formula: '1/0', result: { type: 'error', code: '#DIV/0!' } }),
    ).toBe('invalid')
    expect(readCellNumber(true)).toBe('invalid')
    expect(readCellNumber({ type: 'date', iso: '2025-01-01' })).toBe('invalid')
    expect(readCellNumber({ type: 'error', code: '#N/A' })).toBe('invalid')
    expect(readCellNumber(Number.NaN)).toBe('invalid')
    expect(readCellNumber(-0)).toBe(0)
    expect(Object.is(readCellNumber(-0), 0)).toBe(true)
  })

  test.prop([fc.double({ noNaN: true, noDefaultInfinity: true })])(
    'reads every finite number back from its text, with a dot or a decimal comma',
    (value) => {
      const expected = value + 0
      expect(readCellNumber(value)).toBe(expected)
      expect(readCellNumber(String(value))).toBe(expected)
      expect(readCellNumber(` ${String(value).replace('.', ',')} `)).toBe(expected)
    },
  )
})
