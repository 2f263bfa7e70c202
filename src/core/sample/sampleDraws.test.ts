import { describe, expect, it } from 'vitest'
import type { SampleContext } from './sampleContext'
import { countAround, gradeChoice, hasCapability, level, partOf, share } from './sampleDraws'
import { createSampleRandom } from './sampleRandom'

/** A context of a given maturity; `year` only changes the yearly noise. */
function aContext(maturity: number, code = 'SNV', year = 2025): SampleContext {
  return {
    unit: { code, name: code, group: 'so-ban-nganh', groupName: 'Sở, ban, ngành' },
    year,
    traits: { baseMaturity: maturity, yearlyChange: 0, staff: 100, subordinateUnits: 0 },
    maturity,
    stable: createSampleRandom(1, code),
    yearly: createSampleRandom(1, `${code}|${year}`),
  }
}

const codes = Array.from({ length: 200 }, (_, index) => `U${index}`)

describe('level', () => {
  it('stays within 0–1 and follows maturity on average', () => {
    const mean = (maturity: number) =>
      codes.reduce((sum, code) => sum + level(aContext(maturity, code), 'VBDi'), 0) / codes.length

    expect(mean(0.8)).toBeGreaterThan(mean(0.3) + 0.4)
    expect(
      codes.every((code) => level(aContext(0.99, code), 'x') <= 1 && level(aContext(0.01, code), 'x') >= 0),
    ).toBe(true)
  })
})

describe('hasCapability', () => {
  it('is kept by a unit whose maturity rises, in the same year', () => {
    const kept = codes
      .filter((code) => hasCapability(aContext(0.4, code), 'QLVB', 0.4))
      .every((code) => hasCapability(aContext(0.6, code), 'QLVB', 0.4))

    expect(kept).toBe(true)
  })

  it('is common for easy capabilities and rare for hard ones', () => {
    const count = (difficulty: number) =>
      codes.filter((code) => hasCapability(aContext(0.5, code), 'X', difficulty)).length

    expect(count(0.1)).toBeGreaterThan(180)
    expect(count(0.9)).toBeLessThan(20)
  })
})

describe('share', () => {
  it('runs from low at level 0 to high at level 1', () => {
    expect(share(aContext(0.5), 'x', 0.2, 0.2)).toBe(0.2)
    expect(share(aContext(0.97), 'x', 0, 1)).toBeGreaterThan(share(aContext(0.03), 'x', 0, 1))
  })
})

describe('partOf', () => {
  it('rounds and never leaves 0–total', () => {
    expect(partOf(120, 0.755)).toBe(91)
    expect(partOf(10, 1.3)).toBe(10)
    expect(partOf(10, -0.2)).toBe(0)
  })
})

describe('gradeChoice', () => {
  it('picks the first (best) choice for mature units and the last for weak ones', () => {
    const picks = (maturity: number) =>
      codes.map((code) => gradeChoice(aContext(maturity, code), 'TanSuatCapNhat', ['1', '2', '3', '4']))

    expect(picks(0.95).filter((pick) => pick === '1').length).toBeGreaterThan(120)
    expect(picks(0.05).filter((pick) => pick === '4').length).toBeGreaterThan(120)
  })
})

describe('countAround', () => {
  it('stays near the expected count and never goes negative', () => {
    const counts = codes.map((code) => countAround(aContext(0.5, code), 'MayIn', 20))

    expect(counts.every((count) => count >= 0)).toBe(true)
    expect(counts.reduce((sum, count) => sum + count, 0) / counts.length).toBeGreaterThan(18)
    expect(counts.reduce((sum, count) => sum + count, 0) / counts.length).toBeLessThan(22)
  })
})
