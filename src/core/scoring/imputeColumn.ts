import type { Imputation } from '@core/framework/method'

export type ImputedColumn = {
  readonly values: readonly (number | null)[]
  /** Index of each unit whose value was filled in, with the method that filled it. */
  readonly imputed: ReadonlyMap<number, Imputation['method']>
  /** Units still missing because the method had nothing to go on (e.g. an all-missing group). */
  readonly impossible: readonly number[]
}

export type ImputationContext = {
  /** The unit attribute values, per unit index (for `group-mean`). */
  readonly attribute?: (unitIndex: number, attribute: string) => string | undefined
  /** The unit's value in the previous assessment (for `previous-year`). */
  readonly previousValue?: (unitIndex: number) => number | null | undefined
}

/**
 * Fills missing values of one indicator before normalisation (methodology §3 "Imputation").
 * `none` leaves them missing (the parent re-normalises weights instead).
 *
 * @example
 *   imputeColumn([1, null, 3], { method: 'mean' }).values // => [1, 2, 3]
 */
export function imputeColumn(
  values: readonly (number | null)[],
  imputation: Imputation,
  context: ImputationContext = {},
): ImputedColumn {
  const imputed = new Map<number, Imputation['method']>()
  const impossible: number[] = []
  const fill = (pick: (index: number) => number | null) =>
    values.map((value, index) => {
      if (value !== null) return value
      const replacement = pick(index)
      if (replacement === null) impossible.push(index)
      else imputed.set(index, imputation.method)
      return replacement
    })
  const present = values.filter((value): value is number => value !== null)
  switch (imputation.method) {
    case 'none':
      return { values, imputed, impossible }
    case 'zero':
      return { values: fill(() => 0), imputed, impossible }
    case 'mean': {
      const columnMean = mean(present)
      return { values: fill(() => columnMean), imputed, impossible }
    }
    case 'median': {
      const columnMedian = median(present)
      return { values: fill(() => columnMedian), imputed, impossible }
    }
    case 'group-mean': {
      const groupOf = (index: number) => context.attribute?.(index, imputation.attribute)
      const means = groupMeans(values, groupOf)
      return {
        values: fill((index) => {
          const group = groupOf(index)
          return group === undefined ? null : (means.get(group) ?? null)
        }),
        imputed,
        impossible,
      }
    }
    case 'previous-year':
      return { values: fill((index) => context.previousValue?.(index) ?? null), imputed, impossible }
  }
}

function groupMeans(
  values: readonly (number | null)[],
  groupOf: (index: number) => string | undefined,
): Map<string, number> {
  const sums = new Map<string, { total: number; count: number }>()
  values.forEach((value, index) => {
    const group = groupOf(index)
    if (value === null || group === undefined) return
    const entry = sums.get(group) ?? { total: 0, count: 0 }
    entry.total += value
    entry.count += 1
    sums.set(group, entry)
  })
  return new Map([...sums].map(([group, { total, count }]) => [group, total / count]))
}

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((total, value) => total + value, 0) / values.length
}

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2
}
