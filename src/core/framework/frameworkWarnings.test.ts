import { describe, expect, it } from 'vitest'
import { frameworkWarnings } from './frameworkWarnings'
import { aFramework } from './testing/aFramework'
import { aPointsFramework } from './testing/aPointsFramework'

describe('frameworkWarnings', () => {
  it('finds nothing in the builders’ frameworks', () => {
    expect([...frameworkWarnings(aFramework()), ...frameworkWarnings(aPointsFramework())]).toEqual([])
  })

  it('warns about a component whose children cannot reach its maximum', () => {
    const framework = aPointsFramework({
      components: aPointsFramework().components.map((component) =>
        component.code === 'DTI' ? { ...component, maxPoints: 1000 } : component,
      ),
    })

    expect(frameworkWarnings(framework)).toEqual([
      {
        code: 'points-children-below-max',
        path: 'components[0].maxPoints',
        component: 'DTI',
        maxPoints: 1000,
        childrenMaxPoints: 100,
      },
    ])
  })
})
