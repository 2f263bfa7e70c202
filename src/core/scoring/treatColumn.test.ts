// Golden tests against COINr 1.1.14's Treat (tests/golden/coinr-audit, made by make-goldens.R).
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseCsv } from '@core/excel/csv/parseCsv'
import { treatColumn } from './treatColumn'

const repository = resolve(__dirname, '../../..')
const readGrid = (path: string) => {
  const parsed = parseCsv(readFileSync(resolve(repository, path), 'utf8'))
  if (!parsed.ok) throw new Error(`${path}: ${JSON.stringify(parsed.error)}`)
  return parsed.value.rows
}
const columns = (path: string) => {
  const [header = [], ...rows] = readGrid(path)
  return new Map(header.map((name, column) => [name, rows.map((row) => row[column] ?? '')]))
}
const asColumn = (cells: readonly string[]) => ({
  values: Float64Array.from(cells, (cell) => (cell === '' ? Number.NaN : Number(cell))),
  missing: Uint8Array.from(cells, (cell) => (cell === '' ? 1 : 0)),
})
const expectClose = (actual: Float64Array, expected: readonly string[], label: string) => {
  expected.forEach((cell, index) => {
    if (cell === '') return expect(Number.isNaN(actual[index] as number), `${label}[${index}]`).toBe(true)
    const want = Number(cell)
    const scale = Math.max(1, Math.abs(want))
    expect(Math.abs((actual[index] as number) - want) / scale, `${label}[${index}]`).toBeLessThan(1e-9)
  })
}
const coinr = { method: 'coinr', winmax: 5 } as const

describe('treatColumn against COINr Treat', () => {
  it('reproduces the small columns: ties, negative skew, log_CT, a constant and gaps', () => {
    const inputs = columns('tests/golden/coinr-audit/vectors.csv')
    const treated = columns('tests/golden/coinr-audit/vectors-treated.csv')
    const [, ...records] = readGrid('tests/golden/coinr-audit/vectors-treatment.csv')
    expect(records).toHaveLength(7)
    for (const [name, winsorised, log, rows] of records) {
      const column = asColumn(inputs.get(name as string) ?? [])
      const result = treatColumn(column.values, column.missing, coinr)
      expectClose(result.values, treated.get(name as string) ?? [], name as string)
      expect(result.record, name).toEqual({
        winsorised: Number(winsorised),
        log: log === 'TRUE',
        rows: rows === '' ? [] : (rows as string).split(';').map(Number),
      })
    }
  })

  it('reproduces the treated ASEM data set and its record (49 indicators, 51 units) to 1e-9', () => {
    const raw = columns('examples/coinr-asem/ASEM_iData.csv')
    const treated = columns('tests/golden/coinr-audit/treated.csv')
    const [, ...records] = readGrid('tests/golden/coinr-audit/treatment.csv')
    const units = raw.get('uCode') ?? []
    const order = units.map((unit) => (treated.get('uCode') ?? []).indexOf(unit))
    expect(order.every((position) => position >= 0)).toBe(true)
    expect(records).toHaveLength(49)
    let winsorisedColumns = 0
    for (const [code, winsorised, log, unitCodes] of records) {
      const column = asColumn(raw.get(code as string) ?? [])
      const result = treatColumn(column.values, column.missing, coinr)
      const expected = treated.get(code as string) ?? []
      expectClose(
        result.values,
        order.map((position) => expected[position] ?? ''),
        code as string,
      )
      expect(result.record.winsorised, code).toBe(Number(winsorised))
      expect(result.record.log, code).toBe(log === 'TRUE')
      expect(result.record.rows.map((row) => units[row]).sort(), code).toEqual(
        unitCodes === '' ? [] : (unitCodes as string).split(';'),
      )
      if (result.record.winsorised > 0) winsorisedColumns += 1
    }
    expect(winsorisedColumns).toBeGreaterThan(10)
  })

  it('leaves the column alone with none, and Winsorise-only never takes the log', () => {
    const column = asColumn(['1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1000', '2000'])
    expect(treatColumn(column.values, column.missing, { method: 'none' }).values).toEqual(column.values)
    const only = treatColumn(column.values, column.missing, { method: 'winsorise', winmax: 1 })
    expect(only.record).toEqual({ winsorised: 1, rows: [11], log: false })
    expect(only.values[11]).toBe(1000)
    const logged = treatColumn(column.values, column.missing, { method: 'log' })
    expect(logged.record.log).toBe(true)
    expect(logged.values[0]).toBeCloseTo(Math.log(0.01 * 1999), 12)
  })
})
