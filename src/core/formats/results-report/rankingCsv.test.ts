import { describe, expect, it } from 'vitest'
import { parseCsv } from '@core/excel/csv/parseCsv'
import { rankingCsv } from './rankingCsv'
import { aReportInput } from './testing/aReportInput'

describe('rankingCsv', () => {
  it('writes the ranking best first with full-precision scores and a BOM', () => {
    const { framework, result } = aReportInput(5)

    const csv = rankingCsv(framework, result)

    expect(csv.startsWith('\uFEFF')).toBe(true)
    const parsed = parseCsv(csv, { restoreNeutralised: true })
    if (!parsed.ok) throw new Error('unparsable')
    expect(parsed.value.rows[0]).toEqual([
      'Hạng',
      'Mã',
      'Đơn vị',
      'Nhóm',
      'ICT',
      'HTKT',
      'HTNL',
      'UD',
      'Xếp loại',
    ])
    const first = parsed.value.rows[1] ?? []
    const index = result.units.findIndex((unit) => unit.code === first[1])
    expect(first[0]).toBe('1')
    expect(Number(first[4])).toBe(result.components['ICT']?.score[index])
  })
})
