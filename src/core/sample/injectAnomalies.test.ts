import { describe, expect, it } from 'vitest'
import { loadedBuiltIn } from '@core/builtins/testing/loadedBuiltIn'
import { ANOMALY_RATES, injectAnomalies } from './injectAnomalies'
import { proposeAnswers } from './proposeAnswers'
import { createSampleContext } from './sampleContext'
import { sampleFrameworkFacts } from './sampleFrameworkFacts'
import { sampleProfileFor } from './sampleProfiles'
import { syntheticUnits } from './syntheticUnits'
import { aSampleUnit } from './testing/aSampleUnit'

const department = loadedBuiltIn('dept-ict-readiness')
const facts = sampleFrameworkFacts(department)
const planted = syntheticUnits(300, ['so-ban-nganh']).map((unit) => {
  const context = createSampleContext(1, unit, 2025)
  const clean = proposeAnswers(context, department, facts, sampleProfileFor(department))
  return { clean, ...injectAnomalies(context, facts, clean) }
})

describe('injectAnomalies', () => {
  it('plants each kind at roughly its rate', () => {
    const share = (kind: string) =>
      planted.filter(({ anomalies }) => anomalies.some((anomaly) => anomaly.kind === kind)).length /
      planted.length

    expect(share('missing')).toBeGreaterThan(ANOMALY_RATES.missing / 2)
    expect(share('missing')).toBeLessThan(ANOMALY_RATES.missing * 1.5)
    expect(share('outlier')).toBeGreaterThan(0)
    expect(share('inconsistent')).toBeGreaterThan(0)
  })

  it('records the clean answer it replaced and what it put instead', () => {
    for (const { clean, answers, anomalies } of planted) {
      for (const anomaly of anomalies) {
        expect(clean[anomaly.question]).toEqual(anomaly.expected)
        expect(answers[anomaly.question] ?? null).toEqual(anomaly.found)
      }
    }
  })

  it('never blanks or alters an answer that a relevance condition reads', () => {
    const altered = planted.flatMap(({ anomalies }) => anomalies.map((anomaly) => anomaly.question))

    expect(altered.filter((code) => facts.relevanceInputs.has(code))).toEqual([])
  })

  it('plants at most one anomaly per question', () => {
    for (const { anomalies } of planted)
      expect(new Set(anomalies.map((anomaly) => anomaly.question)).size).toBe(anomalies.length)
  })

  it('leaves the clean answers it is given untouched', () => {
    const context = createSampleContext(1, aSampleUnit(), 2025)
    const clean = proposeAnswers(context, department, facts, sampleProfileFor(department))
    const copy = structuredClone(clean)

    injectAnomalies(context, facts, clean)

    expect(clean).toEqual(copy)
  })
})
