import { useTranslation } from 'react-i18next'
import type { AssessmentAuditEntry } from '@core/assessment/assessmentAudit'
import { ok } from '@core/result'
import { listAssessmentAudit } from '@core/storage/auditLogRepository'
import { useDatabase } from '../../app/DatabaseProvider'
import { useLiveRead } from '../../data/useLiveRead'
import { formatDateTime } from '../../i18n/format'
import { ReadFailure } from '../../ui/ReadFailure'
import { useLanguage } from '../../i18n/useLanguage'
import { describeOperator } from '../operator/describeOperator'
import { describeAuditEntry } from './describeAuditEntry'

/** The assessment's audit log, newest first; a live read, so every new entry shows by itself. */
export function AuditPanel({ assessmentId }: { readonly assessmentId: string }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const database = useDatabase()
  const read = useLiveRead(
    async () => ok(await listAssessmentAudit(database, assessmentId)),
    [database, assessmentId],
  )
  if (read.status === 'loading') return <p role="status">{t('common.loading')}</p>
  if (read.status === 'error') return <ReadFailure error={read.error} />
  const entries: readonly AssessmentAuditEntry[] = read.value
  return (
    <section aria-labelledby="audit-heading">
      <h3 id="audit-heading">{t('evaluator.audit.heading')}</h3>
      <ol className="audit-list">
        {entries.map((entry) => (
          <li key={entry.seq}>
            <time dateTime={entry.at}>{formatDateTime(entry.at)}</time> —{' '}
            <span className="audit-operator">{describeOperator(t, entry.operator)}</span>:{' '}
            {describeAuditEntry(t, entry, language)}
          </li>
        ))}
      </ol>
    </section>
  )
}
