import type { ValidFramework } from '@core/framework/validateFramework'
import type { Answers } from '@core/responses/answer'
import type { AssessmentResult } from '@core/scoring/assessmentResult'
import { computeAssessment } from '@core/scoring/computeAssessment'
import type { UnitAnswers } from '@core/scoring/scoringOptions'
import { appraisedPoints, type Appraisal } from './appraisal'
import type { Assessment, DeclaredSubmission } from './assessment'
import { findReviewFlags } from './findReviewFlags'
import { previousIndicatorValues } from './previousIndicatorValues'
import { rankingComponentCodes } from './rankingRows'
import type { ReviewFlag } from './reviewFlag'
import { reviewedUnits, scoringUnits, type AssessmentInputs } from './scoringUnits'
import { statusBoard, type StatusBoard } from './statusBoard'

/**
 * What the evaluator's view is derived from: one assessment as stored (the storage layer's
 * `AssessmentWorkspace` has this shape), with last year's final answers and official results.
 */
export type AssessmentViewInput = {
  readonly assessment: Assessment
  readonly framework: ValidFramework
  readonly declared: readonly DeclaredSubmission[]
  readonly appraisals: readonly Appraisal[]
  /** The official results when published, else `null`. */
  readonly officialResult: AssessmentResult | null
  readonly previous: {
    readonly finalAnswers: ReadonlyMap<string, Answers>
    readonly result: AssessmentResult | null
  } | null
}

/** What the evaluator's screens show of one assessment, derived once from what is stored. */
export type AssessmentView<W extends AssessmentViewInput = AssessmentViewInput> = {
  readonly workspace: W
  readonly inputs: AssessmentInputs
  readonly flags: readonly ReviewFlag[]
  /** Flags on the declared answers of questions that were appraised since (what the appraisal answered). */
  readonly resolvedFlags: readonly ReviewFlag[]
  readonly board: StatusBoard
  readonly scoring: readonly UnitAnswers[]
  /** Points frameworks: the points the evaluator awarded, per unit and criterion (what-if scores with them too). */
  readonly appraisedPoints: ReadonlyMap<string, Readonly<Record<string, number>>>
  /** The official results when published, else computed now from the final answers. */
  readonly result: AssessmentResult
  readonly isOfficial: boolean
  readonly componentCodes: readonly string[]
  readonly previousValues: ReadonlyMap<string, Readonly<Record<string, number | null>>> | undefined
}

/**
 * Derives the evaluator's view of one assessment: review flags on the final answers (and those
 * the appraisals answered), the status board, the units as scored, and the results (the official
 * ones when published, else computed now with last year's values and the appraised points).
 *
 * @example
 *   const view = deriveAssessmentView(workspace)
 *   view.board.counts['has-problems']
 */
export function deriveAssessmentView<W extends AssessmentViewInput>(workspace: W): AssessmentView<W> {
  const { assessment, framework, declared, appraisals, previous } = workspace
  const inputs: AssessmentInputs = { units: assessment.units, declared, appraisals }
  const flags = findReviewFlags(framework, reviewedUnits(inputs, previous?.finalAnswers))
  const appraised = new Set(
    appraisals.map((appraisal) => JSON.stringify([appraisal.unit, appraisal.question])),
  )
  const resolvedFlags =
    appraisals.length === 0
      ? []
      : findReviewFlags(
          framework,
          reviewedUnits({ ...inputs, appraisals: [] }, previous?.finalAnswers),
        ).filter((flag) => appraised.has(JSON.stringify([flag.unit, flag.question])))
  const scoring = scoringUnits(inputs)
  const previousValues = previous?.result ? previousIndicatorValues(previous.result) : undefined
  const official = workspace.officialResult
  const points = appraisedPoints(appraisals)
  const result =
    official ??
    computeAssessment(framework, scoring, {
      ...(previousValues === undefined ? {} : { previousValues }),
      ...(points.size === 0 ? {} : { appraisedPoints: points }),
    })
  return {
    workspace,
    inputs,
    flags,
    resolvedFlags,
    board: statusBoard({
      units: assessment.units,
      declared,
      flags,
      appraisals,
      approvals: assessment.approvals,
    }),
    scoring,
    result,
    isOfficial: official !== null,
    componentCodes: rankingComponentCodes(framework),
    previousValues,
    appraisedPoints: points,
  }
}
