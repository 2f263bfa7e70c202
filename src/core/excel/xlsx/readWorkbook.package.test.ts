// Hostile and malformed files at the package and XML levels (docs/reliability.md §5.1, items 14–27).
import { strToU8 } from 'fflate'
import { afterEach, describe, expect, it } from 'vitest'
import type { WorkbookReadIssue } from '@core/excel/workbookReadIssue'
import { readWorkbook } from './readWorkbook'
import { resolveTarget } from './readWorkbookPart'
import { aPackage, aSharedStrings, concat, prototypeKeys, type PackageSheet } from './testing/xlsxPackage'

const prototypeBefore = prototypeKeys()
afterEach(() => {
  expect(prototypeKeys()).toEqual(prototypeBefore)
})

const oneCell = '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row></sheetData>'
const sheet = (overrides: Partial<PackageSheet> = {}): PackageSheet => ({
  name: 'Data',
  xml: oneCell,
  ...overrides,
})
const issuesOf = async (bytes: Uint8Array): Promise<readonly WorkbookReadIssue[]> => {
  const read = await readWorkbook(bytes)
  return read.ok ? [] : read.error
}
const BILLION_LAUGHS =
  `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">` +
  `<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&lol3;</t></si></sst>`

describe('readWorkbook on hostile packages', () => {
  it('reads the hand-made base package', async () => {
    const read = await readWorkbook(aPackage({ sheets: [sheet()] }))

    expect(read.ok && read.value.sheets.map((entry) => entry.rows)).toEqual([[['x']]])
  })

  it('refuses a package without [Content_Types].xml', async () => {
    expect(await issuesOf(aPackage({ sheets: [sheet()], omit: ['[Content_Types].xml'] }))).toEqual([
      { code: 'missing-content-types' },
    ])
  })

  it('refuses a package without xl/workbook.xml, which exceljs would load as zero sheets', async () => {
    expect(await issuesOf(aPackage({ sheets: [sheet()], omit: ['xl/workbook.xml'] }))).toEqual([
      { code: 'missing-workbook-part' },
    ])
  })

  it('refuses a package without workbook relationships', async () => {
    expect(await issuesOf(aPackage({ sheets: [sheet()], omit: ['xl/_rels/workbook.xml.rels'] }))).toEqual([
      { code: 'missing-workbook-relationships' },
    ])
  })

  it('refuses a sheet whose part is missing', async () => {
    expect(await issuesOf(aPackage({ sheets: [sheet()], omit: ['xl/worksheets/sheet1.xml'] }))).toEqual([
      { code: 'missing-sheet-part', sheet: 'Data', part: 'xl/worksheets/sheet1.xml' },
    ])
  })

  it('reads a sheet stored under another part name, and refuses one outside the package', async () => {
    const read = await readWorkbook(aPackage({ sheets: [sheet({ part: 'worksheets/data.xml' })] }))

    expect(read.ok && read.value.sheets.map((one) => one.name)).toEqual(['Data'])
    expect([resolveTarget('../../../etc/passwd.xml'), resolveTarget('file:///etc/passwd')]).toEqual([
      null,
      null,
    ])
  })

  it('refuses macros: a vbaProject.bin and a macro-enabled content type', async () => {
    const bytes = aPackage({
      sheets: [sheet()],
      extraParts: {
        'xl/vbaProject.bin': new Uint8Array(64),
        '[Content_Types].xml':
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"/></Types>',
      },
    })

    expect(await issuesOf(bytes)).toEqual([
      { code: 'macros-present', part: 'xl/vbaProject.bin' },
      { code: 'macros-present', part: '[Content_Types].xml' },
    ])
  })

  it('refuses external links, ActiveX controls and embedded objects', async () => {
    const bytes = aPackage({
      sheets: [
        sheet({ xml: '<sheetData><row r="1"><c r="A1"><f>[1]Sheet1!A1</f><v>1</v></c></row></sheetData>' }),
      ],
      extraParts: {
        'xl/externalLinks/externalLink1.xml': '<externalLink/>',
        'xl/activeX/activeX1.xml': '<ax/>',
        'xl/embeddings/oleObject1.bin': new Uint8Array(8),
      },
    })

    expect((await issuesOf(bytes)).map((issue) => issue.code)).toEqual([
      'external-links-present',
      'activex-present',
      'embedded-objects-present',
    ])
  })

  it('reads DDE and other formulas as formulas, never evaluating them', async () => {
    const xml = `<sheetData><row r="1"><c r="A1"><f>cmd|' /C calc'!A0</f><v>0</v></c><c r="B1" t="str"><f>HYPERLINK("http://x","y")</f><v>y</v></c></row></sheetData>`
    const read = await readWorkbook(aPackage({ sheets: [sheet({ xml })] }))

    expect(read.ok && read.value.sheets[0]?.rows).toEqual([
      [
        { type: 'formula', formula: "cmd|' /C calc'!A0", result: 0 },
        { type: 'formula', formula: 'HYPERLINK("http://x","y")', result: 'y' },
      ],
    ])
  })

  it('refuses malformed XML with the parser message', async () => {
    const issues = await issuesOf(
      aPackage({ sheets: [sheet({ xml: '<sheetData><row r="1"><c r="A1"><v>1</v></row></sheetData>' })] }),
    )

    expect(issues).toEqual([
      { code: 'unreadable-workbook', message: expect.stringContaining('unexpected close tag') },
    ])
  })

  it('refuses billion laughs, XXE and external DTDs in any part', async () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&e;</t></si></sst>`
    const dtd = `<?xml version="1.0"?><!DOCTYPE worksheet SYSTEM "http://example.invalid/x.dtd"><worksheet/>`

    expect(await issuesOf(aPackage({ sheets: [sheet()], sharedStrings: BILLION_LAUGHS }))).toEqual([
      { code: 'xml-dtd-present', part: 'xl/sharedStrings.xml' },
    ])
    expect(await issuesOf(aPackage({ sheets: [sheet()], sharedStrings: xxe }))).toEqual([
      { code: 'xml-dtd-present', part: 'xl/sharedStrings.xml' },
    ])
    expect(await issuesOf(aPackage({ sheets: [sheet({ xml: dtd })] }))).toEqual([
      { code: 'xml-dtd-present', part: 'xl/worksheets/sheet1.xml' },
    ])
    expect(
      await issuesOf(
        aPackage({ sheets: [sheet()], extraParts: { 'xl/drawings/vmlDrawing1.vml': '<!ENTITY a "b">' } }),
      ),
    ).toEqual([{ code: 'xml-dtd-present', part: 'xl/drawings/vmlDrawing1.vml' }])
  })

  it('refuses characters XML forbids, raw or as references, and control characters in shared strings', async () => {
    const withText = (text: string) =>
      aPackage({
        sheets: [sheet({ xml: `<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>` })],
        sharedStrings: aSharedStrings([text]),
      })

    for (const text of ['a&#xFFFE;b', 'a&#0;b', 'a\u0001b', 'a&#xD800;b', 'a&#1114112;b']) {
      expect(await issuesOf(withText(text))).toEqual([
        { code: 'invalid-xml-character', part: 'xl/sharedStrings.xml' },
      ])
    }
  })

  it('reads control characters stored the way Excel escapes them (_x0001_)', async () => {
    const read = await readWorkbook(
      aPackage({
        sheets: [sheet({ xml: `<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>` })],
        sharedStrings: aSharedStrings(['a_x0001_b']),
      }),
    )

    expect(read.ok && read.value.sheets[0]?.rows).toEqual([['a\u0001b']])
  })

  it('refuses UTF-16 parts and invalid UTF-8 rather than guessing', async () => {
    const utf16 = concat([
      new Uint8Array([0xff, 0xfe]),
      new Uint8Array(Array.from('<sst/>', (character) => [character.charCodeAt(0), 0]).flat()),
    ])
    const latin1 = concat([
      strToU8('<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>'),
      new Uint8Array([0xe9]),
      strToU8('</t></si></sst>'),
    ])

    expect(
      await issuesOf(
        aPackage({ sheets: [sheet()], sharedStrings: '', extraParts: { 'xl/sharedStrings.xml': utf16 } }),
      ),
    ).toEqual([{ code: 'unsupported-xml-encoding', part: 'xl/sharedStrings.xml' }])
    expect(
      await issuesOf(
        aPackage({ sheets: [sheet()], sharedStrings: '', extraParts: { 'xl/sharedStrings.xml': latin1 } }),
      ),
    ).toEqual([{ code: 'unsupported-xml-encoding', part: 'xl/sharedStrings.xml' }])
  })

  it('reads namespace-prefixed parts (x:c) as the elements they are', async () => {
    const prefixed =
      '<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>'
    const read = await readWorkbook(aPackage({ sheets: [sheet({ xml: prefixed })] }))

    expect(read.ok && read.value.sheets[0]?.rows).toEqual([[1]])
  })

  it('refuses 100,000 nested elements at the depth limit, and reads a long attribute', async () => {
    const deep = `${oneCell}${'<a>'.repeat(100_000)}${'</a>'.repeat(100_000)}`
    const attribute = `<sheetData><row r="1" x="${'y'.repeat(900_000)}"><c r="A1"><v>1</v></c></row></sheetData>`

    expect(await issuesOf(aPackage({ sheets: [sheet({ xml: deep })] }))).toEqual([
      { code: 'xml-too-deep', part: 'xl/worksheets/sheet1.xml', depth: 65, limit: 64 },
    ])
    expect((await readWorkbook(aPackage({ sheets: [sheet({ xml: attribute })] }))).ok).toBe(true)
  })
})
