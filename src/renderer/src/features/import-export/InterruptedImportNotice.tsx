import { useTranslation } from 'react-i18next'
import { formatDateTime } from '../../i18n/format'
import type { InterruptedImport } from './useInterruptedImports'

type InterruptedImportNoticeProps = {
  readonly item: InterruptedImport
  readonly disabled: boolean
  readonly onResume: (item: InterruptedImport) => void
  readonly onDismiss: (batchId: string) => void
}

/** Says that an import stopped halfway, how far it got, and offers to resume it with the same files. */
export function InterruptedImportNotice({
  item,
  disabled,
  onResume,
  onDismiss,
}: InterruptedImportNoticeProps) {
  const { t } = useTranslation()
  const { batch, stored } = item
  return (
    <div className="import-interrupted" role="alert">
      <strong>{t('importExport.interrupted.heading')}</strong>
      <p>
        {t('importExport.interrupted.body', {
          at: formatDateTime(batch.startedAt),
          framework: `${batch.frameworkId} ${batch.frameworkVersion}`,
          done: stored.length,
          total: batch.total,
        })}
      </p>
      <div className="import-toolbar">
        <button type="button" className="button primary" disabled={disabled} onClick={() => onResume(item)}>
          {t('importExport.interrupted.resume')}
        </button>
        <button type="button" className="button" disabled={disabled} onClick={() => onDismiss(batch.id)}>
          {t('importExport.interrupted.dismiss')}
        </button>
      </div>
    </div>
  )
}
