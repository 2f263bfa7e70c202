import { describe, expect, it } from 'vitest'
import { columnLetters, formatCellAddress, parseCellAddress } from './cellAddress'

describe('columnLetters', () => {
  it('names columns A to XFD', () => {
    expect([1, 26, 27, 52, 703, 16_384].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AZ', 'AAA', 'XFD'])
  })
})

describe('parseCellAddress', () => {
  it('reads addresses with or without $ marks, in either case', () => {
    expect(parseCellAddress('$B$3')).toEqual({ row: 3, column: 2 })
    expect(parseCellAddress('xfd1048576')).toEqual({ row: 1_048_576, column: 16_384 })
  })

  it('refuses addresses off the grid and other text', () => {
    expect(['XFE1', 'A1048577', 'A0', 'A', '1', 'A1:B2', '', 'AAAA1'].map(parseCellAddress)).toEqual(
      Array(8).fill(null),
    )
  })

  it('formats what it reads', () => {
    expect(formatCellAddress(parseCellAddress('AB12') ?? { row: 0, column: 0 })).toBe('AB12')
  })
})
