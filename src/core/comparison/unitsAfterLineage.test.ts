import { describe, expect, it } from 'vitest'
import { loadBuiltInLineage } from './builtInLineages'
import { danangUnits } from '@core/sample/danangUnits'
import { danangUnitsInYear } from '@core/sample/sampleUnitsForYear'
import { unitsAfterLineage } from './unitsAfterLineage'

const lineage = () => {
  const loaded = loadBuiltInLineage('danang-2025')
  if (!loaded.ok) throw new Error('built-in lineage invalid')
  return loaded.value
}
const listed = danangUnits.map((unit) => ({ code: unit.code, name: unit.name, group: unit.groupName }))

describe('unitsAfterLineage', () => {
  it('carries last year’s list through the lineage: the same units as the sample’s 2025 list', () => {
    const after = unitsAfterLineage(listed, lineage(), 2024, 2025)
    expect(new Set(after.units.map((unit) => unit.code))).toEqual(
      new Set(danangUnitsInYear(2025).map((unit) => unit.code)),
    )
    expect(after.changes).toContainEqual({
      code: 'SKHCN',
      name: 'Sở Khoa học và Công nghệ',
      kind: 'merged',
      from: ['STTTT', 'SKHCN'],
    })
    expect(after.changes).toContainEqual({
      code: 'Q-NHS',
      name: 'UBND quận Ngũ Hành Sơn',
      kind: 'dissolved',
      from: ['Q-NHS'],
    })
    expect(after.changes.find((change) => change.code === 'P-ANKHE')).toMatchObject({
      kind: 'split',
      from: ['Q-TK', 'Q-CL'],
    })
    // successors take their first predecessor's place and group
    expect(after.units.find((unit) => unit.code === 'P-HAICHAU')?.group).toBe('UBND quận, huyện')
    expect(after.units.findIndex((unit) => unit.code === 'STC')).toBeLessThan(
      after.units.findIndex((unit) => unit.code === 'SCT'),
    )
  })

  it('leaves the list as it is when no event falls between the years', () => {
    expect(unitsAfterLineage(listed, lineage(), 2025, 2026)).toEqual({ units: listed, changes: [] })
  })
})
