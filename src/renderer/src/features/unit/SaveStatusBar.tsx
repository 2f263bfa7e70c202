import { useTranslation } from 'react-i18next'
import type { SaveStatus } from './autosaveQueue'
import { writeFailureMessage } from './saveFailureMessages'
import { formatTime } from '../../i18n/format'
import { useLanguage } from '../../i18n/useLanguage'

type SaveStatusBarProps = {
  readonly status: SaveStatus
  readonly concurrent: boolean
  readonly readOnly: boolean
  /** Edits an earlier window could not save, applied again when this revision opened. */
  readonly rescued?: number
  readonly onRetry: () => void
}

/**
 * The save status (role `status`): "Đã lưu" only once the transaction committed and nothing typed
 * is waiting; a failure says what happened and that the edit is kept, with a retry button.
 */
export function SaveStatusBar({ status, concurrent, readOnly, rescued = 0, onRetry }: SaveStatusBarProps) {
  const { t } = useTranslation()
  const language = useLanguage()
  const text =
    readOnly && status.kind === 'saved'
      ? t('unit.save.readOnly')
      : status.kind === 'failed'
        ? writeFailureMessage(t, status.failure)
        : t(`unit.save.${status.kind}`)
  const savedAt = status.kind === 'saved' ? new Date(status.at) : null
  return (
    <div className={`save-status save-${status.kind}`}>
      <p
        role="status"
        aria-live="polite"
        className="save-text"
        data-testid="save-status"
        title={failureDetail(status)}
      >
        {text}
      </p>
      {savedAt !== null && !Number.isNaN(savedAt.getTime()) && !readOnly && (
        <span className="muted small">{t('unit.save.at', { time: formatTime(savedAt, language) })}</span>
      )}
      {status.kind === 'failed' && (
        <>
          <p className="save-kept">{t('unit.save.kept')}</p>
          <button type="button" className="button primary" onClick={onRetry}>
            {t('unit.save.retry')}
          </button>
        </>
      )}
      {rescued > 0 && <p className="muted small">{t('unit.save.rescued', { count: rescued })}</p>}
      {concurrent && <p className="muted small">{t('unit.save.concurrent')}</p>}
    </div>
  )
}

/** The underlying error, for the support desk (hover) and the tests' logs; never the explanation. */
function failureDetail(status: SaveStatus): string | undefined {
  if (status.kind !== 'failed' || !('message' in status.failure)) return undefined
  return typeof status.failure.message === 'string' ? status.failure.message : undefined
}
