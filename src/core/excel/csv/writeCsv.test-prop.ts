import { fc, test } from '@fast-check/vitest'
import { expect } from 'vitest'
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
