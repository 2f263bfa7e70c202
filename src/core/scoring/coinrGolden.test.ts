// Golden-file tests against COINr's ASEM example (examples/coinr-asem): the reference
// implementation for composite indicators (methodology §3).
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { importIData } from '@core/formats/coinr/importIData'
import { importIMeta } from '@core/formats/coinr/importIMeta'
import { parseCsv } from '@core/excel/csv/parseCsv'
import { computeAssessment } from './computeAssessment'
import { roundForPublication } from './roundForPublication'

const repository = resolve(__dirname, '../../..')

const readGrid = (path: string) => {
  const parsed = parseCsv(readFileSync(resolve(repository, path), 'utf8'))
  if (!parsed.ok) throw new Error(`${path}: ${JSON.stringify(parsed.error)}`)
  return parsed.value.rows
}

const relativeDifference = (actual: number, expected: number) =>
  Math.abs(actual - expected) / Math.max(1e-300, Math.abs(expected))

describe('COINr ASEM golden files (methodology §3)', () => {
  const framework = importIMeta(readGrid('examples/coinr-asem/ASEM_iMeta.csv'), {
    id: 'asem',
    year: 2018,
    denominate: false,
  })
  if (!framework.ok) throw new Error(JSON.stringify(framework.error))
  const units = importIData(readGrid('examples/coinr-asem/ASEM_iData.csv'), framework.value)
  if (!units.ok) throw new Error(JSON.stringify(units.error))
  const result = computeAssessment(framework.value, units.value)
  const unitIndex = new Map(result.units.map((unit, index) => [unit.code, index]))

  it('imports the iMeta table as 49 indicators in 11 components', () => {
    expect(framework.value.indicators).toHaveLength(49)
    expect(framework.value.components).toHaveLength(11)
    expect(units.value).toHaveLength(51)
  })

  it('reproduces every normalised indicator, pillar, sub-index and Index value of G1-minmax-amean.csv to 1e-9 relative', () => {
    const [header = [], ...rows] = readGrid('examples/coinr-asem/G1-minmax-amean.csv')
    let compared = 0
    for (const row of rows) {
      const index = unitIndex.get(row[0] ?? '')
      expect(index, row[0]).toBeDefined()
      header.slice(1).forEach((code, column) => {
        const expectedText = row[column + 1] ?? ''
        const actual =
          result.indicators[code]?.score[index as number] ?? result.components[code]?.score[index as number]
        if (expectedText === '' || expectedText === 'NA') {
          expect(actual ?? null, `${row[0]} ${code}`).toBeNull()
          return
        }
        const expected = Number(expectedText)
        expect(actual, `${row[0]} ${code}`).not.toBeNull()
        if (expected === 0) expect(Math.abs(actual as number), `${row[0]} ${code}`).toBeLessThan(1e-9)
        else expect(relativeDifference(actual as number, expected), `${row[0]} ${code}`).toBeLessThan(1e-9)
        compared += 1
      })
    }
    expect(compared).toBeGreaterThan(51 * 50)
  })

  it('reproduces the ranks and the displayed aggregates of G1-results.csv', () => {
    const [header = [], ...rows] = readGrid('examples/coinr-asem/G1-results.csv')
    for (const row of rows) {
      const index = unitIndex.get(row[0] ?? '') as number
      expect(result.components['Index']?.rank[index], row[0]).toBe(Number(row[1]))
      header.slice(2).forEach((code, column) => {
        const expected = Number(row[column + 2])
        expect(
          roundForPublication(result.components[code]?.score[index] as number, 2),
          `${row[0]} ${code}`,
        ).toBeCloseTo(expected, 9)
      })
    }
  })
})

describe('published Vietnam ICT Index rows (methodology §1)', () => {
  const [header = [], ...rows] = readGrid('tests/fixtures/published/ict-index-verified-examples.csv')
  const column = (name: string) => header.indexOf(name)
  const framework = importIMeta(
    [
      ['Level', 'iCode', 'iName', 'Direction', 'Weight', 'Parent', 'Type'],
      ['1', 'htkt', 'HTKT', '1', '1', 'ICT', 'Indicator'],
      ['1', 'htnl', 'HTNL', '1', '1', 'ICT', 'Indicator'],
      ['1', 'ud', 'UD', '1', '1', 'ICT', 'Indicator'],
      ['2', 'ICT', 'ICT Index', '1', '1', '', 'Aggregate'],
    ],
    { id: 'ict-index', year: 2023 },
  )
  if (!framework.ok) throw new Error(JSON.stringify(framework.error))

  it.each(rows.map((row) => [row[column('unit')], row[column('year')], row] as const))(
    'reproduces %s %s to 4 decimals from its sub-indices with no normalisation',
    (_unit, _year, row) => {
      const units = importIData(
        [
          ['uCode', 'htkt', 'htnl', 'ud'],
          ['U', row[column('htkt')] ?? '', row[column('htnl')] ?? '', row[column('ud')] ?? ''],
        ],
        framework.value,
      )
      if (!units.ok) throw new Error(JSON.stringify(units.error))

      const result = computeAssessment(framework.value, units.value, {
        overrides: { normalisation: { method: 'none' } },
      })

      expect(roundForPublication(result.components['ICT']?.score[0] as number, 4)).toBe(
        Number(row[column('published_ict_index')]),
      )
    },
  )
})
