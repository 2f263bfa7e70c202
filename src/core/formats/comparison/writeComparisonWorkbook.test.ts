import { describe, expect, it } from 'vitest'
import { readWorkbook } from '@core/excel/xlsx/readWorkbook'
import { groupIntoSeries } from '@core/comparison/comparisonSeries'
import { rankChanges } from '@core/comparison/rankChanges'
import { threeYearSeries } from '@core/comparison/testing/threeYearSeries'
import { writeComparisonWorkbook } from './writeComparisonWorkbook'

const years = threeYearSeries({ extraUnits: 12 }).map((year) => year.results)
const [series] = groupIntoSeries(years)
if (series === undefined) throw new Error('series')
// The smallest valid PNG: 1 × 1 white.
const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGP4//8/AwAI/AL+XJ/PggAAAABJRU5ErkJggg=='),
  (character) => character.charCodeAt(0),
)

describe('writeComparisonWorkbook', { timeout: 30_000 }, () => {
  it('writes every sheet, with full-precision numbers that read back as the results hold them', async () => {
    const bytes = await writeComparisonWorkbook({
      series,
      earlierYear: 2024,
      laterYear: 2026,
      unitCode: 'STTTT',
      charts: [{ title: 'Thử', png: PNG, width: 1, height: 1 }],
      generatedAt: '2026-04-01T08:00:00.000Z',
      appVersion: '0.1.0',
    })
    if (!bytes.ok) throw new Error(JSON.stringify(bytes.error))

    const workbook = await readWorkbook(bytes.value)

    if (!workbook.ok) throw new Error(JSON.stringify(workbook.error))
    expect(workbook.value.sheets.map((sheet) => sheet.name)).toEqual([
      'Tổng quan',
      'Các năm',
      'Thay đổi hạng',
      'Phân bố',
      'Theo nhóm',
      'Thành phần 2026',
      'Đơn vị STTTT',
      'Biểu đồ',
    ])
    const rankSheet = workbook.value.sheets[2]?.rows ?? []
    const expected = rankChanges(series.years[0] ?? years[0]!, series.years[2] ?? years[2]!)
    expect(rankSheet.slice(3).map((row) => [row[0], row[3], row[4], row[5], row[7]])).toEqual(
      expected.map((row) => [row.code, row.rankBefore, row.rankAfter, row.change, row.compositeAfter]),
    )
    const overview = workbook.value.sheets[0]?.rows.map((row) => row.join('|')) ?? []
    expect(overview.some((line) => line.startsWith('UD_DVCTT||Không so sánh được: đổi định nghĩa'))).toBe(
      true,
    )
    expect(overview.some((line) => line.startsWith('HTKT_MayChu|HTKT_SoMayChu|Đổi mã'))).toBe(true)
  })

  it('refuses years that are not in the series', async () => {
    const bytes = await writeComparisonWorkbook({
      series,
      earlierYear: 2019,
      laterYear: 2026,
      unitCode: null,
      charts: [],
      generatedAt: '2026-04-01T08:00:00.000Z',
      appVersion: '0.1.0',
    })

    expect(bytes).toEqual({ ok: false, error: [{ code: 'year-not-in-series' }] })
  })
})

describe('writeComparisonWorkbook progress and cancel', { timeout: 30_000 }, () => {
  it('stops with `cancelled` and no bytes when the signal is aborted after the first sheet', async () => {
    const controller = new AbortController()
    const seen: number[] = []

    const bytes = await writeComparisonWorkbook(
      {
        series,
        earlierYear: 2024,
        laterYear: 2026,
        unitCode: null,
        charts: [],
        generatedAt: '2026-04-01T08:00:00.000Z',
        appVersion: '0.1.0',
      },
      {
        signal: controller.signal,
        onProgress: ({ done }) => {
          seen.push(done)
          controller.abort()
        },
      },
    )

    expect(bytes).toEqual({ ok: false, error: [{ code: 'cancelled' }] })
    expect(seen).toEqual([1])
  })
})
