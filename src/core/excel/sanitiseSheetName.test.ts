import { describe, expect, it } from 'vitest'
import { sanitiseSheetName, truncateText } from './sanitiseSheetName'

describe('sanitiseSheetName', () => {
  it('replaces each forbidden character with an underscore', () => {
    expect(sanitiseSheetName('Dept/Finance [Q1]: *?\\')).toBe('Dept_Finance _Q1__ ___')
  })

  it('removes apostrophes at either end, also after cutting', () => {
    expect(sanitiseSheetName("'Quoted'")).toBe('Quoted')
    expect(sanitiseSheetName(`${'a'.repeat(30)}'b`)).toBe('a'.repeat(30))
  })

  it('removes control characters and noncharacters', () => {
    expect(sanitiseSheetName('a\u0001b\uFFFEc\uD800')).toBe('abc')
  })

  it('cuts to 31 code units without splitting a character', () => {
    expect(sanitiseSheetName('x'.repeat(40))).toHaveLength(31)
    expect(sanitiseSheetName(`${'x'.repeat(30)}😀`)).toBe('x'.repeat(30))
  })

  it('normalises to NFC so Vietnamese names fit', () => {
    expect(sanitiseSheetName('Vie\u0323\u0302t')).toBe('Việt')
  })

  it('falls back to Sheet when nothing is left', () => {
    expect(['', '   ', "''", '\u0001'].map(sanitiseSheetName)).toEqual(['Sheet', 'Sheet', 'Sheet', 'Sheet'])
  })
})

describe('truncateText', () => {
  it('keeps combining marks with their base letter', () => {
    expect(truncateText('abe\u0323\u0302', 4)).toBe('ab')
  })
})
