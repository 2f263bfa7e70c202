import { describe, expect, it } from 'vitest'
import { roundHalfAwayFromZero } from './roundHalfAwayFromZero'

describe('roundHalfAwayFromZero', () => {
  it.each([
    [0.5, 0, 1],
    [-0.5, 0, -1],
    [2.5, 0, 3],
    [-2.5, 0, -3],
    [1.005, 2, 1.01],
    [-1.005, 2, -1.01],
    [0.82405, 4, 0.8241],
    [1234.5, -2, 1200],
    [1250, -2, 1300],
    [1e-7, 8, 1e-7],
    [1.23456e-7, 9, 1.23e-7],
    [1.5e21, 0, 1.5e21],
  ])('rounds %s to %s digits as %s', (value, digits, expected) => {
    expect(roundHalfAwayFromZero(value, digits)).toBe(expected)
  })

  it('truncates fractional digits', () => {
    expect(roundHalfAwayFromZero(1.2345, 2.9)).toBe(1.23)
  })

  it('leaves a value unchanged when asked for more digits than a double holds', () => {
    expect(roundHalfAwayFromZero(1.5, 1e9)).toBe(1.5)
  })

  it('rounds to 0 when asked for far fewer digits than the value has', () => {
    expect(roundHalfAwayFromZero(123, -1e9)).toBe(0)
  })

  it('gives 0, not -0, for a small negative value', () => {
    expect(Object.is(roundHalfAwayFromZero(-0.4, 0), 0)).toBe(true)
  })

  it('is missing for non-finite input', () => {
    expect(roundHalfAwayFromZero(Number.NaN, 0)).toBeNull()
    expect(roundHalfAwayFromZero(1, Number.POSITIVE_INFINITY)).toBeNull()
  })
})
