// What the tokenizer-based reader reads as XML says, where the regex pre-scan it replaced was
// fooled (issue #15): quote styles, `>` in attribute values, references, CDATA, prefixes, Strict
// Open XML, and the formulas a file hides.
import { describe, expect, it } from 'vitest'
import type { Sheet } from '@core/excel/sheetWorkbook'
import type { WorkbookReadIssue } from '@core/excel/workbookReadIssue'
import { readWorkbook } from './readWorkbook'
import { aPackage, aSharedStrings, STYLES_WITH_DATES, type PackageSheet } from './testing/xlsxPackage'

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'

const read = async (
  sheets: readonly PackageSheet[],
  extra: Partial<Parameters<typeof aPackage>[0]> = {},
  limits = {},
): Promise<readonly Sheet[] | readonly WorkbookReadIssue[]> => {
  const result = await readWorkbook(aPackage({ sheets, styles: STYLES_WITH_DATES, ...extra }), limits)
  return result.ok ? result.value.sheets : result.error
}
const rowsOf = async (sheetData: string, extra: Partial<Parameters<typeof aPackage>[0]> = {}) => {
  const sheets = await read([{ name: 'S', xml: sheetData }], extra)
  return 'merges' in (sheets[0] ?? {}) ? (sheets[0] as Sheet).rows : sheets
}

describe('readWorkbook reads XML as XML', () => {
  it('reads single-quoted attributes, and applies the row limit to them', async () => {
    expect(
      await rowsOf("<sheetData><row r='2'><c r='B2' t='inlineStr'><is><t>x</t></is></c></row></sheetData>"),
    ).toEqual([[], [null, 'x']])
    expect(
      await rowsOf("<sheetData><row r='1048576'><c r='A1048576'><v>1</v></c></row></sheetData>"),
    ).toEqual([expect.objectContaining({ code: 'sheet-too-large', rows: 1_048_576 })])
  })

  it('is not derailed by ">" inside attribute values', async () => {
    expect(
      await rowsOf(
        '<sheetData><row r="1" title="a>b"><c r="A1" title=">"><f>1+1</f><v>2</v></c></row></sheetData>',
      ),
    ).toEqual([[{ type: 'formula', formula: '1+1', result: 2 }]])
  })

  it('decodes character and entity references in attribute values and text, and CDATA', async () => {
    const cells =
      '<c r="&#65;1" t="inlineStr"><is><t>a&amp;b&#x1EA1;</t></is></c><c r="B1" t="inlineStr"><is><t><![CDATA[<x> & y]]></t></is></c><c r="C1"><f><![CDATA[A1&"x"]]></f><v>1</v></c>'

    expect(await rowsOf(`<sheetData><row r="1">${cells}</row></sheetData>`)).toEqual([
      ['a&bạ', '<x> & y', { type: 'formula', formula: 'A1&"x"', result: 1 }],
    ])
  })

  it('reads namespace prefixes, and Strict Open XML', async () => {
    const prefixed = `<?xml version="1.0"?><x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>p</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>`
    const strict = `<?xml version="1.0"?><worksheet xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main"><sheetData><row r="1"><c r="A1"><v>7</v></c></row></sheetData></worksheet>`

    expect(await rowsOf(prefixed)).toEqual([['p']])
    expect(await rowsOf(strict)).toEqual([[7]])
  })

  it('skips other namespaces beside the cells and refuses them inside', async () => {
    const beside = `<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData><extLst><ext xmlns:y="urn:y"><y:c r="A1"><y:v>9</y:v></y:c></ext></extLst>`
    const inside = '<sheetData><row r="1"><c r="A1"><y:v xmlns:y="urn:y">9</y:v></c></row></sheetData>'

    expect(await rowsOf(beside)).toEqual([[1]])
    expect(await rowsOf(inside)).toEqual([expect.objectContaining({ code: 'unreadable-workbook' })])
  })

  it('leaves phonetic runs out of shared strings and decodes _xHHHH_', async () => {
    const strings = aSharedStrings(['x']).replace(
      '<si><t>x</t></si>',
      '<si><t>漢_x000D_</t><rPh sb="0" eb="1"><t>かん</t></rPh></si>',
    )

    expect(
      await rowsOf('<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>', {
        sharedStrings: strings,
      }),
    ).toEqual([['漢\r']])
  })

  it('reads ISO dates (t="d") and refuses what is not one', async () => {
    expect(
      await rowsOf(
        '<sheetData><row r="1"><c r="A1" t="d"><v>2024-01-31T00:00:00Z</v></c><c r="B1" t="d"><v>hôm qua</v></c></row></sheetData>',
      ),
    ).toEqual([
      [
        { type: 'date', iso: '2024-01-31' },
        { type: 'error', code: '#VALUE!' },
      ],
    ])
  })

  it('refuses other declared encodings and a DTD', async () => {
    const latin = `<?xml version="1.0" encoding="ISO-8859-1"?><worksheet xmlns="${MAIN}"><sheetData/></worksheet>`
    const doctype = `<?xml version="1.0"?><!DOCTYPE worksheet><worksheet xmlns="${MAIN}"><sheetData/></worksheet>`

    expect(await rowsOf(latin)).toEqual([
      { code: 'unsupported-xml-encoding', part: 'xl/worksheets/sheet1.xml' },
    ])
    expect(await rowsOf(doctype)).toEqual([{ code: 'xml-dtd-present', part: 'xl/worksheets/sheet1.xml' }])
  })
})

