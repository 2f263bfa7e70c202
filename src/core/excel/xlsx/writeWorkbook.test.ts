import ExcelJS from 'exceljs'
import { unzipSync } from 'fflate'
import { beforeAll, describe, expect, it } from 'vitest'
import { prepareWorkbookSpec } from '@core/excel/prepareWorkbookSpec'
import type { WorkbookSpec } from '@core/excel/workbookSpec'
import { readWorkbook } from './readWorkbook'
import { EVERY_FEATURE_SPEC } from './testing/everyFeatureSpec'
import { partText } from './testing/xlsxPackage'
import { writeWorkbook } from './writeWorkbook'

const write = async (spec: WorkbookSpec): Promise<Uint8Array> => {
  const written = await writeWorkbook(spec)
  if (!written.ok) throw new Error(JSON.stringify(written.error))
  return written.value
}
const loadWithExcelJs = async (bytes: Uint8Array): Promise<ExcelJS.Workbook> => {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(bytes.slice().buffer)
  return workbook
}

describe('writeWorkbook with every feature', () => {
  let bytes: Uint8Array = new Uint8Array()
  let workbook = new ExcelJS.Workbook()
  beforeAll(async () => {
    bytes = await write(EVERY_FEATURE_SPEC)
    workbook = await loadWithExcelJs(bytes)
  })

  it('writes values that readWorkbook gives back', async () => {
    const read = await readWorkbook(bytes)

    expect(read.ok && read.value.sheets.map((sheet) => [sheet.name, sheet.state, sheet.rows])).toEqual([
      [
        'Trả lời_2025',
        'visible',
        [
          ['Mã', 'Câu hỏi', 'Trả lời', 'Hạn', 'ẩn'],
          ['Q1', 'Đơn vị có bộ phận chuyên trách CNTT?', 'Có', { type: 'date', iso: '2025-06-30' }, 'x'],
          ['Q2', 'Số cán bộ CNTT', 3, { type: 'date', iso: '2025-06-30T17:00:00' }],
          ['Q3', 'Tỷ lệ (%)', 87.5],
          ['Q4', 'Ghi chú', '=HYPERLINK("http://x","y")'],
          ['Q5', 'Đã nộp?', true],
          ['Tổng', null, { type: 'formula', formula: 'SUM(C3:C4)', result: 90.5 }],
          ['Ghi chú cuối trang'],
        ],
      ],
      ['Danh mục', 'hidden', [['Có'], ['Không']]],
      [
        'Meta',
        'veryHidden',
        [
          ['template', 'ict-index'],
          ['version', 3],
        ],
      ],
    ])
  })

  it('protects the sheet without a password and unlocks the answer cells', async () => {
    const read = await readWorkbook(bytes)
    const sheet = workbook.worksheets[0] as unknown as { sheetProtection: Record<string, unknown> }

    expect(read.ok && [read.value.sheets[0]?.isProtected, read.value.sheets[0]?.unlockedCells]).toEqual([
      true,
      ['C2', 'C3', 'C4', 'C5', 'C6'],
    ])
    expect(sheet.sheetProtection).toMatchObject({ sheet: true, formatColumns: true, autoFilter: true })
    expect(sheet.sheetProtection).not.toHaveProperty('hashValue')
  })

  it('writes validations that exceljs reads back per cell', () => {
    const sheet = workbook.worksheets[0]

    expect(sheet?.getCell('C2').dataValidation).toEqual({
      type: 'list',
      allowBlank: true,
      showInputMessage: true,
      showErrorMessage: true,
      formulae: ["'Danh mục'!$A$1:$A$2"],
      promptTitle: 'Chọn',
      prompt: 'Chọn Có hoặc Không',
      errorStyle: 'stop',
      errorTitle: 'Sai',
      error: 'Chỉ chọn trong danh sách',
    })
    expect(sheet?.getCell('C3').dataValidation).toMatchObject({
      type: 'whole',
      operator: 'between',
      formulae: [0, 1000],
      errorStyle: 'warning',
    })
    expect(sheet?.getCell('C4').dataValidation).toMatchObject({
      type: 'decimal',
      operator: 'between',
      formulae: [0, 100],
    })
    expect(sheet?.getCell('C4').dataValidation).not.toHaveProperty('allowBlank')
    expect(sheet?.getCell('D3').dataValidation).toMatchObject({
      type: 'date',
      formulae: [new Date(Date.UTC(2025, 0, 1)), new Date(Date.UTC(2025, 11, 31))],
    })
    expect(sheet?.getCell('C5').dataValidation).toMatchObject({
      type: 'textLength',
      operator: 'lessThanOrEqual',
      formulae: [500],
    })
    expect(sheet?.getCell('C6').dataValidation).toMatchObject({ type: 'list', formulae: ['"TRUE,FALSE"'] })
  })

  it('writes frozen panes, the auto-filter, merges, column widths and hidden columns', () => {
    const sheet = workbook.worksheets[0]

    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 1, topLeftCell: 'B2' })
    expect(sheet?.autoFilter).toBe('A1:D1')
    expect(sheet?.model.merges).toEqual(['A9:E9'])
    expect([sheet?.getColumn(1).width, sheet?.getColumn(2).width, sheet?.getColumn(5).hidden]).toEqual([
      12,
      50,
      true,
    ])
    expect(sheet?.getColumn(3).style.protection).toMatchObject({ locked: false })
  })

  it('writes styles: header fill, bold, number formats, text format for neutralised text', () => {
    const sheet = workbook.worksheets[0]

    expect(sheet?.getCell('A1').style).toMatchObject({
      font: { bold: true, name: 'Times New Roman' },
      fill: { fgColor: { argb: 'FFD9D9D9' } },
      alignment: { wrapText: true },
    })
    expect(sheet?.getCell('C7').font).toMatchObject({ bold: true, color: { argb: 'FFC00000' } })
    expect([
      sheet?.getCell('C4').numFmt,
      sheet?.getCell('D2').numFmt,
      sheet?.getCell('D3').numFmt,
      sheet?.getCell('C5').numFmt,
    ]).toEqual(['0.0', 'dd/mm/yyyy', 'dd/mm/yyyy hh:mm', '@'])
  })

  it('makes Times New Roman the workbook default font', () => {
    expect(partText(bytes, 'xl/styles.xml')).toMatch(
      /<fonts count="\d+" x14ac:knownFonts="1"><font><sz val="12"\/><color theme="1"\/><name val="Times New Roman"\/><family val="1"\/><\/font>/,
    )
    expect(partText(bytes, 'xl/styles.xml')).not.toContain('Calibri')
  })

  it('writes defined names with quoted sheet names, and the workbook properties', () => {
    expect(partText(bytes, 'xl/workbook.xml')).toContain(
      '<definedNames><definedName name="LuaChon">&apos;Danh mục&apos;!$A$1:$A$2</definedName></definedNames>',
    )
    expect([workbook.creator, workbook.created.toISOString()]).toEqual([
      'ICT Index Workbench',
      '2025-01-15T08:00:00.000Z',
    ])
  })

  it('writes only the template formula as a formula, and asks programs to recalculate', () => {
    const sheetXml = partText(bytes, 'xl/worksheets/sheet1.xml')

    expect(sheetXml.match(/<f>[^<]*<\/f>/g)).toEqual(['<f>SUM(C3:C4)</f>'])
    expect(partText(bytes, 'xl/workbook.xml')).toContain('fullCalcOnLoad="1"')
  })

  it('writes the same bytes for the same spec', async () => {
    expect(await write(EVERY_FEATURE_SPEC)).toEqual(bytes)
  })

  it('writes the sheet names prepareWorkbookSpec announces', () => {
    const prepared = prepareWorkbookSpec(EVERY_FEATURE_SPEC)

    expect(prepared.ok && prepared.value.sheetNames.map((entry) => entry.written)).toEqual(
      workbook.worksheets.map((sheet) => sheet.name),
    )
  })
})

