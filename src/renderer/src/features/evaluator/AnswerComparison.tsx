import { Fragment, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ValidFramework } from '@core/framework/validateFramework'
import { localized } from '../../i18n/localized'
import { useLanguage } from '../../i18n/useLanguage'
import { AppraisalForm } from './AppraisalForm'
import { APPRAISABLE_TYPES, formatAnswer } from './formatAnswer'
import type { WorkspaceActions } from './useAssessmentWorkspace'
import type { UnitReviewData } from './useUnitReview'

type Shown = 'all' | 'flagged' | 'appraised'

/** Declared, appraised and final value of every question, by section, with the appraisal form inline. */
export function AnswerComparison({
  review,
  framework,
  actions,
}: {
  readonly review: UnitReviewData
  readonly framework: ValidFramework
  readonly actions: WorkspaceActions
}) {
  const { t } = useTranslation()
  const language = useLanguage()
  const [shown, setShown] = useState<Shown>(review.flags.length > 0 ? 'flagged' : 'all')
  const [editing, setEditing] = useState<string | null>(null)
  const declared = review.submission?.answers ?? {}
  const canAppraise = !review.isLocked && !review.isApproved
  const isShown = (code: string) =>
    shown === 'all' ||
    (shown === 'flagged'
      ? review.flagsByQuestion.has(code) || review.latest.has(code)
      : review.latest.has(code))
  return (
    <section className="panel answer-comparison" aria-labelledby="answers-heading">
      <h3 id="answers-heading">{t('evaluator.answers.heading')}</h3>
      <div className="status-filters" role="group" aria-label={t('evaluator.answers.show')}>
        {(['all', 'flagged', 'appraised'] as const).map((option) => (
          <button
            key={option}
            type="button"
            className="filter-chip"
            aria-pressed={shown === option}
            onClick={() => setShown(option)}
          >
            {t(`evaluator.answers.shown.${option}`)}
          </button>
        ))}
      </div>
      {!canAppraise && (
        <p className="help">
          {t(review.isLocked ? 'evaluator.unit.locked' : 'evaluator.answers.approvedNote')}
        </p>
      )}
      <div className="table-scroll">
        <table className="data-table answers-table">
          <thead>
            <tr>
              <th scope="col">{t('evaluator.columns.code')}</th>
              <th scope="col">{t('evaluator.answers.question')}</th>
              <th scope="col">{t('evaluator.answers.declared')}</th>
              <th scope="col">{t('evaluator.answers.appraised')}</th>
              <th scope="col">{t('evaluator.answers.final')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('evaluator.answers.actions')}</span>
              </th>
            </tr>
          </thead>
          {framework.sections.map((section) => {
            const questions = framework.questions.filter(
              (question) => question.section === section.code && isShown(question.code),
            )
            if (questions.length === 0) return null
            return (
              <tbody key={section.code}>
                <tr className="section-row">
                  <th scope="rowgroup" colSpan={6}>
                    {localized(section.title, language)}
                  </th>
                </tr>
                {questions.map((question) => {
                  const appraisal = review.latest.get(question.code)
                  const isFlagged = review.flagsByQuestion.has(question.code)
                  return (
                    <Fragment key={question.code}>
                      <tr
                        id={`answer-${question.code}`}
                        className={`${isFlagged ? 'is-flagged' : ''} ${appraisal ? 'is-appraised' : ''}`}
                        data-question={question.code}
                      >
                        <td className="code">{question.code}</td>
                        <td>{localized(question.text, language)}</td>
                        <td className="value">
                          {formatAnswer(t, question, declared[question.code], language)}
                        </td>
                        <td className="value">
                          {appraisal === undefined
                            ? ''
                            : formatAnswer(t, question, appraisal.value, language)}
                          {appraisal !== undefined && (
                            <div className="help">
                              {t('evaluator.answers.reason', { reason: appraisal.reason })}
                            </div>
                          )}
                        </td>
                        <td className="value final">
                          {formatAnswer(t, question, review.final[question.code], language)}
                        </td>
                        <td>
                          {canAppraise &&
                            APPRAISABLE_TYPES.has(question.type) &&
                            editing !== question.code && (
                              <button
                                type="button"
                                className="button small"
                                onClick={() => setEditing(question.code)}
                                aria-label={t('evaluator.answers.appraiseQuestion', { code: question.code })}
                              >
                                {t('evaluator.answers.appraise')}
                              </button>
                            )}
                        </td>
                      </tr>
                      {editing === question.code && (
                        <tr className="appraisal-row">
                          <td colSpan={6}>
                            <AppraisalForm
                              question={question}
                              unit={review.unit?.code ?? ''}
                              declared={declared[question.code] ?? null}
                              current={review.final[question.code] ?? null}
                              actions={actions}
                              onDone={() => setEditing(null)}
                            />
                          </td>
                        </tr>
                      )}
                    </Fragment>
                  )
                })}
              </tbody>
            )
          })}
        </table>
      </div>
    </section>
  )
}
