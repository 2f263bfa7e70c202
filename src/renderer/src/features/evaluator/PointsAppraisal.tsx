import { Fragment, useMemo, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Indicator } from '@core/framework/framework'
import { readNumberEntry } from '@core/responses/numberEntry'
import type { AppraisalRequest } from '@core/storage/appraisalRepository'
import { computeAssessment } from '@core/scoring/computeAssessment'
import { formatNumber } from '../../i18n/format'
import { localized } from '../../i18n/localized'
import { useLanguage } from '../../i18n/useLanguage'
import { describeEvaluatorIssue } from './describeEvaluatorIssue'
import type { ActionFailure, AssessmentView, WorkspaceActions } from './useAssessmentWorkspace'
import type { UnitReviewData } from './useUnitReview'

/**
 * Points frameworks: every criterion of the unit with the points its rule gives, the points the
 * evaluator awarded (with the reason) and the final points, and an inline form to award points
 * with a required reason (thẩm định điểm).
 */
export function PointsAppraisal({
  view,
  review,
  actions,
}: {
  readonly view: AssessmentView
  readonly review: UnitReviewData
  readonly actions: WorkspaceActions
}) {
  const { t } = useTranslation()
  const language = useLanguage()
  const [editing, setEditing] = useState<string | null>(null)
  const { framework } = view.workspace
  const index = view.result.units.findIndex((unit) => unit.code === review.unit?.code)
  // The points the rules give, before any points appraisal (cheap: points rules need no other unit but "normalise to best").
  const byRule = useMemo(
    () =>
      computeAssessment(
        framework,
        view.scoring,
        view.previousValues === undefined ? {} : { previousValues: view.previousValues },
      ),
    [framework, view.scoring, view.previousValues],
  )
  const canAppraise = !review.isLocked && !review.isApproved && !view.isOfficial
  const points = (value: number | null | undefined) =>
    value === null || value === undefined ? '—' : formatNumber(value, language, 2)
  return (
    <section className="panel points-appraisal" aria-labelledby="points-heading">
      <h3 id="points-heading">{t('evaluator.points.heading')}</h3>
      <p className="help">{t('evaluator.points.lead')}</p>
      <div className="table-scroll">
        <table className="data-table answers-table">
          <thead>
            <tr>
              <th scope="col">{t('evaluator.points.criterion')}</th>
              <th scope="col">{t('evaluator.points.maximum')}</th>
              <th scope="col">{t('evaluator.points.byRule')}</th>
              <th scope="col">{t('evaluator.points.appraised')}</th>
              <th scope="col">{t('evaluator.points.final')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('evaluator.answers.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {review.framework.indicators.map((indicator) => {
              const appraisal = review.latestPoints.get(indicator.code)
              return (
                <Fragment key={indicator.code}>
                  <tr
                    className={appraisal === undefined ? '' : 'is-appraised'}
                    data-criterion={indicator.code}
                  >
                    <td>
                      <span className="code">{indicator.code}</span> {localized(indicator.name, language)}
                    </td>
                    <td className="value">{points(indicator.maxPoints)}</td>
                    <td className="value">{points(byRule.indicators[indicator.code]?.score[index])}</td>
                    <td className="value">
                      {appraisal === undefined
                        ? ''
                        : points(typeof appraisal.value === 'number' ? appraisal.value : 0)}
                      {appraisal !== undefined && (
                        <div className="help">
                          {t('evaluator.answers.reason', { reason: appraisal.reason })}
                        </div>
                      )}
                    </td>
                    <td className="value final">
                      {points(view.result.indicators[indicator.code]?.score[index])}
                    </td>
                    <td>
                      {canAppraise && editing !== indicator.code && (
                        <button
                          type="button"
                          className="button small"
                          onClick={() => setEditing(indicator.code)}
                          aria-label={t('evaluator.points.appraiseCriterion', { code: indicator.code })}
                        >
                          {t('evaluator.answers.appraise')}
                        </button>
                      )}
                    </td>
                  </tr>
                  {editing === indicator.code && (
                    <tr className="appraisal-row">
                      <td colSpan={6}>
                        <PointsForm
                          indicator={indicator}
                          unit={review.unit?.code ?? ''}
                          current={view.result.indicators[indicator.code]?.score[index] ?? null}
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
        </table>
      </div>
    </section>
  )
}

/** The points for one criterion with the required reason; with `response`, a revision deciding the unit's response. */
export function PointsForm({
  indicator,
  unit,
  current,
  actions,
  onDone,
  response,
}: {
  readonly indicator: Indicator
  readonly unit: string
  readonly current: number | null
  readonly actions: WorkspaceActions
  readonly onDone: () => void
  readonly response?: AppraisalRequest['response']
}) {
  const { t } = useTranslation()
  const language = useLanguage()
  const maxPoints = indicator.maxPoints ?? 0
  const [text, setText] = useState(
    current === null ? '' : formatNumber(current, language, 10).replace(/\s/g, ''),
  )
  const [reason, setReason] = useState('')
  const [failure, setFailure] = useState<ActionFailure | null>(null)
  const [isSaving, setSaving] = useState(false)
  const read = readNumberEntry(text, language)
  const value = read.entry === null ? read.value : null
  const problem =
    value === null || value < 0 || value > maxPoints
      ? t('evaluator.points.range', { maximum: formatNumber(maxPoints, language, 2) })
      : null
  const isReasonGiven = reason.trim().length >= 3
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (problem !== null || !isReasonGiven) return
    setSaving(true)
    const outcome = await actions.appraise({
      unit,
      kind: 'points',
      question: indicator.code,
      value,
      reason,
      declared: current,
      ...(response === undefined ? {} : { response }),
    })
    setSaving(false)
    setFailure(outcome)
    if (outcome === null) onDone()
  }
  return (
    <form
      className="appraisal-form"
      onSubmit={(event) => void submit(event)}
      aria-label={t('evaluator.points.formLabel', { code: indicator.code })}
    >
      <label className="field">
        <span>{t('evaluator.points.value', { maximum: formatNumber(maxPoints, language, 2) })}</span>
        <input
          type="text"
          inputMode="decimal"
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
      </label>
      {text.trim() !== '' && problem !== null && (
        <p role="alert" className="issue-list">
          {problem}
        </p>
      )}
      <label className="field">
        <span>{t('evaluator.appraisal.reason')}</span>
        <textarea
          rows={2}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          aria-required="true"
        />
      </label>
      {!isReasonGiven && <p className="help">{t('evaluator.appraisal.reasonHelp')}</p>}
      {failure !== null && (
        <p role="alert" className="issue-list">
          {describeEvaluatorIssue(t, failure) ?? failure.code}
        </p>
      )}
      <div className="toolbar">
        <button
          type="submit"
          className="button primary"
          disabled={isSaving || !isReasonGiven || problem !== null}
        >
          {t(response === undefined ? 'evaluator.points.save' : 'evaluator.decide.saveRevision')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('evaluator.common.cancel')}
        </button>
      </div>
    </form>
  )
}
