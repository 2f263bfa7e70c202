import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Question } from '@core/framework/framework'
import type { AnswerValue } from '@core/responses/answer'
import type { AppraisalRequest } from '@core/storage/appraisalRepository'
import { localized } from '../../i18n/localized'
import { DateInput } from '../../ui/DateInput'
import { issueMessage } from '../unit/issueMessage'
import { useLanguage } from '../../i18n/useLanguage'
import { entryFor, readAppraisalEntry, type AppraisalEntry } from './appraisalEntry'
import { describeEvaluatorIssue } from './describeEvaluatorIssue'
import { formatAnswer } from './formatAnswer'
import type { ActionFailure, WorkspaceActions } from './useAssessmentWorkspace'

type AppraisalFormProps = {
  readonly question: Question
  readonly unit: string
  readonly declared: AnswerValue | null
  readonly current: AnswerValue | null
  readonly actions: WorkspaceActions
  readonly onDone: () => void
  /** A revision deciding the unit's response (vòng giải trình): stored referring to it, with its own save label. */
  readonly response?: AppraisalRequest['response']
}

/** The corrected value for one question, with the reason the evaluator must give. */
export function AppraisalForm({
  question,
  unit,
  declared,
  current,
  actions,
  onDone,
  response,
}: AppraisalFormProps) {
  const { t } = useTranslation()
  const language = useLanguage()
  const [entry, setEntry] = useState<AppraisalEntry>(() => entryFor(question, current, language))
  const [reason, setReason] = useState('')
  const [failure, setFailure] = useState<ActionFailure | null>(null)
  const [isSaving, setSaving] = useState(false)
  const read = readAppraisalEntry(question, entry, language)
  const isReasonGiven = reason.trim().length >= 3
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (read.problems.length > 0 || !isReasonGiven) return
    setSaving(true)
    const outcome = await actions.appraise({
      unit,
      question: question.code,
      value: read.value,
      reason,
      declared,
      ...(response === undefined ? {} : { response }),
    })
    setSaving(false)
    setFailure(outcome)
    if (outcome === null) onDone()
  }
  const choices = 'choices' in question ? question.choices : []
  return (
    <form
      className="appraisal-form"
      onSubmit={(event) => void submit(event)}
      aria-label={t('evaluator.appraisal.label', { code: question.code })}
    >
      <p>{t('evaluator.appraisal.declared', { value: formatAnswer(t, question, declared, language) })}</p>
      <label className="field">
        <span>{t('evaluator.appraisal.value')}</span>
        {(question.type === 'integer' ||
          question.type === 'decimal' ||
          question.type === 'percent' ||
          question.type === 'text') && (
          <input
            type="text"
            inputMode={question.type === 'text' ? 'text' : 'decimal'}
            value={entry.text}
            onChange={(event) => setEntry({ ...entry, text: event.target.value })}
          />
        )}
        {question.type === 'date' && (
          <DateInput
            id={`appraisal-date-${question.code}`}
            value={entry.text}
            onValue={(iso) => setEntry({ ...entry, text: iso ?? '' })}
          />
        )}
        {question.type === 'yes-no' && (
          <select
            value={entry.flag}
            onChange={(event) => setEntry({ ...entry, flag: event.target.value as AppraisalEntry['flag'] })}
          >
            <option value="">{t('evaluator.answer.empty')}</option>
            <option value="true">{t('evaluator.answer.yes')}</option>
            <option value="false">{t('evaluator.answer.no')}</option>
          </select>
        )}
        {question.type === 'single-choice' && (
          <select value={entry.text} onChange={(event) => setEntry({ ...entry, text: event.target.value })}>
            <option value="">{t('evaluator.answer.empty')}</option>
            {choices.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {localized(choice.label, language)}
              </option>
            ))}
          </select>
        )}
      </label>
      {question.type === 'multi-choice' && (
        <fieldset className="choice-set">
          {choices.map((choice) => (
            <label key={choice.value}>
              <input
                type="checkbox"
                checked={entry.choices.includes(choice.value)}
                onChange={(event) =>
                  setEntry({
                    ...entry,
                    choices: event.target.checked
                      ? [...entry.choices, choice.value]
                      : entry.choices.filter((value) => value !== choice.value),
                  })
                }
              />
              {localized(choice.label, language)}
            </label>
          ))}
        </fieldset>
      )}
      {read.problems.map((problem, index) => (
        <p key={index} role="alert" className="issue-list">
          {issueMessage(t, problem.issue, language)}
        </p>
      ))}
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
          disabled={isSaving || !isReasonGiven || read.problems.length > 0}
        >
          {t(response === undefined ? 'evaluator.appraisal.save' : 'evaluator.decide.saveRevision')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('evaluator.common.cancel')}
        </button>
      </div>
    </form>
  )
}
