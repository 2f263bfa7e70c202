import type { Imputation } from '@core/framework/method'
import type { ImputationContext } from './imputeColumn'
import { allocateColumn, type IndicatorColumn } from './indicatorColumn'

export type ImputedColumnar = IndicatorColumn & {
  /** 1 where the unit's value was filled in (by the imputation's method). */
  readonly imputed: Uint8Array
  /** Units still missing because the method had nothing to go on, in unit order. */
  readonly impossible: readonly number[]
}

/**
 * `imputeColumn` over a column (decision 0016): the same fills, in the same arithmetic order, as a
 * loop over a `Float64Array` and its missing mask. The input is not changed.
 *
 * @example
 *   imputeColumnar(arrayToColumn([1, null, 3]), { method: 'mean' }).values // => Float64Array [1, 2, 3]
 */
export function imputeColumnar(
  column: IndicatorColumn,
  imputation: Imputation,
  context: ImputationContext = {},
): ImputedColumnar {
  const length = column.values.length
  const imputed = new Uint8Array(length)
  const impossible: number[] = []
  if (imputation.method === 'none') return { ...column, imputed, impossible }
  const { values, missing } = allocateColumn(length, column)
  const fill = (pick: (index: number) => number | null) => {
    for (let index = 0; index < length; index += 1) {
      if (missing[index] === 0) continue
      const replacement = pick(index)
      if (replacement === null) impossible.push(index)
      else {
        values[index] = replacement
        missing[index] = 0
        imputed[index] = 1
      }
    }
  }
  switch (imputation.method) {
    case 'zero':
      fill(() => 0)
      break
    case 'mean': {
      const columnMean = presentMean(column)
      fill(() => columnMean)
      break
    }
    case 'median': {
      const columnMedian = presentMedian(column)
      fill(() => columnMedian)
      break
    }
    case 'group-mean': {
      const groupOf = (index: number) => context.attribute?.(index, imputation.attribute)
      const sums = new Map<string, { total: number; count: number }>()
      for (let index = 0; index < length; index += 1) {
        if (column.missing[index] === 1) continue
        const group = groupOf(index)
        if (group === undefined) continue
        const entry = sums.get(group) ?? { total: 0, count: 0 }
        entry.total += column.values[index] as number
        entry.count += 1
        sums.set(group, entry)
      }
      fill((index) => {
        const group = groupOf(index)
        const entry = group === undefined ? undefined : sums.get(group)
        return entry === undefined ? null : entry.total / entry.count
      })
      break
    }
    case 'previous-year':
      fill((index) => context.previousValue?.(index) ?? null)
      break
  }
  return { values, missing, imputed, impossible }
}

function presentMean(column: IndicatorColumn): number | null {
  let total = 0
  let count = 0
  for (let index = 0; index < column.values.length; index += 1) {
    if (column.missing[index] === 1) continue
    total += column.values[index] as number
    count += 1
  }
  return count === 0 ? null : total / count
}

function presentMedian(column: IndicatorColumn): number | null {
  const present: number[] = []
  for (let index = 0; index < column.values.length; index += 1)
    if (column.missing[index] === 0) present.push(column.values[index] as number)
  if (present.length === 0) return null
  // A stable comparison sort over the values in unit order, exactly as imputeColumn sorts.
  const sorted = present.sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2
}
