import type { LocalizedText } from './localizedText'

/**
 * How a points-family indicator turns its value into points; one variant per pattern of
 * methodology §2. "The value" is the result of the indicator's `formula` (or of the part's or
 * alternative's own `formula` inside `sum-of-parts` / `best-of`); "max" is the `maxPoints` the
 * rule is applied with (the indicator's, or the part's). Results are never above max (except
 * `penalty`, which is negative) and never below 0 unless a rule's own points are negative.
 *
 * - `ratio-times-max`: value (a ratio) clamped to [0, 1] × max. Formula yields a number.
 * - `steps`: the points of the highest `atLeast` the value reaches, else 0. Number.
 * - `choice`: the outcome of the chosen value; `mode: 'points'` gives `value` points,
 *   `mode: 'fraction'` gives `value` × max (0–1). Unlisted choices give 0. For a multi-choice
 *   question the outcomes of all selected choices are added, capped at max. Text or choices.
 * - `yes-no`: `yesPoints` when true, else `noPoints`. Boolean.
 * - `per-item`: value × `pointsPerItem`, capped at max. Number (a count) or choices.
 * - `sum-of-parts`: the sum of independent parts, each scored by its own rule with its own
 *   `maxPoints`, total capped at max. The indicator formula is only the raw value shown.
 * - `best-of`: the highest of the alternatives, each scored by its own rule with the indicator's
 *   max. The indicator formula is only the raw value shown.
 * - `presence-bonus`: `presencePoints` when the value is true, plus `bonusPoints` when
 *   `bonusFormula` is also true, capped at max. Boolean.
 * - `penalty`: −`points` when the value is true, else 0. Boolean. `maxPoints` is usually 0.
 * - `normalise-to-best`: value ÷ the best value among the units of the assessment × max. Needs
 *   other units, so a unit's self-score shows it as pending. Number.
 *
 * @example
 *   // 4 meetings a year: 20; 3: 15; 2: 10; 1: 5; otherwise 0
 *   const meetings: PointsRule = {
 *     kind: 'steps',
 *     steps: [{ atLeast: 4, points: 20 }, { atLeast: 3, points: 15 }, { atLeast: 2, points: 10 }, { atLeast: 1, points: 5 }],
 *   }
 */
export type PointsRule =
  | { readonly kind: 'ratio-times-max' }
  | { readonly kind: 'steps'; readonly steps: readonly PointsStep[] }
  | {
      readonly kind: 'choice'
      readonly mode: 'points' | 'fraction'
      readonly outcomes: readonly ChoiceOutcome[]
    }
  | { readonly kind: 'yes-no'; readonly yesPoints: number; readonly noPoints: number }
  | { readonly kind: 'per-item'; readonly pointsPerItem: number }
  | { readonly kind: 'sum-of-parts'; readonly parts: readonly PointsPart[] }
  | { readonly kind: 'best-of'; readonly alternatives: readonly PointsAlternative[] }
  | {
      readonly kind: 'presence-bonus'
      readonly presencePoints: number
      readonly bonusFormula: string
      readonly bonusPoints: number
    }
  | { readonly kind: 'penalty'; readonly points: number }
  | { readonly kind: 'normalise-to-best' }

/** The kinds of points rule. @example const kind: PointsRuleKind = 'steps' */
export type PointsRuleKind = PointsRule['kind']

/** Every points rule kind. @example pointsRuleKinds.includes('penalty') // => true */
export const pointsRuleKinds = [
  'ratio-times-max',
  'steps',
  'choice',
  'yes-no',
  'per-item',
  'sum-of-parts',
  'best-of',
  'presence-bonus',
  'penalty',
  'normalise-to-best',
] as const satisfies readonly PointsRuleKind[]

/** One threshold of a `steps` rule. @example const step: PointsStep = { atLeast: 4, points: 20 } */
export type PointsStep = { readonly atLeast: number; readonly points: number }

/** The outcome of one choice value in a `choice` rule. @example const head: ChoiceOutcome = { choice: 'chu-tich', value: 1 } */
export type ChoiceOutcome = { readonly choice: string; readonly value: number }

/**
 * One independent part of a `sum-of-parts` rule, with its own formula, maximum and rule.
 *
 * @example
 *   const attends: PointsPart = { code: 'a', formula: 'DuHopTinh', maxPoints: 5, rule: { kind: 'yes-no', yesPoints: 5, noPoints: 0 } }
 */
export type PointsPart = {
  readonly code: string
  readonly name?: LocalizedText
  readonly formula: string
  readonly maxPoints: number
  readonly rule: PointsRule
}

/**
 * One case of a `best-of` rule, scored with the indicator's `maxPoints`.
 *
 * @example
 *   const byRatio: PointsAlternative = { code: 'ratio', formula: 'a / b', rule: { kind: 'ratio-times-max' } }
 */
export type PointsAlternative = {
  readonly code: string
  readonly name?: LocalizedText
  readonly formula: string
  readonly rule: PointsRule
}
