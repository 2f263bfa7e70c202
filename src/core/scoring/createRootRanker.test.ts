import { describe, expect, it } from 'vitest'
import { loadBuiltInFramework } from '@core/builtins/builtInFrameworks'
import { generateSample } from '@core/sample/generateSample'
import { computeAssessment } from './computeAssessment'
import { createRootRanker } from './createRootRanker'
import type { ScoringOverrides } from './scoringOptions'

function sampleFor(id: string) {
  const framework = loadBuiltInFramework(id)
  if (!framework.ok) throw new Error(id)
  const sample = generateSample({ framework: framework.value, year: 2026, seed: 9, extraUnits: 25 })
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
  { imputation: { method: 'mean' }, aggregation: 'harmonic' },
  { imputation: { method: 'median' }, normalisation: { method: 'percentile-rank' }, weights: { UD: 3 } },
  { treatment: { method: 'coinr', winmax: 5 } },
  { treatment: { method: 'log' }, normalisation: { method: 'rank' } },
  { treatment: { method: 'winsorise', winmax: 2 }, weights: { HTKT: 2 } },
  {},
]

describe('createRootRanker', () => {
  for (const id of ['dept-ict-readiness', 'vn-ict-index-province', 'dti-points']) {
    it(`gives exactly computeAssessment's root ranks under any overrides (${id})`, () => {
      const { framework, units } = sampleFor(id)
      const ranksWith = createRootRanker(framework, units)

      for (const override of overrides) {
        const result = computeAssessment(framework, units, { overrides: override })
        expect(ranksWith(override), JSON.stringify(override)).toEqual(
          result.components[result.rootCode]?.rank,
        )
      }
    })
  }
})
