import { describe, expect, it } from 'vitest'
import { aggregateChildren, weightShares } from './aggregateChildren'

// methodology §3 "Aggregation"
describe('aggregateChildren', () => {
  it('weights each child by its share of the total weight (arithmetic)', () => {
    expect(
      aggregateChildren(
        [
          { value: 80, weight: 2 },
          { value: 50, weight: 1 },
        ],
        'arithmetic',
      ),
    ).toEqual({ status: 'value', value: 70 })
  })

  it('drops missing children and re-normalises the remaining weights', () => {
    expect(
      aggregateChildren(
        [
          { value: 40, weight: 1 },
          { value: null, weight: 5 },
        ],
        'arithmetic',
      ),
    ).toEqual({ status: 'value', value: 40 })
  })

  it('is missing when every child is missing', () => {
    expect(aggregateChildren([{ value: null, weight: 1 }], 'arithmetic')).toEqual({ status: 'missing' })
  })

  it('computes the weighted geometric mean', () => {
    const outcome = aggregateChildren(
      [
        { value: 4, weight: 1 },
        { value: 1, weight: 1 },
      ],
      'geometric',
    )

    expect(outcome.status === 'value' && outcome.value).toBeCloseTo(2, 12)
  })

  it('reports a value ≤ 0 under a geometric mean instead of computing it', () => {
    expect(
      aggregateChildren(
        [
          { value: 0, weight: 1 },
          { value: 3, weight: 1 },
        ],
        'geometric',
      ),
    ).toEqual({ status: 'non-positive-under-geometric' })
  })

  it('computes the weighted harmonic mean', () => {
    const outcome = aggregateChildren(
      [
        { value: 1, weight: 1 },
        { value: 3, weight: 1 },
      ],
      'harmonic',
    )

    expect(outcome.status === 'value' && outcome.value).toBeCloseTo(1.5, 12)
  })

  it('reports a zero under a harmonic mean', () => {
    expect(aggregateChildren([{ value: 0, weight: 1 }], 'harmonic')).toEqual({
      status: 'zero-under-harmonic',
    })
  })

  it('sums points and caps them at the component maximum', () => {
    expect(
      aggregateChildren(
        [
          { value: 60, weight: 1 },
          { value: 50, weight: 1 },
        ],
        'sum',
        100,
      ),
    ).toEqual({ status: 'value', value: 100 })
    expect(
      aggregateChildren(
        [
          { value: 60, weight: 1 },
          { value: 20, weight: 1 },
        ],
        'sum',
        100,
      ),
    ).toEqual({ status: 'value', value: 80 })
  })
})

describe('weightShares', () => {
  it('gives missing children no share and re-normalises the rest', () => {
    expect(
      weightShares([
        { value: 1, weight: 1 },
        { value: null, weight: 3 },
        { value: 2, weight: 3 },
      ]),
    ).toEqual([0.25, 0, 0.75])
  })
})
