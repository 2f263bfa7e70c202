import { describe, expect, it } from 'vitest'
import {
  componentChildren,
  componentPath,
  effectiveAggregation,
  questionsBySection,
  rootComponent,
} from './frameworkSummary'
import { aComponent, aFramework, anIndicator } from './testing/aFramework'
import { aPointsFramework } from './testing/aPointsFramework'

describe('componentChildren', () => {
  it('lists child components, then indicators, each in list order', () => {
    const framework = aFramework({
      components: [aComponent({ code: 'ICT', parent: null }), aComponent({ code: 'A', parent: 'ICT' })],
      indicators: [
        anIndicator({ code: 'I1', parent: 'ICT' }),
        anIndicator({ code: 'I2', parent: 'A' }),
        anIndicator({ code: 'I3', parent: 'ICT' }),
      ],
    })

    const children = componentChildren(framework)

    expect(
      children
        .get('ICT')
        ?.map((child) => (child.kind === 'component' ? child.component.code : child.indicator.code)),
    ).toEqual(['A', 'I1', 'I3'])
  })

  it('gives every component an entry, leaves included', () => {
    const framework = aFramework({
      components: [aComponent({ code: 'ICT', parent: null }), aComponent({ code: 'A', parent: 'ICT' })],
      indicators: [],
    })

    expect(
      [...componentChildren(framework).entries()].map(([code, children]) => [code, children.length]),
    ).toEqual([
      ['ICT', 1],
      ['A', 0],
    ])
  })
})

describe('componentPath', () => {
  it('runs from the root down to an indicator', () => {
    expect(componentPath(aFramework(), 'HTKT_MayTinh')).toEqual(['ICT', 'HTKT', 'HTKT_MayTinh'])
  })

  it('is the root alone for the root', () => {
    expect(componentPath(aFramework(), 'ICT')).toEqual(['ICT'])
  })

  it('is empty for an unknown code', () => {
    expect(componentPath(aFramework(), 'NOPE')).toEqual([])
  })

  it('stops before repeating a code on a broken tree', () => {
    const framework = aFramework({
      components: [aComponent({ code: 'A', parent: 'B' }), aComponent({ code: 'B', parent: 'A' })],
    })

    expect(componentPath(framework, 'A')).toEqual(['B', 'A'])
  })
})

describe('questionsBySection', () => {
  it('groups questions by section in section order', () => {
    const grouped = questionsBySection(aFramework())

    expect([...grouped.keys()]).toEqual(['HTKT', 'HTNL', 'UD'])
    expect(grouped.get('HTKT')?.map((question) => question.code)).toEqual(['MayTinh', 'MayTinhInternet'])
  })
})

describe('rootComponent', () => {
  it('finds the composite index', () => {
    expect(rootComponent(aPointsFramework())?.code).toBe('DTI')
  })
})

describe('effectiveAggregation', () => {
  it('defaults to the arithmetic mean in the relative family and the sum in the points family', () => {
    expect(effectiveAggregation(aFramework(), aComponent())).toBe('arithmetic')
    expect(effectiveAggregation(aPointsFramework(), aComponent())).toBe('sum')
  })

  it('prefers the component’s own aggregation over the framework default', () => {
    const framework = aFramework({ method: { ...aFramework().method, aggregation: 'harmonic' } })

    expect(effectiveAggregation(framework, aComponent())).toBe('harmonic')
    expect(effectiveAggregation(framework, aComponent({ aggregation: 'geometric' }))).toBe('geometric')
  })
})
