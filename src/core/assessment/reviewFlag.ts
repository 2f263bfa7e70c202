import type { AnswerIssue } from '@core/responses/validateAnswers'

/**
 * A suspicious value the evaluator should look at, with what is needed to explain it in words
 * (the renderer translates `kind`): an outlier among the units, a jump against the unit's
 * previous year, or an internal inconsistency (a failed framework check, a share above 100 %).
 *
 * @example
 *   const flag: ReviewFlag = { kind: 'outlier-z', unit: 'SNV', question: 'MayTinh', value: 900, zScore: 4.2, mean: 80, sd: 195 }
 */
export type ReviewFlag =
  | {
      readonly kind: 'outlier-z'
      readonly unit: string
      readonly question: string
      readonly value: number
      readonly zScore: number
      readonly mean: number
      readonly sd: number
    }
  | {
      readonly kind: 'outlier-iqr'
      readonly unit: string
      readonly question: string
      readonly value: number
      readonly lowerFence: number
      readonly upperFence: number
    }
  | {
      readonly kind: 'year-jump'
      readonly unit: string
      readonly question: string
      readonly value: number
      readonly previous: number
      readonly change: number
    }
  | {
      readonly kind: 'inconsistent'
      readonly unit: string
      readonly question: string
      readonly issue: AnswerIssue
    }

export type ReviewThresholds = {
  /** |z| above this is an outlier (default 3). */
  readonly zScore: number
  /** Tukey fences at Q1 − k·IQR and Q3 + k·IQR (default k = 1.5). */
  readonly iqrFactor: number
  /** A relative change against last year above this share is a jump (default 0.5 = ±50 %). */
  readonly yearJump: number
  /** Fewer units than this: no outlier statistics (default 5). */
  readonly minimumUnits: number
}

export const DEFAULT_REVIEW_THRESHOLDS: ReviewThresholds = {
  zScore: 3,
  iqrFactor: 1.5,
  yearJump: 0.5,
  minimumUnits: 5,
}
