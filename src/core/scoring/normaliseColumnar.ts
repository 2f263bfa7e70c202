import type { Normalisation } from '@core/framework/method'
import { allocateColumn, type IndicatorColumn } from './indicatorColumn'
import { rankColumnar } from './rankColumnar'

export type NormalisedColumnar = {
  readonly column: IndicatorColumn
  /** As `NormalisedColumn.isConstant`. */
  readonly isConstant: boolean
  /** As `NormalisedColumn.hasNonPositiveMaximum`. */
  readonly hasNonPositiveMaximum: boolean
}

/**
 * `normaliseColumn` over a column (decision 0016): the direction applied first, then one pass for
 * the statistics (min, max, mean, sd) and one for the values, with the same arithmetic in the same
 * order, so the numbers are identical. Non-finite results are missing. The input is not changed.
 *
 * @example
 *   normaliseColumnar(arrayToColumn([1, 2, 3]), { method: 'min-max', lower: 0, upper: 1 }, 1).column.values
 *   // => Float64Array [0, 0.5, 1]
 */
export function normaliseColumnar(
  column: IndicatorColumn,
  method: Normalisation,
  direction: 1 | -1,
): NormalisedColumnar {
  const length = column.values.length
  const source = column.values
  const sourceMissing = column.missing
  const { values, missing } = allocateColumn(length)
  const done = (flags: { isConstant?: boolean; hasNonPositiveMaximum?: boolean } = {}) => ({
    column: { values, missing },
    isConstant: flags.isConstant ?? false,
    hasNonPositiveMaximum: flags.hasNonPositiveMaximum ?? false,
  })
  const allMissing = (flags: { isConstant?: boolean; hasNonPositiveMaximum?: boolean }) => {
    missing.fill(1)
    return done(flags)
  }
  if (method.method === 'goalposts') {
    const span = method.upper - method.lower
    if (span === 0) return allMissing({ isConstant: true })
    for (let index = 0; index < length; index += 1) {
      if (sourceMissing[index] === 1) {
        missing[index] = 1
        continue
      }
      const value = source[index] as number
      const share = direction === 1 ? (value - method.lower) / span : (method.upper - value) / span
      put(values, missing, index, Math.min(1, Math.max(0, share)) * method.scale)
    }
    return done()
  }
  if (method.method === 'none') {
    for (let index = 0; index < length; index += 1) {
      if (sourceMissing[index] === 1) missing[index] = 1
      else put(values, missing, index, source[index] as number)
    }
    return done()
  }
  let present = 0
  let min = Number.POSITIVE_INFINITY
  let max = Number.NEGATIVE_INFINITY
  let total = 0
  for (let index = 0; index < length; index += 1) {
    if (sourceMissing[index] === 1) continue
    const value = (source[index] as number) * direction
    present += 1
    min = Math.min(min, value)
    max = Math.max(max, value)
    total += value
  }
  if (present === 0) {
    min = 0
    max = 0
  }
  const isConstant = present > 0 && max === min
  // One plain loop per method (no function call per value): the directed value is recomputed
  // as (value × direction), the same number the statistics pass used.
  switch (method.method) {
    case 'min-max': {
      if (isConstant) return allMissing({ isConstant })
      const range = max - min
      const span = method.upper - method.lower
      const lower = method.lower
      for (let index = 0; index < length; index += 1) {
        if (sourceMissing[index] === 1) {
          missing[index] = 1
          continue
        }
        const value = (((source[index] as number) * direction - min) / range) * span + lower
        if (Number.isFinite(value)) values[index] = value
        else missing[index] = 1
      }
      return done()
    }
    case 'z-score': {
      const mean = total / present
      let squares = 0
      for (let index = 0; index < length; index += 1)
        if (sourceMissing[index] === 0) squares += ((source[index] as number) * direction - mean) ** 2
      const sd = present < 2 ? Number.NaN : Math.sqrt(squares / (present - 1))
      if (sd === 0 || Number.isNaN(sd)) return allMissing({ isConstant: true })
      const scale = method.sd
      const centre = method.mean
      for (let index = 0; index < length; index += 1) {
        if (sourceMissing[index] === 1) {
          missing[index] = 1
          continue
        }
        const value = (((source[index] as number) * direction - mean) / sd) * scale + centre
        if (Number.isFinite(value)) values[index] = value
        else missing[index] = 1
      }
      return done()
    }
    case 'ratio-to-max':
      if (max <= 0) return allMissing({ hasNonPositiveMaximum: present > 0 })
      for (let index = 0; index < length; index += 1) {
        if (sourceMissing[index] === 1) {
          missing[index] = 1
          continue
        }
        const value = ((source[index] as number) * direction) / max
        if (Number.isFinite(value)) values[index] = value
        else missing[index] = 1
      }
      return done()
    case 'distance-to-max': {
      if (isConstant) return allMissing({ isConstant })
      const range = max - min
      for (let index = 0; index < length; index += 1) {
        if (sourceMissing[index] === 1) {
          missing[index] = 1
          continue
        }
        const value = 1 - (max - (source[index] as number) * direction) / range
        if (Number.isFinite(value)) values[index] = value
        else missing[index] = 1
      }
      return done()
    }
    case 'rank':
    case 'percentile-rank': {
      const directed = new Float64Array(length)
      for (let index = 0; index < length; index += 1) directed[index] = (source[index] as number) * direction
      const ranks = rankColumnar({ values: directed, missing: sourceMissing }, 'ascending')
      if (method.method === 'rank') return { column: ranks, isConstant: false, hasNonPositiveMaximum: false }
      if (present < 2) return allMissing({ isConstant: present === 1 })
      for (let index = 0; index < length; index += 1) {
        if (ranks.missing[index] === 1) missing[index] = 1
        else values[index] = ((ranks.values[index] as number) - 1) / (present - 1)
      }
      return done()
    }
  }
}

/** Stores a finite result, marks a non-finite one missing. */
function put(values: Float64Array, missing: Uint8Array, index: number, value: number) {
  if (Number.isFinite(value)) values[index] = value
  else missing[index] = 1
}
