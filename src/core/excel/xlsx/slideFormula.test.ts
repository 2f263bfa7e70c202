import { describe, expect, it } from 'vitest'
import { isDateFormat } from './isDateFormat'
import { slideFormula } from './slideFormula'

describe('slideFormula', () => {
  it('moves relative references by the offset and keeps $ parts, function names and sheet names', () => {
    expect(slideFormula('SUM(A1:B2)+$C$3+Data!D4', { row: 1, column: 1 }, { row: 3, column: 2 })).toBe(
      'SUM(B3:C4)+$C$3+Data!E6',
    )
    expect(slideFormula('LOG10(A1)', { row: 1, column: 1 }, { row: 2, column: 1 })).toBe('LOG10(A2)')
  })
})

describe('isDateFormat', () => {
  it('knows the built-in date formats and reads custom codes without their literals and brackets', () => {
    expect([14, 22, 45, 0, 1, 49].map((id) => isDateFormat(id, undefined))).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
    ])
    expect(
      ['dd/mm/yyyy', '[$-42A]d mmmm yyyy', '0.00 "ngày"', '[Red]#,##0', 'General'].map((code) =>
        isDateFormat(164, code),
      ),
    ).toEqual([true, true, false, false, false])
  })
})
