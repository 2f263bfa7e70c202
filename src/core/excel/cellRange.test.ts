import { describe, expect, it } from 'vitest'
import { cellRangeArea, cellRangesOverlap, formatCellRange, parseCellRange } from './cellRange'

describe('parseCellRange', () => {
  it('orders the corners and accepts a single cell', () => {
    expect(parseCellRange('C3:A1')).toEqual({ top: 1, left: 1, bottom: 3, right: 3 })
    expect(parseCellRange('B2')).toEqual({ top: 2, left: 2, bottom: 2, right: 2 })
  })

  it('refuses ranges with a corner off the grid or extra parts', () => {
    expect(['A1:XFE1', 'A1:B2:C3', ':', 'A:A', 'Sheet!A1'].map(parseCellRange)).toEqual(Array(5).fill(null))
  })
})

describe('formatCellRange', () => {
  it('writes relative and absolute forms', () => {
    const range = { top: 2, left: 1, bottom: 9, right: 3 }

    expect(formatCellRange(range)).toBe('A2:C9')
    expect(formatCellRange(range, { absolute: true })).toBe('$A$2:$C$9')
    expect(formatCellRange({ top: 4, left: 2, bottom: 4, right: 2 })).toBe('B4')
  })
})

describe('cellRangeArea and cellRangesOverlap', () => {
  it('count cells and detect shared cells', () => {
    const whole = parseCellRange('A1:XFD1048576') ?? { top: 0, left: 0, bottom: 0, right: 0 }

    expect(cellRangeArea(whole)).toBe(17_179_869_184)
    expect(
      cellRangesOverlap({ top: 1, left: 1, bottom: 2, right: 2 }, { top: 2, left: 2, bottom: 3, right: 3 }),
    ).toBe(true)
    expect(
      cellRangesOverlap({ top: 1, left: 1, bottom: 1, right: 2 }, { top: 2, left: 1, bottom: 2, right: 2 }),
    ).toBe(false)
  })
})
