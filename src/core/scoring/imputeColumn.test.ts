import { describe, expect, it } from 'vitest'
import { imputeColumn } from './imputeColumn'

// methodology §3 "Imputation"
describe('imputeColumn', () => {
  it('leaves missing values alone with none', () => {
    expect(imputeColumn([1, null], { method: 'none' }).values).toEqual([1, null])
  })

  it('fills with the column mean and records which units were imputed', () => {
    const column = imputeColumn([1, null, 3], { method: 'mean' })

    expect(column.values).toEqual([1, 2, 3])
    expect([...column.imputed]).toEqual([[1, 'mean']])
  })

  it('fills with the column median', () => {
    expect(imputeColumn([1, null, 3, 10], { method: 'median' }).values).toEqual([1, 3, 3, 10])
  })

  it('fills with zero', () => {
    expect(imputeColumn([null, 2], { method: 'zero' }).values).toEqual([0, 2])
  })

  it('fills with the mean of the unit’s group', () => {
    const groups = ['so', 'so', 'huyen', 'huyen', 'so']

    const column = imputeColumn(
      [1, 3, 10, null, null],
      { method: 'group-mean', attribute: 'group' },
      { attribute: (index) => groups[index] },
    )

    expect(column.values).toEqual([1, 3, 10, 10, 2])
  })

  it('reports units it cannot fill', () => {
    const column = imputeColumn(
      [null, 5],
      { method: 'group-mean', attribute: 'group' },
      { attribute: (index) => ['a', 'b'][index] },
    )

    expect(column.values).toEqual([null, 5])
    expect(column.impossible).toEqual([0])
  })

  it('carries the unit’s previous-year value', () => {
    const column = imputeColumn(
      [null, 2, null],
      { method: 'previous-year' },
      { previousValue: (index) => [7, 1, null][index] },
    )

    expect(column.values).toEqual([7, 2, null])
    expect(column.impossible).toEqual([2])
  })
})
