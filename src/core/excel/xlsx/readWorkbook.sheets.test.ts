// Hostile sheet contents (docs/reliability.md §5.1, items 28–39): each is refused as soon as the
// tokenizer reads past a limit (the count reported is where reading stopped), or read safely when harmless.
import { afterEach, describe, expect, it } from 'vitest'
import type { WorkbookReadIssue } from '@core/excel/workbookReadIssue'
import { readWorkbook } from './readWorkbook'
import { aPackage, aSharedStrings, prototypeKeys, type PackageSheet } from './testing/xlsxPackage'

const prototypeBefore = prototypeKeys()
afterEach(() => {
  expect(prototypeKeys()).toEqual(prototypeBefore)
})

const oneCell = '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>'
const sheet = (overrides: Partial<PackageSheet> = {}): PackageSheet => ({
  name: 'Data',
  xml: oneCell,
  ...overrides,
})
const issuesOf = async (bytes: Uint8Array, limits = {}): Promise<readonly WorkbookReadIssue[]> => {
  const read = await readWorkbook(bytes, limits)
  return read.ok ? [] : read.error
}
const codesOf = async (bytes: Uint8Array, limits = {}): Promise<readonly string[]> =>
  (await issuesOf(bytes, limits)).map((issue) => issue.code)
const tooLarge = (rows: number, columns: number) => ({
  code: 'sheet-too-large',
  part: 'xl/worksheets/sheet1.xml',
  sheet: 'Data',
  rows,
  columns,
  limits: { rows: 100_000, columns: 2_000 },
})

