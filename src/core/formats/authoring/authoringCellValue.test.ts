import { describe, expect, it } from 'vitest'
import { describeCellValue, isBlankCell, parseAuthoringBoolean } from './authoringCellValue'

describe('parseAuthoringBoolean', () => {
  it.each([
    ['có', true],
    ['Có', true],
    [' CO ', true],
    ['TRUE', true],
    ['yes', true],
    [1, true],
    [true, true],
    ['không', false],
    ['Khong', false],
    ['FALSE', false],
    ['sai', false],
    [0, false],
    [false, false],
  ] as const)('reads %j as %s', (value, expected) => {
    expect(parseAuthoringBoolean(value)).toBe(expected)
  })

  it.each(['maybe', 2, null, ''] as const)('refuses %j', (value) => {
    expect(parseAuthoringBoolean(value)).toBeNull()
  })
})

describe('describeCellValue', () => {
  it('quotes dates as typed, formulas with their equals sign and errors by code', () => {
    expect([
      describeCellValue({ type: 'date', iso: '2025-01-31' }),
      describeCellValue({ type: 'formula', formula: 'SUM(A1:A3)', result: 6 }),
      describeCellValue({ type: 'error', code: '#N/A' }),
      describeCellValue(true),
    ]).toEqual(['2025-01-31', '=SUM(A1:A3)', '#N/A', 'TRUE'])
  })
})

describe('isBlankCell', () => {
  it('treats white space as blank, and zero and false as values', () => {
    expect([
      isBlankCell(' \n'),
      isBlankCell(null),
      isBlankCell(undefined),
      isBlankCell(0),
      isBlankCell(false),
    ]).toEqual([true, true, true, false, false])
  })
})