describe('readWorkbook makes hidden formulas visible', () => {
  it('reads a shared-formula clone without its master as a formula of that kind', async () => {
    expect(
      await rowsOf('<sheetData><row r="1"><c r="A1"><f t="shared" si="77"/><v>5</v></c></row></sheetData>'),
    ).toEqual([[{ type: 'formula', formula: '', result: 5, kind: 'shared-without-master' }]])
  })

  it('moves a master formula to each clone, even a master stored after its clone', async () => {
    const xml =
      '<sheetData><row r="1"><c r="B1"><f t="shared" si="0"/><v>2</v></c><c r="A1"><f t="shared" ref="A1:B1" si="0">$C1+D$1</f><v>1</v></c></row></sheetData>'

    expect(await rowsOf(xml)).toEqual([
      [
        { type: 'formula', formula: '$C1+D$1', result: 1 },
        { type: 'formula', formula: '$C1+E$1', result: 2 },
      ],
    ])
  })

  it('marks every cell of an array formula or data table range, though the file holds only values there', async () => {
    const xml =
      '<sheetData><row r="1"><c r="A1"><f t="array" ref="A1:B1">{1,2}</f><v>1</v></c><c r="B1"><v>2</v></c><c r="C1"><v>3</v></c></row>' +
      '<row r="2"><c r="A2"><f t="dataTable" ref="A2:A3" dt2D="0" dtr="0" r1="D1"/><v>4</v></c></row><row r="3"><c r="A3"><v>5</v></c></row></sheetData>'

    expect(await rowsOf(xml)).toEqual([
      [
        { type: 'formula', formula: '{1,2}', result: 1, kind: 'array' },
        { type: 'formula', formula: '', result: 2, kind: 'array' },
        3,
      ],
      [{ type: 'formula', formula: '', result: 4, kind: 'data-table' }],
      [{ type: 'formula', formula: '', result: 5, kind: 'data-table' }],
    ])
  })
})

describe('readWorkbook limits on what the tokenizer reads', () => {
  it('refuses style-record and shared-string bombs at the first record past the limit', async () => {
    const styles = STYLES_WITH_DATES.replace('</cellXfs>', `${'<xf numFmtId="0"/>'.repeat(20)}</cellXfs>`)
    const strings = aSharedStrings(Array.from({ length: 20 }, (_, index) => `s${index}`))

    expect(await read([{ name: 'S', xml: '<sheetData/>' }], { styles }, { maxStyleRecords: 10 })).toEqual([
      { code: 'too-many-styles', part: 'xl/styles.xml', count: 11, limit: 10 },
    ])
    expect(
      await read([{ name: 'S', xml: '<sheetData/>' }], { sharedStrings: strings }, { maxSharedStrings: 10 }),
    ).toEqual([{ code: 'too-many-shared-strings', part: 'xl/sharedStrings.xml', count: 11, limit: 10 }])
  })

  it('refuses nesting deeper than the limit in any part', async () => {
    expect(
      await read(
        [{ name: 'S', xml: `<sheetData/>${'<a>'.repeat(10)}${'</a>'.repeat(10)}` }],
        {},
        { maxXmlDepth: 8 },
      ),
    ).toEqual([{ code: 'xml-too-deep', part: 'xl/worksheets/sheet1.xml', depth: 9, limit: 8 }])
  })

  it('does not expand <cols> or trust <dimension>', async () => {
    expect(
      await rowsOf(
        '<dimension ref="A1:XFD1048576"/><cols><col min="1" max="16384" width="9"/></cols><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>',
      ),
    ).toEqual([[1]])
  })
})
