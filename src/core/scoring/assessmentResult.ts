import type { FrameworkFamily, Imputation } from '@core/framework/framework'
import type { FormulaValue } from '@core/formula/formulaValue'
import type { ScoringWarning } from './scoringWarning'
import type { TreatmentRecord } from './treatColumn'

/** Bumped whenever a change to the engine can change a number; stored with cached results. */
export const SCORING_ENGINE_VERSION = 1

/** A unit as the engine sees it. */
export type ScoredUnit = { readonly code: string; readonly name: string; readonly group: string }

/** One indicator across all units (arrays are indexed like `AssessmentResult.units`). */
export type IndicatorResult = {
  readonly code: string
  /** The formula's value (divided by the denominator when one is set), before imputation. */
  readonly raw: readonly FormulaValue[]
  /** Which units were imputed, and how. */
  readonly imputed: readonly (Imputation['method'] | null)[]
  /** The numeric value that was normalised or scored (after imputation, before outlier treatment). */
  readonly value: readonly (number | null)[]
  /** Normalised value (relative family) or points (points family). */
  readonly score: readonly (number | null)[]
  /** Relative family, when a treatment other than `none` applied: what it did (decision 0017). */
  readonly treatment?: TreatmentRecord
}

/** One component across all units. */
export type ComponentResult = {
  readonly code: string
  readonly score: readonly (number | null)[]
  /** Competition rank among the units on this component (1 = best), on unrounded scores. */
  readonly rank: readonly (number | null)[]
}

/**
 * Everything one computation produced: per-indicator and per-component columns, the composite,
 * ranks, bands and warnings. Plain data: it can be stored, sent over IPC and written to Excel,
 * and explanations are derived from it without recomputing.
 *
 * @example
 *   result.components[result.rootCode]?.score[0] // => the first unit's composite
 */
export type AssessmentResult = {
  readonly engineVersion: number
  readonly frameworkId: string
  readonly frameworkVersion: string
  readonly family: FrameworkFamily
  /** Relative family: the top of the scale; points family: the root's maximum points. */
  readonly maximum: number
  readonly decimals: number
  readonly units: readonly ScoredUnit[]
  readonly rootCode: string
  readonly indicators: Readonly<Record<string, IndicatorResult>>
  readonly components: Readonly<Record<string, ComponentResult>>
  /** Composite ÷ maximum, 0–1; what the bands classify. */
  readonly share: readonly (number | null)[]
  /** Band code per unit, or null when the composite is missing or no band applies. */
  readonly band: readonly (string | null)[]
  readonly warnings: readonly ScoringWarning[]
}
