import { describe, expect, it } from 'vitest'
import {
  describeCellValue,
  isBlankCell,
  parseAuthoringBoolean,
  parseAuthoringNumber,
} from './authoringCellValue'

describe('parseAuthoringNumber', () => {
  it.each([
    ['0,5', 0.5],
    ['0.5', 0.5],
    [' 12 ', 12],
    ['+3', 3],
    ['\u22122,5', -2.5],
    ['1e-3', 0.001],
    ['1,5E2', 150],
    [',5', 0.5],
    ['-0', 0],
    ['1\u00A0234,5', 1234.5],
  ])('reads “%s” as %s', (text, value) => {
    expect(parseAuthoringNumber(text)).toBe(value)
  })

  it.each(['1.234,5', '1,234.5', '1.234.567', 'hai', '', '0x10', 'Infinity', '1e999', '12%'])(
    'refuses “%s”',
    (text) => {
      expect(parseAuthoringNumber(text)).toBeNull()
    },
  )
})

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
