import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  MAX_SIGNATURE_FIELD_LENGTH,
  parseReportSignature,
  type ReportSignature,
} from '@core/assessment/reportSignature'
import { describeEvaluatorIssue } from './describeEvaluatorIssue'
import { useAssessmentOutlet } from './AssessmentWorkspaceScreen'
import type { ActionFailure, AssessmentView } from './useAssessmentWorkspace'

const FIELDS = ['place', 'preparer', 'head'] as const

/**
 * The signature block printed at the end of the report's Tổng hợp (place, preparer, head), stored
 * with the assessment; it may change after publication (it changes the print, not the results).
 */
export function ReportSignatureForm({ view }: { readonly view: AssessmentView }) {
  const { t } = useTranslation()
  const { actions } = useAssessmentOutlet()
  const stored = view.workspace.assessment.reportSignature ?? { place: '', preparer: '', head: '' }
  const [typed, setTyped] = useState<ReportSignature>(stored)
  const [failures, setFailures] = useState<readonly ActionFailure[]>([])
  const [isSaved, setSaved] = useState(false)
  const isChanged = FIELDS.some((field) => typed[field] !== stored[field])
  const save = async () => {
    const parsed = parseReportSignature(typed)
    if (!parsed.ok) {
      setFailures(
        parsed.error.map((issue) => ({ ...issue, label: t(`evaluator.report.signature.${issue.field}`) })),
      )
      return
    }
    const failure = await actions.setReportSignature(parsed.value)
    setFailures(failure === null ? [] : [failure])
    setSaved(failure === null)
  }
  return (
    <details
      className="panel report-signature"
      open={view.workspace.assessment.reportSignature !== undefined}
    >
      <summary>{t('evaluator.report.signature.summary')}</summary>
      <p className="help">{t('evaluator.report.signature.help')}</p>
      <div className="signature-fields">
        {FIELDS.map((field) => (
          <label key={field} className="field">
            <span>{t(`evaluator.report.signature.${field}`)}</span>
            <input
              type="text"
              value={typed[field]}
              maxLength={MAX_SIGNATURE_FIELD_LENGTH + 20}
              onChange={(event) => {
                setTyped({ ...typed, [field]: event.target.value })
                setSaved(false)
              }}
            />
          </label>
        ))}
      </div>
      {failures.length > 0 && (
        <ul role="alert" className="issue-list">
          {failures.map((failure, index) => (
            <li key={index}>{describeEvaluatorIssue(t, failure) ?? failure.code}</li>
          ))}
        </ul>
      )}
      <div className="toolbar">
        <button type="button" className="button" disabled={!isChanged} onClick={() => void save()}>
          {t('evaluator.report.signature.save')}
        </button>
        <span role="status" className="help">
          {isSaved && t('evaluator.report.signature.saved')}
        </span>
      </div>
    </details>
  )
}
