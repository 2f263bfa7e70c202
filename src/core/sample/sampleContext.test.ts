import { describe, expect, it } from 'vitest'
import { createSampleContext, growth } from './sampleContext'
import { aSampleUnit } from './testing/aSampleUnit'
import { maturityIn, unitTraits } from './unitTraits'

describe('createSampleContext', () => {
  it('sets the maturity of the unit in the year', () => {
    const unit = aSampleUnit()

    expect(createSampleContext(5, unit, 2026).maturity).toBe(maturityIn(unitTraits(5, unit), 2026))
  })

  it('keeps stable draws across years and changes yearly ones', () => {
    const [first, second] = [2024, 2025].map((year) => createSampleContext(5, aSampleUnit(), year))

    expect(second?.stable.uniform('x')).toBe(first?.stable.uniform('x'))
    expect(second?.yearly.uniform('x')).not.toBe(first?.yearly.uniform('x'))
  })
})

describe('growth', () => {
  it('compounds a yearly rate from 2024', () => {
    expect(growth({ year: 2024 }, 0.1)).toBe(1)
    expect(growth({ year: 2026 }, 0.1)).toBeCloseTo(1.21, 10)
  })
})
