import { describe, expect, it } from 'vitest'
import { detectCsvDelimiter, parseCsv } from './parseCsv'

describe('parseCsv', () => {
  it('reads quoted fields with doubled quotes, separators and line breaks inside', () => {
    expect(parseCsv('a,"b,""c""\nd",e\r\n')).toEqual({
      ok: true,
      value: { delimiter: ',', rows: [['a', 'b,"c"\nd', 'e']] },
    })
  })

  it('accepts CRLF, LF and CR line ends and ignores a leading BOM', () => {
    expect(parseCsv('\uFEFFx,y\r\n1,2\n3,4\r5,6')).toEqual({
      ok: true,
      value: {
        delimiter: ',',
        rows: [
          ['x', 'y'],
          ['1', '2'],
          ['3', '4'],
          ['5', '6'],
        ],
      },
    })
  })

  it('detects the semicolon Excel uses in locales with a decimal comma', () => {
    expect(parseCsv('mã;trọng số\nP1;0,5\n')).toEqual({
      ok: true,
      value: {
        delimiter: ';',
        rows: [
          ['mã', 'trọng số'],
          ['P1', '0,5'],
        ],
      },
    })
  })

  it('keeps empty fields, empty lines and a quoted empty last field', () => {
    expect(parseCsv('a,,b\n\n""')).toEqual({
      ok: true,
      value: { delimiter: ',', rows: [['a', '', 'b'], [''], ['']] },
    })
  })

  it('gives no rows for empty text', () => {
    expect(parseCsv('')).toEqual({ ok: true, value: { delimiter: ',', rows: [] } })
  })

  it('reports every quoting error with its line', () => {
    expect(parseCsv('a,b"c\n"x"y,z\n"open')).toEqual({
      ok: false,
      error: [
        { code: 'unexpected-quote', line: 1, column: 2 },
        { code: 'unexpected-quote', line: 2, column: 1 },
        { code: 'unterminated-quote', line: 3 },
      ],
    })
  })

  it('restores neutralised text when asked', () => {
    expect(parseCsv("'=1+1,'-2,'abc", { restoreNeutralised: true })).toEqual({
      ok: true,
      value: { delimiter: ',', rows: [['=1+1', '-2', "'abc"]] },
    })
  })

  it('uses a given delimiter', () => {
    expect(parseCsv('a;b,c', { delimiter: ',' })).toEqual({
      ok: true,
      value: { delimiter: ',', rows: [['a;b', 'c']] },
    })
  })
})

describe('detectCsvDelimiter', () => {
  it('ignores separators inside quotes and prefers the comma on a tie', () => {
    expect(detectCsvDelimiter('"a;b;c",d\n1;2;3;4')).toBe(',')
    expect(detectCsvDelimiter('a;b,c')).toBe(',')
  })
})
