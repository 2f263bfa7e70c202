import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { SubmissionDocument } from './autosaveQueue'
import { formatDate } from '../../i18n/format'
import { useLanguage } from '../../i18n/useLanguage'

type SubmissionPanelProps = {
  readonly submission: SubmissionDocument
  /** No invalid value and no required answer missing. */
  readonly ready: boolean
  readonly problemCount: number
  readonly missingCount: number
  readonly isLatest: boolean
  readonly exportButton: React.ReactNode
  readonly onSubmit: () => Promise<string | null>
  readonly onNewRevision: () => Promise<string | null>
  readonly onShowMissing: () => void
}

/** Status (đang khai → sẵn sàng nộp → đã nộp), submitting, and starting a new revision. */
export function SubmissionPanel(props: SubmissionPanelProps) {
  const {
    submission,
    ready,
    problemCount,
    missingCount,
    isLatest,
    exportButton,
    onSubmit,
    onNewRevision,
    onShowMissing,
  } = props
  const { t } = useTranslation()
  const language = useLanguage()
  const [confirming, setConfirming] = useState(false)
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const statusKey = submission.status === 'submitted' ? 'submitted' : ready ? 'ready' : 'draft'
  const run = async (action: () => Promise<string | null>) => {
    setBusy(true)
    setMessage(await action())
    setBusy(false)
    setConfirming(false)
  }
  return (
    <section className="side-panel submission-panel" aria-labelledby="submission-heading">
      <h2 id="submission-heading">{t('unit.submission.heading')}</h2>
      <p>
        <span className={`status-badge status-${statusKey}`}>{t(`unit.status.${statusKey}`)}</span>{' '}
        {t('unit.submission.revision', { revision: submission.revision })}
        {submission.submittedAt !== null && (
          <>
            {' '}
            ·{' '}
            {t('unit.submission.submittedOn', {
              date: formatDate(new Date(submission.submittedAt), language),
            })}
          </>
        )}
      </p>
      {submission.status === 'draft' && !ready && (
        <p className="explain">
          {t('unit.submission.notReady', { problems: problemCount, missing: missingCount })}{' '}
          <button type="button" className="link-button" onClick={onShowMissing}>
            {t('unit.submission.showMissing')}
          </button>
        </p>
      )}
      {submission.status === 'draft' && ready && !confirming && (
        <button type="button" className="button primary" disabled={busy} onClick={() => setConfirming(true)}>
          {t('unit.submission.submit')}
        </button>
      )}
      {confirming && (
        <div className="confirm" role="group" aria-labelledby="confirm-submit-text">
          <p id="confirm-submit-text">{t('unit.submission.confirmText')}</p>
          <button type="button" className="button primary" disabled={busy} onClick={() => void run(onSubmit)}>
            {t('unit.submission.confirm')}
          </button>{' '}
          <button type="button" className="button" onClick={() => setConfirming(false)}>
            {t('unit.submission.cancel')}
          </button>
        </div>
      )}
      {submission.status === 'submitted' && isLatest && (
        <>
          <p className="explain">{t('unit.submission.submittedExplain')}</p>
          <button type="button" className="button" disabled={busy} onClick={() => void run(onNewRevision)}>
            {t('unit.submission.newRevision', { revision: submission.revision + 1 })}
          </button>
        </>
      )}
      {message !== null && (
        <p className="field-message" role="alert">
          {message}
        </p>
      )}
      <h3>{t('unit.export.heading')}</h3>
      {exportButton ?? <p className="explain">{t('unit.export.pending')}</p>}
    </section>
  )
}
