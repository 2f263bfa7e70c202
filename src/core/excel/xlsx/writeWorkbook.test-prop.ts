// Property: readWorkbook(writeWorkbook(spec)) gives back the values written — strings as
// sanitiseCellText leaves them ('' reads as an empty cell), numbers exactly (-0 as 0), booleans,
// and dates as the same calendar date. Each run writes an xlsx, so runs are few.
import { fc, test } from '@fast-check/vitest'
import { expect } from 'vitest'
import { assignSheetNames } from '@core/excel/assignSheetNames'
import { formatCellDate } from '@core/excel/cellDate'
import { sanitiseCellText } from '@core/excel/sanitiseCellText'
import type { CellValue } from '@core/excel/sheetWorkbook'
import type { WritableCellValue } from '@core/excel/workbookSpec'
import { readWorkbook } from './readWorkbook'
import { writeWorkbook } from './writeWorkbook'

const vietnamese = fc.constantFrom(
  'Sở Thông tin và Truyền thông',
  'Việt',
  'Vie\u0323\u0302t',
  'Đà Nẵng',
  'ủy ban',
  'Q\u0303',
)
const formulaLike = fc
  .tuple(
    fc.constantFrom('=', '+', '-', '@', '\t', '\r', ' =', "'=", '＝', '\uFEFF='),
    fc.string({ maxLength: 8 }),
  )
  .map(([head, tail]) => head + tail)
const nasty = fc.string({
  unit: fc.constantFrom(
    '\u0000',
    '\u0001',
    '\u001F',
    '\u007F',
    '\uFFFE',
    '\uFFFF',
    '\uD800',
    '\uDC00',
    '\r',
    '\n',
    '\t',
    '_x0041_',
    '😀',
    'a',
    "'",
    ' ',
  ),
})
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  vietnamese,
  formulaLike,
  nasty,
)
const date = fc
  .date({ min: new Date(Date.UTC(1900, 2, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true })
  .map(
    (value) =>
      ({
        type: 'date',
        iso: formatCellDate(Math.floor(value.getTime() / 1000) * 1000) ?? '2000-01-01',
      }) as const,
  )
const value: fc.Arbitrary<WritableCellValue> = fc.oneof(
  text,
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  date,
  fc.constant(null),
)
const grid = fc.array(fc.array(value, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 })

const expected = (written: WritableCellValue): CellValue => {
  if (typeof written === 'string') {
    const sanitised = sanitiseCellText(written).text
    return sanitised === '' ? null : sanitised
  }
  if (typeof written === 'number') return written === 0 ? 0 : written
  return written as CellValue
}
const trimmed = (rows: readonly (readonly CellValue[])[]): readonly (readonly CellValue[])[] => {
  const dense = rows.map((row) => {
    const last = row.reduce<number>((found, cell, index) => (cell === null ? found : index), -1)
    return row.slice(0, last + 1)
  })
  const lastRow = dense.reduce<number>((found, row, index) => (row.length === 0 ? found : index), -1)
  return dense.slice(0, lastRow + 1)
}

test.prop([grid], { numRuns: 30 })(
  'readWorkbook(writeWorkbook(spec)) gives the written values back',
  async (rows) => {
    const written = await writeWorkbook({ sheets: [{ name: 'S', rows }] })
    if (!written.ok) throw new Error(JSON.stringify(written.error))
    const read = await readWorkbook(written.value)

    expect(read.ok && read.value.sheets[0]?.rows).toEqual(trimmed(rows.map((row) => row.map(expected))))
  },
)

test.prop(
  [
    fc.array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 40 }), vietnamese, nasty), {
      minLength: 1,
      maxLength: 6,
    }),
  ],
  { numRuns: 30 },
)('sheets come back under the names assignSheetNames announces, in order', async (names) => {
  const written = await writeWorkbook({ sheets: names.map((name, index) => ({ name, rows: [[index]] })) })
  if (!written.ok) throw new Error(JSON.stringify(written.error))
  const read = await readWorkbook(written.value)

  expect(read.ok && read.value.sheets.map((sheet) => [sheet.name, sheet.rows])).toEqual(
    assignSheetNames(names).map((entry, index) => [entry.written, [[index]]]),
  )
})