describe('readWorkbook on hostile sheets', () => {
  it.each([
    [
      'a row number past 32 bits',
      '<sheetData><row r="4294967295"><c r="A4294967295"><v>1</v></c></row></sheetData>',
      tooLarge(4_294_967_295, 0),
    ],
    [
      'a cell reference with eight digits',
      '<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B99999999"><v>2</v></c></row></sheetData>',
      tooLarge(99_999_999, 2),
    ],
    [
      'a column with five letters',
      '<sheetData><row r="1"><c r="AAAAA1"><v>1</v></c></row></sheetData>',
      tooLarge(1, 475_255),
    ],
  ])('refuses %s as too large as soon as it is read', async (_, xml, issue) => {
    expect(await issuesOf(aPackage({ sheets: [sheet({ xml })] }))).toEqual([issue])
  })

  it.each([
    ['row 0', '<sheetData><row r="0"><c><v>1</v></c></row></sheetData>', '0'],
    ['a negative row', '<sheetData><row r="-3"><c><v>1</v></c></row></sheetData>', '-3'],
    ['a row in exponent notation', '<sheetData><row r="1e9"><c><v>1</v></c></row></sheetData>', '1e9'],
    [
      'a cell reference that is not A1',
      '<sheetData><row r="1"><c r="R1C1"><v>1</v></c></row></sheetData>',
      'R1C1',
    ],
  ])('refuses %s as an invalid reference', async (_, xml, ref) => {
    expect(await issuesOf(aPackage({ sheets: [sheet({ xml })] }))).toEqual([
      { code: 'invalid-cell-reference', part: 'xl/worksheets/sheet1.xml', sheet: 'Data', ref },
    ])
  })

  it('refuses one merge over the whole sheet (exceljs: out of memory)', async () => {
    const xml = `${oneCell}<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>`

    expect(await issuesOf(aPackage({ sheets: [sheet({ xml })] }))).toEqual([
      {
        code: 'merge-area-too-large',
        part: 'xl/worksheets/sheet1.xml',
        sheet: 'Data',
        cells: 17_179_869_184,
        limit: 100_000,
      },
    ])
  })

  it('refuses 30,000 merges at the first one past the limit', async () => {
    const merges = Array.from(
      { length: 30_000 },
      (_, index) => `<mergeCell ref="B${index + 1}:C${index + 1}"/>`,
    ).join('')

    expect(
      await issuesOf(aPackage({ sheets: [sheet({ xml: `${oneCell}<mergeCells>${merges}</mergeCells>` })] })),
    ).toEqual([
      {
        code: 'too-many-merges',
        part: 'xl/worksheets/sheet1.xml',
        sheet: 'Data',
        count: 2_001,
        limit: 2_000,
      },
    ])
  })

  it('refuses overlapping and unreadable merges', async () => {
    const xml = `${oneCell}<mergeCells><mergeCell ref="A1:B2"/><mergeCell ref="B2:C3"/><mergeCell ref="A1:"/></mergeCells>`

    expect(await codesOf(aPackage({ sheets: [sheet({ xml })] }))).toEqual(['invalid-merge', 'invalid-merge'])
  })

  it('refuses 1,000,000 empty rows and a cell at XFD1048576, and reads a sheet whose <dimension> lies', async () => {
    const emptyRows = `<sheetData>${'<row/>'.repeat(1_000_000)}</sheetData>`
    const farCell = '<sheetData><row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>'
    const dimension = `<dimension ref="A1:XFD1048576"/>${oneCell}`

    expect(await issuesOf(aPackage({ sheets: [sheet({ xml: emptyRows })] }))).toEqual([
      { code: 'compression-ratio-too-high', part: 'xl/worksheets/sheet1.xml', ratio: 669, limit: 200 },
    ])
    expect(
      await issuesOf(aPackage({ sheets: [sheet({ xml: emptyRows })] }), { maxCompressionRatio: 10_000 }),
    ).toEqual([tooLarge(100_001, 0)])
    expect(
      await issuesOf(aPackage({ sheets: [sheet({ xml: '<sheetData><row/><row/><row/></sheetData>' })] }), {
        maxRowsPerSheet: 2,
      }),
    ).toEqual([{ ...tooLarge(3, 0), limits: { rows: 2, columns: 2_000 } }])
    expect(await issuesOf(aPackage({ sheets: [sheet({ xml: farCell })] }))).toEqual([tooLarge(1_048_576, 0)])
    // Nothing is allocated from <dimension>: a lying one is harmless and ignored.
    const lying = await readWorkbook(aPackage({ sheets: [sheet({ xml: dimension })] }))
    expect(lying.ok && lying.value.sheets[0]?.rows).toEqual([[1]])
  })

  it('refuses more cells, or a wider dense grid, than the limits allow', async () => {
    const row = (r: number) => `<row r="${r}"><c r="A${r}"><v>1</v></c><c r="ALL${r}"><v>2</v></c></row>`
    const xml = `<sheetData>${Array.from({ length: 50 }, (_, index) => row(index + 1)).join('')}</sheetData>`

    expect(await issuesOf(aPackage({ sheets: [sheet({ xml })] }), { maxCells: 99 })).toEqual([
      { code: 'too-many-cells', count: 100, limit: 99 },
    ])
    expect(await issuesOf(aPackage({ sheets: [sheet({ xml })] }), { maxGridCells: 1000 })).toEqual([
      { code: 'grid-too-large', count: 2000, limit: 1000 },
    ])
  })

  it('refuses a shared-string index past the end (exceljs: raw TypeError)', async () => {
    const xml = '<sheetData><row r="1"><c r="A1" t="s"><v>999999</v></c></row></sheetData>'

    expect(
      await issuesOf(aPackage({ sheets: [sheet({ xml })], sharedStrings: aSharedStrings(['a']) })),
    ).toEqual([
      {
        code: 'invalid-shared-string-reference',
        part: 'xl/worksheets/sheet1.xml',
        sheet: 'Data',
        index: 999_999,
        count: 1,
      },
    ])
  })

  it.each([
    ['negative', '-1', -1],
    ['fractional', '0.5', -1],
    ['text', 'abc', -1],
    ['empty', '', -1],
  ])(
    'refuses a %s shared-string reference as what it is, not as an unreadable workbook',
    async (_, value, index) => {
      const xml = `<sheetData><row r="1"><c r="A1" t="s"><v>${value}</v></c></row></sheetData>`

      expect(
        await issuesOf(aPackage({ sheets: [sheet({ xml })], sharedStrings: aSharedStrings(['a']) })),
      ).toEqual([
        {
          code: 'invalid-shared-string-reference',
          part: 'xl/worksheets/sheet1.xml',
          sheet: 'Data',
          index,
          count: 1,
        },
      ])
    },
  )

  it('refuses text longer than Excel allows in a cell', async () => {
    expect(
      await issuesOf(aPackage({ sheets: [sheet()], sharedStrings: aSharedStrings(['x'.repeat(40_000)]) })),
    ).toEqual([{ code: 'text-too-long', part: 'xl/sharedStrings.xml', length: 40_000, limit: 32_767 }])
  })

  it('refuses 300 sheets', async () => {
    const sheets = Array.from({ length: 300 }, (_, index) => sheet({ name: `S${index}` }))

    expect(await issuesOf(aPackage({ sheets }))).toEqual([
      { code: 'too-many-sheets', count: 300, limit: 250 },
    ])
  })

  it('refuses sheet names exceljs would reject or truncate, and duplicates', async () => {
    const names = ['History', 'a/b', "'q", 'x'.repeat(32), '', 'Dup', 'DUP']
    const bytes = aPackage({ sheets: names.map((name) => sheet({ name })) })

    expect(await issuesOf(bytes)).toEqual([
      { code: 'invalid-sheet-name', sheet: 'History', reason: 'reserved' },
      { code: 'invalid-sheet-name', sheet: 'a/b', reason: 'forbidden-character' },
      { code: 'invalid-sheet-name', sheet: "'q", reason: 'edge-apostrophe' },
      { code: 'invalid-sheet-name', sheet: 'x'.repeat(32), reason: 'too-long' },
      { code: 'invalid-sheet-name', sheet: '', reason: 'empty' },
      { code: 'duplicate-sheet-name', sheet: 'DUP' },
    ])
  })

  it('refuses bad or duplicate sheet ids and two sheets sharing a part', async () => {
    const bytes = aPackage({
      sheets: [
        sheet({ name: 'A', sheetId: '7' }),
        sheet({ name: 'B', sheetId: '7' }),
        sheet({ name: 'C', sheetId: '99999999' }),
      ],
    })

    expect(await issuesOf(bytes)).toEqual([
      { code: 'invalid-sheet-entry', sheet: 'B', reason: 'duplicate-id' },
      { code: 'invalid-sheet-entry', sheet: 'C', reason: 'bad-id' },
    ])
    expect(
      await codesOf(
        aPackage({ sheets: [sheet({ name: 'A' }), sheet({ name: 'B', part: 'worksheets/sheet1.xml' })] }),
      ),
    ).toEqual(['invalid-sheet-entry'])
  })

  it('reads __proto__ as a sheet name, a defined name and cell text without polluting anything', async () => {
    const bytes = aPackage({
      workbookExtra:
        '<definedNames><definedName name="__proto__">__proto__!$A$1</definedName><definedName name="constructor">__proto__!$A:$A</definedName></definedNames>',
      sheets: [
        sheet({
          name: '__proto__',
          xml: '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>__proto__</t></is></c><c r="B1" t="inlineStr"><is><t>constructor</t></is></c></row></sheetData>',
        }),
      ],
    })
    const read = await readWorkbook(bytes)

    expect(read.ok && read.value.sheets.map((entry) => [entry.name, entry.rows])).toEqual([
      ['__proto__', [['__proto__', 'constructor']]],
    ])
  })

  it('reads whole-column validations and defined names quickly (exceljs would expand them cell by cell)', async () => {
    const validations =
      '<dataValidations count="1"><dataValidation type="list" sqref="A1:XFD1048576"><formula1>"a,b"</formula1></dataValidation></dataValidations>'
    const bytes = aPackage({
      workbookExtra:
        '<definedNames><definedName name="All">Data!$A$1:$XFD$1048576</definedName></definedNames>',
      sheets: [
        sheet({
          xml: `${oneCell}<conditionalFormatting sqref="A1:XFD1048576"><cfRule type="expression" priority="1"><formula>TRUE</formula></cfRule></conditionalFormatting>${validations}`,
        }),
      ],
    })

    expect((await readWorkbook(bytes)).ok).toBe(true)
  })

  it('reads a <col> spanning all 16,384 columns', async () => {
    expect(
      (
        await readWorkbook(
          aPackage({
            sheets: [sheet({ xml: `<cols><col min="1" max="16384" width="9"/></cols>${oneCell}` })],
          }),
        )
      ).ok,
    ).toBe(true)
  })
})
