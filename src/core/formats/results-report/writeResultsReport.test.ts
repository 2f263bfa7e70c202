import { unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { aUnit } from '@core/assessment/testing/anAssessmentFramework'
import type { Sheet } from '@core/excel/sheetWorkbook'
import { readWorkbook } from '@core/excel/xlsx/readWorkbook'
import { computeAssessment } from '@core/scoring/computeAssessment'
import { buildResultsReportSpec } from './buildResultsReportSpec'
import { SUMMARY_TABLE } from './summarySheet'
import { aReportInput } from './testing/aReportInput'
import { writeResultsReport } from './writeResultsReport'

async function written(input = aReportInput()) {
  const bytes = await writeResultsReport(input)
  if (!bytes.ok) throw new Error(JSON.stringify(bytes.error))
  const workbook = await readWorkbook(bytes.value)
  if (!workbook.ok) throw new Error(JSON.stringify(workbook.error))
  const sheet = (name: string): Sheet => {
    const found = workbook.value.sheets.find((candidate) => candidate.name === name)
    if (found === undefined) throw new Error(`no sheet ${name}`)
    return found
  }
  return { bytes: bytes.value, workbook: workbook.value, sheet }
}

describe('writeResultsReport', () => {
  it('writes the Vietnamese sheets: summary, one per component, answers, appraisals, indicators, method, and the very hidden manifest', async () => {
    const { workbook } = await written()

    expect(workbook.sheets.map((sheet) => sheet.name)).toEqual([
      'Tổng hợp',
      'HTKT',
      'HTNL',
      'UD',
      'Số liệu gốc',
      'Thẩm định',
      'Chỉ tiêu - giá trị',
      'Chỉ tiêu - chuẩn hoá',
      'Phương pháp',
      '_manifest',
    ])
    expect(workbook.sheets.map((sheet) => sheet.state).filter((state) => state !== 'visible')).toEqual([
      'veryHidden',
    ])
  })

  it('ranks and scores exactly as the engine, with full precision in the cells', async () => {
    const input = aReportInput(12)
    const { sheet } = await written(input)

    const rows = sheet('Tổng hợp').rows.slice(SUMMARY_TABLE.dataRow - 1)
    const root = input.result.components[input.result.rootCode]
    expect(rows).toHaveLength(12)
    for (const row of rows) {
      const index = input.result.units.findIndex((unit) => unit.code === row[1])
      expect(row[0]).toBe(root?.rank[index])
      expect(row[2]).toBe(input.result.units[index]?.name)
      expect(row[4]).toBe(root?.score[index])
      expect(row[5]).toBe(input.result.components['HTKT']?.score[index])
      expect(row[6]).toBe(input.result.components['HTKT']?.rank[index])
    }
    expect(rows.map((row) => row[0])).toEqual(
      [...rows.map((row) => row[0])].sort((a, b) => Number(a) - Number(b)),
    )
  })

  it('rounds only in the display format, freezes the headers and puts filters on every table', () => {
    const spec = buildResultsReportSpec(aReportInput())

    const summary = spec.sheets[0]
    expect(summary?.freeze).toEqual({ rows: SUMMARY_TABLE.dataRow - 1, columns: 3 })
    expect(summary?.autoFilter).toBe('A6:K12')
    const scoreCell = summary?.rows[SUMMARY_TABLE.dataRow - 1]?.[4]
    expect(scoreCell).toMatchObject({ style: { numberFormat: '0.0000' } })
    for (const sheet of spec.sheets.filter(
      (candidate) => candidate.name !== 'Phương pháp' && candidate.state !== 'veryHidden',
    ))
      expect(sheet.autoFilter, sheet.name).toBeDefined()
  })

  it('uses Times New Roman as the workbook font', async () => {
    const { bytes } = await written()

    const styles = new TextDecoder().decode(unzipSync(bytes)['xl/styles.xml'])
    expect(styles).toContain('<name val="Times New Roman"/>')
  })

  it('shows the final answers with appraised cells highlighted and lists the appraisals with their reasons', async () => {
    const input = aReportInput()
    const { sheet } = await written(input)

    const answers = sheet('Số liệu gốc')
    const codes = answers.rows[2] ?? []
    const row = answers.rows.find((candidate) => candidate[0] === 'DV02')
    expect(row?.[codes.indexOf('MayTinh')]).toBe(75)
    expect(buildResultsReportSpec(input).sheets[4]?.rows.flat()).toContainEqual({
      value: 75,
      style: { fill: 'DDEBF7' },
    })
    expect(sheet('Thẩm định').rows[1]).toEqual([
      'DV02',
      'Sở DV02 tỉnh Hà Tĩnh',
      'MayTinh',
      expect.any(String),
      75,
      'Biên bản kiểm kê tài sản',
      '2026-03-01T08:00:00.000Z',
    ])
  })

  it('lists, for appraisals that decide a unit’s response, the explanation and the decision on Thẩm định', async () => {
    const base = aReportInput()
    const input = aReportInput(6, {
      appraisals: [
        ...base.appraisals,
        {
          unit: 'DV03',
          question: 'SoCBCC',
          value: 120,
          reason: 'Danh sách bổ sung hợp lệ',
          at: '2026-04-20T08:00:00.000Z',
          response: {
            round: 1,
            responseId: 'ab'.repeat(32),
            decision: 'revised',
            explanation: 'Đơn vị tiếp nhận 20 biên chế theo QĐ 12',
          },
        },
      ],
    })
    const { sheet } = await written(input)
    const rows = sheet('Thẩm định').rows
    expect(rows[0]?.slice(7)).toEqual(['Giải trình của đơn vị', 'Quyết định'])
    expect(rows.find((row) => row[0] === 'DV03')?.slice(4)).toEqual([
      120,
      'Danh sách bổ sung hợp lệ',
      '2026-04-20T08:00:00.000Z',
      'Đơn vị tiếp nhận 20 biên chế theo QĐ 12',
      'Điều chỉnh (vòng 1)',
    ])
    // an ordinary appraisal leaves both empty
    expect(
      rows
        .find((row) => row[0] === 'DV02')
        ?.slice(7)
        .filter((cell) => cell !== null),
    ).toEqual([])
  })

  it('compares with last year by unit code when there is a previous year', async () => {
    const input = aReportInput(6)
    const previousResult = computeAssessment(
      input.framework,
      [...input.units]
        .reverse()
        .map((unit, index) => ({ ...unit, answers: input.units[index]?.answers ?? {} })),
    )
    const { sheet } = await written({ ...input, previous: { year: 2024, result: previousResult } })

    const change = sheet('So với năm trước')
    const row = change.rows.find((candidate) => candidate[0] === 'DV01') ?? []
    const now = input.result.components['ICT']?.rank[0] ?? 0
    const before =
      previousResult.components['ICT']?.rank[
        previousResult.units.findIndex((unit) => unit.code === 'DV01')
      ] ?? 0
    expect(row.slice(2, 5)).toEqual([now, before, before - now])
  })

  it('notes the units whose last-year values are restated through the unit lineage', async () => {
    const input = aReportInput(4)
    const restated = new Map([
      [
        'DV01',
        {
          unit: 'DV01',
          predecessors: [
            { code: 'CU1', name: 'Sở cũ 1' },
            { code: 'CU2', name: 'Sở cũ 2' },
          ],
          kinds: ['merged' as const],
          rule: { kind: 'mean' as const },
          comparable: true,
          missingWeights: [],
        },
      ],
    ])
    const { sheet } = await written({ ...input, previous: { year: 2024, result: input.result, restated } })

    const change = sheet('So với năm trước')
    const header = change.rows.find((row) => row[0] === 'Mã') ?? []
    expect(header.at(-1)).toBe('Ghi chú quy đổi năm 2024')
    expect((change.rows.find((row) => row[0] === 'DV01') ?? []).at(-1)).toBe(
      'ghép từ 2 đơn vị: CU1 (Sở cũ 1), CU2 (Sở cũ 2); trung bình cộng',
    )
    const other = change.rows.find((row) => row[0] === 'DV02') ?? []
    expect(other.some((cell) => typeof cell === 'string' && cell.includes('ghép'))).toBe(false)
    expect(String(change.rows[1]?.[0])).toContain('số liệu năm trước được quy đổi theo đơn vị năm nay')
  })

  it('keeps formula-like unit names as text', async () => {
    const input = aReportInput(3)
    const hostile = {
      ...input.result,
      units: input.result.units.map((unit, index) =>
        index === 0 ? { ...unit, name: '=HYPERLINK("http://x","y")' } : unit,
      ),
    }
    const { sheet } = await written({
      ...input,
      result: hostile,
      units: input.units.map((unit, index) =>
        index === 0 ? { ...unit, ...aUnit(unit.code), name: '=HYPERLINK("http://x","y")' } : unit,
      ),
    })

    expect(
      sheet('Tổng hợp')
        .rows.slice(SUMMARY_TABLE.dataRow - 1)
        .map((row) => row[2]),
    ).toContain('=HYPERLINK("http://x","y")')
  })
})

describe('writeResultsReport with charts', () => {
  it('puts the charts drawn by the renderer on their own sheet as pictures', async () => {
    const png = Uint8Array.from(
      atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC'),
      (character) => character.charCodeAt(0),
    )
    const { bytes, workbook } = await written(
      aReportInput(4, {
        charts: [
          { title: 'Chỉ số theo đơn vị', png, width: 800, height: 400 },
          { title: 'Các chỉ số thành phần', png, width: 800, height: 400 },
        ],
      }),
    )

    expect(workbook.sheets.map((sheet) => sheet.name)).toContain('Biểu đồ')
    expect(Object.keys(unzipSync(bytes)).filter((name) => name.endsWith('.png'))).toHaveLength(2)
  })
})

describe('writeResultsReport progress and cancel', () => {
  it('tells one step per sheet and stops with `cancelled` and no bytes when aborted midway', async () => {
    const controller = new AbortController()
    const seen: number[] = []

    const bytes = await writeResultsReport(aReportInput(), {
      signal: controller.signal,
      onProgress: ({ done, total }) => {
        seen.push(done)
        expect(total).toBeGreaterThan(3)
        if (done === 2) controller.abort()
      },
    })

    expect(bytes).toEqual({ ok: false, error: [{ code: 'cancelled' }] })
    expect(seen).toEqual([1, 2])
  })
})
