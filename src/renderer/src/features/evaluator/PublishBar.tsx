import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { shortDigest } from '@core/assessment/resultsVersion'
import { formatDate, formatDateTime } from '../../i18n/format'
import { describeEvaluatorIssue } from './describeEvaluatorIssue'
import type { ActionFailure, AssessmentView, WorkspaceActions } from './useAssessmentWorkspace'
import { useLanguage } from '../../i18n/useLanguage'

/** Publishing locks the results; unlocking needs a reason and is logged. */
export function PublishBar({
  view,
  actions,
}: {
  readonly view: AssessmentView
  readonly actions: WorkspaceActions
}) {
  const { t } = useTranslation()
  const language = useLanguage()
  const { assessment } = view.workspace
  const [step, setStep] = useState<'idle' | 'confirm-publish' | 'unlock'>('idle')
  const [reason, setReason] = useState('')
  const [failure, setFailure] = useState<ActionFailure | null>(null)
  const finish = (outcome: ActionFailure | null) => {
    setFailure(outcome)
    if (outcome === null) {
      setStep('idle')
      setReason('')
    }
  }
  const isPublished = assessment.status === 'published'
  return (
    <div className={`publish-bar ${isPublished ? 'is-published' : ''}`}>
      <span className={`status-badge status-${assessment.status}`}>
        {t(`evaluator.assessmentStatus.${assessment.status}`)}
      </span>
      {isPublished && assessment.publishedAt !== null && (
        <span>
          {t('evaluator.publish.publishedAt', {
            date: formatDate(new Date(assessment.publishedAt), language),
          })}
        </span>
      )}
      {isPublished && view.workspace.publishedVersion !== null && (
        <span
          className="publish-version"
          title={t('evaluator.publish.versionTitle', {
            date: formatDateTime(view.workspace.publishedVersion.publishedAt),
            digest: shortDigest(view.workspace.publishedVersion.digest),
          })}
        >
          {t('evaluator.publish.version', { version: view.workspace.publishedVersion.version })}
        </span>
      )}
      {!isPublished && step === 'idle' && (
        <button
          type="button"
          className="button"
          onClick={() => setStep('confirm-publish')}
          disabled={view.scoring.length === 0}
        >
          {t('evaluator.publish.publish')}
        </button>
      )}
      {!isPublished && step === 'confirm-publish' && (
        <span className="confirm" role="group" aria-label={t('evaluator.publish.publish')}>
          <span>
            {t('evaluator.publish.confirm', {
              count: view.scoring.length,
              missing: assessment.units.length - view.scoring.length,
            })}
          </span>
          <button
            type="button"
            className="button primary"
            onClick={() => void actions.publish().then(finish)}
          >
            {t('evaluator.publish.confirmButton')}
          </button>
          <button type="button" className="button" onClick={() => setStep('idle')}>
            {t('evaluator.common.cancel')}
          </button>
        </span>
      )}
      {isPublished && step === 'idle' && (
        <button type="button" className="button" onClick={() => setStep('unlock')}>
          {t('evaluator.publish.unlock')}
        </button>
      )}
      {isPublished && step === 'unlock' && (
        <span className="confirm">
          <label className="field">
            <span>{t('evaluator.publish.unlockReason')}</span>
            <input type="text" value={reason} onChange={(event) => setReason(event.target.value)} />
          </label>
          <button
            type="button"
            className="button primary"
            disabled={reason.trim().length < 3}
            onClick={() => void actions.unlock(reason).then(finish)}
          >
            {t('evaluator.publish.unlockButton')}
          </button>
          <button type="button" className="button" onClick={() => setStep('idle')}>
            {t('evaluator.common.cancel')}
          </button>
        </span>
      )}
      {failure !== null && <p role="alert">{describeEvaluatorIssue(t, failure) ?? failure.code}</p>}
    </div>
  )
}
