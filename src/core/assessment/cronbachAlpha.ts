import { pairwiseCovariance } from './correlation'

/**
 * Cronbach's alpha of columns (one per indicator, indexed by unit), as COINr's `get_cronbach`:
 * the covariance matrix over pairwise complete observations, Σ = the sum of its defined
 * entries, σ̄ = (Σ − trace) / (k(k − 1)), alpha = k² σ̄ / Σ. Null with fewer than two columns
 * or when Σ is 0.
 *
 * @example
 *   cronbachAlpha([[1, 2, 3], [1, 2, 3]]) // => 1
 */
export function cronbachAlpha(columns: readonly (readonly (number | null)[])[]): number | null {
  const k = columns.length
  if (k < 2) return null
  let total = 0
  let trace = 0
  for (let i = 0; i < k; i += 1) {
    for (let j = i; j < k; j += 1) {
      const covariance = pairwiseCovariance(columns[i] ?? [], columns[j] ?? [])
      if (covariance === null || !Number.isFinite(covariance)) continue
      if (i === j) {
        total += covariance
        trace += covariance
      } else total += 2 * covariance
    }
  }
  if (total === 0) return null
  const averageCovariance = (total - trace) / (k * (k - 1))
  return (k * k * averageCovariance) / total
}
