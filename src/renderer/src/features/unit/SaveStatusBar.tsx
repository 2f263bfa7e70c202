import { useTranslation } from 'react-i18next'
import type { SaveStatus } from './autosaveQueue'
import { formatTime } from '../../i18n/format'
import { useLanguage } from '../../i18n/useLanguage'

type SaveStatusBarProps = {
  readonly status: SaveStatus
  readonly concurrent: boolean
  readonly readOnly: boolean
  readonly onRetry: () => void
}

/**
 * The save status (role `status`): "Đã lưu" only once the transaction committed and nothing typed
 * is waiting; a failure says what happened and that the edit is kept, with a retry button.
 */
export function SaveStatusBar({ status, concurrent, readOnly, onRetry }: SaveStatusBarProps) {
  const { t } = useTranslation()
  const language = useLanguage()
  const text =
    readOnly && status.kind === 'saved'
      ? t('unit.save.readOnly')
      : status.kind === 'failed'
        ? t(`unit.save.failed.${failureKey(status.failure.code)}`)
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
      {concurrent && <p className="muted small">{t('unit.save.concurrent')}</p>}
    </div>
  )
}

/** The underlying error, for the support desk (hover) and the tests' logs; never the explanation. */
function failureDetail(status: SaveStatus): string | undefined {
  if (status.kind !== 'failed' || !('message' in status.failure)) return undefined
  return typeof status.failure.message === 'string' ? status.failure.message : undefined
}

function failureKey(code: string): 'quota' | 'aborted' | 'closed' | 'readOnly' | 'notFound' | 'other' {
  switch (code) {
    case 'quota':
      return 'quota'
    // Chromium aborts a write on a full disk without saying why (measured: a bare AbortError).
    case 'aborted':
      return 'aborted'
    case 'closed':
      return 'closed'
    case 'read-only':
    case 'not-latest':
      return 'readOnly'
    case 'not-found':
      return 'notFound'
    default:
      return 'other'
  }
}
