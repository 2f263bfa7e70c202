import { describe, expect, it } from 'vitest'
import { mulberry32 } from '@core/seededRandom'
import { designRow, saltelliSample } from './saltelliSample'
import golden from './testing/coinrSaEstimate.json'
import { sobolIndices } from './sobolIndices'

// Ishigami: f = sin x1 + a sin² x2 + b x3⁴ sin x1, x_i ~ U(−π, π); a = 7, b = 0.1.
const A = 7
const B = 0.1
const ishigami = (u: ArrayLike<number>) => {
  const [x1, x2, x3] = [0, 1, 2].map((i) => Math.PI * (2 * (u[i] as number) - 1)) as [number, number, number]
  return Math.sin(x1) + A * Math.sin(x2) ** 2 + B * x3 ** 4 * Math.sin(x1)
}
// Analytic indices.
const V1 = 0.5 * (1 + (B * Math.PI ** 4) / 5) ** 2
const V2 = A ** 2 / 8
const V13 = (8 * B ** 2 * Math.PI ** 8) / 225
const V = V1 + V2 + V13
const EXACT = {
  first: [V1 / V, V2 / V, 0],
  total: [(V1 + V13) / V, V2 / V, V13 / V],
}

const run = (n: number, seed: number, draws = 0) => {
  const design = saltelliSample(n, 3, mulberry32(seed))
  const y = new Float64Array(n * 5)
  for (let row = 0; row < y.length; row += 1) y[row] = ishigami(designRow(design, row))
  return sobolIndices(y, n, 3, draws > 0 ? { draws, random: mulberry32(seed + 1) } : undefined)
}

describe('sobolIndices on the Ishigami function', () => {
  it('has the analytic indices the brief quotes', () => {
    expect(EXACT.first[0]).toBeCloseTo(0.3139, 4)
    expect(EXACT.first[1]).toBeCloseTo(0.4424, 4)
    expect(EXACT.total[0]).toBeCloseTo(0.5576, 4)
    expect(EXACT.total[2]).toBeCloseTo(0.2437, 4)
  })

  it('estimates them within the Monte Carlo error of N = 20,000 (about 0.02)', () => {
    const estimate = run(20000, 7)
    estimate.indices.forEach((index, i) => {
      expect(Math.abs(index.first - (EXACT.first[i] as number))).toBeLessThan(0.03)
      expect(Math.abs(index.total - (EXACT.total[i] as number))).toBeLessThan(0.03)
    })
    expect(estimate.variance).toBeCloseTo(V, 0)
  })

  it('gets closer as N grows (error at N = 20,000 smaller than at N = 500, summed over the six indices)', () => {
    const error = (n: number) =>
      run(n, 11).indices.reduce(
        (sum, index, i) =>
          sum +
          Math.abs(index.first - (EXACT.first[i] as number)) +
          Math.abs(index.total - (EXACT.total[i] as number)),
        0,
      )
    expect(error(20000)).toBeLessThan(error(500))
  })

  it('gives bootstrap intervals around the estimate that cover the analytic values', () => {
    const estimate = run(4000, 3, 200)
    estimate.indices.forEach((index, i) => {
      expect(index.firstLow).not.toBeNull()
      expect(index.firstLow as number).toBeLessThanOrEqual(index.first)
      expect(index.firstHigh as number).toBeGreaterThanOrEqual(index.first)
      expect(index.totalLow as number).toBeLessThanOrEqual(index.total)
      expect(index.totalHigh as number).toBeGreaterThanOrEqual(index.total)
      // The 90% interval, widened by a little, holds the truth for every index of this seed.
      expect(EXACT.first[i] as number).toBeGreaterThan((index.firstLow as number) - 0.02)
      expect(EXACT.first[i] as number).toBeLessThan((index.firstHigh as number) + 0.02)
      expect(EXACT.total[i] as number).toBeGreaterThan((index.totalLow as number) - 0.02)
      expect(EXACT.total[i] as number).toBeLessThan((index.totalHigh as number) + 0.02)
    })
  })

  it('is deterministic for a seed', () => {
    expect(run(300, 5, 50)).toEqual(run(300, 5, 50))
    expect(run(300, 5, 50)).not.toEqual(run(300, 6, 50))
  })
})

describe('saltelliSample', () => {
  it('builds A, B and each A_B^i in COINr order', () => {
    const n = 4
    const design = saltelliSample(n, 3, mulberry32(1))
    expect(design.values).toHaveLength(n * 5 * 3)
    for (let row = 0; row < n; row += 1) {
      const a = designRow(design, row)
      const b = designRow(design, n + row)
      for (let i = 0; i < 3; i += 1) {
        const ab = designRow(design, (2 + i) * n + row)
        for (let j = 0; j < 3; j += 1) expect(ab[j]).toBe(j === i ? b[j] : a[j])
      }
    }
  })

  it('fills A then B column by column from the generator, as R fills the matrix', () => {
    const random = mulberry32(9)
    const draws = Array.from({ length: 2 * 3 * 2 }, () => random())
    const design = saltelliSample(2, 3, mulberry32(9))
    // A's column 0 = draws 0, 1; column 1 = draws 2, 3; B's column 0 = draws 6, 7.
    expect(design.values[0]).toBe(draws[0])
    expect(design.values[3]).toBe(draws[1])
    expect(design.values[1]).toBe(draws[2])
    expect(design.values[2 * 3]).toBe(draws[6])
  })
})

describe('sobolIndices against COINr SA_estimate', () => {
  it('computes the same numbers as the R formulas on a small hand-made output', () => {
    // N = 2, d = 2: y = (yA, yB, yAB1, yAB2).
    const y = [1, 3, 2, 6, 2, 5, 1, 4]
    const estimate = sobolIndices(y, 2, 2)
    const yA = [1, 3]
    const yB = [2, 6]
    const all = [...yA, ...yB]
    const mean = all.reduce((s, v) => s + v, 0) / 4
    const variance = all.reduce((s, v) => s + (v - mean) ** 2, 0) / 3
    expect(estimate.variance).toBeCloseTo(variance, 12)
    const ab1 = [2, 5]
    expect(estimate.indices[0]?.first).toBeCloseTo((2 * (2 - 1) + 6 * (5 - 3)) / 2 / variance, 12)
    expect(estimate.indices[0]?.total).toBeCloseTo(
      ((1 - ab1[0]!) ** 2 + (3 - ab1[1]!) ** 2) / (4 * variance),
      12,
    )
  })
})

describe('sobolIndices against a COINr golden', () => {
  it("reproduces COINr 1.1.14's SA_estimate on its own Ishigami sample to 1e-12 (testing/coinrSaEstimate.R)", () => {
    const estimate = sobolIndices(golden.y, golden.n, golden.d)
    expect(Math.abs(estimate.variance - golden.variance)).toBeLessThan(1e-12)
    estimate.indices.forEach((index, i) => {
      expect(Math.abs(index.first - (golden.first[i] as number))).toBeLessThan(1e-12)
      expect(Math.abs(index.total - (golden.total[i] as number))).toBeLessThan(1e-12)
    })
  })
})
