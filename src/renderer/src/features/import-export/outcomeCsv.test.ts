import type { TFunction } from 'i18next'
import { describe, expect, it } from 'vitest'
import { parseCsv } from '@core/excel/csv/parseCsv'
import { outcomeCsv } from './outcomeCsv'

const t = ((key: string) => key.split('.').at(-1) ?? key) as unknown as TFunction

describe('outcomeCsv', () => {
  it('writes for Vietnamese Excel: BOM and semicolons, a text with a comma kept in one cell', () => {
    const csv = outcomeCsv(
      t,
      [
        {
          kind: 'duplicate',
          index: 0,
          fileName: 'a.xlsx',
          submissionId: 's-1',
          unitCode: 'SA',
          unitName: 'Sở A, B',
        },
      ],
      'vi',
    )

    expect(csv.startsWith('\uFEFFindex;file;outcome;unitCode;unitName;code;sheet;cell;message\r\n')).toBe(
      true,
    )
    const parsed = parseCsv(csv)
    expect(parsed.ok && parsed.value.rows[1]?.slice(0, 5)).toEqual([
      '1',
      'a.xlsx',
      'duplicate',
      'SA',
      'Sở A, B',
    ])
  })
})
