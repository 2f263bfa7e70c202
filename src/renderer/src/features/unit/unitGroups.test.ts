import { describe, expect, it } from 'vitest'
import { UNIT_GROUP_NAMES } from '@core/assessment/unitGroupName'
import vi from '../../i18n/locales/vi/unit.json'
import { UNIT_GROUPS } from './unitGroups'

describe('unit groups', () => {
  it('the results report names each group the profile offers as the Vietnamese profile does', () => {
    expect(Object.keys(UNIT_GROUP_NAMES)).toEqual([...UNIT_GROUPS])
    for (const group of UNIT_GROUPS) expect(UNIT_GROUP_NAMES[group]).toBe(vi.unit.groups[group])
  })
})
