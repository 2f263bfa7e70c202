import { describe, expect, it } from 'vitest'
import { writeCsv } from '@core/excel/csv/writeCsv'
import { readWorkbook } from '@core/excel/xlsx/readWorkbook'
import { rankingCsv } from '@core/formats/results-report/rankingCsv'
import { writeResultsReport } from '@core/formats/results-report/writeResultsReport'
import type { UnitAnswers } from '@core/scoring/scoringOptions'
import { readResultsFile } from './readResultsFile'
import { resultsFromRows } from './readResultsTable'
import { threeYearSeries } from '@core/comparison/testing/threeYearSeries'

const [first] = threeYearSeries({ extraUnits: 4 })
if (first === undefined) throw new Error('a year')
const { framework, results } = first

describe('readResultsFile', { timeout: 30_000 }, () => {
  it('reads back the results report the evaluator writes: year, framework, every score and rank', async () => {
    const report = await writeResultsReport({
      framework,
      result: results.result,
      units: results.result.units.map((unit): UnitAnswers => ({ ...unit, answers: {} })),
      year: 2024,
      appraisals: [],
      previous: null,
      status: 'official',
      generatedAt: '2025-02-01T08:00:00.000Z',
      appVersion: '0.1.0',
    })
    if (!report.ok) throw new Error(JSON.stringify(report.error))

    const imported = await readResultsFile(report.value, 'bao-cao.xlsx')

    if (!imported.ok) throw new Error(JSON.stringify(imported.error))
    expect(imported.value).toMatchObject({
      year: 2024,
      frameworkId: framework.id,
      frameworkVersion: framework.version,
      source: { kind: 'imported', fileName: 'bao-cao.xlsx' },
    })
    expect(imported.value.result.units.map((unit) => unit.code).sort()).toEqual(
      results.result.units.map((unit) => unit.code).sort(),
    )
    for (const code of ['ICT', 'HTKT', 'UD_CTTDT']) {
      for (const [index, unit] of results.result.units.entries()) {
        const at = imported.value.result.units.findIndex((item) => item.code === unit.code)
        expect(imported.value.result.components[code]?.score[at], `${code} ${unit.code}`).toBe(
          results.result.components[code]?.score[index],
        )
        expect(imported.value.result.components[code]?.rank[at], `${code} ${unit.code}`).toBe(
          results.result.components[code]?.rank[index],
        )
      }
    }
    const index = results.result.units.findIndex((unit) => unit.code === 'STTTT')
    const at = imported.value.result.units.findIndex((unit) => unit.code === 'STTTT')
    expect(imported.value.result.indicators['HTKT_MayTinh']?.score[at]).toBe(
      results.result.indicators['HTKT_MayTinh']?.score[index],
    )
    expect(imported.value.structure.nodes.find((node) => node.code === 'HTNL')?.name.vi).toBe(
      'Chỉ số hạ tầng nhân lực',
    )
  })

  it('reads the ranking CSV, taking the year from the file name', async () => {
    const csv = new TextEncoder().encode(rankingCsv(framework, results.result))

    const imported = await readResultsFile(csv, 'xep-hang-2023.csv', { frameworkId: framework.id })

    if (!imported.ok) throw new Error(JSON.stringify(imported.error))
    expect(imported.value.year).toBe(2023)
    expect(imported.value.result.rootCode).toBe('ICT')
    expect(Object.keys(imported.value.result.components)).toEqual([
      'ICT',
      'HTKT',
      'HTNL',
      'UD',
      'UD_NB',
      'UD_CTTDT',
    ])
  })

  it.each(['vi-excel', 'machine'] as const)(
    'reads every score and rank of a ranking CSV in the %s style (; and decimal comma, or , and .)',
    async (style) => {
      const text = rankingCsv(framework, results.result, style)
      expect(text.split('\r\n')[0]).toContain(style === 'vi-excel' ? 'Hạng;Mã' : 'Hạng,Mã')

      const imported = await readResultsFile(new TextEncoder().encode(text), 'xep-hang-2023.csv', {
        frameworkId: framework.id,
      })

      if (!imported.ok) throw new Error(JSON.stringify(imported.error))
      for (const code of ['ICT', 'HTKT', 'UD_CTTDT'])
        for (const [index, unit] of results.result.units.entries()) {
          const at = imported.value.result.units.findIndex((item) => item.code === unit.code)
          expect(imported.value.result.components[code]?.score[at], `${code} ${unit.code}`).toBe(
            results.result.components[code]?.score[index],
          )
        }
    },
  )

  it('refuses a file that is neither xlsx nor csv', async () => {
    expect(await readResultsFile(new Uint8Array([1]), 'ket-qua.pdf')).toEqual({
      ok: false,
      error: [{ code: 'unsupported-file-type', fileName: 'ket-qua.pdf' }],
    })
  })

  it('round-trips a plain table through CSV', async () => {
    const text = writeCsv([
      ['uCode', 'uName', 'Composite', 'HTKT', 'Rank'],
      ['A', 'Sở A', 0.5, 0.4, 2],
      ['B', 'Sở B', 0.7, 0.9, 1],
    ])

    const imported = await readResultsFile(new TextEncoder().encode(text), 'ket-qua.csv', {
      year: 2022,
      rootCode: 'ICT',
    })

    expect(imported.ok && imported.value.result.components['ICT']).toEqual({
      code: 'ICT',
      score: [0.5, 0.7],
      rank: [2, 1],
    })
  })
})

