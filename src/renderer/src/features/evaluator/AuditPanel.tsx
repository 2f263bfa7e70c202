import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AssessmentAuditEntry } from '@core/assessment/assessmentAudit'
import { listAssessmentAudit } from '@core/storage/auditLogRepository'
import { useDatabase } from '../../app/DatabaseProvider'
import { INTL_LOCALE } from '../../i18n/languages'
import { useLanguage } from '../../i18n/useLanguage'
import { describeAuditEntry } from './describeAuditEntry'

/** The assessment's audit log, newest first. */
export function AuditPanel({
  assessmentId,
  revision,
}: {
  readonly assessmentId: string
  readonly revision: number
}) {
  const { t } = useTranslation()
  const language = useLanguage()
  const database = useDatabase()
  const [entries, setEntries] = useState<readonly AssessmentAuditEntry[] | null>(null)
  useEffect(() => {
    let cancelled = false
    void listAssessmentAudit(database, assessmentId).then((list) => {
      if (!cancelled) setEntries(list)
    })
    return () => {
      cancelled = true
    }
  }, [database, assessmentId, revision])
  if (entries === null) return <p role="status">{t('common.loading')}</p>
  const time = new Intl.DateTimeFormat(INTL_LOCALE[language], { dateStyle: 'short', timeStyle: 'medium' })
  return (
    <section aria-labelledby="audit-heading">
      <h3 id="audit-heading">{t('evaluator.audit.heading')}</h3>
      <ol className="audit-list">
        {entries.map((entry) => (
          <li key={entry.seq}>
            <time dateTime={entry.at}>{time.format(new Date(entry.at))}</time> —{' '}
            {describeAuditEntry(t, entry, language)}
          </li>
        ))}
      </ol>
    </section>
  )
}
