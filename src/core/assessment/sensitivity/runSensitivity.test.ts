import { describe, expect, it } from 'vitest'
import { loadBuiltInFramework } from '@core/builtins/builtInFrameworks'
import { generateSample } from '@core/sample/generateSample'
import { computeAssessment } from '@core/scoring/computeAssessment'
import { runSensitivity, type SensitivityOptions } from './runSensitivity'

function sample(id: string, anomalies: boolean) {
  const framework = loadBuiltInFramework(id)
  if (!framework.ok) throw new Error(id)
  const generated = generateSample({
    framework: framework.value,
    year: 2026,
    seed: 3,
    extraUnits: 10,
    anomalies,
  })
  if (!generated.ok) throw new Error(id)
  const units = generated.value.submissions.map(({ unit, answers }) => ({
    code: unit.code,
    name: unit.name,
    group: unit.group,
    answers,
  }))
  return { framework: framework.value, units }
}

const options: SensitivityOptions = {
  n: 40,
  seed: 5,
  bootstrap: 50,
  assumptions: [
    { kind: 'weights', spread: 0.3 },
    {
      kind: 'normalisation',
      alternatives: [
        { method: 'min-max', lower: 0, upper: 1 },
        { method: 'rank' },
        { method: 'percentile-rank' },
      ],
    },
    { kind: 'aggregation', alternatives: ['arithmetic', 'geometric'] },
  ],
}

describe('runSensitivity', () => {
  const { framework, units } = sample('dept-ict-readiness', true)

  it('runs N(d + 2) recomputations and gives one first-order and total index per assumption, with intervals', () => {
    const progress: number[] = []
    const result = runSensitivity(framework, units, options, (done) => progress.push(done))
    if (!result.ok) throw new Error(JSON.stringify(result.error))
    expect(result.value.runs).toBe(40 * 5)
    expect(progress.at(-1)).toBe(200)
    expect(result.value.indices.map((index) => index.kind)).toEqual([
      'weights',
      'normalisation',
      'aggregation',
    ])
    expect(result.value.variance).toBeGreaterThan(0)
    expect(result.value.meanShift).toBeGreaterThan(0)
    for (const index of result.value.indices) {
      expect(index.total).toBeGreaterThanOrEqual(0)
      expect(index.firstLow as number).toBeLessThanOrEqual(index.firstHigh as number)
      expect(index.totalLow as number).toBeLessThanOrEqual(index.totalHigh as number)
    }
  })

  it('is deterministic for a seed and changes with it', () => {
    const once = runSensitivity(framework, units, options)
    expect(runSensitivity(framework, units, options)).toEqual(once)
    expect(runSensitivity(framework, units, { ...options, seed: 6 })).not.toEqual(once)
  })

  it('gives exactly zero to an assumption that changes nothing (imputation of complete data)', () => {
    const all = sample('dept-ict-readiness', false)
    const nominal = computeAssessment(all.framework, all.units)
    const indicators = Object.values(nominal.indicators)
    const complete = {
      framework: all.framework,
      units: all.units.filter((_, unit) => indicators.every((indicator) => indicator.raw[unit] !== null)),
    }
    expect(complete.units.length).toBeGreaterThan(5)
    const result = runSensitivity(complete.framework, complete.units, {
      ...options,
      n: 400,
      assumptions: [
        options.assumptions[0]!,
        { kind: 'imputation', alternatives: [{ method: 'mean' }, { method: 'median' }] },
      ],
    })
    if (!result.ok) throw new Error(JSON.stringify(result.error))
    const [weights, imputation] = result.value.indices
    expect(imputation).toMatchObject({ first: 0, total: 0 })
    // The only input that matters: both its indices estimate 1 (N = 400, so loosely).
    expect(weights?.total).toBeGreaterThan(0.5)
    expect(weights?.first).toBeGreaterThan(0.5)
  })

  it('refuses bad options with every problem and computes nothing', () => {
    let calls = 0
    const result = runSensitivity(
      framework,
      units.slice(0, 1),
      {
        n: 5,
        seed: 1,
        bootstrap: -1,
        assumptions: [
          { kind: 'weights', spread: 0 },
          { kind: 'aggregation', alternatives: ['arithmetic', 'arithmetic'] },
          { kind: 'aggregation', alternatives: ['arithmetic', 'geometric'] },
        ],
      },
      () => (calls += 1),
    )
    expect(result).toEqual({
      ok: false,
      error: [
        { code: 'bad-spread', kind: 'weights' },
        { code: 'too-few-alternatives', kind: 'aggregation' },
        { code: 'duplicate-assumption', kind: 'aggregation' },
        { code: 'bad-n' },
        { code: 'bad-bootstrap' },
        { code: 'too-few-units' },
      ],
    })
    expect(calls).toBe(0)
    expect(runSensitivity(framework, units, { ...options, assumptions: [options.assumptions[0]!] })).toEqual({
      ok: false,
      error: [{ code: 'too-few-assumptions' }],
    })
  })
})
