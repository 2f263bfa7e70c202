import type { Answers } from '@core/responses/answer'
import type { UnitAnswers } from '@core/scoring/scoringOptions'
import { finalAnswers, type Appraisal } from './appraisal'
import type { AssessmentUnit, DeclaredSubmission } from './assessment'
import type { ReviewedUnit } from './findReviewFlags'

export type AssessmentInputs = {
  readonly units: readonly AssessmentUnit[]
  readonly declared: readonly DeclaredSubmission[]
  readonly appraisals: readonly Appraisal[]
}

/**
 * The units the engine scores: every unit of the assessment whose answers were received, in the
 * assessment's order, with its final answers (declared, with the appraisals applied on top).
 * Units not received are left out rather than scored as all-missing.
 *
 * @example
 *   computeAssessment(framework, scoringUnits({ units, declared, appraisals }))
 */
export function scoringUnits(inputs: AssessmentInputs): UnitAnswers[] {
  return receivedFinalAnswers(inputs).map(({ unit, answers }) => ({
    code: unit.code,
    name: unit.name,
    group: unit.group,
    attributes: { group: unit.group },
    answers,
  }))
}

/**
 * The received units with their final answers and, when known, last year's final answers, as
 * `findReviewFlags` takes them.
 *
 * @example
 *   findReviewFlags(framework, reviewedUnits({ units, declared, appraisals }, previousAnswers))
 */
export function reviewedUnits(
  inputs: AssessmentInputs,
  previousAnswers: ReadonlyMap<string, Answers> = new Map(),
): ReviewedUnit[] {
  return receivedFinalAnswers(inputs).map(({ unit, answers }) => {
    const previous = previousAnswers.get(unit.code)
    return previous === undefined
      ? { code: unit.code, answers }
      : { code: unit.code, answers, previousAnswers: previous }
  })
}

/**
 * Final answers (declared with appraisals applied) per unit code, for the received units.
 *
 * @example
 *   finalAnswersByUnit({ units, declared, appraisals }).get('STC')
 */
export function finalAnswersByUnit(inputs: AssessmentInputs): Map<string, Answers> {
  return new Map(receivedFinalAnswers(inputs).map(({ unit, answers }) => [unit.code, answers]))
}

function receivedFinalAnswers(inputs: AssessmentInputs): { unit: AssessmentUnit; answers: Answers }[] {
  const declared = new Map(inputs.declared.map((submission) => [submission.unit, submission]))
  const appraisals = groupByUnit(inputs.appraisals)
  return inputs.units.flatMap((unit) => {
    const submission = declared.get(unit.code)
    if (submission === undefined) return []
    return [{ unit, answers: finalAnswers(submission.answers, appraisals.get(unit.code) ?? []) }]
  })
}

function groupByUnit(appraisals: readonly Appraisal[]): Map<string, Appraisal[]> {
  const groups = new Map<string, Appraisal[]>()
  for (const appraisal of appraisals)
    groups.set(appraisal.unit, [...(groups.get(appraisal.unit) ?? []), appraisal])
  return groups
}
