import type { Aggregation, Imputation, Normalisation, Treatment } from '@core/framework/method'
import type { Answers } from '@core/responses/answer'

/** A unit with its (final, i.e. appraised where appraised) answers. */
export type UnitAnswers = {
  readonly code: string
  readonly name: string
  readonly group: string
  /** Extra attributes for `group-mean` imputation (e.g. `{ district: 'Hải Châu' }`). */
  readonly attributes?: Readonly<Record<string, string>>
  readonly answers: Answers
}

/**
 * What-if changes on top of the framework, for the sensitivity panel and the CLI. Nothing here
 * edits the framework itself.
 *
 * @example
 *   const equalWeights: ScoringOverrides = { weights: { HTKT: 1, HTNL: 1, UD: 1 } }
 */
export type ScoringOverrides = {
  /** Weight per component or indicator code. */
  readonly weights?: Readonly<Record<string, number>>
  /** Replaces every indicator's normalisation. */
  readonly normalisation?: Normalisation
  /** Replaces every component's aggregation (relative family). */
  readonly aggregation?: Aggregation
  /** Replaces every indicator's imputation. */
  readonly imputation?: Imputation
  /** Replaces every indicator's outlier treatment (`ictwb score --treat`). */
  readonly treatment?: Treatment
}

export type ScoringOptions = {
  /** Previous year's indicator values (after denominator) per unit code, for `previous-year` imputation. */
  readonly previousValues?: ReadonlyMap<string, Readonly<Record<string, number | null>>>
  readonly overrides?: ScoringOverrides
  /** Points family: points the evaluator awarded, per unit code and criterion (indicator) code; they replace the rule's points, within 0 and the criterion's maximum. */
  readonly appraisedPoints?: ReadonlyMap<string, Readonly<Record<string, number>>>
}
