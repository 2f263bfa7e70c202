import { describe, expect, it } from 'vitest'
import { syntheticUnits } from './syntheticUnits'

describe('syntheticUnits', () => {
  it('numbers the codes SYN-0001 onwards and names the units in Vietnamese', () => {
    expect(syntheticUnits(2, ['so-ban-nganh'])).toEqual([
      {
        code: 'SYN-0001',
        name: 'Đơn vị thử nghiệm số 1',
        group: 'so-ban-nganh',
        groupName: 'Sở, ban, ngành',
      },
      {
        code: 'SYN-0002',
        name: 'Đơn vị thử nghiệm số 2',
        group: 'so-ban-nganh',
        groupName: 'Sở, ban, ngành',
      },
    ])
  })

  it('takes the groups in turn and names an unknown group by its code', () => {
    const units = syntheticUnits(3, ['quan-huyen', 'tinh-thanh'])

    expect(units.map((unit) => [unit.group, unit.groupName])).toEqual([
      ['quan-huyen', 'UBND quận, huyện'],
      ['tinh-thanh', 'tinh-thanh'],
      ['quan-huyen', 'UBND quận, huyện'],
    ])
  })

  it('extends a smaller list without changing it', () => {
    expect(syntheticUnits(700, ['so-ban-nganh']).slice(0, 5)).toEqual(syntheticUnits(5, ['so-ban-nganh']))
  })

  it('keeps codes unique past 9999', () => {
    const codes = syntheticUnits(10_001, ['so-ban-nganh']).map((unit) => unit.code)

    expect(new Set(codes).size).toBe(10_001)
    expect(codes.at(-1)).toBe('SYN-10001')
  })
})
