/**
 * COINr's skewness and kurtosis (`COINr:::skew`, `COINr:::kurt`, copied by COINr from e1071's
 * `skewness`/`kurtosis` type 2), over the values whose `missing` flag is 0. NaN when there are
 * too few values (fewer than 3 for skew, 4 for kurtosis) or all values are equal (0 / 0).
 *
 * @example
 *   skewKurtosis(Float64Array.of(1, 1, 1, 1, 10), new Uint8Array(5)) // => { skew: 2.236…, kurtosis: 5 }
 */
export function skewKurtosis(
  values: Float64Array,
  missing: Uint8Array,
): { readonly skew: number; readonly kurtosis: number } {
  let n = 0
  let sum = 0
  for (let index = 0; index < values.length; index += 1) {
    if (missing[index] === 1) continue
    n += 1
    sum += values[index] as number
  }
  if (n === 0) return { skew: Number.NaN, kurtosis: Number.NaN }
  let mean = sum / n
  // R's mean() refines the first pass with the mean of the residuals.
  let residual = 0
  for (let index = 0; index < values.length; index += 1)
    if (missing[index] !== 1) residual += (values[index] as number) - mean
  mean += residual / n
  let m2 = 0
  let m3 = 0
  let m4 = 0
  for (let index = 0; index < values.length; index += 1) {
    if (missing[index] === 1) continue
    const deviation = (values[index] as number) - mean
    const square = deviation * deviation
    m2 += square
    m3 += square * deviation
    m4 += square * square
  }
  const skew = n < 3 ? Number.NaN : ((Math.sqrt(n) * m3) / m2 ** 1.5) * (Math.sqrt(n * (n - 1)) / (n - 2))
  const r = (n * m4) / (m2 * m2)
  const kurtosis = n < 4 ? Number.NaN : (((n + 1) * (r - 3) + 6) * (n - 1)) / ((n - 2) * (n - 3))
  return { skew, kurtosis }
}

/**
 * COINr's `check_SkewKurt`: passes when |skew| < 2 or kurtosis < 3.5, with R's three-valued
 * logic (NaN is NA: `NA | TRUE` is TRUE, `NA | FALSE` is NA, returned as `null`).
 *
 * @example
 *   passesSkewKurtosis({ skew: 3, kurtosis: 2 }) // => true
 */
export function passesSkewKurtosis(moments: {
  readonly skew: number
  readonly kurtosis: number
}): boolean | null {
  const skewPasses = Number.isNaN(moments.skew) ? null : Math.abs(moments.skew) < SKEW_THRESHOLD
  const kurtosisPasses = Number.isNaN(moments.kurtosis) ? null : moments.kurtosis < KURTOSIS_THRESHOLD
  if (skewPasses === true || kurtosisPasses === true) return true
  if (skewPasses === null || kurtosisPasses === null) return null
  return false
}

/** COINr's default thresholds (`Treat`'s `skew_thresh`, `kurt_thresh`). */
export const SKEW_THRESHOLD = 2
export const KURTOSIS_THRESHOLD = 3.5
