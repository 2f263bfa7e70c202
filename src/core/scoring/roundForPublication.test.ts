import { describe, expect, it } from 'vitest'
import { roundForPublication } from './roundForPublication'

// methodology §1 (published with 4 decimals), §4 (rounding half away from zero)
describe('roundForPublication', () => {
  it('rounds the published Đà Nẵng 2019 composite to 4 decimals', () => {
    expect(roundForPublication((0.7925 + 0.9538 + 0.85) / 3, 4)).toBe(0.8654)
  })

  it.each([
    [0.86545, 4, 0.8655],
    [1.005, 2, 1.01],
    [2.5, 0, 3],
    [-2.5, 0, -3],
    [-0.00005, 4, -0.0001],
    [0.00004999, 4, 0],
    [123456.78945, 4, 123456.7895],
    [1e-9, 4, 0],
    [0, 4, 0],
  ])('rounds %d to %d decimals as %d', (value, decimals, expected) => {
    expect(roundForPublication(value, decimals)).toBe(expected)
  })

  it('publishes negative zero and tiny negatives as plain 0, never "-0"', () => {
    expect(Object.is(roundForPublication(-0, 4), 0)).toBe(true)
    expect(Object.is(roundForPublication(-1e-9, 4), 0)).toBe(true)
  })

  it('leaves non-finite values as they are', () => {
    expect(roundForPublication(Number.POSITIVE_INFINITY, 4)).toBe(Number.POSITIVE_INFINITY)
  })
})
