import { describe, expect, it } from 'vitest'
import { checkFamily } from './checkFamily'
import { aComponent, aFramework, anIndicator } from './testing/aFramework'
import { aPointsFramework } from './testing/aPointsFramework'

describe('checkFamily', () => {
  it('reports maximum points in the relative family', () => {
    const framework = aFramework({
      components: [aComponent({ code: 'ICT', parent: null, maxPoints: 100 })],
      indicators: [anIndicator({ parent: 'ICT', maxPoints: 10 })],
    })

    expect(checkFamily(framework)).toEqual([
      { code: 'family-mismatch', path: 'indicators[0].maxPoints', family: 'relative', field: 'maxPoints' },
      { code: 'family-mismatch', path: 'components[0].maxPoints', family: 'relative', field: 'maxPoints' },
    ])
  })

  it('reports relative-only settings in the points family', () => {
    const [first = anIndicator(), ...rest] = aPointsFramework().indicators
    const framework = aPointsFramework({
      scale: 100,
      method: {
        normalisation: { method: 'rank' },
        aggregation: 'arithmetic',
        imputation: { method: 'none' },
      },
      components: aPointsFramework()
        .components.map((component) => ({ ...component, aggregation: 'geometric' as const }))
        .slice(0, 1),
      indicators: [
        { ...first, normalisation: { method: 'none' }, denominator: 'SoCuocHop', direction: -1 },
        ...rest,
      ],
    })

    expect(checkFamily(framework)).toEqual([
      { code: 'family-mismatch', path: 'scale', family: 'points', field: 'scale' },
      { code: 'family-mismatch', path: 'method.aggregation', family: 'points', field: 'aggregation' },
      { code: 'family-mismatch', path: 'components[0].aggregation', family: 'points', field: 'aggregation' },
      {
        code: 'family-mismatch',
        path: 'indicators[0].normalisation',
        family: 'points',
        field: 'normalisation',
      },
      { code: 'family-mismatch', path: 'indicators[0].denominator', family: 'points', field: 'denominator' },
      { code: 'family-mismatch', path: 'indicators[0].direction', family: 'points', field: 'direction' },
    ])
  })

  it('accepts sum as the aggregation of the points family', () => {
    const framework = aPointsFramework({ method: { ...aPointsFramework().method, aggregation: 'sum' } })

    expect(checkFamily(framework)).toEqual([])
  })

  it('reports a points indicator without maximum points', () => {
    const framework = aPointsFramework({
      indicators: [anIndicator({ code: 'X', parent: 'NT', rule: { kind: 'ratio-times-max' } })],
    })

    expect(checkFamily(framework)).toEqual([
      { code: 'points-rule-missing', path: 'indicators[0]', indicator: 'X', missing: 'maxPoints' },
    ])
  })
})
