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

  it("names a response's round in the message column, and each reason of a refused response with its code", () => {
    const csv = outcomeCsv(
      ((key: string, values?: { round?: number }) =>
        values?.round === undefined ? key : `${key}:${values.round}`) as unknown as TFunction,
      [
        {
          kind: 'imported',
          index: 0,
          fileName: 'STC-giai-trinh.zip',
          submissionId: 'r-1',
          unitCode: 'STC',
          unitName: 'Sở Tài chính',
          warnings: [],
          response: { round: 2 },
        },
        {
          kind: 'rejected',
          index: 1,
          fileName: 'STC-hong.zip',
          issues: [{ code: 'round-evidence-missing', question: 'MayTinh', fileName: 'QĐ.pdf' }],
        },
      ],
      'vi',
    )
    const parsed = parseCsv(csv)
    const rows = parsed.ok ? parsed.value.rows : []
    expect(rows[1]).toEqual([
      '1',
      'STC-giai-trinh.zip',
      'importExport.outcome.imported',
      'STC',
      'Sở Tài chính',
      '',
      '',
      '',
      'importExport.outcome.response:2',
    ])
    expect(rows[2]?.slice(0, 6)).toEqual([
      '2',
      'STC-hong.zip',
      'importExport.outcome.rejected',
      '',
      '',
      'round-evidence-missing',
    ])
  })
})
