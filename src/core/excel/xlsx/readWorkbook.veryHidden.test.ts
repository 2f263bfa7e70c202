// The results report's manifest (docs/results-report.md) lives in a very hidden sheet of long
// strings: the writer must write that state, the reader must read it and texts up to Excel's
// 32,767 characters a cell, in shared and inline strings alike.
import { describe, expect, it } from 'vitest'
import { readWorkbook } from './readWorkbook'
import { aPackage, aSharedStrings, partText } from './testing/xlsxPackage'
import { writeWorkbook } from './writeWorkbook'

const long = (length: number, seed: string) =>
  Array.from({ length }, (_, index) => seed[index % seed.length]).join('')

describe('very hidden sheets and long strings', () => {
  it('writes state="veryHidden" and reads it back with texts of 32,767 characters intact', async () => {
    const text = long(32_767, '{"Sở":"Đà Nẵng",[1,2]}')
    const bytes = await writeWorkbook({
      sheets: [
        { name: 'Tổng hợp', rows: [['Hạng']] },
        {
          name: '_manifest',
          state: 'veryHidden',
          rows: [['ictwb-results-manifest', 1], [text], [text.slice(1)]],
        },
      ],
    })
    if (!bytes.ok) throw new Error(JSON.stringify(bytes.error))

    expect(partText(bytes.value, 'xl/workbook.xml')).toMatch(
      /<sheet [^>]*name="_manifest"[^>]*state="veryHidden"/,
    )
    const read = await readWorkbook(bytes.value)
    if (!read.ok) throw new Error(JSON.stringify(read.error))
    const manifest = read.value.sheets[1]
    expect(manifest?.state).toBe('veryHidden')
    expect(manifest?.rows.map((row) => row[0])).toEqual(['ictwb-results-manifest', text, text.slice(1)])
  })

  it('reads a very hidden sheet of inline strings written by another program', async () => {
    const text = long(30_000, 'abc "quoted" & <escaped> ')
    const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    const bytes = aPackage({
      sheets: [
        { name: 'Data', xml: '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>' },
        {
          name: '_manifest',
          state: 'veryHidden',
          xml: `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${escaped}</t></is></c></row></sheetData>`,
        },
      ],
      sharedStrings: aSharedStrings([]),
    })

    const read = await readWorkbook(bytes)

    expect(
      read.ok && read.value.sheets.map((sheet) => [sheet.name, sheet.state, sheet.rows[0]?.[0]]),
    ).toEqual([
      ['Data', 'visible', 1],
      ['_manifest', 'veryHidden', text],
    ])
  })
})
