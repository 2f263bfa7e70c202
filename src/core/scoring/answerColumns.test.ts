import { describe, expect, it } from 'vitest'
import { loadBuiltInFramework } from '@core/builtins/builtInFrameworks'
import { generateSample } from '@core/sample/generateSample'
import { answerColumnsOf } from './answerColumns'
import { computeAssessment, computeAssessmentColumns } from './computeAssessment'

describe('answerColumnsOf and computeAssessmentColumns', () => {
  it('score the built-in frameworks exactly as computeAssessment, overrides and points included', () => {
    for (const id of ['dept-ict-readiness', 'vn-ict-index-province', 'dti-points']) {
      const framework = loadBuiltInFramework(id)
      if (!framework.ok) throw new Error(id)
      const sample = generateSample({ framework: framework.value, year: 2026, seed: 9, extraUnits: 20 })
      if (!sample.ok) throw new Error(id)
      const units = sample.value.submissions.map(({ unit, answers }) => ({
        code: unit.code,
        name: unit.name,
        group: unit.group,
        answers,
      }))
      const table = answerColumnsOf(framework.value, units)
      for (const options of [
        {},
        { overrides: { imputation: { method: 'median' as const }, aggregation: 'geometric' as const } },
        {
          overrides: {
            normalisation: { method: 'rank' as const },
            treatment: { method: 'coinr' as const, winmax: 5 },
          },
        },
      ])
        expect(computeAssessmentColumns(framework.value, table, options), id).toEqual(
          computeAssessment(framework.value, units, options),
        )
    }
  })
})
