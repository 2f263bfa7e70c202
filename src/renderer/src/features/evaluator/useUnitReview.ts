import { useMemo } from 'react'
import { finalAnswers, latestAppraisals, type Appraisal } from '@core/assessment/appraisal'
import type { ReviewFlag } from '@core/assessment/reviewFlag'
import type { AssessmentView } from './useAssessmentWorkspace'

/** One unit's review data, derived from the workspace: declared, appraised and final answers, and its flags. */
export function useUnitReview(view: AssessmentView, unitCode: string) {
  return useMemo(() => {
    const { assessment, declared, appraisals } = view.workspace
    const unit = assessment.units.find((candidate) => candidate.code === unitCode)
    const submission = declared.find((candidate) => candidate.unit === unitCode)
    const own = appraisals.filter((appraisal) => appraisal.unit === unitCode)
    const inForce = latestAppraisals(own)
    const latest = new Map<string, Appraisal>(
      inForce
        .filter((appraisal) => appraisal.kind !== 'points')
        .map((appraisal) => [appraisal.question, appraisal]),
    )
    const latestPoints = new Map<string, Appraisal>(
      inForce
        .filter((appraisal) => appraisal.kind === 'points')
        .map((appraisal) => [appraisal.question, appraisal]),
    )
    const flags = view.flags.filter((flag) => flag.unit === unitCode)
    const resolvedFlags = view.resolvedFlags.filter((flag) => flag.unit === unitCode)
    const flagsByQuestion = new Map<string, ReviewFlag[]>()
    for (const flag of flags)
      flagsByQuestion.set(flag.question, [...(flagsByQuestion.get(flag.question) ?? []), flag])
    return {
      unit,
      row: view.board.rows.find((row) => row.unit.code === unitCode),
      submission,
      appraisals: own,
      latest,
      latestPoints,
      final: submission === undefined ? {} : finalAnswers(submission.answers, own),
      flags,
      resolvedFlags,
      flagsByQuestion,
      isApproved: assessment.approvals.some((approval) => approval.unit === unitCode),
      isLocked: assessment.status === 'published',
    }
  }, [view, unitCode])
}

export type UnitReviewData = ReturnType<typeof useUnitReview>
