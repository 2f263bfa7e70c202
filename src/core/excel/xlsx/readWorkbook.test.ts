// Legitimate files as other programs write them (docs/reliability.md §5.1 item 50, and 41–44):
// inline strings, formula strings, no shared strings, rich text, 1904 dates, hidden sheets.
import { describe, expect, it } from 'vitest'
import type { Sheet } from '@core/excel/sheetWorkbook'
import { readWorkbook } from './readWorkbook'
import { aPackage, aSharedStrings, STYLES_WITH_DATES, type PackageSheet } from './testing/xlsxPackage'

const readSheets = async (
  sheets: readonly PackageSheet[],
  extra: Partial<Parameters<typeof aPackage>[0]> = {},
): Promise<readonly Sheet[]> => {
  const read = await readWorkbook(aPackage({ sheets, styles: STYLES_WITH_DATES, ...extra }))
  if (!read.ok) throw new Error(JSON.stringify(read.error))
  return read.value.sheets
}
const rowsOf = async (sheetData: string, extra: Partial<Parameters<typeof aPackage>[0]> = {}) =>
  (await readSheets([{ name: 'S', xml: sheetData }], extra))[0]?.rows
const row = (cells: string, r = 1) => `<sheetData><row r="${r}">${cells}</row></sheetData>`

