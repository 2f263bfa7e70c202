import { describe, expect, it } from 'vitest'
import { createSampleRandom } from './sampleRandom'

describe('createSampleRandom', () => {
  it('gives the same draw for the same seed, scope and key, whatever was drawn before', () => {
    const first = createSampleRandom(1, 'SNV')
    const second = createSampleRandom(1, 'SNV')
    second.uniform('something else')

    expect(second.uniform('MayBan')).toBe(first.uniform('MayBan'))
  })

  it('gives different draws for another seed, scope or key', () => {
    const base = createSampleRandom(1, 'SNV').uniform('MayBan')

    expect(createSampleRandom(2, 'SNV').uniform('MayBan')).not.toBe(base)
    expect(createSampleRandom(1, 'STP').uniform('MayBan')).not.toBe(base)
    expect(createSampleRandom(1, 'SNV').uniform('LapTop')).not.toBe(base)
  })

  it('keeps integers within both bounds and reaches each of them', () => {
    const random = createSampleRandom(3, 'test')

    const draws = Array.from({ length: 2000 }, (_, index) => random.integer(`k${index}`, 2, 5))

    expect(new Set(draws)).toEqual(new Set([2, 3, 4, 5]))
  })

  it('draws normals with a mean near 0 and a standard deviation near 1', () => {
    const random = createSampleRandom(4, 'test')

    const draws = Array.from({ length: 5000 }, (_, index) => random.normal(`n${index}`))
    const mean = draws.reduce((sum, draw) => sum + draw, 0) / draws.length
    const variance = draws.reduce((sum, draw) => sum + (draw - mean) ** 2, 0) / draws.length

    expect(Math.abs(mean)).toBeLessThan(0.05)
    expect(Math.abs(Math.sqrt(variance) - 1)).toBeLessThan(0.05)
  })

  it('scopes a child so its draws differ from the parent’s', () => {
    const parent = createSampleRandom(5, 'SNV')

    expect(parent.child('2025').uniform('QLVB')).toBe(createSampleRandom(5, 'SNV|2025').uniform('QLVB'))
    expect(parent.child('2025').uniform('QLVB')).not.toBe(parent.uniform('QLVB'))
  })

  it('picks every item of a list sometimes', () => {
    const random = createSampleRandom(6, 'test')

    const picks = Array.from({ length: 300 }, (_, index) =>
      random.pick(`p${index}`, ['a', 'b', 'c'] as const),
    )

    expect(new Set(picks)).toEqual(new Set(['a', 'b', 'c']))
  })
})
