import type { YearResults } from './yearResults'

/**
 * The five-number summary and mean of a set of values (missing values left out).
 *
 * @example
 *   const summary: FiveNumberSummary = { count: 5, min: 1, q1: 2, median: 3, q3: 4, max: 5, mean: 3, whiskerLow: 1, whiskerHigh: 5, outliers: [] }
 */
export type FiveNumberSummary = {
  readonly count: number
  readonly min: number
  readonly q1: number
  readonly median: number
  readonly q3: number
  readonly max: number
  readonly mean: number
  /** Tukey's whiskers: the most extreme values within 1.5 × IQR of the quartiles. */
  readonly whiskerLow: number
  readonly whiskerHigh: number
  /** The values beyond the whiskers, in ascending order (Tukey's outliers). */
  readonly outliers: readonly number[]
}

/**
 * The value at quantile `p` (0–1) of sorted values by linear interpolation between order
 * statistics: R's default (type 7), Excel's QUARTILE.INC and PERCENTILE.INC.
 *
 * @example
 *   quantileOfSorted([1, 2, 3, 4], 0.25) // => 1.75
 */
export function quantileOfSorted(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN
  const position = (sorted.length - 1) * p
  const lower = Math.floor(position)
  const upper = Math.ceil(position)
  const low = sorted[lower] ?? Number.NaN
  const high = sorted[upper] ?? Number.NaN
  return low + (high - low) * (position - lower)
}

/**
 * The five-number summary (quartiles as `quantileOfSorted`), the mean, and Tukey's whiskers and
 * outliers (values more than 1.5 × IQR beyond the quartiles, as R's `boxplot.stats` with the
 * type-7 quartiles); `null` when no value is present.
 *
 * @example
 *   fiveNumberSummary([3, 1, null, 2]) // => { count: 3, min: 1, q1: 1.5, median: 2, q3: 2.5, max: 3, mean: 2, whiskerLow: 1, whiskerHigh: 3, outliers: [] }
 *   fiveNumberSummary([1, 2, 3, 4, 100])?.outliers // => [100]
 */
export function fiveNumberSummary(values: readonly (number | null)[]): FiveNumberSummary | null {
  const sorted = values
    .filter((value): value is number => value !== null && Number.isFinite(value))
    .sort((a, b) => a - b)
  if (sorted.length === 0) return null
  const q1 = quantileOfSorted(sorted, 0.25)
  const q3 = quantileOfSorted(sorted, 0.75)
  const reach = 1.5 * (q3 - q1)
  const inside = sorted.filter((value) => value >= q1 - reach && value <= q3 + reach)
  return {
    count: sorted.length,
    min: sorted[0] ?? Number.NaN,
    q1,
    median: quantileOfSorted(sorted, 0.5),
    q3,
    max: sorted.at(-1) ?? Number.NaN,
    mean: sorted.reduce((sum, value) => sum + value, 0) / sorted.length,
    whiskerLow: inside[0] ?? q1,
    whiskerHigh: inside.at(-1) ?? q3,
    outliers: sorted.filter((value) => value < q1 - reach || value > q3 + reach),
  }
}

/** One bin: [lower, upper), the last bin closed: [lower, upper]. */
export type HistogramBin = { readonly lower: number; readonly upper: number; readonly count: number }

/**
 * Counts values in `binCount` equal bins from `lower` to `upper` (values outside are clamped to
 * the first or last bin, so every value is counted once).
 *
 * @example
 *   histogram([0.05, 0.5, 1], 0, 1, 2).map((bin) => bin.count) // => [1, 2]
 */
export function histogram(
  values: readonly (number | null)[],
  lower: number,
  upper: number,
  binCount: number,
): HistogramBin[] {
  const count = Math.max(1, Math.floor(binCount))
  const width = upper > lower ? (upper - lower) / count : 1
  const bins = Array.from({ length: count }, (_, index) => ({
    lower: lower + index * width,
    upper: index === count - 1 ? upper : lower + (index + 1) * width,
    count: 0,
  }))
  for (const value of values) {
    if (value === null || !Number.isFinite(value)) continue
    const at = Math.min(count - 1, Math.max(0, Math.floor((value - lower) / width)))
    const bin = bins[at]
    if (bin) bin.count += 1
  }
  return bins
}

/** The composite's distribution in one year: summary and histogram on the common bins. */
export type YearDistribution = {
  readonly year: number
  readonly summary: FiveNumberSummary | null
  readonly bins: readonly HistogramBin[]
}

/**
 * The composite's distribution per year, with the same bins for every year (from 0 to the
 * largest maximum of the years: the scale, or the maximum points) so histograms compare.
 *
 * @example
 *   compositeDistributions(years, 10).map((year) => year.summary?.median)
 */
export function compositeDistributions(years: readonly YearResults[], binCount = 10): YearDistribution[] {
  const upper = Math.max(
    0,
    ...years.map((year) => year.result.maximum).filter((value) => Number.isFinite(value)),
  )
  const observedMax = Math.max(
    0,
    ...years.flatMap((year) =>
      (year.result.components[year.result.rootCode]?.score ?? []).filter(
        (value): value is number => value !== null,
      ),
    ),
  )
  const top = upper > 0 ? Math.max(upper, observedMax) : observedMax > 0 ? observedMax : 1
  return years.map((year) => {
    const scores = year.result.components[year.result.rootCode]?.score ?? []
    return { year: year.year, summary: fiveNumberSummary(scores), bins: histogram(scores, 0, top, binCount) }
  })
}