describe('resultsFromRows', () => {
  it('reads a plain table with a decimal comma and group and rank columns', () => {
    const imported = resultsFromRows(
      [
        ['uCode', 'uName', 'Nhóm', 'Chỉ số chung', 'Hạ tầng kỹ thuật (HTKT)', 'Hạng'],
        ['STC', 'Sở Tài chính', 'Sở, ban, ngành', '0,7123', '0,8', '1'],
        ['SYT', 'Sở Y tế', 'Sở, ban, ngành', '0,5', '', '2'],
      ],
      'ket-qua.csv',
      { year: 2022, rootCode: 'ICT', frameworkId: 'dept-ict-readiness' },
    )

    if (!imported.ok) throw new Error(JSON.stringify(imported.error))
    expect(imported.value.result.components['ICT']).toEqual({
      code: 'ICT',
      score: [0.7123, 0.5],
      rank: [1, 2],
    })
    expect(imported.value.result.components['HTKT']).toEqual({
      code: 'HTKT',
      score: [0.8, null],
      rank: [1, null],
    })
    expect(imported.value.result.units[0]).toEqual({
      code: 'STC',
      name: 'Sở Tài chính',
      group: 'Sở, ban, ngành',
    })
    expect(imported.value.structure.nodes.find((node) => node.code === 'HTKT')).toMatchObject({
      parent: 'ICT',
      name: { vi: 'Hạ tầng kỹ thuật' },
    })
  })

  it('reports every bad number and a missing year at once', () => {
    const imported = resultsFromRows(
      [
        ['Mã', 'Đơn vị', 'ICT'],
        ['STC', 'Sở Tài chính', 'cao'],
        ['STC', 'Sở Tài chính', '0,5'],
      ],
      'ket-qua.csv',
    )

    expect(imported).toEqual({
      ok: false,
      error: [
        { code: 'invalid-number', sheet: 'CSV', row: 2, column: 'ICT', found: 'cao' },
        { code: 'duplicate-unit', sheet: 'CSV', row: 3, unit: 'STC' },
        { code: 'year-unknown' },
      ],
    })
  })

  it('finds no table without a unit-code column', () => {
    expect(
      resultsFromRows(
        [
          ['a', 'b'],
          ['1', '2'],
        ],
        'x.csv',
        { year: 2020 },
      ),
    ).toEqual({ ok: false, error: [{ code: 'no-results-table' }] })
  })
})

describe('readWorkbook of the comparison reader', () => {
  it('is the guarded reader (a sanity check that the import path uses it)', async () => {
    expect((await readWorkbook(new Uint8Array([0x50, 0x4b]))).ok).toBe(false)
  })
})
