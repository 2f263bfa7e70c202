import type { Treatment } from '@core/framework/method'
import { passesSkewKurtosis, skewKurtosis } from './skewKurtosis'

/** What the treatment did to one indicator's column (decision 0017). */
export type TreatmentRecord = {
  /** Points Winsorised in the final values, COINr's count (tied points count one each). */
  readonly winsorised: number
  /** Their positions (unit indices), ascending. */
  readonly rows: readonly number[]
  /** `true` when the final values are `log_CT` of the original ones. */
  readonly log: boolean
}

/** The treated column: same length, missing positions copied unchanged. */
export type TreatedColumn = { readonly values: Float64Array; readonly record: TreatmentRecord }

const untouched = (values: Float64Array): TreatedColumn => ({
  values: Float64Array.from(values),
  record: { winsorised: 0, rows: [], log: false },
})

/**
 * COINr's `Treat` of one indicator (`Treat.numeric` with `winsorise`, `log_CT` and
 * `check_SkewKurt`, `combine_treat = FALSE`) over values whose `missing` flag is 0. The column is
 * left as it is when it passes, when the test is undefined (too few or all-equal values: R's NA)
 * or with `{ method: 'none' }`. Pure; the input arrays are not modified.
 *
 * @example
 *   treatColumn(values, missing, { method: 'coinr', winmax: 5 }).record // => { winsorised: 2, rows: [3, 7], log: false }
 */
export function treatColumn(values: Float64Array, missing: Uint8Array, treatment: Treatment): TreatedColumn {
  if (treatment.method === 'none') return untouched(values)
  const initial = passesSkewKurtosis(skewKurtosis(values, missing))
  if (initial !== false) return untouched(values)
  if (treatment.method === 'log') return logTreated(values, missing)
  const winsorised = winsorise(values, missing, treatment.winmax)
  if (winsorised === null) return untouched(values)
  const passes = passesSkewKurtosis(skewKurtosis(winsorised.values, missing))
  if (passes === null) return untouched(values)
  if (passes || treatment.method === 'winsorise') return winsorised
  return logTreated(values, missing)
}

/** `log_CT`: log(x − min + 0.01 × (max − min)); NA from the check afterwards returns the original. */
function logTreated(values: Float64Array, missing: Uint8Array): TreatedColumn {
  let min = Infinity
  let max = -Infinity
  for (let index = 0; index < values.length; index += 1) {
    if (missing[index] === 1) continue
    const value = values[index] as number
    if (value < min) min = value
    if (value > max) max = value
  }
  const shift = 0.01 * (max - min)
  const logged = Float64Array.from(values, (value, index) =>
    missing[index] === 1 ? value : Math.log(value - min + shift),
  )
  if (passesSkewKurtosis(skewKurtosis(logged, missing)) === null) return untouched(values)
  return { values: logged, record: { winsorised: 0, rows: [], log: true } }
}

/**
 * COINr's `winsorise`: while the column fails and fewer than `winmax` points are Winsorised, set the
 * maximum (skew ≥ 0) or minimum (skew < 0), all tied positions at once, to the next value. As in
 * COINr the count is the size of the latest tied set at each end, so a run of ties may exceed
 * `winmax`. `null` where R would stop with an error (NA test inside the loop).
 */
function winsorise(source: Float64Array, missing: Uint8Array, winmax: number): TreatedColumn | null {
  const values = Float64Array.from(source)
  let high: number[] = []
  let low: number[] = []
  let passing: boolean | null = false
  let count = 0
  while (passing === false && count < winmax) {
    const { skew } = skewKurtosis(values, missing)
    if (Number.isNaN(skew)) return null
    if (skew >= 0) high = replaceExtreme(values, missing, 1)
    else low = replaceExtreme(values, missing, -1)
    count = high.length + low.length
    passing = passesSkewKurtosis(skewKurtosis(values, missing))
    if (passing === null) return null
  }
  const rows = [...new Set([...high, ...low])].sort((a, b) => a - b)
  return { values, record: { winsorised: count, rows, log: false } }
}

/** Sets every position holding the extreme (sign 1: maximum, −1: minimum) to the next value; returns the positions. */
function replaceExtreme(values: Float64Array, missing: Uint8Array, sign: 1 | -1): number[] {
  let extreme = -Infinity
  for (let index = 0; index < values.length; index += 1)
    if (missing[index] !== 1 && sign * (values[index] as number) > extreme)
      extreme = sign * (values[index] as number)
  const positions: number[] = []
  let next = -Infinity
  for (let index = 0; index < values.length; index += 1) {
    if (missing[index] === 1) continue
    const value = sign * (values[index] as number)
    if (value === extreme) positions.push(index)
    else if (value > next) next = value
  }
  // R: max(x[-imax]) of nothing is -Inf; unreachable here, since an all-equal column has no skew.
  for (const position of positions) values[position] = sign * next
  return positions
}
