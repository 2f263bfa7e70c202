import { describe, expect, it } from 'vitest'
import { danangUnits } from './danangUnits'
import { syntheticUnits } from './syntheticUnits'
import { aSampleUnit } from './testing/aSampleUnit'
import { maturityIn, unitTraits } from './unitTraits'

const traitsOf = (code: string) => {
  const unit = danangUnits.find((candidate) => candidate.code === code)
  if (unit === undefined) throw new Error(code)
  return unitTraits(1, unit)
}

describe('unitTraits', () => {
  it('depends only on the seed and the unit', () => {
    expect(traitsOf('SNV')).toEqual(traitsOf('SNV'))
    expect(unitTraits(2, aSampleUnit({ code: 'SNV' }))).not.toEqual(traitsOf('SNV'))
  })

  it('makes about one unit in seven decline', () => {
    const declining = syntheticUnits(2000, ['so-ban-nganh']).filter(
      (unit) => unitTraits(1, unit).yearlyChange < 0,
    ).length

    expect(declining / 2000).toBeGreaterThan(0.1)
    expect(declining / 2000).toBeLessThan(0.2)
  })

  it('sizes districts larger than the typical department and gives them subordinate units', () => {
    const districts = danangUnits
      .filter((unit) => unit.group === 'quan-huyen')
      .map((unit) => unitTraits(1, unit))

    expect(districts.every((traits) => traits.staff >= 180 && traits.subordinateUnits >= 8)).toBe(true)
  })

  it('gives the Sở Thông tin và Truyền thông a head start', () => {
    const maturities = syntheticUnits(500, ['so-ban-nganh'])
      .map((unit) => unitTraits(1, unit).baseMaturity)
      .sort((a, b) => a - b)

    expect(traitsOf('STTTT').baseMaturity).toBeGreaterThan(maturities[200] ?? 1)
  })
})

describe('maturityIn', () => {
  it('moves by the yearly change from 2024', () => {
    const traits = { baseMaturity: 0.5, yearlyChange: 0.05, staff: 80, subordinateUnits: 0 }

    expect([2024, 2025, 2026].map((year) => maturityIn(traits, year))).toEqual([0.5, 0.55, 0.6])
  })

  it('stays within 0.03–0.97', () => {
    expect(maturityIn({ baseMaturity: 0.9, yearlyChange: 0.1, staff: 1, subordinateUnits: 0 }, 2030)).toBe(
      0.97,
    )
    expect(maturityIn({ baseMaturity: 0.1, yearlyChange: -0.1, staff: 1, subordinateUnits: 0 }, 2030)).toBe(
      0.03,
    )
  })
})