describe('writeWorkbook', () => {
  it('returns the issues of an invalid spec and writes nothing', async () => {
    expect(await writeWorkbook({ sheets: [{ name: 'S', rows: [[Number.POSITIVE_INFINITY]] }] })).toEqual({
      ok: false,
      error: [{ code: 'non-finite-number', sheet: 'S', cell: 'A1' }],
    })
  })

  it('writes text that looks like an OOXML escape so that it reads back unchanged', async () => {
    const bytes = await write({ sheets: [{ name: 'S', rows: [['_x0041_', 'a_X00e9_b', '_x005F_']] }] })
    const read = await readWorkbook(bytes)

    expect(read.ok && read.value.sheets[0]?.rows).toEqual([['_x0041_', 'a_X00e9_b', '_x005F_']])
  })

  it('keeps cached template-formula results that are 0, false or empty', async () => {
    const formula = (result: number | boolean) => ({ type: 'formula', formula: 'A1', result }) as const
    const read = await readWorkbook(
      await write({ sheets: [{ name: 'S', rows: [[formula(0), formula(false)]] }] }),
    )

    expect(read.ok && read.value.sheets[0]?.rows).toEqual([
      [
        { type: 'formula', formula: 'A1', result: 0 },
        { type: 'formula', formula: 'A1', result: false },
      ],
    ])
  })

  it('writes __proto__ and constructor as sheet, defined-name and cell text', async () => {
    const bytes = await write({
      sheets: [
        { name: '__proto__', rows: [['__proto__', 'constructor']] },
        { name: 'constructor', rows: [] },
      ],
      definedNames: [
        { name: '__proto__', sheet: '__proto__', range: 'A1' },
        { name: 'constructor', sheet: 'constructor', range: 'A1:B2' },
      ],
    })
    const read = await readWorkbook(bytes)

    expect(read.ok && read.value.sheets.map((sheet) => [sheet.name, sheet.rows])).toEqual([
      ['__proto__', [['__proto__', 'constructor']]],
      ['constructor', []],
    ])
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('addCellEx')
  })

  it('writes a 10,000-cell sheet', async () => {
    const rows = Array.from({ length: 100 }, (_, row) =>
      Array.from({ length: 100 }, (__, column) => (column % 2 === 0 ? row * column : `v${row}-${column}`)),
    )
    const read = await readWorkbook(await write({ sheets: [{ name: 'Big', rows }] }))

    expect(read.ok && read.value.sheets[0]?.rows).toEqual(rows)
  })

  it('refuses nothing that exceljs would silently truncate: unzipped parts stay readable', async () => {
    const bytes = await write({ sheets: [{ name: 'x'.repeat(40), rows: [['a\uFFFEb\u0001c\uD800']] }] })

    expect(Object.keys(unzipSync(bytes))).toContain('xl/worksheets/sheet1.xml')
    expect(
      (await loadWithExcelJs(bytes)).worksheets.map((sheet) => [sheet.name, sheet.getCell('A1').value]),
    ).toEqual([['x'.repeat(31), 'abc\uFFFD']])
  })
})
