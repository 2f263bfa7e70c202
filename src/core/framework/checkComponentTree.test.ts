import { describe, expect, it } from 'vitest'
import { checkComponentTree } from './checkComponentTree'
import { aComponent, aFramework, anIndicator } from './testing/aFramework'

const leaf = (parent: string) => anIndicator({ code: `I_${parent}`, parent })

describe('checkComponentTree', () => {
  it('accepts a tree with one root and children everywhere', () => {
    expect(checkComponentTree(aFramework())).toEqual([])
  })

  it('reports a component that is its own parent as a cycle of one', () => {
    const framework = aFramework({
      components: [aComponent({ code: 'ICT', parent: null }), aComponent({ code: 'A', parent: 'A' })],
      indicators: [leaf('ICT'), leaf('A')],
    })

    expect(checkComponentTree(framework)).toEqual([
      { code: 'component-cycle', path: 'components[1].parent', cycle: ['A'] },
    ])
  })

  it('reports a loop reached from outside it once, at its first member in list order', () => {
    const framework = aFramework({
      components: [
        aComponent({ code: 'ICT', parent: null }),
        aComponent({ code: 'TAIL', parent: 'B' }),
        aComponent({ code: 'A', parent: 'B' }),
        aComponent({ code: 'B', parent: 'A' }),
      ],
      indicators: [leaf('ICT'), leaf('TAIL'), leaf('A'), leaf('B')],
    })

    expect(checkComponentTree(framework)).toEqual([
      { code: 'component-cycle', path: 'components[2].parent', cycle: ['A', 'B'] },
    ])
  })

  it('reports a component naming an indicator as its parent', () => {
    const framework = aFramework({
      components: [aComponent({ code: 'ICT', parent: null }), aComponent({ code: 'A', parent: 'I_ICT' })],
      indicators: [leaf('ICT'), leaf('A')],
    })

    expect(checkComponentTree(framework)).toEqual([
      { code: 'unknown-parent', path: 'components[1].parent', parent: 'I_ICT' },
    ])
  })

  it('ignores the weight of the root, which has no siblings', () => {
    const framework = aFramework({
      components: [aComponent({ code: 'ICT', parent: null, weight: 0 })],
      indicators: [leaf('ICT')],
    })

    expect(checkComponentTree(framework)).toEqual([])
  })

  it('reports a non-positive component weight', () => {
    const framework = aFramework({
      components: [
        aComponent({ code: 'ICT', parent: null }),
        aComponent({ code: 'A', parent: 'ICT', weight: -2 }),
      ],
      indicators: [leaf('A')],
    })

    expect(checkComponentTree(framework)).toEqual([
      { code: 'non-positive-weight', path: 'components[1].weight', weight: -2 },
    ])
  })
})
