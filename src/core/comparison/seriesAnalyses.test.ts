import { describe, expect, it } from 'vitest'
import { compileFramework } from '@core/scoring/compileFramework'
import { explainUnit } from '@core/scoring/explainUnit'
import { compositeShares } from './compositeShares'
import { indicatorChanges } from './indicatorChanges'
import { strengthsAndWeaknesses } from './strengthsAndWeaknesses'
import { threeYearSeries, VERSION_CHANGES } from './testing/threeYearSeries'
import { unitTrajectory } from './unitTrajectory'

// Three generated years of 60 units, scored by the engine; 2026 is on a new framework version.
const generated = threeYearSeries()
const years = generated.map((year) => year.results)
const [y2024, y2025, y2026] = years
if (y2024 === undefined || y2025 === undefined || y2026 === undefined) throw new Error('three years expected')
const UNIT = 'STTTT'

describe('compositeShares', () => {
  it('agrees with the weight shares explainUnit gives at every level', () => {
    const { framework } = generated[2] ?? {}
    if (framework === undefined) throw new Error('framework')
    const index = y2026.result.units.findIndex((unit) => unit.code === UNIT)
    const explanation = explainUnit(compileFramework(framework), y2026.result, index)
    const shares = compositeShares(y2026.structure, y2026.result, index).shares

    for (const node of explanation.nodes) {
      for (const child of node.children)
        expect(shares.get(child.code), child.code).toBeCloseTo(
          (shares.get(node.code) ?? 0) * child.weightShare,
          12,
        )
    }
  })

  it('makes indicator contributions add up to the composite under arithmetic means', () => {
    const index = y2025.result.units.findIndex((unit) => unit.code === UNIT)
    const { shares, additive } = compositeShares(y2025.structure, y2025.result, index)

    const total = Object.values(y2025.result.indicators).reduce(
      (sum, indicator) => sum + (indicator.score[index] ?? 0) * (shares.get(indicator.code) ?? 0),
      0,
    )

    expect(additive).toBe(true)
    expect(total).toBeCloseTo(y2025.result.components[y2025.result.rootCode]?.score[index] ?? NaN, 12)
  })
})

describe('indicatorChanges', () => {
  it('explains the whole composite change when both years use the same version', () => {
    const changes = indicatorChanges(y2024, y2025, UNIT, years)

    expect(changes?.compositeChange).not.toBeNull()
    expect(changes?.explained).toBeCloseTo(changes?.compositeChange ?? NaN, 12)
    expect(changes?.rows.every((row) => row.comparable)).toBe(true)
  })

  it('sorts comparable indicators by the size of their effect on the composite', () => {
    const rows =
      indicatorChanges(y2025, y2026, UNIT, years)?.rows.filter((row) => row.contributionChange !== null) ?? []

    const impacts = rows.map((row) => Math.abs(row.contributionChange ?? 0))

    expect(impacts).toEqual([...impacts].sort((a, b) => b - a))
  })

  it('marks changed, added and dropped indicators as not comparable with no difference, after the others', () => {
    const rows = indicatorChanges(y2025, y2026, UNIT, years)?.rows ?? []

    const notComparable = rows.filter((row) => !row.comparable)

    expect(notComparable.map((row) => [row.code, row.status])).toEqual([
      [VERSION_CHANGES.changed, 'changed'],
      [VERSION_CHANGES.added, 'added'],
      [VERSION_CHANGES.dropped, 'dropped'],
    ])
    expect(
      notComparable.every(
        (row) => row.valueChange === null && row.scoreChange === null && row.contributionChange === null,
      ),
    ).toBe(true)
    expect(rows.slice(-3).every((row) => !row.comparable)).toBe(true)
  })

  it('reads a renamed indicator from its previous code', () => {
    const row = indicatorChanges(y2025, y2026, UNIT, years)?.rows.find(
      (item) => item.code === VERSION_CHANGES.renamed.code,
    )
    const index = y2025.result.units.findIndex((unit) => unit.code === UNIT)

    expect(row?.status).toBe('renamed')
    expect(row?.before?.value).toBe(
      y2025.result.indicators[VERSION_CHANGES.renamed.previousCode]?.value[index],
    )
  })
})

describe('unitTrajectory', () => {
  it('gives the engine’s composite and rank of every year', () => {
    const trajectory = unitTrajectory(years, UNIT)

    for (const [position, year] of years.entries()) {
      const index = year.result.units.findIndex((unit) => unit.code === UNIT)
      expect(trajectory?.years[position]?.composite).toBe(
        year.result.components[year.result.rootCode]?.score[index],
      )
      expect(trajectory?.years[position]?.rank).toBe(
        year.result.components[year.result.rootCode]?.rank[index],
      )
      expect(trajectory?.years[position]?.rankedCount).toBe(60)
    }
  })

  it('follows the latest year’s components back through the years', () => {
    const trajectory = unitTrajectory(years, UNIT)
    const index = y2024.result.units.findIndex((unit) => unit.code === UNIT)

    expect(trajectory?.componentCodes).toEqual(['HTKT', 'HTNL', 'UD', 'UD_NB', 'UD_CTTDT'])
    expect(trajectory?.years[0]?.components['HTNL']?.score).toBe(
      y2024.result.components['HTNL']?.score[index],
    )
  })
})

describe('strengthsAndWeaknesses', () => {
  it('measures each component against the median of the unit’s group', () => {
    const standing = strengthsAndWeaknesses(y2026, UNIT)
    const index = y2026.result.units.findIndex((unit) => unit.code === UNIT)
    const group = y2026.result.units[index]?.group
    const peers = y2026.result.units
      .flatMap((unit, at) =>
        unit.group === group ? [y2026.result.components['HTNL']?.score[at] ?? null] : [],
      )
      .filter((value): value is number => value !== null)
      .sort((a, b) => a - b)
    const middle =
      peers.length % 2 === 1
        ? (peers[(peers.length - 1) / 2] ?? NaN)
        : ((peers[peers.length / 2 - 1] ?? NaN) + (peers[peers.length / 2] ?? NaN)) / 2

    const item = standing?.items.find((entry) => entry.code === 'HTNL')

    expect(standing?.reference).toBe('group')
    expect(item?.median).toBeCloseTo(middle, 12)
    expect(item?.difference).toBeCloseTo((y2026.result.components['HTNL']?.score[index] ?? NaN) - middle, 12)
  })

  it('lists strengths above the median and weaknesses below it, furthest first', () => {
    const standing = strengthsAndWeaknesses(y2026, 'SYN-0024', {
      include: 'components-and-indicators',
      limit: 4,
    })

    expect(standing?.strengths.every((item) => item.difference > 0)).toBe(true)
    expect(standing?.weaknesses.every((item) => item.difference < 0)).toBe(true)
    const weak = standing?.weaknesses.map((item) => item.difference) ?? []
    expect(weak).toEqual([...weak].sort((a, b) => a - b))
  })
})
