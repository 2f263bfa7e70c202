/**
 * How one indicator is normalised across the units of an assessment (relative family only).
 *
 * Why: the exact ICT Index normalisation is not public (methodology §1), so every method COINr
 * offers is data the evaluator picks, never code. Semantics: methodology §3 "Normalisation".
 *
 * - `min-max`: (x − min)/(max − min) × (upper − lower) + lower.
 * - `z-score`: (x − mean_x)/sd_x × sd + mean, sample standard deviation (n − 1).
 * - `ratio-to-max`: x / max. `distance-to-max`: 1 − (max − x)/(max − min).
 * - `rank`: rank with ties given the minimum rank. `percentile-rank`: (rank − 1)/(n − 1).
 * - `goalposts`: (x − lower)/(upper − lower) truncated to [0, 1], × scale.
 * - `none`: the value as is (pre-normalised inputs).
 *
 * @example
 *   const ictIndex: Normalisation = { method: 'min-max', lower: 0, upper: 1 }
 */
export type Normalisation =
  | { readonly method: 'min-max'; readonly lower: number; readonly upper: number }
  | { readonly method: 'z-score'; readonly mean: number; readonly sd: number }
  | { readonly method: 'ratio-to-max' }
  | { readonly method: 'distance-to-max' }
  | { readonly method: 'rank' }
  | { readonly method: 'percentile-rank' }
  | { readonly method: 'goalposts'; readonly lower: number; readonly upper: number; readonly scale: number }
  | { readonly method: 'none' }

/** Every normalisation method, in the order the authoring UI offers them. @example normalisationMethods.includes('rank') // => true */
export const normalisationMethods = [
  'min-max',
  'z-score',
  'ratio-to-max',
  'distance-to-max',
  'rank',
  'percentile-rank',
  'goalposts',
  'none',
] as const satisfies readonly Normalisation['method'][]

/**
 * How a component combines its children (methodology §3 "Aggregation").
 *
 * `sum` is the points family's capped sum; the relative family uses the three weighted means.
 *
 * @example
 *   const composite: Aggregation = 'arithmetic'
 */
export type Aggregation = 'arithmetic' | 'geometric' | 'harmonic' | 'sum'

/** Every aggregation, in the order the authoring UI offers them. @example aggregations[0] // => 'arithmetic' */
export const aggregations = [
  'arithmetic',
  'geometric',
  'harmonic',
  'sum',
] as const satisfies readonly Aggregation[]

/**
 * What to do with a missing indicator value before normalisation (methodology §3 "Imputation").
 *
 * - `none`: leave it missing; the parent re-normalises the remaining children's weights.
 * - `mean` / `median`: the column mean / median over the units of the assessment.
 * - `group-mean`: the mean over units sharing the same value of the unit attribute `attribute`
 *   (e.g. `group`).
 * - `zero`: treat as 0. `previous-year`: carry the unit's value from the previous assessment.
 *
 * @example
 *   const byGroup: Imputation = { method: 'group-mean', attribute: 'group' }
 */
export type Imputation =
  | { readonly method: 'none' }
  | { readonly method: 'mean' }
  | { readonly method: 'median' }
  | { readonly method: 'group-mean'; readonly attribute: string }
  | { readonly method: 'zero' }
  | { readonly method: 'previous-year' }

/** Every imputation method. @example imputationMethods.length // => 6 */
export const imputationMethods = [
  'none',
  'mean',
  'median',
  'group-mean',
  'zero',
  'previous-year',
] as const satisfies readonly Imputation['method'][]

/**
 * Outlier treatment of an indicator's values before normalisation (relative family), as COINr's
 * `Treat` (decision 0017). A column is treated only when it fails the test |skew| < 2 or
 * kurtosis < 3.5 (e1071 type-2 estimators, as COINr).
 *
 * - `none`: the values as they are (the default).
 * - `coinr`: Winsorise the highest (positive skew) or lowest (negative skew) point(s), ties together,
 *   until the column passes or `winmax` points are Winsorised (COINr default 5); if it still fails,
 *   the original values with `log_CT`: log(x − min + 0.01 × (max − min)).
 * - `winsorise`: the same Winsorisation, without the log fallback.
 * - `log`: `log_CT` straight away when the column fails.
 *
 * @example
 *   const coinrDefault: Treatment = { method: 'coinr', winmax: 5 }
 */
export type Treatment =
  | { readonly method: 'none' }
  | { readonly method: 'coinr'; readonly winmax: number }
  | { readonly method: 'winsorise'; readonly winmax: number }
  | { readonly method: 'log' }

/** Every treatment method. @example treatmentMethods[1] // => 'coinr' */
export const treatmentMethods = [
  'none',
  'coinr',
  'winsorise',
  'log',
] as const satisfies readonly Treatment['method'][]

/**
 * The framework-wide defaults; indicators and components may override them.
 *
 * `aggregation` is optional because its natural default depends on the family: when absent,
 * components use `arithmetic` in the relative family and `sum` in the points family (see
 * `effectiveAggregation`).
 *
 * @example
 *   const defaults: MethodDefaults = {
 *     normalisation: { method: 'min-max', lower: 0, upper: 1 },
 *     imputation: { method: 'none' },
 *   }
 */
export type MethodDefaults = {
  /** Default `{ method: 'min-max', lower: 0, upper: 1 }` (the ICT Index's 0–1 scale). */
  readonly normalisation: Normalisation
  readonly aggregation?: Aggregation
  /** Default `{ method: 'none' }`: leave missing and re-normalise the remaining weights. */
  readonly imputation: Imputation
  /** Absent = `{ method: 'none' }` (kept absent so existing frameworks serialise unchanged). */
  readonly treatment?: Treatment
}
