import { describe, expect, it } from 'vitest'
import { mulberry32, mulberry32First } from './seededRandom'

describe('mulberry32', () => {
  it('gives the reference sequence for a seed', () => {
    const next = mulberry32(42)

    expect([next(), next(), next()]).toEqual([0.6011037519201636, 0.44829055899754167, 0.8524657934904099])
  })

  it('stays in [0, 1) over many draws', () => {
    const next = mulberry32(7)

    const draws = Array.from({ length: 10_000 }, () => next())

    expect(draws.every((draw) => draw >= 0 && draw < 1)).toBe(true)
  })

  it('gives different sequences for different seeds', () => {
    expect(mulberry32(1)()).not.toBe(mulberry32(2)())
  })
})

describe('mulberry32First', () => {
  it('equals the first draw of the generator', () => {
    for (const seed of [0, 1, 42, 0xffffffff]) expect(mulberry32First(seed)).toBe(mulberry32(seed)())
  })
})
