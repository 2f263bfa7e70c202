import { useTranslation } from 'react-i18next'
import type { ImportProgress } from '@core/import/importProgress'
import { formatDuration } from './formatDuration'

type ImportProgressBarProps = {
  readonly progress: ImportProgress
  readonly phase: 'running' | 'finished' | 'stopped'
  readonly run: number
}

/** The progress bar of a bulk import, the counts per outcome and the time left (or taken). */
export function ImportProgressBar({ progress, phase, run }: ImportProgressBarProps) {
  const { t } = useTranslation()
  const { counts } = progress
  const label = t('importExport.progress.label')
  return (
    <div className="import-progress" data-phase={phase} data-run={run} data-testid="import-progress">
      <progress
        max={Math.max(1, progress.total)}
        value={progress.done}
        aria-label={label}
        aria-valuetext={`${progress.done}/${progress.total}`}
      />
      <p role="status" aria-live="polite" data-testid="import-progress-text">
        {t('importExport.progress.counts', {
          done: progress.done,
          total: progress.total,
          imported: counts.imported,
          duplicate: counts.duplicate,
          conflict: counts.conflict,
          rejected: counts.rejected + counts.failed,
        })}
        {phase === 'running' &&
          progress.remainingMs !== null &&
          ` · ${t('importExport.progress.timeLeft', { time: formatDuration(t, progress.remainingMs) })}`}
      </p>
      {phase === 'finished' && (
        <p className="help">
          {t('importExport.progress.finished', {
            count: progress.total,
            time: formatDuration(t, progress.elapsedMs),
          })}
        </p>
      )}
      {phase === 'stopped' && (
        <p className="help">
          {t('importExport.progress.stopped', { done: progress.done, total: progress.total })}
        </p>
      )}
    </div>
  )
}
