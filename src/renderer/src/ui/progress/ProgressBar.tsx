import { useTranslation } from 'react-i18next'
import { formatNumber } from '../../i18n/format'
import { useLanguage } from '../../i18n/useLanguage'
import { formatTimeLeft } from './formatTimeLeft'
import type { TaskProgress } from './taskProgress'
import './progress.css'

type ProgressBarProps = {
  readonly progress: TaskProgress
  /** What runs ("Đang ghi báo cáo kết quả"): the bar's accessible name and its heading. */
  readonly label: string
  readonly onCancel?: (() => void) | undefined
  readonly testId?: string
}

/**
 * The one progress bar of long operations: what runs, the part and its count ("Phiếu trống
 * 12/60"), a bar (role="progressbar" with aria-valuenow in percent), the time left ("còn khoảng 12
 * giây") and a "Huỷ" button.
 */
export function ProgressBar({ progress, label, onCancel, testId = 'progress-task' }: ProgressBarProps) {
  const { t } = useTranslation()
  const language = useLanguage()
  const { step, estimate, cancelling } = progress
  const percent = Math.floor(estimate.fraction * 100)
  const count =
    step.total > 0
      ? t('ui.progress.count', {
          done: formatNumber(step.done, language),
          total: formatNumber(step.total, language),
        })
      : ''
  const phase = step.phase === undefined ? '' : t(`ui.progress.phase.${step.phase.name}` as never)
  const timeLeft = cancelling ? t('ui.progress.cancelling') : formatTimeLeft(t, estimate.remainingMs)
  const detail = [
    [phase, count].filter((part) => part !== '').join(' '),
    t('ui.progress.percent', { percent: formatNumber(percent, language) }),
    timeLeft,
  ]
    .filter((part) => part !== '')
    .join(' · ')
  return (
    <div className="progress-task" data-testid={testId} data-cancelling={cancelling}>
      <div className="progress-task-row">
        <div
          className="progress-task-bar"
          role="progressbar"
          aria-label={label}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
          aria-valuetext={detail}
        >
          {/* React sets `style` through the CSSOM, which the CSP (style-src 'self') allows. */}
          <div className="progress-task-fill" style={{ width: `${percent}%` }} />
        </div>
        {onCancel === undefined ? null : (
          <button type="button" className="button small" onClick={onCancel} disabled={cancelling}>
            {t('ui.progress.cancel')}
          </button>
        )}
      </div>
      <p className="progress-task-text" data-testid={`${testId}-text`}>
        <span className="progress-task-label">{label}</span> · {detail}
      </p>
    </div>
  )
}
