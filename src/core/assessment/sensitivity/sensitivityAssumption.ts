import type { Aggregation, Imputation, Normalisation } from '@core/framework/method'
import type { ScoringOverrides } from '@core/scoring/scoringOptions'

/**
 * The methodological choices a discrete uncertain assumption picks among, by kind. Each kind is
 * one entry here and one in `CHOICE_OVERRIDE`: outlier treatment on/off joins as
 * `treatment: <the treatment setting>` with `treatment: (treatment) => ({ treatment })` once
 * `ScoringOverrides` carries a treatment field (decision 0018); the sampling, the estimators, the
 * worker and the CLI need nothing else (the CLI and the panel name each kind in their messages).
 */
export type SensitivityChoices = {
  readonly normalisation: Normalisation
  readonly aggregation: Aggregation
  readonly imputation: Imputation
}

/** How each choice becomes scoring overrides for one recomputation. */
export const CHOICE_OVERRIDE: {
  readonly [K in keyof SensitivityChoices]: (value: SensitivityChoices[K]) => ScoringOverrides
} = {
  normalisation: (normalisation) => ({ normalisation }),
  aggregation: (aggregation) => ({ aggregation }),
  imputation: (imputation) => ({ imputation }),
}

/**
 * One uncertain assumption of the sensitivity analysis:
 *
 * - `weights`: every weight below the root is multiplied by a uniform factor in
 *   [1 − spread, 1 + spread] (COINr's `get_noisy_weights` with the same noise factor at every
 *   level); as in COINr, `WEIGHT_SETS` such perturbed sets are drawn once and the assumption
 *   picks one of them;
 * - a choice (`normalisation`, `aggregation`, `imputation`): one of the alternatives, each with
 *   the same chance.
 *
 * @example
 *   const assumptions: SensitivityAssumption[] = [
 *     { kind: 'weights', spread: 0.25 },
 *     { kind: 'aggregation', alternatives: ['arithmetic', 'geometric'] },
 *   ]
 */
export type SensitivityAssumption =
  | { readonly kind: 'weights'; readonly spread: number }
  | {
      readonly [K in keyof SensitivityChoices]: {
        readonly kind: K
        readonly alternatives: readonly SensitivityChoices[K][]
      }
    }[keyof SensitivityChoices]

export type SensitivityAssumptionKind = SensitivityAssumption['kind']

/** Every kind the analysis offers, in the order the panel and the CLI list them. @example SENSITIVITY_KINDS[0] // => 'weights' */
export const SENSITIVITY_KINDS = [
  'weights',
  ...(Object.keys(CHOICE_OVERRIDE) as (keyof SensitivityChoices)[]),
] as const satisfies readonly SensitivityAssumptionKind[]

/** How many perturbed weight sets the `weights` assumption picks among (COINr's vignette: `Nrep = 100`). */
export const WEIGHT_SETS = 100

/**
 * Maps one design coordinate u ∈ [0, 1) to an index among `count` alternatives: COINr's
 * `cut(x, n_alt)` splits the range into equal intervals; here the range is [0, 1) itself.
 *
 * @example
 *   alternativeIndex(0.74, 4) // => 2
 */
export function alternativeIndex(u: number, count: number): number {
  return Math.min(count - 1, Math.floor(u * count))
}

/**
 * The scoring overrides each alternative of an assumption stands for; `weights` gets
 * `WEIGHT_SETS` perturbed copies of `nominalWeights` drawn from `random`.
 *
 * @example
 *   assumptionAlternatives({ kind: 'aggregation', alternatives: ['arithmetic', 'geometric'] }, {}, random)
 *   // => [{ aggregation: 'arithmetic' }, { aggregation: 'geometric' }]
 */
export function assumptionAlternatives(
  assumption: SensitivityAssumption,
  nominalWeights: Readonly<Record<string, number>>,
  random: () => number,
): ScoringOverrides[] {
  if (assumption.kind === 'weights') {
    const codes = Object.keys(nominalWeights)
    return Array.from({ length: WEIGHT_SETS }, () => ({
      weights: Object.fromEntries(
        codes.map((code) => [
          code,
          (nominalWeights[code] as number) * (1 + assumption.spread * (2 * random() - 1)),
        ]),
      ),
    }))
  }
  const toOverride = CHOICE_OVERRIDE[assumption.kind] as (value: unknown) => ScoringOverrides
  return assumption.alternatives.map((value) => toOverride(value))
}
