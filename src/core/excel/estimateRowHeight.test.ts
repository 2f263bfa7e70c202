import { describe, expect, it } from 'vitest'
import { estimateRowHeight, wrappedLineCount } from './estimateRowHeight'

describe('wrappedLineCount', () => {
  it('puts words on a line while they fit in the column width less one character of padding', () => {
    // bold, capacity 11: "Chỉ số hạ" (9) | "tầng kỹ" (7) | "thuật" + " (HTKT)" (12 > 11) → 4 lines
    expect(wrappedLineCount('Chỉ số hạ tầng kỹ thuật (HTKT)', 12, { bold: true })).toBe(4)
    // regular, capacity 12: "Chỉ số hạ" | "tầng kỹ thuật" (13 > 12) → "tầng kỹ" | "thuật (HTKT)" → 3 lines
    expect(wrappedLineCount('Chỉ số hạ tầng kỹ thuật (HTKT)', 12)).toBe(3)
    // a column 26 wide holds 28 letters of a unit name, not 29
    expect(wrappedLineCount('Sở Thông tin và Truyền thông', 26)).toBe(1)
    expect(wrappedLineCount('Sở Thông tin và Truyền thông.', 26)).toBe(2)
    expect(wrappedLineCount('Hạng', 6)).toBe(1)
    expect(wrappedLineCount('', 6)).toBe(1)
  })

  it('cuts a word longer than a line and starts a new line at each line break', () => {
    expect(wrappedLineCount('x'.repeat(25), 11, { bold: true })).toBe(3)
    expect(wrappedLineCount('a\nb\nc', 40)).toBe(3)
  })

  it('counts bold text wider', () => {
    expect(wrappedLineCount('Tỷ lệ so với tối', 16)).toBe(1)
    expect(wrappedLineCount('Tỷ lệ so với tối', 16, { bold: true })).toBe(2)
  })
})

describe('estimateRowHeight', () => {
  it('is null when every text fits on one line', () => {
    expect(estimateRowHeight(['Hạng', 'Mã'], [6, 10])).toBeNull()
  })

  it('gives the tallest cell 15.75 points a line plus padding', () => {
    expect(estimateRowHeight(['Hạng', 'Chỉ số hạ tầng kỹ thuật (HTKT)'], [6, 12], { bold: true })).toBe(
      4 * 15.75 + 4,
    )
  })

  it('scales the line height with the font size', () => {
    expect(estimateRowHeight(['a b'], [2], { fontSize: 24 })).toBe(2 * 31.5 + 4)
  })
})
