import type { Appraisal } from '@core/assessment/appraisal'
import type { Assessment, DeclaredSubmission } from '@core/assessment/assessment'
import { finalAnswersByUnit } from '@core/assessment/scoringUnits'
import type { ValidFramework } from '@core/framework/validateFramework'
import type { Answers } from '@core/responses/answer'
import { ok, type Result } from '@core/result'
import type { AssessmentResult } from '@core/scoring/assessmentResult'
import { createAppraisalRepository } from './appraisalRepository'
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
  const [declared, appraisals, result] = await Promise.all([
    loadDeclaredSubmissions(database, previous, sources),
    createAppraisalRepository(database).list(previous.id),
    assessments.officialResult(previous.id),
  ])
  return {
    assessment: previous,
    finalAnswers: finalAnswersByUnit({ units: previous.units, declared, appraisals }),
    result,
  }
}
