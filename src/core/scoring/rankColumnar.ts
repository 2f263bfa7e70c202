import type { IndicatorColumn } from './indicatorColumn'

/**
 * `rankColumn` over a column (decision 0016): competition ranking ("1, 2, 2, 4"), tied values
 * share the minimum rank, missing and non-finite values get no rank. The present values are
 * copied and sorted once as a `Float64Array`; each unit's rank is then the number of values
 * strictly better than its own plus one, found by binary search.
 *
 * @example
 *   rankColumnar(arrayToColumn([0.9, 0.7, 0.9, null]), 'descending') // => ranks 1, 3, 1, missing
 */
export function rankColumnar(column: IndicatorColumn, order: 'ascending' | 'descending'): IndicatorColumn {
  const { values, missing } = column
  const length = values.length
  let count = 0
  for (let index = 0; index < length; index += 1)
    if (missing[index] === 0 && Number.isFinite(values[index])) count += 1
  const sorted = new Float64Array(count)
  let at = 0
  for (let index = 0; index < length; index += 1) {
    const value = values[index] as number
    if (missing[index] === 0 && Number.isFinite(value)) {
      sorted[at] = value
      at += 1
    }
  }
  sorted.sort()
  const ranks = new Float64Array(length)
  const unranked = new Uint8Array(length)
  for (let index = 0; index < length; index += 1) {
    const value = values[index] as number
    if (missing[index] === 1 || !Number.isFinite(value)) {
      unranked[index] = 1
      continue
    }
    ranks[index] =
      order === 'ascending' ? countBelow(sorted, value) + 1 : count - countAtOrBelow(sorted, value) + 1
  }
  return { values: ranks, missing: unranked }
}

/** How many sorted values are strictly less than `value`. */
function countBelow(sorted: Float64Array, value: number): number {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((sorted[middle] as number) < value) low = middle + 1
    else high = middle
  }
  return low
}

/** How many sorted values are less than or equal to `value`. */
function countAtOrBelow(sorted: Float64Array, value: number): number {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((sorted[middle] as number) <= value) low = middle + 1
    else high = middle
  }
  return low
}