describe('readWorkbook', () => {
  it('reads inline strings, formula strings, booleans, errors and rich text as plain values', async () => {
    const cells =
      '<c r="A1" t="inlineStr"><is><t>Sở TT&amp;TT</t></is></c><c r="B1" t="str"><v>text</v></c><c r="C1" t="b"><v>1</v></c>' +
      '<c r="D1" t="e"><v>#DIV/0!</v></c><c r="E1" t="inlineStr"><is><r><rPr><b/></rPr><t>đậm </t></r><r><t>thường</t></r></is></c><c r="F1" t="s"><v>0</v></c>'

    expect(
      await rowsOf(row(cells), {
        sharedStrings: aSharedStrings(['a']).replace(
          '<t>a</t>',
          '<r><t>a</t></r><r><rPr><i/></rPr><t>b</t></r>',
        ),
      }),
    ).toEqual([['Sở TT&TT', 'text', true, { type: 'error', code: '#DIV/0!' }, 'đậm thường', 'ab']])
  })

  it('keeps numbers stored as text as strings', async () => {
    const cells = ['1,234', '１２３', ' 12 ', '0012']
      .map(
        (text, index) =>
          `<c r="${'ABCD'[index]}1" t="inlineStr"><is><t xml:space="preserve">${text}</t></is></c>`,
      )
      .join('')

    expect(await rowsOf(row(cells))).toEqual([['1,234', '１２３', ' 12 ', '0012']])
  })

  it('reads dates as the calendar date typed, in the 1900 date system', async () => {
    const cells =
      '<c r="A1" s="1"><v>45322</v></c><c r="B1" s="2"><v>45322.75</v></c><c r="C1" s="2"><v>1</v></c><c r="D1" s="2"><v>60</v></c>' +
      '<c r="E1" s="2"><v>61</v></c><c r="F1" s="2"><v>-1</v></c><c r="G1" s="2"><v>2958466</v></c>'

    expect(await rowsOf(row(cells))).toEqual([
      [
        { type: 'date', iso: '2024-01-31' },
        { type: 'date', iso: '2024-01-31T18:00:00' },
        { type: 'date', iso: '1900-01-01' },
        60,
        { type: 'date', iso: '1900-03-01' },
        -1,
        2_958_466,
      ],
    ])
  })

  it('reads dates in the 1904 date system', async () => {
    expect(
      await rowsOf(row('<c r="A1" s="1"><v>43860</v></c>'), { workbookPr: '<workbookPr date1904="1"/>' }),
    ).toEqual([[{ type: 'date', iso: '2024-01-31' }]])
  })

  it('reads INF and NaN stored as numbers as #NUM!', async () => {
    expect(await rowsOf(row('<c r="A1"><v>INF</v></c><c r="B1"><v>NaN</v></c>'))).toEqual([
      [
        { type: 'error', code: '#NUM!' },
        { type: 'error', code: '#NUM!' },
      ],
    ])
  })

  it('reads formulas with their cached results, falsy ones and shared-formula clones included', async () => {
    const cells =
      '<c r="A1"><f>1-1</f><v>0</v></c><c r="B1" t="b"><f>1=2</f><v>0</v></c><c r="C1" t="str"><f>""</f><v></v></c>'
    const shared =
      '<row r="2"><c r="A2"><f t="shared" ref="A2:A3" si="0">A1+1</f><v>1</v></c></row><row r="3"><c r="A3"><f t="shared" si="0"/><v>2</v></c></row>'

    expect(await rowsOf(`<sheetData><row r="1">${cells}</row>${shared}</sheetData>`)).toEqual([
      [
        { type: 'formula', formula: '1-1', result: 0 },
        { type: 'formula', formula: '1=2', result: false },
        { type: 'formula', formula: '""', result: null },
      ],
      [{ type: 'formula', formula: 'A1+1', result: 1 }],
      [{ type: 'formula', formula: 'A2+1', result: 2 }],
    ])
  })

  it('reads a sparse sheet as dense rows trimmed of trailing empties', async () => {
    const xml =
      '<sheetData><row r="2"><c r="C2"><v>1</v></c><c r="E2" s="3"/></row><row r="4"/><row r="5"><c r="A5" t="inlineStr"><is><t>x</t></is></c></row></sheetData>'

    expect(await rowsOf(xml)).toEqual([[], [null, null, 1], [], [], ['x']])
  })

  it('reads merged cells once, at their top-left cell, and lists the merges', async () => {
    const xml =
      '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Title</t></is></c><c r="B1"/><c r="C1"><v>3</v></c></row></sheetData><mergeCells><mergeCell ref="A1:B2"/></mergeCells>'
    const [sheet] = await readSheets([{ name: 'S', xml }])

    expect([sheet?.rows, sheet?.merges]).toEqual([[['Title', null, 3]], ['A1:B2']])
  })

  it('reads sheet states in tab order and leaves chart sheets out', async () => {
    const sheets = await readSheets([
      { name: 'Hidden', xml: '<sheetData/>', state: 'hidden', sheetId: '3' },
      {
        name: 'Chart',
        xml: '<chartsheet/>',
        kind: 'chartsheet',
        part: 'chartsheets/sheet1.xml',
        sheetId: '4',
      },
      { name: 'Very', xml: '<sheetData/>', state: 'veryHidden', sheetId: '1' },
      { name: 'Shown', xml: '<sheetData/>', sheetId: '2' },
    ])

    expect(sheets.map((sheet) => [sheet.name, sheet.state])).toEqual([
      ['Hidden', 'hidden'],
      ['Very', 'veryHidden'],
      ['Shown', 'visible'],
    ])
  })

  it('reads protection and unlocked cells, empty ones included', async () => {
    const xml =
      '<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1" s="3"/></row><row r="2"><c r="B2" s="3"><v>2</v></c></row></sheetData><sheetProtection sheet="1" objects="1"/>'
    const [sheet] = await readSheets([{ name: 'S', xml }])

    expect([sheet?.isProtected, sheet?.unlockedCells]).toEqual([true, ['B1', 'B2']])
  })

  it('reads hyperlinks as their text', async () => {
    const xml = `${row('<c r="A1" t="inlineStr"><is><t>Cổng thông tin</t></is></c>')}<hyperlinks><hyperlink ref="A1" r:id="rId9"/></hyperlinks>`

    expect(await rowsOf(xml)).toEqual([['Cổng thông tin']])
  })

  it('gives neutralised text back without its guard apostrophe', async () => {
    const cells = ["'=1+1", "''=x", "'abc"]
      .map((text, index) => `<c r="${'ABC'[index]}1" t="inlineStr"><is><t>${text}</t></is></c>`)
      .join('')

    expect(await rowsOf(row(cells))).toEqual([['=1+1', "'=x", "'abc"]])
  })
})
