import { useTranslation } from 'react-i18next'
import type { ValidFramework } from '@core/framework/validateFramework'
import { localized } from '../../i18n/localized'
import { useLanguage } from '../../i18n/useLanguage'
import { describeReviewFlag } from './describeReviewFlag'
import type { UnitReviewData } from './useUnitReview'

/** The unit's review flags, each in words with its numbers and the question it concerns. */
export function UnitFlags({
  review,
  framework,
}: {
  readonly review: UnitReviewData
  readonly framework: ValidFramework
}) {
  const { t } = useTranslation()
  const language = useLanguage()
  return (
    <section className="panel" aria-labelledby="unit-flags-heading">
      <h3 id="unit-flags-heading">{t('evaluator.unit.flagsHeading', { count: review.flags.length })}</h3>
      {review.flags.length === 0 && <p className="help">{t('evaluator.unit.noFlags')}</p>}
      {review.flags.length + review.resolvedFlags.length > 0 && (
        <ul className="flag-list">
          {[
            ...review.flags.map((flag) => ({ flag, isResolved: false })),
            ...review.resolvedFlags.map((flag) => ({ flag, isResolved: true })),
          ].map(({ flag, isResolved }, index) => {
            const question = framework.questions.find((candidate) => candidate.code === flag.question)
            return (
              <li key={index} className={`flag flag-${flag.kind} ${isResolved ? 'is-resolved' : ''}`}>
                <span className="code">{flag.question}</span>{' '}
                <span className="flag-question">{localized(question?.text, language)}</span>
                {isResolved && (
                  <span className="badge resolved">{t('evaluator.unit.resolvedByAppraisal')}</span>
                )}
                <div>{describeReviewFlag(t, flag, language, question)}</div>
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}
