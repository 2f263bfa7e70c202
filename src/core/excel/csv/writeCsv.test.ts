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

  it('quotes every text holding a comma, a semicolon or a tab, whatever the separator', () => {
    expect(writeCsv([['a;b', 'c,d', 'e\tf', 'g']])).toBe('"a;b","c,d","e\tf",g\r\n')
    expect(writeCsv([['a;b', 'c,d', 'g']], { delimiter: ';' })).toBe('"a;b";"c,d";g\r\n')
  })

  it.each([',', ';', '\t'])(
    'leaves no formula to a reader that splits on %j, in a comma or a semicolon file',
    (splitOn) => {
      const payloads = [
        'x;=HYPERLINK("http://evil","y")',
        'x,=1+1',
        'x\t@SUM(A1)',
        "Sở TT&TT;+cmd|'/c calc'!A0",
        'a;b;-2+3',
      ]
      for (const delimiter of [',', ';'] as const) {
        const cells = splitLikeASpreadsheet(writeCsv([['code', ...payloads]], { delimiter }), splitOn)
        if (splitOn === delimiter) expect(cells).toHaveLength(payloads.length + 1)
        for (const cell of cells) expect(cell.trimStart()).not.toMatch(/^[=+\-@]/)
      }
    },
  )

  it('writes a BOM and semicolons when asked', () => {
    expect(writeCsv([['a;b', 'c']], { delimiter: ';', bom: true })).toBe('\uFEFF"a;b";c\r\n')
  })

  it('writes numbers with a decimal comma when asked, without thousands groups', () => {
    expect(
      writeCsv([[0.8654, -0.5, 1234567.25, 1.5e-7, -0, 3, Number.NaN, Infinity]], {
        delimiter: ';',
        decimalComma: true,
      }),
    ).toBe('0,8654;-0,5;1234567,25;1,5e-7;0;3;;\r\n')
  })

  it('quotes a decimal-comma number in a comma file, so it stays one field', () => {
    expect(writeCsv([['P1', 0.5]], { decimalComma: true })).toBe('P1,"0,5"\r\n')
    expect(parseCsv(writeCsv([['P1', 0.5]], { decimalComma: true }))).toEqual({
      ok: true,
      value: { delimiter: ',', rows: [['P1', '0,5']] },
    })
  })

  it('round-trips text through parseCsv with restoreNeutralised', () => {
    const rows = [['Sở TT&TT', '=1+1', "'=x", ' -3 ', 'a\r\nb']]

    expect(parseCsv(writeCsv(rows), { restoreNeutralised: true })).toEqual({
      ok: true,
      value: { delimiter: ',', rows },
    })
  })
})

/** How a spreadsheet program reads one CSV line with its own separator: quotes keep a field whole. */
function splitLikeASpreadsheet(line: string, separator: string): string[] {
  const cells: string[] = []
  let cell = ''
  let quoted = false
  for (let index = 0; index < line.length; index += 1) {
    const character = line[index] ?? ''
    if (quoted) {
      if (character === '"' && line[index + 1] === '"') {
        cell += '"'
        index += 1
      } else if (character === '"') quoted = false
      else cell += character
    } else if (character === '"') quoted = true
    else if (character === separator) {
      cells.push(cell)
      cell = ''
    } else if (character !== '\r' && character !== '\n') cell += character
  }
  return [...cells, cell]
}
