import { fc, test } from '@fast-check/vitest'
import { expect } from 'vitest'
import { mulberry32 } from '@core/seededRandom'
import { designRow, saltelliSample } from './saltelliSample'
import { sobolIndices } from './sobolIndices'

/** Outputs of y = Σ c_i g(x_i) over the design (g a non-linear function, so nothing is trivially linear). */
function outputs(coefficients: readonly number[], n: number, seed: number) {
  const d = coefficients.length
  const design = saltelliSample(n, d, mulberry32(seed))
  const y = new Float64Array(n * (d + 2))
  for (let row = 0; row < y.length; row += 1) {
    const x = designRow(design, row)
    y[row] = coefficients.reduce((sum, c, i) => sum + c * Math.sin(3 * (x[i] as number)), 0)
  }
  return { y, d }
}

const coefficients = fc
  .array(fc.oneof(fc.constant(0), fc.double({ min: -5, max: 5, noNaN: true })), {
    minLength: 2,
    maxLength: 5,
  })
  .filter((list) => list.some((c) => Math.abs(c) > 0.1))

test.prop([coefficients, fc.integer({ min: 0, max: 2 ** 31 })], { numRuns: 40 })(
  'an input the output does not depend on gets exactly 0 for both indices; the others a total ≥ 0',
  (list, seed) => {
    const { y, d } = outputs(list, 50, seed)
    const estimate = sobolIndices(y, 50, d, { draws: 20, random: mulberry32(seed + 1) })
    estimate.indices.forEach((index, i) => {
      if (list[i] === 0) {
        expect(index).toEqual({ first: 0, total: 0, firstLow: 0, firstHigh: 0, totalLow: 0, totalHigh: 0 })
      } else expect(index.total).toBeGreaterThanOrEqual(0)
      expect(index.totalLow as number).toBeLessThanOrEqual(index.totalHigh as number)
    })
  },
)

test.prop(
  [coefficients, fc.integer({ min: 0, max: 2 ** 31 }), fc.double({ min: 0.1, max: 100, noNaN: true })],
  {
    numRuns: 40,
  },
)(
  'indices do not change when the output is scaled (both sides of each ratio scale by c²)',
  (list, seed, scale) => {
    const { y, d } = outputs(list, 40, seed)
    const scaled = y.map((value) => value * scale)
    const plain = sobolIndices(y, 40, d)
    sobolIndices(scaled, 40, d).indices.forEach((index, i) => {
      expect(index.first).toBeCloseTo(plain.indices[i]?.first as number, 9)
      expect(index.total).toBeCloseTo(plain.indices[i]?.total as number, 9)
    })
  },
)
