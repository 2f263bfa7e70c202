import { unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import type { SheetSpec, SpecCell } from '@core/excel/workbookSpec'
import { readResultsFile } from '@core/formats/results-table/readResultsFile'
import { buildResultsReportSpec } from './buildResultsReportSpec'
import { contentWidth, MIN_PRINT_SCALE, PRINT_MARGINS, PRINT_WIDTH } from './printLayout'
import { SUMMARY_TABLE } from './summarySheet'
import { aReportInput } from './testing/aReportInput'
import { sampleReportInput } from './testing/sampleReportInput'
import { writeResultsReport } from './writeResultsReport'

const valueOf = (cell: SpecCell | undefined) =>
  cell !== null && typeof cell === 'object' && 'value' in cell && !('type' in cell) ? cell.value : cell
const row = (sheet: SheetSpec | undefined, number: number) => (sheet?.rows[number - 1] ?? []).map(valueOf)

describe('the results report on paper', () => {
  const spec = buildResultsReportSpec(sampleReportInput())
  const summary = spec.sheets[0]

  it('sets every sheet to A4 with binding margins, the name and year on top and Trang n/N below', () => {
    // the very hidden manifest is never printed
    for (const sheet of spec.sheets.filter((candidate) => candidate.state !== 'veryHidden')) {
      const page = sheet.page
      expect(page, sheet.name).toBeDefined()
      expect(page?.margins, sheet.name).toEqual(PRINT_MARGINS[page?.orientation ?? 'portrait'])
      expect(page?.header, sheet.name).toEqual({
        center: ['Bộ chỉ số sẵn sàng ứng dụng CNTT cấp sở, ban, ngành — năm 2026'],
      })
      expect(page?.footer, sheet.name).toEqual({
        center: ['Trang ', { field: 'page' }, '/', { field: 'pages' }],
      })
    }
    expect(PRINT_MARGINS.portrait.left).toBeGreaterThanOrEqual(30)
    expect(PRINT_MARGINS.landscape.top).toBeGreaterThanOrEqual(30)
  })

  it('prints Tổng hợp landscape, one page wide, its two header rows repeated on every page', () => {
    expect(summary?.page).toMatchObject({
      orientation: 'landscape',
      fitToWidth: 1,
      printTitleRows: { first: SUMMARY_TABLE.headerRow, last: SUMMARY_TABLE.headerRow + 1 },
    })
    expect(summary?.page?.printTitleColumns).toBeUndefined()
  })

  it('keeps the narrow method sheet portrait and splits only tables too wide for half scale', () => {
    const method = spec.sheets.find((sheet) => sheet.name === 'Phương pháp')
    const answers = spec.sheets.find((sheet) => sheet.name === 'Số liệu gốc')
    const appraisals = spec.sheets.find((sheet) => sheet.name === 'Thẩm định')
    expect(appraisals?.page?.orientation).toBe('landscape')
    // with the explanation and decision columns (vòng giải trình) it still prints one page wide
    const input = sampleReportInput()
    const [first] = input.appraisals
    const decided = buildResultsReportSpec({
      ...input,
      appraisals: [
        ...input.appraisals,
        {
          ...(first as NonNullable<typeof first>),
          at: '2099-01-01T00:00:00.000Z',
          response: { round: 1, responseId: 'ab'.repeat(32), decision: 'kept', explanation: 'Giải trình' },
        },
      ],
    }).sheets.find((sheet) => sheet.name === 'Thẩm định')
    expect(decided?.rows[0]).toHaveLength(9)
    expect(decided?.page).toMatchObject({ orientation: 'landscape', fitToWidth: 1 })
    expect(contentWidth(decided as SheetSpec) * MIN_PRINT_SCALE).toBeLessThanOrEqual(PRINT_WIDTH.landscape)
    expect(method?.page?.fitToWidth).toBe(1)
    // 80-odd question columns cannot print one page wide above half scale: code and name repeat
    expect(answers?.page?.fitToWidth).toBeGreaterThan(1)
    expect(answers?.page?.printTitleColumns).toEqual({ first: 1, last: 2 })
    expect(answers?.page?.printTitleRows).toEqual({ first: 2, last: 3 })
    expect(MIN_PRINT_SCALE).toBe(0.5)
  })

  it('makes header rows tall enough for the wrapped component names', () => {
    const heights = new Map(summary?.rowHeights?.map((entry) => [entry.row, entry.height]))
    // "Cổng/Trang thông tin điện tử và dịch vụ công trực tuyến (UD_CTTDT)" in 15 characters: 5 bold lines
    expect(heights.get(SUMMARY_TABLE.headerRow)).toBeGreaterThanOrEqual(5 * 15.75)
    expect(heights.has(SUMMARY_TABLE.headerRow + 1)).toBe(false)
    // a long unit name wraps in its row, which is made two lines tall
    const long = summary?.rows.findIndex((cells) => valueOf(cells[1]) === 'BQL-KCNC') ?? -1
    expect(summary?.rows[long]?.[2]).toMatchObject({ style: { wrap: true } })
    expect(heights.get(long + 1)).toBeGreaterThanOrEqual(2 * 15.75)
  })

  it('names groups instead of showing their codes', () => {
    const groups = new Set(
      summary?.rows.slice(SUMMARY_TABLE.dataRow - 1, -8).map((cells) => valueOf(cells[3])),
    )
    expect(groups).toEqual(new Set(['Sở, ban, ngành', 'UBND quận, huyện, thị xã, thành phố']))
  })

  it('follows each component value with the unit’s rank on it, under the component’s name', () => {
    const input = sampleReportInput()
    expect(row(summary, SUMMARY_TABLE.headerRow).slice(4, 7)).toEqual([
      'Chỉ số sẵn sàng ứng dụng CNTT của sở, ban, ngành (ICT)',
      'Chỉ số hạ tầng kỹ thuật (HTKT)',
      '',
    ])
    expect(row(summary, SUMMARY_TABLE.headerRow + 1).slice(5, 9)).toEqual([
      'Giá trị',
      'Hạng',
      'Giá trị',
      'Hạng',
    ])
    expect(summary?.merges).toContain('F5:G5')
    const first = row(summary, SUMMARY_TABLE.dataRow)
    const index = input.result.units.findIndex((unit) => unit.code === first[1])
    const htkt = input.result.components['HTKT']
    const cttdt = input.result.components['UD_CTTDT']
    expect(first.slice(5, 7)).toEqual([htkt?.score[index], htkt?.rank[index]])
    expect(first.slice(-2)).toEqual([cttdt?.score[index], cttdt?.rank[index]])
  })

  it('ends Tổng hợp with the signature block, nothing in the code column', () => {
    const rows = summary?.rows ?? []
    const block = rows.slice(-8).map((cells) => cells.map(valueOf))
    expect(block[0]).toEqual([])
    expect(block[1]?.filter((cell) => cell !== null)).toEqual(['Đà Nẵng, ngày …… tháng …… năm ……'])
    expect(block[2]?.filter((cell) => cell !== null)).toEqual(['Người lập biểu', 'Thủ trưởng đơn vị'])
    expect(block[3]?.filter((cell) => cell !== null)).toEqual(['(Ký, ghi rõ họ tên)', '(Ký, ghi rõ họ tên)'])
    expect(block[7]?.filter((cell) => cell !== null)).toEqual(['Nguyễn Văn An', 'Trần Thị Bình'])
    for (const cells of block) expect(cells[1] ?? null).toBeNull()
    const last = rows.length
    expect(summary?.merges).toContain(`C${last}:D${last}`)
  })

  it('prints no signature block when the assessment has none, and dots for a missing place', () => {
    const without = buildResultsReportSpec(sampleReportInput({ signature: null })).sheets[0]
    expect(without?.rows).toHaveLength(SUMMARY_TABLE.dataRow - 1 + 28)
    const noPlace = buildResultsReportSpec(
      sampleReportInput({ signature: { place: '', preparer: 'A', head: '' } }),
    ).sheets[0]
    expect(noPlace?.rows.flat().map(valueOf)).toContain('……………, ngày …… tháng …… năm ……')
  })

  it('still reads back as last year’s results: ranks, scores and units, signature and rank columns ignored', async () => {
    const input = sampleReportInput()
    const bytes = await writeResultsReport(input)
    if (!bytes.ok) throw new Error(JSON.stringify(bytes.error))
    const read = await readResultsFile(bytes.value, 'ket-qua-2026.xlsx')
    if (!read.ok) throw new Error(JSON.stringify(read.error))

    expect(read.value.result.units.map((unit) => unit.code).sort()).toEqual(
      input.result.units.map((unit) => unit.code).sort(),
    )
    const at = read.value.result.units.findIndex((unit) => unit.code === 'STC')
    const there = input.result.units.findIndex((unit) => unit.code === 'STC')
    expect(read.value.result.components['HTKT']?.score[at]).toBe(
      input.result.components['HTKT']?.score[there],
    )
    expect(read.value.result.components['ICT']?.rank[at]).toBe(input.result.components['ICT']?.rank[there])
    expect(Object.keys(read.value.result.components).sort()).toEqual(
      ['HTKT', 'HTNL', 'ICT', 'UD', 'UD_CTTDT', 'UD_NB'].sort(),
    )
  })

  it('writes the page setup into the file: A4, landscape, fit to width, print titles, header and footer', async () => {
    const bytes = await writeResultsReport(aReportInput())
    if (!bytes.ok) throw new Error(JSON.stringify(bytes.error))
    const files = unzipSync(bytes.value)
    const text = (name: string) => new TextDecoder().decode(files[name])
    const sheet = text('xl/worksheets/sheet1.xml')
    const setup = /<pageSetup [^>]*\/>/.exec(sheet)?.[0] ?? ''
    expect(setup).toMatch(/paperSize="9"/)
    expect(setup).toMatch(/orientation="landscape"/)
    expect(setup).toMatch(/fitToWidth="1"/)
    expect(setup).toMatch(/fitToHeight="0"/)
    expect(sheet).toContain('<pageSetUpPr fitToPage="1"/>')
    expect(sheet).toContain('<oddFooter>&amp;CTrang &amp;P/&amp;N</oddFooter>')
    expect(sheet).toMatch(/<oddHeader>&amp;C.+ — năm 2025<\/oddHeader>/)
    expect(text('xl/workbook.xml').replace(/&apos;/g, "'")).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="0">'Tổng hợp'!$5:$6</definedName>`,
    )
  })
})
