import { fc, test } from '@fast-check/vitest'
import { expect } from 'vitest'
import { readCellNumber } from '@core/excel/cellNumber'
import { csvStyleOptions } from './csvStyleOptions'
import { parseCsv } from './parseCsv'
import { writeCsv } from './writeCsv'

const field = fc.oneof(
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: fc.constantFrom(',', ';', '"', '\r', '\n', "'", '=', '-', ' ', 'a', 'ơ') }),
)
const rows = fc.array(fc.array(field, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 6 })

test.prop([rows, fc.constantFrom(',' as const, ';' as const)])(
  'parseCsv(writeCsv(rows)) gives the rows back',
  (table, delimiter) => {
    expect(
      parseCsv(writeCsv(table, { delimiter, bom: true }), { delimiter, restoreNeutralised: true }),
    ).toEqual({ ok: true, value: { delimiter, rows: table } })
  },
)

const finite = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
  fc.constantFrom(-0, 0.5, -0.5, 1e21, 1.5e-7, Number.MAX_VALUE, Number.MIN_VALUE, -Number.MIN_VALUE),
)

test.prop([
  fc.array(finite, { minLength: 1, maxLength: 6 }),
  fc.constantFrom('vi-excel' as const, 'machine' as const),
])('every finite number written in either style is read back as the same number', (numbers, style) => {
  // A header row first, as every table the app writes has: the separator is detected from it.
  const header = ['code', ...numbers.map((_, index) => `v${index}`)]
  const parsed = parseCsv(writeCsv([header, ['P1', ...numbers]], csvStyleOptions(style)))

  expect(parsed.ok && parsed.value.delimiter).toBe(style === 'vi-excel' ? ';' : ',')
  const fields = parsed.ok ? (parsed.value.rows[1] ?? []).slice(1) : []
  expect(fields.map((text) => readCellNumber(text))).toEqual(numbers.map((number) => number + 0))
})
