import { describe, expect, it } from 'vitest'
import { loadBuiltInFramework } from '@core/builtins/builtInFrameworks'
import { generateSample } from '@core/sample/generateSample'
import { computeAssessment } from '@core/scoring/computeAssessment'
import type { ScoringOverrides } from '@core/scoring/scoringOptions'
import { precomputeIndicators } from './precomputeIndicators'

function sampleFor(id: string) {
  const framework = loadBuiltInFramework(id)
  if (!framework.ok) throw new Error(id)
  const sample = generateSample({ framework: framework.value, year: 2026, seed: 3, extraUnits: 20 })
  if (!sample.ok) throw new Error(id)
  const units = sample.value.submissions.map(({ unit, answers }) => ({
    code: unit.code,
    name: unit.name,
    group: unit.group,
    attributes: { group: unit.group },
    answers,
  }))
  return { framework: framework.value, units }
}

const overrides: ScoringOverrides[] = [
  {},
  { weights: { HTKT: 2.5, HTNL: 0.5 } },
  { normalisation: { method: 'rank' } },
  { normalisation: { method: 'z-score', mean: 0, sd: 1 }, aggregation: 'arithmetic' },
  { normalisation: { method: 'min-max', lower: 1, upper: 100 }, aggregation: 'geometric' },
  { imputation: { method: 'mean' } },
]

describe('precomputeIndicators', () => {
  for (const id of ['dept-ict-readiness', 'vn-ict-index-province']) {
    it(`gives exactly the engine's scores and ranks for ${id} under other weights and methods`, () => {
      const { framework, units } = sampleFor(id)
      const fast = precomputeIndicators(framework, units, computeAssessment(framework, units))
      if (fast === null) throw new Error('no precomputed form')

      for (const override of overrides) {
        const original = computeAssessment(framework, units, { overrides: override })
        const precomputed = computeAssessment(fast.framework, fast.units, { overrides: override })
        for (const code of Object.keys(original.components)) {
          expect(precomputed.components[code]?.score, `${code} ${JSON.stringify(override)}`).toEqual(
            original.components[code]?.score,
          )
          expect(precomputed.components[code]?.rank).toEqual(original.components[code]?.rank)
        }
      }
    })
  }

  it('leaves points frameworks alone (their rules read the original answers)', () => {
    const { framework, units } = sampleFor('dti-points')

    expect(precomputeIndicators(framework, units, computeAssessment(framework, units))).toBeNull()
  })
})
