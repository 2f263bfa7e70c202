import { useState, type FormEvent } from 'react'
import { useTranslatedMessage } from '../../i18n/useTranslatedMessage'
import { useTranslation } from 'react-i18next'
import type { AssessmentAuditEntry } from '@core/assessment/assessmentAudit'
import { itemDecisions, type ItemDecision } from '@core/assessment/roundDecision'
import type { ResponseItem } from '@core/formats/response/responseContent'
import { ok, type Result } from '@core/result'
import { listAssessmentAudit } from '@core/storage/auditLogRepository'
import {
  createRoundResponseRepository,
  latestResponses,
  type ResponseEvidenceFile,
  type RoundResponse,
} from '@core/storage/roundResponseRepository'
import { useDatabase } from '../../app/DatabaseProvider'
import { useLiveRead } from '../../data/useLiveRead'
import { formatDateTime } from '../../i18n/format'
import { useLanguage } from '../../i18n/useLanguage'
import { getPlatform } from '../../platform/getPlatform'
import { describeOperator } from '../operator/describeOperator'
import { AppraisalForm } from './AppraisalForm'
import { describeAnswerValue } from './describeAuditEntry'
import { describeEvaluatorIssue } from './describeEvaluatorIssue'
import { PointsForm } from './PointsAppraisal'
import type { ActionFailure, AssessmentView, WorkspaceActions } from './useAssessmentWorkspace'
import type { UnitReviewData } from './useUnitReview'

type Loaded = {
  readonly response: RoundResponse | undefined
  readonly evidence: readonly ResponseEvidenceFile[]
  readonly audit: readonly AssessmentAuditEntry[]
}

/**
 * "Giải trình của đơn vị (vòng N)": each item of the unit's latest response with what the
 * feedback said (declared, appraised, reason), the unit's answer (agree or explain, the
 * explanation, new evidence files to save), and for explained items the evaluator's decision:
 * keep the appraisal (reason required) or revise it (new value and reason), stored as an appraisal
 * referring to the response (decision 0027). Decided items show who decided and when.
 */
export function ResponseDecisions({
  view,
  review,
  actions,
}: {
  readonly view: AssessmentView
  readonly review: UnitReviewData
  readonly actions: WorkspaceActions
}) {
  const { t } = useTranslation()
  const database = useDatabase()
  const assessmentId = view.workspace.assessment.id
  const unitCode = review.unit?.code ?? ''
  const read = useLiveRead(async (): Promise<Result<Loaded, never>> => {
    const repository = createRoundResponseRepository(database)
    const response = latestResponses(
      (await repository.list(assessmentId)).filter((candidate) => candidate.unit === unitCode),
    )[0]
    if (response === undefined) return ok({ response, evidence: [], audit: [] })
    return ok({
      response,
      evidence: await repository.evidence(response.id),
      audit: await listAssessmentAudit(database, assessmentId),
    })
  }, [database, assessmentId, unitCode])
  if (read.status !== 'ready' || read.value.response === undefined) return null
  const { response, evidence, audit } = read.value
  const decisions = itemDecisions(response, review.appraisals)
  const open = decisions.filter((entry) => entry.item.decision === 'explain' && entry.decision === undefined)
  const canDecide = !review.isLocked && !review.isApproved && !view.isOfficial
  return (
    <section className="panel response-decisions" aria-labelledby="response-decisions-heading">
      <h3 id="response-decisions-heading">{t('evaluator.decide.heading', { round: response.round })}</h3>
      <p className="help">
        {open.length === 0
          ? t('evaluator.decide.leadDone', {
              date: formatDateTime(response.importedAt),
              fileName: response.fileName,
            })
          : t('evaluator.decide.lead', {
              date: formatDateTime(response.importedAt),
              fileName: response.fileName,
              count: open.length,
            })}
      </p>
      {!canDecide && open.length > 0 && <p className="help">{t('evaluator.decide.locked')}</p>}
      <ol className="response-items">
        {decisions.map((entry) => (
          <ResponseItemView
            key={`${entry.item.kind}/${entry.item.question}`}
            view={view}
            review={review}
            actions={actions}
            response={response}
            entry={entry}
            files={evidence.filter((file) => file.question === entry.item.question)}
            audit={audit}
            canDecide={canDecide}
          />
        ))}
      </ol>
    </section>
  )
}

