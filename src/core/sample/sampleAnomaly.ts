import type { AnswerValue } from '@core/responses/answer'

/**
 * The kinds of problem the generator plants for the review aids to find:
 *
 * - `missing`: a required answer left blank.
 * - `outlier`: a valid but implausible number (a typo with an extra zero: ×10). No check fails.
 * - `inconsistent`: a number larger than a check allows (`MayNoiMangInternet > MayBan + LapTop`,
 *   a part above its whole, i.e. a share above 100 %). Exactly that question's check fails.
 * - `out-of-range`: a number above the question's maximum (a percent above 100).
 *
 * @example
 *   const kind: SampleAnomalyKind = 'inconsistent'
 */
export type SampleAnomalyKind = 'missing' | 'outlier' | 'inconsistent' | 'out-of-range'

/**
 * One planted problem: where, what kind, the plausible answer it replaced and what the
 * submission holds instead (`null` when blank).
 *
 * @example
 *   const anomaly: SampleAnomaly = { unit: 'SNV', year: 2025, question: 'MayBan', kind: 'outlier', expected: 61, found: 610 }
 */
export type SampleAnomaly = {
  readonly unit: string
  readonly year: number
  readonly question: string
  readonly kind: SampleAnomalyKind
  readonly expected: AnswerValue
  readonly found: AnswerValue | null
}
