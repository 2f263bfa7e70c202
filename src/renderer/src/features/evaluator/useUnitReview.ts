import { useMemo } from 'react'
import { finalAnswers, latestAppraisals, type Appraisal } from '@core/assessment/appraisal'
import { councilScope } from '@core/assessment/councilScope'
import type { ReviewFlag } from '@core/assessment/reviewFlag'
import { inReviewScope, reviewFramework } from '@core/assessment/reviewFramework'
import type { AssessmentView } from './useAssessmentWorkspace'
import { useCouncilMembership } from './useCouncilMembership'

/**
 * One unit's review data, derived from the workspace: declared, appraised and final answers, and
 * its flags. On a council member's share of the work (decision 0025), `framework` and the flags
 * hold only the questions and criteria of the member's scope (`reviewFramework`).
 */
export function useUnitReview(view: AssessmentView, unitCode: string) {
  const membership = useCouncilMembership(view.workspace.assessment.id)
  return useMemo(() => {
    const { assessment, declared, appraisals } = view.workspace
    const scope =
      membership === null || membership === undefined
        ? null
        : councilScope(membership.member, view.workspace.framework)
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
    const flags = view.flags.filter((flag) => flag.unit === unitCode && inReviewScope(scope, flag.question))
    const resolvedFlags = view.resolvedFlags.filter(
      (flag) => flag.unit === unitCode && inReviewScope(scope, flag.question),
    )
    const flagsByQuestion = new Map<string, ReviewFlag[]>()
    for (const flag of flags)
      flagsByQuestion.set(flag.question, [...(flagsByQuestion.get(flag.question) ?? []), flag])
    return {
      /** The questions and criteria this review shows: a council member's scope, or the whole framework. */
      framework: reviewFramework(view.workspace.framework, scope),
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
  }, [view, unitCode, membership])
}

export type UnitReviewData = ReturnType<typeof useUnitReview>
