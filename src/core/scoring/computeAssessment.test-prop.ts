import { fc, test } from '@fast-check/vitest'
import { expect } from 'vitest'
import { aComponent, aFramework, anIndicator, aQuestion } from '@core/framework/testing/aFramework'
import { loadFramework } from '@core/framework/loadFramework'
import type { Normalisation } from '@core/framework/method'
import { computeAssessment } from './computeAssessment'
import type { UnitAnswers } from './scoringOptions'

const loaded = loadFramework(
  aFramework({
    questions: ['A', 'B', 'C', 'D'].map((code) => aQuestion({ code, section: 'HTKT' })),
    components: [
      aComponent({ code: 'ICT', parent: null }),
      aComponent({ code: 'P1', parent: 'ICT', weight: 2 }),
      aComponent({ code: 'P2', parent: 'ICT' }),
    ],
    indicators: [
      anIndicator({ code: 'IA', formula: 'A', parent: 'P1' }),
      anIndicator({ code: 'IB', formula: 'B', parent: 'P1', weight: 3, direction: -1 }),
      anIndicator({ code: 'IC', formula: 'C', parent: 'P2' }),
      anIndicator({ code: 'ID', formula: 'D / A', parent: 'P2', weight: 0.5 }),
    ],
  }),
)
if (!loaded.ok) throw new Error(JSON.stringify(loaded.error))
const framework = loaded.value

const answer = fc.option(fc.double({ min: 0.5, max: 1000, noNaN: true }), { nil: null, freq: 6 })
const unitsArbitrary = fc
  .array(fc.record({ A: answer, B: answer, C: answer, D: answer }), { minLength: 2, maxLength: 25 })
  .map((rows) =>
    rows.map((answers, index): UnitAnswers => ({
      code: `U${index}`,
      name: `U${index}`,
      group: index % 2 === 0 ? 'so' : 'huyen',
      answers,
    })),
  )
const normalisation = fc.constantFrom<Normalisation>(
  { method: 'min-max', lower: 0, upper: 1 },
  { method: 'min-max', lower: 1, upper: 100 },
  { method: 'z-score', mean: 10, sd: 2 },
  { method: 'ratio-to-max' },
  { method: 'distance-to-max' },
  { method: 'rank' },
  { method: 'percentile-rank' },
  { method: 'goalposts', lower: 0, upper: 500, scale: 100 },
)

const close = (a: number | null | undefined, b: number | null | undefined) =>
  a == null || b == null ? a == b : Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a))

const unitsWithPermutation = unitsArbitrary.chain((units) =>
  fc.tuple(
    fc.constant(units),
    fc.shuffledSubarray(units, { minLength: units.length, maxLength: units.length }),
  ),
)

test.prop([unitsWithPermutation, normalisation])(
  'scores do not depend on the order of the units',
  ([units, shuffled], method) => {
    const original = computeAssessment(framework, units, { overrides: { normalisation: method } })
    const reordered = computeAssessment(framework, shuffled, { overrides: { normalisation: method } })
    const byCode = new Map(reordered.units.map((unit, index) => [unit.code, index]))

    original.units.forEach((unit, index) => {
      const other = byCode.get(unit.code) as number
      for (const code of ['ICT', 'P1', 'P2']) {
        expect(close(original.components[code]?.score[index], reordered.components[code]?.score[other])).toBe(
          true,
        )
        expect(original.components[code]?.rank[index]).toBe(reordered.components[code]?.rank[other])
      }
    })
  },
)

test.prop([unitsArbitrary, fc.double({ min: 0.01, max: 100, noNaN: true })])(
  'scaling the weights of siblings by a constant changes nothing',
  (units, factor) => {
    const original = computeAssessment(framework, units)
    const scaled = computeAssessment(framework, units, {
      overrides: { weights: { IA: factor, IB: 3 * factor, P1: 2 * factor, P2: factor } },
    })

    original.units.forEach((_unit, index) =>
      expect(close(original.components['ICT']?.score[index], scaled.components['ICT']?.score[index])).toBe(
        true,
      ),
    )
  },
)

test.prop([
  unitsArbitrary,
  fc.integer({ min: 0, max: 24 }),
  fc.double({ min: 0, max: 500, noNaN: true }),
  normalisation,
])(
  'a unit that improves one indicator never drops in that indicator’s normalised value',
  (units, pick, increase, method) => {
    const index = pick % units.length
    const before = units[index] as UnitAnswers
    const current = before.answers['C']
    if (typeof current !== 'number') return
    const improved = units.map((unit, at) =>
      at === index ? { ...unit, answers: { ...unit.answers, C: current + increase } } : unit,
    )

    const old = computeAssessment(framework, units, { overrides: { normalisation: method } }).indicators['IC']
      ?.score[index]
    const now = computeAssessment(framework, improved, { overrides: { normalisation: method } }).indicators[
      'IC'
    ]?.score[index]

    if (old != null && now != null) expect(now).toBeGreaterThanOrEqual(old - 1e-9)
  },
)

test.prop([
  unitsArbitrary,
  fc.double({ min: -5, max: 5, noNaN: true }),
  fc.double({ min: 0.1, max: 50, noNaN: true }),
])('min-max output lies in [lower, upper] for every indicator', (units, lower, width) => {
  const result = computeAssessment(framework, units, {
    overrides: { normalisation: { method: 'min-max', lower, upper: lower + width } },
  })

  for (const indicator of Object.values(result.indicators)) {
    for (const score of indicator.score)
      if (score !== null) expect(score >= lower - 1e-9 && score <= lower + width + 1e-9).toBe(true)
  }
})
