/** Indices where both columns have a finite value (R's pairwise complete observations). */
function completePairs(x: readonly (number | null)[], y: readonly (number | null)[]): number[] {
  const pairs: number[] = []
  const length = Math.min(x.length, y.length)
  for (let index = 0; index < length; index += 1) {
    const [a, b] = [x[index], y[index]]
    if (typeof a === 'number' && typeof b === 'number' && Number.isFinite(a) && Number.isFinite(b))
      pairs.push(index)
  }
  return pairs
}

function meanOf(values: readonly number[]): number {
  let sum = 0
  for (const value of values) sum += value
  const mean = sum / values.length
  let residual = 0
  for (const value of values) residual += value - mean
  return mean + residual / values.length
}

/** Pearson's r of two equally long lists; null (R's NA) under 2 pairs or with a constant list. */
function pearsonOf(a: readonly number[], b: readonly number[]): number | null {
  if (a.length < 2) return null
  const [meanA, meanB] = [meanOf(a), meanOf(b)]
  let sab = 0
  let saa = 0
  let sbb = 0
  for (let index = 0; index < a.length; index += 1) {
    const da = (a[index] as number) - meanA
    const db = (b[index] as number) - meanB
    sab += da * db
    saa += da * da
    sbb += db * db
  }
  if (saa === 0 || sbb === 0) return null
  const r = sab / Math.sqrt(saa * sbb)
  return Math.max(-1, Math.min(1, r))
}

/** Ranks 1…n, ties given their average rank (R's `rank`, ties.method = "average"). */
function averageRanks(values: readonly number[]): number[] {
  const order = values.map((_, index) => index).sort((a, b) => (values[a] as number) - (values[b] as number))
  const ranks = new Array<number>(values.length)
  let start = 0
  while (start < order.length) {
    let end = start
    while (end + 1 < order.length && values[order[end + 1] as number] === values[order[start] as number])
      end += 1
    const rank = (start + end) / 2 + 1
    for (let position = start; position <= end; position += 1) ranks[order[position] as number] = rank
    start = end + 1
  }
  return ranks
}

/**
 * Pearson's correlation over the pairwise complete observations (R:
 * `cor(x, y, use = "pairwise.complete.obs")`); null where R gives NA.
 *
 * @example
 *   pearsonCorrelation([1, 2, null, 4], [2, 4, 5, 8]) // => 1
 */
export function pearsonCorrelation(
  x: readonly (number | null)[],
  y: readonly (number | null)[],
): number | null {
  const pairs = completePairs(x, y)
  return pearsonOf(
    pairs.map((index) => x[index] as number),
    pairs.map((index) => y[index] as number),
  )
}

/**
 * Spearman's rank correlation over the pairwise complete observations, ranked within those pairs
 * with average ranks for ties (R: `cor(x, y, method = "spearman", use = "pairwise.complete.obs")`).
 *
 * @example
 *   spearmanCorrelation([1, 5, 3], [10, 30, 20]) // => 1
 */
export function spearmanCorrelation(
  x: readonly (number | null)[],
  y: readonly (number | null)[],
): number | null {
  const pairs = completePairs(x, y)
  return pearsonOf(
    averageRanks(pairs.map((index) => x[index] as number)),
    averageRanks(pairs.map((index) => y[index] as number)),
  )
}

/**
 * The sample covariance (n − 1) over the pairwise complete observations; null under 2 pairs.
 *
 * @example
 *   pairwiseCovariance([1, 2, 3], [1, 2, null]) // => 0.5
 */
export function pairwiseCovariance(
  x: readonly (number | null)[],
  y: readonly (number | null)[],
): number | null {
  const pairs = completePairs(x, y)
  if (pairs.length < 2) return null
  const a = pairs.map((index) => x[index] as number)
  const b = pairs.map((index) => y[index] as number)
  const [meanA, meanB] = [meanOf(a), meanOf(b)]
  let sum = 0
  for (let index = 0; index < a.length; index += 1)
    sum += ((a[index] as number) - meanA) * ((b[index] as number) - meanB)
  return sum / (a.length - 1)
}