function ResponseItemView({
  view,
  review,
  actions,
  response,
  entry,
  files,
  audit,
  canDecide,
}: {
  readonly view: AssessmentView
  readonly review: UnitReviewData
  readonly actions: WorkspaceActions
  readonly response: RoundResponse
  readonly entry: ItemDecision<ResponseItem>
  readonly files: readonly ResponseEvidenceFile[]
  readonly audit: readonly AssessmentAuditEntry[]
  readonly canDecide: boolean
}) {
  const { t } = useTranslation()
  const language = useLanguage()
  const [mode, setMode] = useState<'none' | 'keep' | 'revise'>('none')
  const [notice, setNotice] = useTranslatedMessage()
  const { item, decision } = entry
  const headingId = `response-item-${item.kind}-${item.question}`
  const save = async (file: ResponseEvidenceFile) => {
    const saved = await getPlatform().saveFile({ suggestedName: file.fileName, bytes: file.bytes })
    const savedTo = saved.ok ? saved.value?.savedTo : undefined
    setNotice(
      saved.ok
        ? savedTo === undefined
          ? null
          : (say) => say('evaluator.evidence.saved', { fileName: file.fileName, savedTo })
        : (say) => say('evaluator.evidence.saveFailed', { fileName: file.fileName }),
    )
  }
  const logged =
    decision === undefined
      ? undefined
      : audit.find(
          (candidate) =>
            (candidate.action === 'round.item-kept' || candidate.action === 'round.item-revised') &&
            candidate.at === decision.at &&
            candidate.detail.unit === decision.unit &&
            candidate.detail.question === decision.question,
        )
  const decisionRef = { responseId: response.id }
  return (
    <li className="response-item" aria-labelledby={headingId} data-item={item.question}>
      <h4 id={headingId}>
        <span className="code">{item.question}</span> {item.label}
      </h4>
      <dl className="response-facts">
        <dt>{t('evaluator.decide.declared')}</dt>
        <dd>{item.declared}</dd>
        <dt>{t('evaluator.decide.appraised')}</dt>
        <dd>
          {item.appraised}{' '}
          <span className="help">{t('evaluator.answers.reason', { reason: item.reason })}</span>
        </dd>
        <dt>{t('evaluator.decide.unitDecision')}</dt>
        <dd>
          <strong>{t(`evaluator.decide.unit.${item.decision}`)}</strong>
          {item.decision === 'explain' && <p className="response-explanation">{item.explanation}</p>}
        </dd>
        {files.length > 0 && (
          <>
            <dt>{t('evaluator.decide.evidence', { count: files.length })}</dt>
            <dd>
              <ul className="history-list">
                {files.map((file) => (
                  <li key={file.id}>
                    <strong>{file.fileName}</strong>{' '}
                    <button
                      type="button"
                      className="button small"
                      onClick={() => void save(file)}
                      aria-label={t('evaluator.evidence.save', { fileName: file.fileName })}
                    >
                      {t('evaluator.evidence.saveShort')}
                    </button>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
      <div role="status">{notice === null ? null : <p>{notice}</p>}</div>
      {item.decision === 'agree' && <p className="help">{t('evaluator.decide.agreedNoDecision')}</p>}
      {decision?.response !== undefined && (
        <p className="response-decision" data-decision={decision.response.decision}>
          <strong>{t(`evaluator.decide.done.${decision.response.decision}`)}</strong>{' '}
          {t('evaluator.decide.doneDetail', {
            value:
              item.kind === 'points'
                ? describeAnswerValue(t, typeof decision.value === 'number' ? decision.value : 0, language)
                : describeAnswerValue(t, decision.value, language),
            reason: decision.reason,
            operator: describeOperator(t, logged?.operator ?? null, false),
            date: formatDateTime(decision.at),
          })}
        </p>
      )}
      {item.decision === 'explain' && decision === undefined && canDecide && (
        <>
          <div
            className="toolbar"
            role="group"
            aria-label={t('evaluator.decide.actions', { code: item.question })}
          >
            <button
              type="button"
              className={`button ${mode === 'keep' ? 'primary' : ''}`}
              aria-expanded={mode === 'keep'}
              onClick={() => setMode(mode === 'keep' ? 'none' : 'keep')}
            >
              {t('evaluator.decide.keep')}
            </button>
            <button
              type="button"
              className={`button ${mode === 'revise' ? 'primary' : ''}`}
              aria-expanded={mode === 'revise'}
              onClick={() => setMode(mode === 'revise' ? 'none' : 'revise')}
            >
              {t('evaluator.decide.revise')}
            </button>
          </div>
          {mode === 'keep' && (
            <KeepForm
              unit={response.unit}
              item={item}
              actions={actions}
              responseId={response.id}
              declared={declaredValue(review, item)}
              onDone={() => setMode('none')}
            />
          )}
          {mode === 'revise' && (
            <ReviseForm
              view={view}
              review={review}
              actions={actions}
              item={item}
              response={{ ...decisionRef, decision: 'revised' }}
              onDone={() => setMode('none')}
            />
          )}
        </>
      )}
    </li>
  )
}

/** The unit's declared value of an answer item (the audit log keeps it beside the decision). */
function declaredValue(review: UnitReviewData, item: ResponseItem) {
  return item.kind === 'points' ? null : (review.submission?.answers[item.question] ?? null)
}

function KeepForm({
  unit,
  item,
  actions,
  responseId,
  declared,
  onDone,
}: {
  readonly unit: string
  readonly item: ResponseItem
  readonly actions: WorkspaceActions
  readonly responseId: string
  readonly declared: ReturnType<typeof declaredValue>
  readonly onDone: () => void
}) {
  const { t } = useTranslation()
  const [reason, setReason] = useState('')
  const [failure, setFailure] = useState<ActionFailure | null>(null)
  const [isSaving, setSaving] = useState(false)
  const isReasonGiven = reason.trim().length >= 3
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (!isReasonGiven) return setFailure({ code: 'appraisal-reason-required' })
    setSaving(true)
    const outcome = await actions.appraise({
      unit,
      ...(item.kind === 'points' ? { kind: 'points' as const } : {}),
      question: item.question,
      // the repository stores the value in force again
      value: null,
      reason,
      declared,
      response: { responseId, decision: 'kept' },
    })
    setSaving(false)
    setFailure(outcome)
    if (outcome === null) onDone()
  }
  return (
    <form
      className="appraisal-form"
      onSubmit={(event) => void submit(event)}
      aria-label={t('evaluator.decide.keepLabel', { code: item.question })}
    >
      <label className="field">
        <span>{t('evaluator.decide.keepReason')}</span>
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
        <button type="submit" className="button primary" disabled={isSaving}>
          {t('evaluator.decide.saveKeep')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('evaluator.common.cancel')}
        </button>
      </div>
    </form>
  )
}

function ReviseForm({
  view,
  review,
  actions,
  item,
  response,
  onDone,
}: {
  readonly view: AssessmentView
  readonly review: UnitReviewData
  readonly actions: WorkspaceActions
  readonly item: ResponseItem
  readonly response: { readonly responseId: string; readonly decision: 'revised' }
  readonly onDone: () => void
}) {
  const { t } = useTranslation()
  const { framework } = view.workspace
  const unit = review.unit?.code ?? ''
  if (item.kind === 'points') {
    const indicator = framework.indicators.find((candidate) => candidate.code === item.question)
    const index = view.result.units.findIndex((candidate) => candidate.code === unit)
    if (indicator === undefined)
      return (
        <p role="alert">{t('evaluator.issues.appraisal-unknown-criterion', { criterion: item.question })}</p>
      )
    return (
      <PointsForm
        indicator={indicator}
        unit={unit}
        current={view.result.indicators[indicator.code]?.score[index] ?? null}
        actions={actions}
        onDone={onDone}
        response={response}
      />
    )
  }
  const question = framework.questions.find((candidate) => candidate.code === item.question)
  if (question === undefined)
    return <p role="alert">{t('evaluator.issues.appraisal-unknown-question', { question: item.question })}</p>
  return (
    <AppraisalForm
      question={question}
      unit={unit}
      declared={review.submission?.answers[question.code] ?? null}
      current={review.final[question.code] ?? null}
      actions={actions}
      onDone={onDone}
      response={response}
    />
  )
}
