import { describe, expect, it } from 'vitest'
import { readCellNumber } from '@core/excel/cellNumber'
import { parseCsv } from '@core/excel/csv/parseCsv'
import { rankingCsv } from './rankingCsv'
import { aReportInput } from './testing/aReportInput'

const HEADER = ['Hạng', 'Mã', 'Đơn vị', 'Nhóm', 'ICT', 'HTKT', 'HTNL', 'UD', 'Xếp loại']

describe('rankingCsv', () => {
  it('writes the ranking best first with full-precision scores and a BOM', () => {
    const { framework, result } = aReportInput(5)

    const csv = rankingCsv(framework, result)

    expect(csv.startsWith('\uFEFF')).toBe(true)
    const parsed = parseCsv(csv, { restoreNeutralised: true })
    if (!parsed.ok) throw new Error('unparsable')
    expect(parsed.value.rows[0]).toEqual(HEADER)
    const first = parsed.value.rows[1] ?? []
    const index = result.units.findIndex((unit) => unit.code === first[1])
    expect(first[0]).toBe('1')
    expect(readCellNumber(first[4])).toBe(result.components['ICT']?.score[index])
  })

  it('writes for Vietnamese Excel by default: BOM bytes, a ;-separated header, decimal-comma scores', () => {
    const { framework, result } = aReportInput(5)

    const bytes = new TextEncoder().encode(rankingCsv(framework, result))

    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const lines = new TextDecoder().decode(bytes.slice(3)).split('\r\n')
    expect(lines[0]).toBe(HEADER.join(';'))
    const parsed = parseCsv(lines.join('\r\n'))
    expect(parsed.ok && parsed.value.delimiter).toBe(';')
    expect(parsed.ok && parsed.value.rows[1]?.[4]).toMatch(/^\d+,\d+$/)
  })

  it('writes the machine form with commas and decimal points when asked', () => {
    const { framework, result } = aReportInput(5)

    const csv = rankingCsv(framework, result, 'machine')

    expect(csv.split('\r\n')[0]).toBe(`\uFEFF${HEADER.join(',')}`)
    const parsed = parseCsv(csv)
    expect(parsed.ok && parsed.value.delimiter).toBe(',')
    expect(parsed.ok && parsed.value.rows[1]?.[4]).toMatch(/^\d+\.\d+$/)
  })
})
