import { describe, expect, it } from 'vitest'
import { checkMethods } from './checkMethods'
import { aFramework, anIndicator } from './testing/aFramework'

describe('checkMethods', () => {
  it('reports min-max bounds in the wrong order', () => {
    const framework = aFramework({
      method: { normalisation: { method: 'min-max', lower: 100, upper: 0 }, imputation: { method: 'none' } },
    })

    expect(checkMethods(framework)).toEqual([
      { code: 'min-above-max', path: 'method.normalisation.lower', min: 100, max: 0 },
    ])
  })

  it('reports goalposts without a range on an indicator', () => {
    const framework = aFramework({
      indicators: [
        anIndicator({
          formula: 'MayTinh',
          normalisation: { method: 'goalposts', lower: 5, upper: 5, scale: 1 },
        }),
      ],
    })

    expect(checkMethods(framework)).toEqual([
      { code: 'min-above-max', path: 'indicators[0].normalisation.lower', min: 5, max: 5 },
    ])
  })

  it('accepts a numeric question as denominator', () => {
    const framework = aFramework({
      indicators: [anIndicator({ formula: 'MayTinh', denominator: 'TyLeVanBanDienTu' })],
    })

    expect(checkMethods(framework)).toEqual([])
  })
})
