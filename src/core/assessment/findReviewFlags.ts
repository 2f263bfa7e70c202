import type { ValidFramework } from '@core/framework/validateFramework'
import type { Answers } from '@core/responses/answer'
import { compileQuestionnaire } from '@core/responses/questionnaire'
import { checkSubmission } from '@core/responses/validateAnswers'
import { meanAndSampleSd } from '@core/scoring/normaliseColumn'
import { DEFAULT_REVIEW_THRESHOLDS, type ReviewFlag, type ReviewThresholds } from './reviewFlag'

export type ReviewedUnit = {
  readonly code: string
  readonly answers: Answers
  readonly previousAnswers?: Answers
}

const NUMERIC = new Set(['integer', 'decimal', 'percent'])

/**
 * Flags suspicious values across the units of an assessment: z-score and interquartile-range
 * outliers per numeric question, jumps against each unit's previous year, and internal
 * inconsistencies (the framework's cross-field checks, values out of range such as a share above
 * 100 %). Every flag carries the numbers that explain it.
 *
 * @example
 *   findReviewFlags(framework, units).filter((flag) => flag.kind === 'year-jump')
 */
export function findReviewFlags(
  framework: ValidFramework,
  units: readonly ReviewedUnit[],
  thresholds: ReviewThresholds = DEFAULT_REVIEW_THRESHOLDS,
): ReviewFlag[] {
  const flags: ReviewFlag[] = []
  for (const question of framework.questions) {
    if (!NUMERIC.has(question.type)) continue
    const values = units.flatMap((unit) => {
      const value = unit.answers[question.code]
      return typeof value === 'number' && Number.isFinite(value) ? [{ unit: unit.code, value }] : []
    })
    if (values.length >= thresholds.minimumUnits) flags.push(...outliers(question.code, values, thresholds))
    for (const unit of units) {
      const value = unit.answers[question.code]
      const previous = unit.previousAnswers?.[question.code]
      if (typeof value !== 'number' || typeof previous !== 'number' || previous === 0) continue
      const change = (value - previous) / Math.abs(previous)
      if (Math.abs(change) > thresholds.yearJump)
        flags.push({ kind: 'year-jump', unit: unit.code, question: question.code, value, previous, change })
    }
  }
  const questionnaire = compileQuestionnaire(framework)
  for (const unit of units) {
    const check = checkSubmission(questionnaire, { answers: unit.answers, comments: {}, entries: {} })
    for (const problem of check.problems)
      flags.push({ kind: 'inconsistent', unit: unit.code, question: problem.question, issue: problem.issue })
  }
  return flags
}

function outliers(
  question: string,
  values: readonly { unit: string; value: number }[],
  thresholds: ReviewThresholds,
): ReviewFlag[] {
  const numbers = values.map((entry) => entry.value)
  const { mean, sd } = meanAndSampleSd(numbers)
  const sorted = [...numbers].sort((a, b) => a - b)
  const q1 = quantile(sorted, 0.25)
  const q3 = quantile(sorted, 0.75)
  const lowerFence = q1 - thresholds.iqrFactor * (q3 - q1)
  const upperFence = q3 + thresholds.iqrFactor * (q3 - q1)
  return values.flatMap(({ unit, value }): ReviewFlag[] => {
    const zScore = sd > 0 ? (value - mean) / sd : 0
    if (Math.abs(zScore) > thresholds.zScore)
      return [{ kind: 'outlier-z', unit, question, value, zScore, mean, sd }]
    if (q3 > q1 && (value < lowerFence || value > upperFence))
      return [{ kind: 'outlier-iqr', unit, question, value, lowerFence, upperFence }]
    return []
  })
}

/** Linear-interpolated quantile of sorted numbers (R's type 7, the default of `quantile`). */
export function quantile(sorted: readonly number[], probability: number): number {
  if (sorted.length === 0) return Number.NaN
  const position = (sorted.length - 1) * probability
  const lower = Math.floor(position)
  const upper = Math.ceil(position)
  const low = sorted[lower] as number
  return low + ((sorted[upper] as number) - low) * (position - lower)
}
