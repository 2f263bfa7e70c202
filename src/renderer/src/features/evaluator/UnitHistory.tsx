import { useTranslation } from 'react-i18next'
import { describeIssue } from '../../i18n/describeIssue'
import { formatDate } from '../../i18n/format'
import { useLanguage } from '../../i18n/useLanguage'
import type { UnitReviewData } from './useUnitReview'

/** How the unit's declared answers arrived (submitted revisions, imported files). */
export function UnitHistory({ review }: { readonly review: UnitReviewData }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const submission = review.submission
  if (submission === undefined) return null
  return (
    <section className="panel" aria-labelledby="unit-history-heading">
      <h3 id="unit-history-heading">{t('evaluator.unit.historyHeading')}</h3>
      <p>
        {t('evaluator.unit.receivedFrom', {
          source: t(`evaluator.source.${submission.source}`),
          date: formatDate(new Date(submission.receivedAt), language),
          reference: submission.reference,
        })}
      </p>
      <ul className="history-list">
        {submission.history.map((entry, index) => (
          <li key={index}>
            {formatDate(new Date(entry.at), language)} — {t(`evaluator.history.${entry.kind}`)}{' '}
            <span className="help">{entry.reference}</span>
          </li>
        ))}
      </ul>
      {submission.pendingVersions > 0 && (
        <p className="flag">{t('evaluator.unit.pendingVersions', { count: submission.pendingVersions })}</p>
      )}
      {submission.importWarnings.length > 0 && (
        <>
          <h4>{t('evaluator.unit.importWarnings', { count: submission.importWarnings.length })}</h4>
          <ul className="flag-list">
            {submission.importWarnings.map((issue, index) => (
              <li key={index} className="flag">
                {describeIssue(t, issue)}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
