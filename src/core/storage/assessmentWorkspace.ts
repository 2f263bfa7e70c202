import type { Appraisal } from '@core/assessment/appraisal'
import type { Assessment, DeclaredSubmission } from '@core/assessment/assessment'
import { finalAnswersByUnit } from '@core/assessment/scoringUnits'
import type { ValidFramework } from '@core/framework/validateFramework'
import type { Answers } from '@core/responses/answer'
import { ok, type Result } from '@core/result'
import type { AssessmentResult } from '@core/scoring/assessmentResult'
import { restateAnswers } from '@core/comparison/restateAnswers'
import { restateYear, type UnitRestatement } from '@core/comparison/restateYear'
import { createAppraisalRepository } from './appraisalRepository'
import { createUnitLineageRepository } from './unitLineageRepository'
import {
  loadDeclaredSubmissions,
  type DeclaredSubmissionSource,
  DECLARED_SOURCES,
} from './assessmentDeclaredSubmissions'
import { createAssessmentRepository, type AssessmentReadFailure } from './assessmentRepository'
import type { WorkbenchDatabase } from './database'

/** Last year's assessment of the same framework id, as far as this year's work needs it. */
export type PreviousYear = {
  readonly assessment: Assessment
  /** Final answers per unit code (declared with appraisals), for the year-on-year flags. */
  readonly finalAnswers: ReadonlyMap<string, Answers>
  /** Its official results when it was published, else `null`. */
  readonly result: AssessmentResult | null
  /**
   * This year's units whose last-year answers and results are restated through the workspace's
   * unit lineage (merged, renamed, split units), with their predecessors and the rule; empty when
   * no lineage event falls between the two years. `finalAnswers` and `result` are then in this
   * year's units.
   */
  readonly restated: ReadonlyMap<string, UnitRestatement>
}

/** Everything the evaluator's screens read about one assessment, loaded together. */
export type AssessmentWorkspace = {
  readonly assessment: Assessment
  readonly framework: ValidFramework
  readonly declared: readonly DeclaredSubmission[]
  readonly appraisals: readonly Appraisal[]
  readonly officialResult: AssessmentResult | null
  readonly previous: PreviousYear | null
}

/**
 * Loads an assessment with its framework, the declared answers of its units, its appraisals, its
 * official results when published, and last year's assessment of the same framework id when there
 * is one.
 *
 * @example
 *   const workspace = await loadAssessmentWorkspace(database, id)
 *   if (workspace.ok) computeAssessment(workspace.value.framework, scoringUnits(workspace.value.assessment ...))
 */
export async function loadAssessmentWorkspace(
  database: WorkbenchDatabase,
  id: string,
  sources: readonly DeclaredSubmissionSource[] = DECLARED_SOURCES,
): Promise<Result<AssessmentWorkspace, AssessmentReadFailure>> {
  const assessments = createAssessmentRepository(database)
  const opened = await assessments.get(id)
  if (!opened.ok) return opened
  const { assessment, framework } = opened.value
  const [declared, appraisals, officialResult, previous] = await Promise.all([
    loadDeclaredSubmissions(database, assessment, sources),
    createAppraisalRepository(database).list(id),
    assessments.officialResult(id),
    loadPreviousYear(database, assessment, sources),
  ])
  return ok({
    assessment,
    framework,
    declared,
    appraisals,
    officialResult: assessment.status === 'published' ? officialResult : null,
    previous,
  })
}

async function loadPreviousYear(
  database: WorkbenchDatabase,
  assessment: Assessment,
  sources: readonly DeclaredSubmissionSource[],
): Promise<PreviousYear | null> {
  const assessments = createAssessmentRepository(database)
  const previous = await assessments.findForYear(assessment.frameworkId, assessment.year - 1)
  if (previous === null) return null
  const [declared, appraisals, result, lineage] = await Promise.all([
    loadDeclaredSubmissions(database, previous, sources),
    createAppraisalRepository(database).list(previous.id),
    assessments.officialResult(previous.id),
    createUnitLineageRepository(database).current(),
  ])
  const finalAnswers = finalAnswersByUnit({ units: previous.units, declared, appraisals })
  // Last year in this year's units: year-on-year flags and imputation from last year then use the
  // restated predecessors (a merged unit against the mean of the units it was made from).
  const answers = restateAnswers(
    finalAnswers,
    previous.units,
    assessment.units,
    lineage,
    previous.year,
    assessment.year,
  )
  const restatedResult =
    result === null
      ? null
      : restateYear(
          {
            year: previous.year,
            frameworkId: previous.frameworkId,
            frameworkVersion: previous.frameworkVersion,
            source: { kind: 'assessment', assessmentId: previous.id },
            structure: {
              frameworkId: previous.frameworkId,
              frameworkVersion: previous.frameworkVersion,
              name: { vi: '' },
              family: result.family,
              nodes: [],
              comparability: [],
            },
            result,
          },
          assessment.units,
          lineage,
          assessment.year,
        ).year.result
  return {
    assessment: previous,
    finalAnswers: answers.answers,
    result: restatedResult,
    restated: answers.notes,
  }
}
