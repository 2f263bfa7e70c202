import type { Normalisation } from '@core/framework/method'
import { rankColumn } from './rankColumn'

export type NormalisedColumn = {
  readonly values: readonly (number | null)[]
  /** max = min (or a single value): min-max, distance-to-max and z-score have no spread. */
  readonly isConstant: boolean
  /** ratio-to-max with a largest value ≤ 0 gives meaningless ratios. */
  readonly hasNonPositiveMaximum: boolean
}

/**
 * Normalises one indicator over the units of an assessment (methodology §3 "Normalisation").
 *
 * The direction is applied first, as COINr does: an indicator with direction −1 is multiplied by
 * −1 (goalposts instead measure from the upper post). Missing values stay missing. A constant
 * column yields missing values and `isConstant`, never a silent division by zero.
 *
 * @example
 *   normaliseColumn([1, 2, 3], { method: 'min-max', lower: 0, upper: 1 }, 1).values // => [0, 0.5, 1]
 */
export function normaliseColumn(
  values: readonly (number | null)[],
  method: Normalisation,
  direction: 1 | -1,
): NormalisedColumn {
  if (method.method === 'goalposts') return normaliseGoalposts(values, method, direction)
  const directed = values.map((value) => (value === null ? null : value * direction))
  const present = directed.filter((value): value is number => value !== null)
  const min = present.length > 0 ? Math.min(...present) : 0
  const max = present.length > 0 ? Math.max(...present) : 0
  const isConstant = present.length > 0 && max === min
  const plain = (compute: (value: number) => number | null) =>
    directed.map((value) => (value === null ? null : finiteOrNull(compute(value))))
  const result = (
    normalised: readonly (number | null)[],
    flags: Partial<NormalisedColumn> = {},
  ): NormalisedColumn => ({
    values: normalised,
    isConstant: flags.isConstant ?? false,
    hasNonPositiveMaximum: flags.hasNonPositiveMaximum ?? false,
  })
  switch (method.method) {
    case 'min-max':
      return isConstant
        ? result(
            plain(() => null),
            { isConstant },
          )
        : result(plain((x) => ((x - min) / (max - min)) * (method.upper - method.lower) + method.lower))
    case 'z-score': {
      const { mean, sd } = meanAndSampleSd(present)
      return sd === 0 || Number.isNaN(sd)
        ? result(
            plain(() => null),
            { isConstant: true },
          )
        : result(plain((x) => ((x - mean) / sd) * method.sd + method.mean))
    }
    case 'ratio-to-max':
      return max <= 0
        ? result(
            plain(() => null),
            { hasNonPositiveMaximum: present.length > 0 },
          )
        : result(plain((x) => x / max))
    case 'distance-to-max':
      return isConstant
        ? result(
            plain(() => null),
            { isConstant },
          )
        : result(plain((x) => 1 - (max - x) / (max - min)))
    case 'rank':
      return result(rankColumn(directed, 'ascending'))
    case 'percentile-rank': {
      const ranks = rankColumn(directed, 'ascending')
      return present.length < 2
        ? result(
            ranks.map(() => null),
            { isConstant: present.length === 1 },
          )
        : result(ranks.map((rank) => (rank === null ? null : (rank - 1) / (present.length - 1))))
    }
    case 'none':
      return result(values.map((value) => (value === null ? null : finiteOrNull(value))))
  }
}

function normaliseGoalposts(
  values: readonly (number | null)[],
  method: Extract<Normalisation, { method: 'goalposts' }>,
  direction: 1 | -1,
): NormalisedColumn {
  const span = method.upper - method.lower
  const normalised = values.map((value) => {
    if (value === null || span === 0) return null
    const share = direction === 1 ? (value - method.lower) / span : (method.upper - value) / span
    return finiteOrNull(Math.min(1, Math.max(0, share)) * method.scale)
  })
  return { values: normalised, isConstant: span === 0, hasNonPositiveMaximum: false }
}

/** Mean and sample standard deviation (n − 1), as COINr's z-score uses. */
export function meanAndSampleSd(values: readonly number[]): { readonly mean: number; readonly sd: number } {
  const mean = values.reduce((total, value) => total + value, 0) / values.length
  const squares = values.reduce((total, value) => total + (value - mean) ** 2, 0)
  return { mean, sd: values.length < 2 ? Number.NaN : Math.sqrt(squares / (values.length - 1)) }
}

const finiteOrNull = (value: number | null): number | null =>
  value === null || !Number.isFinite(value) ? null : value
