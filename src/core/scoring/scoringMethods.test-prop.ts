import { fc, test } from '@fast-check/vitest'
import { expect } from 'vitest'
import { aggregateChildren } from './aggregateChildren'
import { normaliseColumn } from './normaliseColumn'
import { rankColumn } from './rankColumn'
import { roundForPublication } from './roundForPublication'

const value = fc.option(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { nil: null, freq: 5 })
const column = fc.array(value, { minLength: 1, maxLength: 40 })
const child = fc.record({
  value: fc.option(fc.double({ min: 0.001, max: 1000, noNaN: true }), { nil: null }),
  weight: fc.double({ min: 0.01, max: 100, noNaN: true }),
})

test.prop([
  column,
  fc.double({ min: -10, max: 10, noNaN: true }),
  fc.double({ min: 0.1, max: 100, noNaN: true }),
])('min-max keeps every value within [lower, upper] and missing values missing', (values, lower, width) => {
  const result = normaliseColumn(values, { method: 'min-max', lower, upper: lower + width }, 1)

  result.values.forEach((normalised, index) => {
    if (values[index] === null) expect(normalised).toBeNull()
    else if (!result.isConstant)
      expect(normalised! >= lower - 1e-9 && normalised! <= lower + width + 1e-9).toBe(true)
  })
})

test.prop([column])('min-max preserves the order of values (and reverses it for direction −1)', (values) => {
  const up = normaliseColumn(values, { method: 'min-max', lower: 0, upper: 1 }, 1).values
  const down = normaliseColumn(values, { method: 'min-max', lower: 0, upper: 1 }, -1).values
  for (let i = 0; i < values.length; i += 1) {
    for (let j = 0; j < values.length; j += 1) {
      const a = values[i]
      const b = values[j]
      if (a == null || b == null || a >= b || up[i] == null || up[j] == null) continue
      expect(up[i]! <= up[j]!).toBe(true)
      expect(down[i]! >= down[j]!).toBe(true)
    }
  }
})

test.prop([
  fc.array(child, { minLength: 1, maxLength: 12 }),
  fc.constantFrom('arithmetic' as const, 'geometric' as const, 'harmonic' as const),
])('a weighted mean stays between the smallest and largest present child', (children, aggregation) => {
  const outcome = aggregateChildren(children, aggregation)
  const present = children.flatMap((entry) => (entry.value === null ? [] : [entry.value]))

  if (present.length === 0) expect(outcome).toEqual({ status: 'missing' })
  else if (outcome.status === 'value') {
    expect(outcome.value).toBeGreaterThanOrEqual(Math.min(...present) * (1 - 1e-9))
    expect(outcome.value).toBeLessThanOrEqual(Math.max(...present) * (1 + 1e-9))
  }
})

test.prop([fc.array(child, { minLength: 1, maxLength: 12 }), fc.double({ min: 0.1, max: 100, noNaN: true })])(
  'scaling every weight by the same factor changes nothing',
  (children, factor) => {
    const original = aggregateChildren(children, 'arithmetic')
    const scaled = aggregateChildren(
      children.map((entry) => ({ ...entry, weight: entry.weight * factor })),
      'arithmetic',
    )

    if (original.status === 'value' && scaled.status === 'value')
      expect(scaled.value).toBeCloseTo(original.value, 6)
    else expect(scaled.status).toBe(original.status)
  },
)

test.prop([column])(
  'ranks are 1-based, tied values share a rank, and a larger value never ranks below a smaller one',
  (values) => {
    const ranks = rankColumn(values, 'descending')
    const present = values.filter((entry) => entry !== null).length

    ranks.forEach((rank, index) => {
      if (values[index] === null) expect(rank).toBeNull()
      else expect(rank! >= 1 && rank! <= present).toBe(true)
    })
    for (let i = 0; i < values.length; i += 1) {
      for (let j = 0; j < values.length; j += 1) {
        if (values[i] === null || values[j] === null) continue
        if (values[i] === values[j]) expect(ranks[i]).toBe(ranks[j])
        if (values[i]! > values[j]!) expect(ranks[i]! < ranks[j]!).toBe(true)
      }
    }
  },
)

test.prop([fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: 0, max: 6 })])(
  'publication rounding moves a value by at most half a unit in the last place and is symmetric',
  (number, decimals) => {
    const rounded = roundForPublication(number, decimals)

    expect(Math.abs(rounded - number)).toBeLessThanOrEqual(
      0.5 * 10 ** -decimals + 1e-9 * Math.max(1, Math.abs(number)),
    )
    expect(roundForPublication(-number, decimals)).toBe(rounded === 0 ? 0 : -rounded)
  },
)
