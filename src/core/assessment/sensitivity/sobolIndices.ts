import { quantile } from '@core/assessment/findReviewFlags'

/** One input's first-order and total-effect indices, with bootstrap 5th–95th percentiles when asked. */
export type SobolIndex = {
  /** First-order index S_i (Saltelli 2010). */
  readonly first: number
  /** Total-effect index ST_i (Jansen 1999). */
  readonly total: number
  readonly firstLow: number | null
  readonly firstHigh: number | null
  readonly totalLow: number | null
  readonly totalHigh: number | null
}

export type SobolEstimate = {
  /** Sample variance (n − 1) of the outputs of A and B together: the denominator of every index. */
  readonly variance: number
  readonly indices: readonly SobolIndex[]
}

/**
 * Estimates first-order and total-effect indices from the outputs `y` of a Saltelli design
 * (`saltelliSample`, in its row order), exactly as COINr's `SA_estimate` does:
 *
 * - V = var(c(y_A, y_B)) (sample variance);
 * - S_i = mean(y_B · (y_ABi − y_A)) / V (Saltelli et al. 2010);
 * - ST_i = Σ (y_A − y_ABi)² / (2 N V) (Jansen).
 *
 * With `bootstrap` draws, each index is recomputed that many times from its N terms resampled
 * with replacement (V kept), and the 5th and 95th percentiles (R's type 7) are its interval; the
 * resampling uses `random` (the app's `mulberry32`), so it is deterministic for a seed. Like
 * COINr, each input and each kind of index draws its own resample.
 *
 * @example
 *   sobolIndices(y, 500, 3, { bootstrap: 100, random: mulberry32(2) }).indices[0]?.first
 */
export function sobolIndices(
  y: ArrayLike<number>,
  n: number,
  d: number,
  bootstrap?: { readonly draws: number; readonly random: () => number },
): SobolEstimate {
  if (y.length !== n * (d + 2)) throw new Error(`y has ${y.length} values, not N(d + 2) = ${n * (d + 2)}`)
  let sum = 0
  for (let row = 0; row < 2 * n; row += 1) sum += y[row] as number
  const mean = sum / (2 * n)
  let squares = 0
  for (let row = 0; row < 2 * n; row += 1) squares += ((y[row] as number) - mean) ** 2
  const variance = squares / (2 * n - 1)
  const indices: SobolIndex[] = []
  const firstTerms = new Float64Array(n)
  const totalTerms = new Float64Array(n)
  for (let input = 0; input < d; input += 1) {
    let firstSum = 0
    let totalSum = 0
    for (let row = 0; row < n; row += 1) {
      const a = y[row] as number
      const b = y[n + row] as number
      const ab = y[(2 + input) * n + row] as number
      firstTerms[row] = b * (ab - a)
      totalTerms[row] = a - ab
      firstSum += firstTerms[row] as number
      totalSum += (a - ab) ** 2
    }
    const first = firstSum / n / variance
    const total = totalSum / (2 * n * variance)
    if (!bootstrap || bootstrap.draws < 1) {
      indices.push({ first, total, firstLow: null, firstHigh: null, totalLow: null, totalHigh: null })
      continue
    }
    const firstDraws: number[] = []
    const totalDraws: number[] = []
    for (let draw = 0; draw < bootstrap.draws; draw += 1) {
      let resampled = 0
      for (let k = 0; k < n; k += 1) resampled += firstTerms[Math.floor(bootstrap.random() * n)] as number
      firstDraws.push(resampled / n / variance)
      resampled = 0
      for (let k = 0; k < n; k += 1)
        resampled += (totalTerms[Math.floor(bootstrap.random() * n)] as number) ** 2
      totalDraws.push(resampled / (2 * n * variance))
    }
    firstDraws.sort((p, q) => p - q)
    totalDraws.sort((p, q) => p - q)
    indices.push({
      first,
      total,
      firstLow: quantile(firstDraws, 0.05),
      firstHigh: quantile(firstDraws, 0.95),
      totalLow: quantile(totalDraws, 0.05),
      totalHigh: quantile(totalDraws, 0.95),
    })
  }
  return { variance, indices }
}
