import { useTranslatedMessage } from '../../i18n/useTranslatedMessage'
import { useTranslation } from 'react-i18next'
import type { ValidFramework } from '@core/framework/validateFramework'
import type { EvidenceReference } from '@core/responses/answer'
import { readDeclaredEvidence } from '@core/storage/readDeclaredEvidence'
import { useDatabase } from '../../app/DatabaseProvider'
import { formatBytes } from '../../i18n/format'
import { localized } from '../../i18n/localized'
import { getPlatform } from '../../platform/getPlatform'
import { useLanguage } from '../../i18n/useLanguage'
import type { UnitReviewData } from './useUnitReview'

const isEvidenceList = (value: unknown): value is readonly EvidenceReference[] =>
  Array.isArray(value) &&
  value.every(
    (item) =>
      typeof item === 'object' &&
      item !== null &&
      typeof (item as EvidenceReference).fileName === 'string' &&
      typeof (item as EvidenceReference).id === 'string',
  )

/**
 * The evidence files the unit sent (a `.zip` package, or attached in unit mode on this machine),
 * per evidence question, each saved to disk on request to be opened with the usual program. A
 * plain workbook carries no files: the section says so.
 */
export function UnitEvidence({
  review,
  framework,
}: {
  readonly review: UnitReviewData
  readonly framework: ValidFramework
}) {
  const { t } = useTranslation()
  const language = useLanguage()
  const database = useDatabase()
  const [notice, setNotice] = useTranslatedMessage()
  const submission = review.submission
  const questions = framework.questions.filter((question) => question.type === 'evidence')
  if (submission === undefined || questions.length === 0) return null
  const listed = questions.map((question) => ({
    question,
    files: isEvidenceList(submission.answers[question.code])
      ? (submission.answers[question.code] as readonly EvidenceReference[])
      : [],
  }))
  const total = listed.reduce((sum, item) => sum + item.files.length, 0)
  const save = async (reference: EvidenceReference) => {
    const stored = await readDeclaredEvidence(database, submission, reference)
    if (stored === null) {
      setNotice((say) => say('evaluator.evidence.missing', { fileName: reference.fileName }))
      return
    }
    const saved = await getPlatform().saveFile({ suggestedName: stored.fileName, bytes: stored.bytes })
    const savedTo = saved.ok ? saved.value?.savedTo : undefined
    setNotice(
      saved.ok
        ? savedTo === undefined
          ? null
          : (say) => say('evaluator.evidence.saved', { fileName: stored.fileName, savedTo })
        : (say) => say('evaluator.evidence.saveFailed', { fileName: stored.fileName }),
    )
  }
  return (
    <section className="panel" aria-labelledby="unit-evidence-heading">
      <h3 id="unit-evidence-heading">{t('evaluator.evidence.heading', { count: total })}</h3>
      {total === 0 ? (
        <p className="help">
          {t(
            submission.source === 'received' ? 'evaluator.evidence.noneReceived' : 'evaluator.evidence.none',
          )}
        </p>
      ) : (
        <ul className="history-list">
          {listed
            .filter((item) => item.files.length > 0)
            .flatMap(({ question, files }) =>
              files.map((file) => (
                <li key={`${question.code}/${file.id}`}>
                  <span className="code">{question.code}</span> {localized(question.text, language)}:{' '}
                  <strong>{file.fileName}</strong>{' '}
                  <span className="help">({formatBytes(file.size, language)})</span>{' '}
                  <button
                    type="button"
                    className="button small"
                    onClick={() => void save(file)}
                    aria-label={t('evaluator.evidence.save', { fileName: file.fileName })}
                  >
                    {t('evaluator.evidence.saveShort')}
                  </button>
                </li>
              )),
            )}
        </ul>
      )}
      <div role="status">{notice === null ? null : <p>{notice}</p>}</div>
    </section>
  )
}
