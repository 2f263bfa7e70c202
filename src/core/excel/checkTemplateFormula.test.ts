import { describe, expect, it } from 'vitest'
import { checkTemplateFormula } from './checkTemplateFormula'

describe('checkTemplateFormula', () => {
  it('accepts ordinary template formulas, with anything inside string literals', () => {
    expect(
      ['SUM(B2:B9)', 'IF(A1>0,"a|b[c]","HYPERLINK(")', "'Danh mục'!A1*2", 'ROUND(AVERAGE(C2:C40),2)'].map(
        checkTemplateFormula,
      ),
    ).toEqual([null, null, null, null])
  })

  it('names why a formula is refused', () => {
    const refused = {
      '': 'empty',
      '=SUM(A1)': 'leading-equals',
      [`SUM(${'A1,'.repeat(3000)}A1)`]: 'too-long',
      'A1\u0001': 'control-characters',
      "cmd|' /C calc'!A0": 'dde',
      '[1]Sheet1!A1': 'external-reference',
      'HYPERLINK("http://x","y")': 'disallowed-function',
      'webservice ("http://x")': 'disallowed-function',
      'A1+INFO("directory")': 'disallowed-function',
    }

    expect(Object.keys(refused).map(checkTemplateFormula)).toEqual(Object.values(refused))
  })
})
