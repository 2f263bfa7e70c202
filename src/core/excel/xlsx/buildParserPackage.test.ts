import { unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { buildParserPackage } from './buildParserPackage'
import { preScanXlsx } from './preScanXlsx'
import { aPackage } from './testing/xlsxPackage'

describe('buildParserPackage', () => {
  it('passes on only the parts needed for cell values, trimmed of what exceljs expands', () => {
    const bytes = aPackage({
      workbookExtra: '<definedNames><definedName name="All">S!$A:$A</definedName></definedNames>',
      sheets: [
        {
          name: 'S',
          xml: '<sheetData/><dataValidations count="1"><dataValidation sqref="A1:A1048576"/></dataValidations><hyperlinks><hyperlink ref="A1" r:id="rId1"/></hyperlinks>',
        },
      ],
      extraParts: {
        'xl/comments1.xml': '<comments/>',
        'xl/media/image1.png': new Uint8Array(4),
        'docProps/core.xml': '<cp/>',
      },
    })
    const scan = preScanXlsx(bytes)
    if (!scan.ok) throw new Error(JSON.stringify(scan.error))

    const parts = unzipSync(buildParserPackage(scan.value))

    expect(Object.keys(parts)).toEqual([
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/worksheets/sheet1.xml',
    ])
    expect(new TextDecoder().decode(parts['xl/worksheets/sheet1.xml'])).toMatch(
      /<worksheet [^>]*><sheetData\/><\/worksheet>$/,
    )
    expect(new TextDecoder().decode(parts['xl/workbook.xml'])).not.toContain('definedNames')
  })
})
