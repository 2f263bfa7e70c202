// Export correctness (docs/reliability.md §5.6): XL-OUT-01 injection, XL-OUT-04 altered text,
// XL-OUT-05 sheet names, XL-OUT-06 time zones.
import ExcelJS from 'exceljs'
import { unzipSync } from 'fflate'
import { afterEach, describe, expect, it } from 'vitest'
import { assignSheetNames } from '@core/excel/assignSheetNames'
import { sanitiseCellText } from '@core/excel/sanitiseCellText'
import { INJECTION_PAYLOADS } from '@core/excel/testing/injectionPayloads'
import type { WorkbookSpec } from '@core/excel/workbookSpec'
import { readWorkbook } from './readWorkbook'
import { writeWorkbook } from './writeWorkbook'

const write = async (spec: WorkbookSpec): Promise<Uint8Array> => {
  const written = await writeWorkbook(spec)
  if (!written.ok) throw new Error(JSON.stringify(written.error))
  return written.value
}
const sheetXmls = (bytes: Uint8Array): readonly string[] =>
  Object.entries(unzipSync(bytes))
    .filter(([name]) => name.startsWith('xl/worksheets/'))
    .map(([, data]) => new TextDecoder().decode(data))

describe('writeWorkbook against formula injection (XL-OUT-01)', () => {
  const templateFormula = { type: 'formula', formula: 'COUNTA(A1:A40)', result: 40 } as const

  it('writes every payload as a string cell and no <f> but the template formula', async () => {
    const bytes = await write({
      sheets: [
        {
          name: 'S',
          rows: [
            ...INJECTION_PAYLOADS.map((payload) => [payload, { value: payload, style: { locked: false } }]),
            [templateFormula],
          ],
        },
      ],
    })
    const formulas = sheetXmls(bytes).flatMap((xml) => xml.match(/<f[\s>][^<]*<\/f>/g) ?? [])

    expect(formulas).toEqual(['<f>COUNTA(A1:A40)</f>'])
  })

  it('writes every payload with a guard apostrophe, shown as text with the Text format', async () => {
    const bytes = await write({
      sheets: [{ name: 'S', rows: INJECTION_PAYLOADS.map((payload) => [payload]) }],
    })
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(bytes.slice().buffer)
    const cells = INJECTION_PAYLOADS.map((_, index) => workbook.worksheets[0]?.getCell(index + 1, 1))

    expect(
      cells.filter(
        (cell) => typeof cell?.value !== 'string' || !cell.value.startsWith("'") || cell.numFmt !== '@',
      ),
    ).toEqual([])
  })

  it('gives every payload back exactly as sanitised, through readWorkbook', async () => {
    const bytes = await write({
      sheets: [{ name: 'S', rows: INJECTION_PAYLOADS.map((payload) => [payload]) }],
    })
    const read = await readWorkbook(bytes)

    expect(read.ok && read.value.sheets[0]?.rows.map((row) => row[0])).toEqual(
      INJECTION_PAYLOADS.map((payload) => sanitiseCellText(payload).text),
    )
  })

  it('leaves negative and positive numbers as numbers', async () => {
    const read = await readWorkbook(await write({ sheets: [{ name: 'S', rows: [[-1, +1, -0.5]] }] }))

    expect(read.ok && read.value.sheets[0]?.rows).toEqual([[-1, 1, -0.5]])
  })
})

describe('writeWorkbook with text exceljs would alter (XL-OUT-04)', () => {
  it('writes a file exceljs itself can read back, with the sanitised text', async () => {
    const texts = [
      'a\uFFFEb',
      'a\u0000b',
      'a\u000Bb',
      'a\uD800b',
      'a\u007Fb',
      'line\r\nbreak',
      'x'.repeat(32_767),
    ]
    const bytes = await write({ sheets: [{ name: 'S', rows: texts.map((text) => [text]) }] })
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(bytes.slice().buffer)

    expect(texts.map((_, index) => workbook.worksheets[0]?.getCell(index + 1, 1).value)).toEqual(
      texts.map((text) => sanitiseCellText(text).text),
    )
  })
})

describe('writeWorkbook with awkward sheet names (XL-OUT-05)', () => {
  it('never throws, never merges sheets, and writes the announced unique names', async () => {
    const prefix = 'Sở Thông tin và Truyền thông tỉnh '
    const requested = [
      `${prefix}Bắc Giang`,
      `${prefix}Bắc Ninh`,
      'Dept/Finance',
      'a\\b?c*d[e]f:g',
      'History',
      "'Quoted'",
      'Data',
      'data',
      'DATA',
      '',
      "'",
      '__proto__',
    ]
    const bytes = await write({ sheets: requested.map((name, index) => ({ name, rows: [[index]] })) })
    const read = await readWorkbook(bytes)

    expect(read.ok && read.value.sheets.map((sheet) => sheet.name)).toEqual(
      assignSheetNames(requested).map((entry) => entry.written),
    )
    expect(read.ok && read.value.sheets.map((sheet) => sheet.rows[0]?.[0])).toEqual(
      requested.map((_, index) => index),
    )
  })
})

describe('writeWorkbook across time zones (XL-OUT-06)', () => {
  const originalZone = process.env.TZ
  afterEach(() => {
    if (originalZone === undefined) delete process.env.TZ
    else process.env.TZ = originalZone
  })

  it.each(['Pacific/Kiritimati', 'America/Adak', 'Asia/Kathmandu', 'UTC'])(
    'keeps calendar dates in %s',
    async (zone) => {
      process.env.TZ = zone
      const isos = [
        '2024-01-31',
        '2024-03-10',
        '2024-11-03',
        '2024-02-29',
        '1900-03-01',
        '9999-12-31',
        '2024-07-01T00:30:00',
        '2024-12-31T23:59:59.999',
      ]
      const bytes = await write({
        sheets: [{ name: 'S', rows: [isos.map((iso) => ({ type: 'date', iso }))] }],
      })
      const read = await readWorkbook(bytes)

      expect(new Date(Date.UTC(2024, 0, 1)).getTimezoneOffset()).toBe(
        { 'Pacific/Kiritimati': -840, 'America/Adak': 600, 'Asia/Kathmandu': -345, UTC: 0 }[zone],
      )
      expect(read.ok && read.value.sheets[0]?.rows[0]).toEqual(isos.map((iso) => ({ type: 'date', iso })))
    },
  )
})
