import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseCsv } from '@core/excel/csv/parseCsv'
import { aFramework } from '@core/framework/testing/aFramework'
import { loadFramework } from '@core/framework/loadFramework'
import { computeAssessment, computeAssessmentColumns } from '@core/scoring/computeAssessment'
import { importIData } from './importIData'
import { importIDataColumns } from './importIDataColumns'
import { importIMeta } from './importIMeta'
import type { TableGrid } from './tableGrid'

const repository = resolve(__dirname, '../../../..')
const readGrid = (path: string) => {
  const parsed = parseCsv(readFileSync(resolve(repository, path), 'utf8'))
  if (!parsed.ok) throw new Error(`${path}: ${JSON.stringify(parsed.error)}`)
  return parsed.value.rows
}

/** The table's units as plain objects (their answers are built on first read). */
const plainUnits = (grid: TableGrid, framework: Parameters<typeof importIDataColumns>[1]) => {
  const table = importIDataColumns(grid, framework)
  if (!table.ok) return table
  return {
    ok: true,
    value: table.value.units.map(({ code, name, group, attributes, answers }) => ({
      code,
      name,
      group,
      attributes,
      answers,
    })),
  }
}

describe('importIDataColumns', () => {
  const framework = aFramework()
  const mixed = [
    ['uCode', 'uName', 'Group', 'MayTinh', 'CoPhongCNTT', 'KenhHoTro', 'GhiChu', 'TyLeVanBanDienTu'],
    ['SNV', 'Sở Nội vụ', 'so', '120', 'có', 'x; y', 'Ghi chú', '45,5'],
    ['', 'skipped: no code', 'so', '1', '', '', '', ''],
    ['STC', 'Sở Tài chính', 'so', 80, '0', '', '', ''],
    ['UB', '', 'huyen', ' 1e3 ', 'true', 'z', '', '-0'],
  ]

  it("gives importIData's units and answers, and the numbers as columns", () => {
    expect(plainUnits(mixed, framework)).toEqual(importIData(mixed, framework))
    const table = importIDataColumns(mixed, framework)
    if (!table.ok) throw new Error(JSON.stringify(table.error))
    expect(table.value.column('MayTinh')).toEqual({
      values: Float64Array.of(120, 80, 1000),
      missing: Uint8Array.of(0, 0, 0),
    })
    expect(table.value.column('TyLeVanBanDienTu').missing).toEqual(Uint8Array.of(0, 1, 0))
    // A question without a column in the table: every unit missing.
    expect(table.value.column('SoCBCC').missing).toEqual(Uint8Array.of(1, 1, 1))
  })

  it('scores like computeAssessment where formulas read answers unit by unit (relevance, yes-no)', () => {
    const valid = loadFramework(framework)
    if (!valid.ok) throw new Error(JSON.stringify(valid.error))
    const table = importIDataColumns(mixed, valid.value)
    const units = importIData(mixed, valid.value)
    if (!table.ok || !units.ok) throw new Error('the table did not import')
    expect(computeAssessmentColumns(valid.value, table.value)).toEqual(
      computeAssessment(valid.value, units.value),
    )
  })

  it("reports importIData's issues, in the same order", () => {
    const bad = [
      ['uCode', 'MayTinh', 'CoPhongCNTT'],
      ['A', 'nhiều', 'có lẽ'],
      ['A', '1', '1'],
    ]
    expect(importIDataColumns(bad, framework)).toEqual(importIData(bad, framework))
    expect(importIDataColumns(bad, framework).ok).toBe(false)
    expect(importIDataColumns([['code']], framework)).toEqual(importIData([['code']], framework))
    expect(importIDataColumns([], framework)).toEqual(importIData([], framework))
  })

  it('a later column of the same question wins, in the columns as in the answers', () => {
    const grid = [
      ['uCode', 'MayTinh', 'MayTinh'],
      ['A', '1', '2'],
    ]
    const table = importIDataColumns(grid, framework)
    if (!table.ok) throw new Error(JSON.stringify(table.error))
    expect(table.value.units[0]?.answers).toEqual({ MayTinh: 2 })
    expect(table.value.column('MayTinh').values).toEqual(Float64Array.of(2))
  })

  it('scores the COINr ASEM tables exactly as computeAssessment scores the units', () => {
    const imported = importIMeta(readGrid('examples/coinr-asem/ASEM_iMeta.csv'), {
      id: 'asem',
      year: 2018,
    })
    if (!imported.ok) throw new Error(JSON.stringify(imported.error))
    const grid = readGrid('examples/coinr-asem/ASEM_iData.csv')
    const units = importIData(grid, imported.value)
    const table = importIDataColumns(grid, imported.value)
    if (!units.ok || !table.ok) throw new Error('ASEM iData did not import')
    expect(plainUnits(grid, imported.value)).toEqual(units)
    for (const treatment of ['none', 'coinr'] as const) {
      const overrides = {
        treatment:
          treatment === 'none' ? { method: 'none' as const } : { method: 'coinr' as const, winmax: 5 },
      }
      expect(computeAssessmentColumns(imported.value, table.value, { overrides })).toEqual(
        computeAssessment(imported.value, units.value, { overrides }),
      )
    }
  })
})
