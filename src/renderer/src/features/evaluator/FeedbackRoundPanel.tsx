import { useTranslatedMessage } from '../../i18n/useTranslatedMessage'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { RoundScope } from '@core/assessment/feedbackRound'
import { ROUND_MESSAGE_MAX_LENGTH } from '@core/assessment/feedbackRound'
import type { RoundAttachment } from '@core/formats/feedback/writeFeedbackPackage'
import { describeIssue } from '../../i18n/describeIssue'
import { formatDate, formatIsoDay } from '../../i18n/format'
import { useLanguage } from '../../i18n/useLanguage'
import { getPlatform } from '../../platform/getPlatform'
import { DateInput } from '../../ui/DateInput'
import { ProgressBar } from '../../ui/progress/ProgressBar'
import { describeEvaluatorIssue } from './describeEvaluatorIssue'
import type { AssessmentView } from './useAssessmentWorkspace'
import { useFeedbackRound } from './useFeedbackRound'

/**
 * "Gửi kết quả sơ bộ" (vòng giải trình): the rounds issued so far, and the form of the next one —
 * deadline, short message, which units (with a disputed item, or all), attached files — which
 * writes one feedback package per unit in one action with progress. Hidden once the results are
 * official (a round is part of appraising).
 */
export function FeedbackRoundPanel({ view }: { readonly view: AssessmentView }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const round = useFeedbackRound(view)
  const [deadline, setDeadline] = useState<string | null>(null)
  const [message, setMessage] = useState('')
  const [scope, setScope] = useState<RoundScope>('disputed')
  const [attachments, setAttachments] = useState<readonly RoundAttachment[]>([])
  const [pickFailure, setPickFailure] = useTranslatedMessage()
  if (view.isOfficial) return null
  const next = round.rounds.length + 1
  const all = view.workspace.assessment.units.length
  const describe = (issue: { readonly code: string } & Readonly<Record<string, unknown>>) =>
    describeEvaluatorIssue(t, issue) ?? describeIssue(t, issue)
  const attach = async () => {
    setPickFailure(null)
    const picked = await getPlatform().openFiles({ purpose: 'evidence', multiple: true })
    if (!picked.ok) {
      const failure = picked.error
      return setPickFailure((say) => describeEvaluatorIssue(say, failure) ?? describeIssue(say, failure))
    }
    if (picked.value === null) return
    const names = new Set(attachments.map((file) => file.fileName))
    setAttachments([...attachments, ...picked.value.filter((file) => !names.has(file.fileName))])
  }
  return (
    <details className="panel feedback-round" open={round.rounds.length > 0 || undefined}>
      <summary>{t('evaluator.round.summary')}</summary>
      <p className="help">{t('evaluator.round.lead')}</p>
      {round.rounds.length > 0 && (
        <ul className="round-list" aria-label={t('evaluator.round.issuedHeading')}>
          {round.rounds.map((issued) => (
            <li key={issued.round}>
              {t('evaluator.round.issuedLine', {
                round: issued.round,
                issuedAt: formatDate(new Date(issued.issuedAt), language),
                deadline: formatIsoDay(issued.deadline, language),
                count: issued.packages.length,
              })}
            </li>
          ))}
        </ul>
      )}
      {round.rounds.length > 0 && (
        <>
          <h4 id="round-states-heading">{t('evaluator.round.statesHeading')}</h4>
          <div className="toolbar">
            <button type="button" className="button" onClick={() => void round.importResponses()}>
              {t('evaluator.round.importResponses')}
            </button>
          </div>
          {round.imports.length > 0 && (
            <ul className="round-imports" role="status">
              {round.imports.map((line, index) => (
                <li key={index}>
                  {line.fileName}:{' '}
                  {line.outcome === 'failed'
                    ? line.issues.map((issue) => describe(issue)).join(' ')
                    : t(`evaluator.round.import.${line.outcome}`, { unit: line.unit, round: line.round })}
                </li>
              ))}
            </ul>
          )}
          <table className="data-table round-states" aria-labelledby="round-states-heading">
            <thead>
              <tr>
                <th scope="col">{t('evaluator.columns.code')}</th>
                <th scope="col">{t('evaluator.columns.unit')}</th>
                <th scope="col">{t('evaluator.round.roundColumn')}</th>
                <th scope="col">{t('evaluator.round.stateColumn')}</th>
              </tr>
            </thead>
            <tbody>
              {round.states.map((row) => (
                <tr key={row.unit.code} data-unit={row.unit.code}>
                  <td className="code">{row.unit.code}</td>
                  <td>{row.unit.name}</td>
                  <td>{row.round}</td>
                  <td>
                    <span className={`status-badge round-${row.state}`}>
                      {t(`evaluator.round.state.${row.state}`)}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <h4 id="round-form-heading">{t('evaluator.round.formHeading', { round: next })}</h4>
      <label className="field">
        <span>{t('evaluator.round.deadline')}</span>
        <DateInput id="round-deadline" value={deadline} onValue={setDeadline} />
      </label>
      <label className="field">
        <span>{t('evaluator.round.message')}</span>
        <textarea
          rows={3}
          maxLength={ROUND_MESSAGE_MAX_LENGTH}
          value={message}
          onChange={(event) => setMessage(event.target.value)}
        />
      </label>
      <fieldset className="choice-set">
        <legend>{t('evaluator.round.scope')}</legend>
        <label>
          <input
            type="radio"
            name="round-scope"
            checked={scope === 'disputed'}
            onChange={() => setScope('disputed')}
          />
          {t('evaluator.round.scopeDisputed', { count: round.disputedUnits.size })}
        </label>
        <label>
          <input type="radio" name="round-scope" checked={scope === 'all'} onChange={() => setScope('all')} />
          {t('evaluator.round.scopeAll', { count: all })}
        </label>
      </fieldset>
      <div className="field">
        <span>{t('evaluator.round.attachments')}</span>
        {attachments.length > 0 && (
          <ul className="round-attachments">
            {attachments.map((file) => (
              <li key={file.fileName}>
                {file.fileName}{' '}
                <button
                  type="button"
                  className="button link"
                  onClick={() => setAttachments(attachments.filter((other) => other !== file))}
                  aria-label={t('evaluator.round.removeAttachment', { file: file.fileName })}
                >
                  {t('evaluator.round.remove')}
                </button>
              </li>
            ))}
          </ul>
        )}
        <div className="toolbar">
          <button type="button" className="button" onClick={() => void attach()}>
            {t('evaluator.round.attach')}
          </button>
        </div>
        {pickFailure !== null && (
          <p role="alert" className="issue-list">
            {pickFailure}
          </p>
        )}
      </div>
      <div className="toolbar">
        <button
          type="button"
          className="button primary"
          disabled={round.state.status === 'writing'}
          onClick={() => void round.issue({ deadline, message, scope, attachments })}
        >
          {t('evaluator.round.issue', { round: next })}
        </button>
        <span role="status" className="help">
          {round.state.status === 'saved' &&
            t('evaluator.round.saved', {
              round: round.state.round,
              count: round.state.count,
              savedTo: round.state.savedTo,
            })}
          {round.state.status === 'cancelled' && t('evaluator.round.cancelled')}
        </span>
      </div>
      {round.progress !== null && (
        <ProgressBar
          progress={round.progress}
          label={t('evaluator.round.progressLabel')}
          onCancel={round.cancel}
          testId="round-progress"
        />
      )}
      {round.state.status === 'failed' && (
        <ul role="alert" className="issue-list">
          {round.state.issues.map((issue, index) => (
            <li key={index}>{describe(issue)}</li>
          ))}
        </ul>
      )}
    </details>
  )
}
