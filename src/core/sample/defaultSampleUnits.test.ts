import { describe, expect, it } from 'vitest'
import { loadedBuiltIn } from '@core/builtins/testing/loadedBuiltIn'
import { danangUnits } from './danangUnits'
import { defaultSampleUnits } from './defaultSampleUnits'

describe('defaultSampleUnits', () => {
  it('takes all 28 Đà Nẵng units for the department survey', () => {
    expect(defaultSampleUnits(loadedBuiltIn('dept-ict-readiness'))).toEqual(danangUnits)
  })

  it('takes the 7 districts for the DTI set', () => {
    expect(defaultSampleUnits(loadedBuiltIn('dti-points')).map((unit) => unit.group)).toEqual(
      Array(7).fill('quan-huyen'),
    )
  })

  it('takes the units of the framework’s group when it has no profile', () => {
    expect(defaultSampleUnits({ id: 'mine', unitGroup: 'quan-huyen' })).toHaveLength(7)
  })

  it('takes all units when none is of the framework’s group', () => {
    expect(defaultSampleUnits(loadedBuiltIn('vn-ict-index-province'))).toEqual(danangUnits)
  })
})
