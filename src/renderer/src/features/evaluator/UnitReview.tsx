import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { describeEvaluatorIssue } from './describeEvaluatorIssue'
import { evaluatorPath } from './evaluatorPath'
import { AnswerComparison } from './AnswerComparison'
import { PointsAppraisal } from './PointsAppraisal'
import { ResponseDecisions } from './ResponseDecisions'
import { UnitEvidence } from './UnitEvidence'
import { UnitFlags } from './UnitFlags'
import { UnitHistory } from './UnitHistory'
import { UnitTreatmentNotes } from './UnitTreatmentNotes'
import type { ActionFailure, AssessmentView, WorkspaceActions } from './useAssessmentWorkspace'
import { useUnitReview } from './useUnitReview'

/** One unit: status, problems explained, how its answers arrived, and declared / appraised / final values side by side. */
export function UnitReview({
  view,
  unitCode,
  actions,
}: {
  readonly view: AssessmentView
  readonly unitCode: string
  readonly actions: WorkspaceActions
}) {
  const { t } = useTranslation()
  const review = useUnitReview(view, unitCode)
  const [failure, setFailure] = useState<ActionFailure | null>(null)
  const { assessment } = view.workspace
  const back = evaluatorPath({ view: 'assessment', id: assessment.id, tab: 'units' })
  if (review.unit === undefined) {
    return (
      <div role="alert" className="panel">
        <p>{t('evaluator.unit.unknown', { code: unitCode })}</p>
        <Link className="button" to={back}>
          {t('evaluator.unit.back')}
        </Link>
      </div>
    )
  }
  const status = review.row?.status ?? 'not-received'
  const toggleApproval = async () =>
    setFailure(review.isApproved ? await actions.withdrawApproval(unitCode) : await actions.approve(unitCode))
  return (
    <article className="unit-review" aria-labelledby="unit-review-heading">
      <p className="breadcrumb">
        <Link to={back}>{t('evaluator.unit.back')}</Link>
      </p>
      <h2 id="unit-review-heading">
        <span className="unit-name">{review.unit.name}</span>{' '}
        <span className="code">({review.unit.code})</span>
      </h2>
      <div className="unit-review-bar">
        <span className={`status-badge status-${status}`}>{t(`evaluator.unitStatus.${status}`)}</span>
        {review.unit.group !== '' && <span className="help">{review.unit.group}</span>}
        {review.submission !== undefined && (
          <button
            type="button"
            className={`button ${review.isApproved ? '' : 'primary'}`}
            disabled={review.isLocked}
            onClick={() => void toggleApproval()}
          >
            {t(review.isApproved ? 'evaluator.unit.withdrawApproval' : 'evaluator.unit.approve')}
          </button>
        )}
        {review.isLocked && <span className="help">{t('evaluator.unit.locked')}</span>}
      </div>
      {failure !== null && (
        <p role="alert" className="issue-list">
          {describeEvaluatorIssue(t, failure) ?? failure.code}
        </p>
      )}
      {review.submission === undefined ? (
        <p className="panel">{t('evaluator.unit.notReceived')}</p>
      ) : (
        <>
          <UnitFlags review={review} framework={review.framework} />
          <UnitTreatmentNotes view={view} unitCode={unitCode} />
          <UnitHistory review={review} />
          <UnitEvidence review={review} framework={review.framework} />
          <ResponseDecisions view={view} review={review} actions={actions} />
          <AnswerComparison review={review} framework={review.framework} actions={actions} />
          {view.workspace.framework.family === 'points' && (
            <PointsAppraisal view={view} review={review} actions={actions} />
          )}
        </>
      )}
    </article>
  )
}
