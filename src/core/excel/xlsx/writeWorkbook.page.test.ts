import { unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { headerFooterCodes } from '@core/excel/preparePageSetup'
import type { SheetSpec, WorkbookSpec } from '@core/excel/workbookSpec'
import { writeWorkbook } from './writeWorkbook'

const write = async (spec: WorkbookSpec) => {
  const written = await writeWorkbook(spec)
  if (!written.ok) throw new Error(JSON.stringify(written.error))
  const files = unzipSync(written.value)
  return (name: string) => new TextDecoder().decode(files[name] ?? new Uint8Array())
}

const printed: SheetSpec = {
  name: "Tổng hợp's",
  rows: [['Tiêu đề'], [], ['Hạng', 'Mã'], [1, 'STC']],
  page: {
    orientation: 'landscape',
    margins: { top: 30, bottom: 20, left: 20, right: 15, header: 10, footer: 10 },
    printTitleRows: { first: 3, last: 3 },
    header: { center: ['Sở TT&TT — năm 2026'] },
    footer: { center: ['Trang ', { field: 'page' }, '/', { field: 'pages' }] },
  },
  rowHeights: [{ row: 3, height: 63.5 }],
}

describe('writeWorkbook page setup', () => {
  it('writes A4, the orientation, fit to one page wide, margins, header and footer', async () => {
    const part = await write({ sheets: [{ name: 'Khác', rows: [['x']] }, printed] })
    const xml = part('xl/worksheets/sheet2.xml')

    expect(xml).toMatch(/<pageSetUpPr fitToPage="1"\/>/)
    const setup = /<pageSetup [^>]*\/>/.exec(xml)?.[0] ?? ''
    expect(setup).toContain('paperSize="9"')
    expect(setup).toContain('orientation="landscape"')
    expect(setup).toContain('fitToWidth="1"')
    expect(setup).toContain('fitToHeight="0"')
    const margins = /<pageMargins [^>]*\/>/.exec(xml)?.[0] ?? ''
    expect(margins).toContain('left="0.787"')
    expect(margins).toContain('top="1.181"')
    expect(xml).toContain('<oddHeader>&amp;CSở TT&amp;&amp;TT — năm 2026</oddHeader>')
    expect(xml).toContain('<oddFooter>&amp;CTrang &amp;P/&amp;N</oddFooter>')
    expect(xml).toMatch(/<row r="3"[^>]* ht="63.5" customHeight="1"/)
    // the other sheet keeps the program's defaults
    expect(part('xl/worksheets/sheet1.xml')).not.toContain('paperSize')
    expect(part('xl/worksheets/sheet1.xml')).not.toContain('fitToPage')
  })

  it('names the repeated rows as the sheet-local print titles, the sheet name quoted', async () => {
    const part = await write({ sheets: [{ name: 'Khác', rows: [['x']] }, printed] })

    expect(part('xl/workbook.xml').replace(/&apos;/g, "'")).toContain(
      '<definedName name="_xlnm.Print_Titles" localSheetId="1">\'Tổng hợp\'\'s\'!$3:$3</definedName>',
    )
  })

  it('repeats title columns and rows together when a table prints several pages wide', async () => {
    const part = await write({
      sheets: [
        {
          ...printed,
          page: {
            orientation: 'landscape',
            fitToWidth: 3,
            printTitleRows: { first: 3, last: 4 },
            printTitleColumns: { first: 1, last: 2 },
          },
        },
      ],
    })

    expect(/<pageSetup [^>]*\/>/.exec(part('xl/worksheets/sheet1.xml'))?.[0]).toContain('fitToWidth="3"')
    expect(part('xl/workbook.xml').replace(/&apos;/g, "'")).toContain(
      "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">'Tổng hợp''s'!$A:$B,'Tổng hợp''s'!$3:$4</definedName>",
    )
  })

  it('refuses page settings that no program can print, naming the sheet and the setting', async () => {
    const written = await writeWorkbook({
      sheets: [
        {
          name: 'S',
          rows: [['x']],
          page: {
            orientation: 'portrait',
            fitToWidth: 0,
            printTitleRows: { first: 4, last: 2 },
            header: { left: ['x'.repeat(300)] },
          },
          rowHeights: [{ row: 0, height: 20 }],
        },
      ],
    })

    expect(written.ok).toBe(false)
    expect(written.ok ? [] : written.error.map((issue) => ('field' in issue ? issue.field : ''))).toEqual([
      'row-height',
      'fit-to-width',
      'print-title-rows',
      'header',
    ])
  })
})

describe('headerFooterCodes', () => {
  it('puts each place behind its code, doubles & in text and turns control characters into spaces', () => {
    expect(
      headerFooterCodes({
        left: ['A&B'],
        center: ['x\ny'],
        right: [{ field: 'page' }, ' / ', { field: 'pages' }],
      }),
    ).toBe('&LA&&B&Cx y&R&P / &N')
    expect(headerFooterCodes({})).toBe('')
  })
})
