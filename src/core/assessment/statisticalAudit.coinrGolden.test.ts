// Golden tests against COINr 1.1.14 on its ASEM example (tests/golden/coinr-audit/make-goldens.R):
// Treat → min-max 0–100 → arithmetic mean, get_corr with the parent, get_cronbach per aggregate.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseCsv } from '@core/excel/csv/parseCsv'
import { importIData } from '@core/formats/coinr/importIData'
import { importIMeta } from '@core/formats/coinr/importIMeta'
import { computeAssessment } from '@core/scoring/computeAssessment'
import { pearsonCorrelation } from './correlation'
import { statisticalAudit } from './statisticalAudit'

const repository = resolve(__dirname, '../../..')
const readGrid = (path: string) => {
  const parsed = parseCsv(readFileSync(resolve(repository, path), 'utf8'))
  if (!parsed.ok) throw new Error(`${path}: ${JSON.stringify(parsed.error)}`)
  return parsed.value.rows
}
const golden = (name: string) => readGrid(`tests/golden/coinr-audit/${name}`).slice(1)
const close = (actual: number | null | undefined, expected: string, label: string) => {
  expect(actual, label).not.toBeNull()
  const want = Number(expected)
  expect(Math.abs((actual as number) - want) / Math.max(1, Math.abs(want)), label).toBeLessThan(1e-9)
}

describe('statistical audit against COINr on ASEM', () => {
  const framework = importIMeta(readGrid('examples/coinr-asem/ASEM_iMeta.csv'), {
    id: 'asem',
    year: 2018,
    denominate: false,
  })
  if (!framework.ok) throw new Error(JSON.stringify(framework.error))
  const units = importIData(readGrid('examples/coinr-asem/ASEM_iData.csv'), framework.value)
  if (!units.ok) throw new Error(JSON.stringify(units.error))
  const result = computeAssessment(framework.value, units.value, {
    overrides: { treatment: { method: 'coinr', winmax: 5 } },
  })
  const audit = statisticalAudit(framework.value, result)
  const unitIndex = new Map(result.units.map((unit, index) => [unit.code, index]))

  it('scores the treated data as COINr (Treat → min-max → arithmetic mean) to 1e-9', () => {
    const [header = [], ...rows] = readGrid('tests/golden/coinr-audit/aggregated.csv')
    let compared = 0
    for (const row of rows) {
      const index = unitIndex.get(row[0] ?? '') as number
      header.slice(1).forEach((code, column) => {
        const expected = row[column + 1] ?? ''
        const actual = result.indicators[code]?.score[index] ?? result.components[code]?.score[index] ?? null
        if (expected === '') return expect(actual, `${row[0]} ${code}`).toBeNull()
        close(actual, expected, `${row[0]} ${code}`)
        compared += 1
      })
    }
    expect(compared).toBeGreaterThan(51 * 50)
  })

  it('reproduces get_corr with the parent, Pearson and Spearman, for all 49 indicators', () => {
    const rows = golden('correlations.csv')
    expect(rows).toHaveLength(49)
    for (const [parent, indicator, pearson, spearman] of rows) {
      const ours = audit.correlations.find((entry) => entry.indicator === indicator)
      expect(ours?.parent, indicator).toBe(parent)
      close(ours?.pearson, pearson as string, `${indicator} pearson`)
      close(ours?.spearman, spearman as string, `${indicator} spearman`)
    }
  })

  it('reproduces the indicator × indicator correlations within each pillar', () => {
    const rows = golden('within.csv')
    expect(rows.length).toBeGreaterThan(100)
    for (const [, first, second, pearson] of rows)
      close(
        pearsonCorrelation(
          result.indicators[first as string]?.score ?? [],
          result.indicators[second as string]?.score ?? [],
        ),
        pearson as string,
        `${first} × ${second}`,
      )
  })

  it('reproduces get_cronbach for every aggregate and the treatment record', () => {
    const rows = golden('cronbach.csv')
    expect(rows).toHaveLength(11)
    for (const [aggregate, alpha] of rows)
      close(
        audit.cronbach.find((entry) => entry.aggregate === aggregate)?.alpha,
        alpha as string,
        aggregate as string,
      )
    for (const [indicator, winsorised, log, codes] of golden('treatment.csv')) {
      const ours = audit.treatment.find((entry) => entry.indicator === indicator)
      expect({ ...ours, units: [...(ours?.units ?? [])].sort() }, indicator).toEqual({
        indicator,
        winsorised: Number(winsorised),
        log: log === 'TRUE',
        units: codes === '' ? [] : (codes as string).split(';'),
      })
    }
  })

  it('flags weak parents, redundant pairs and low alpha, each once', () => {
    const lowAlpha = golden('cronbach.csv')
      .filter(([, alpha]) => Number(alpha) < 0.7)
      .map(([code]) => code)
    expect(audit.flags.filter((flag) => flag.code === 'low-alpha').map((flag) => flag.aggregate)).toEqual(
      lowAlpha,
    )
    const weak = golden('correlations.csv').filter(([, , pearson]) => Number(pearson) < 0.3)
    expect(
      audit.flags.filter((flag) => flag.code === 'weak-correlation' || flag.code === 'negative-correlation'),
    ).toHaveLength(weak.length)
    const redundant = golden('within.csv').filter(([, , , pearson]) => Number(pearson) > 0.9)
    expect(audit.flags.filter((flag) => flag.code === 'redundant-pair')).toHaveLength(redundant.length)
  })
})
