import { describe, expect, it } from 'vitest'
import { INJECTION_PAYLOADS } from '@core/excel/testing/injectionPayloads'
import { parseCsv } from './parseCsv'
import { writeCsv } from './writeCsv'

describe('writeCsv', () => {
  it('quotes per RFC 4180 and ends lines with CRLF', () => {
    expect(writeCsv([['a', 'b,c', 'say "hi"', 'x\ny']])).toBe('a,"b,c","say ""hi""","x\ny"\r\n')
  })

  it('prefixes every injection payload with an apostrophe (XL-OUT-02)', () => {
    const fields = parseCsv(writeCsv(INJECTION_PAYLOADS.map((payload) => [payload])))

    expect(fields.ok && fields.value.rows.every((row) => row[0]?.startsWith("'"))).toBe(true)
  })

  it('keeps numbers and booleans as they are, negative numbers included', () => {
    expect(writeCsv([[-5, 1e-7, -0, true, false, null, Number.NaN]])).toBe('-5,1e-7,0,TRUE,FALSE,,\r\n')
  })

  it('writes a BOM and semicolons when asked', () => {
    expect(writeCsv([['a;b', 'c']], { delimiter: ';', bom: true })).toBe('\uFEFF"a;b";c\r\n')
  })

  it('round-trips text through parseCsv with restoreNeutralised', () => {
    const rows = [['Sở TT&TT', '=1+1', "'=x", ' -3 ', 'a\r\nb']]

    expect(parseCsv(writeCsv(rows), { restoreNeutralised: true })).toEqual({
      ok: true,
      value: { delimiter: ',', rows },
    })
  })
})
