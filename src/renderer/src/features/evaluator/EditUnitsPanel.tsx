import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { parseUnitList, unitListRows } from '@core/assessment/parseUnitList'
import { describeIssue } from '../../i18n/describeIssue'
import { describeEvaluatorIssue } from './describeEvaluatorIssue'
import type { ActionFailure, AssessmentView, WorkspaceActions } from './useAssessmentWorkspace'

/** Changes the list of units after the assessment was created (added, removed, renamed; logged). */
export function EditUnitsPanel({
  view,
  actions,
}: {
  readonly view: AssessmentView
  readonly actions: WorkspaceActions
}) {
  const { t } = useTranslation()
  const { assessment } = view.workspace
  const original = useMemo(
    () => assessment.units.map((unit) => [unit.code, unit.name, unit.group].join('\t')).join('\n'),
    [assessment.units],
  )
  const [text, setText] = useState(original)
  const [failure, setFailure] = useState<ActionFailure | null>(null)
  const [isSaved, setSaved] = useState(false)
  const parsed = useMemo(() => parseUnitList(unitListRows(text)), [text])
  const isLocked = assessment.status === 'published'
  const save = async () => {
    if (!parsed.ok) return
    const outcome = await actions.setUnits(parsed.value)
    setFailure(outcome)
    setSaved(outcome === null)
  }
  return (
    <details className="panel edit-units">
      <summary>{t('evaluator.editUnits.summary', { count: assessment.units.length })}</summary>
      <p className="help">{t('evaluator.create.unitsHelp')}</p>
      <label className="field">
        <span>{t('evaluator.create.units')}</span>
        <textarea
          rows={8}
          value={text}
          onChange={(event) => {
            setText(event.target.value)
            setSaved(false)
          }}
          spellCheck={false}
          disabled={isLocked}
        />
      </label>
      {!parsed.ok && (
        <ul role="alert" className="issue-list">
          {parsed.error.slice(0, 50).map((issue, index) => (
            <li key={index}>{describeEvaluatorIssue(t, issue) ?? describeIssue(t, issue)}</li>
          ))}
        </ul>
      )}
      {failure !== null && (
        <p role="alert" className="issue-list">
          {describeEvaluatorIssue(t, failure) ?? failure.code}
        </p>
      )}
      <div className="toolbar">
        <button
          type="button"
          className="button primary"
          disabled={isLocked || !parsed.ok || text === original}
          onClick={() => void save()}
        >
          {t('evaluator.editUnits.save')}
        </button>
        <span role="status" className="help">
          {parsed.ok && t('evaluator.create.unitCount', { count: parsed.value.length })}{' '}
          {isSaved && t('evaluator.editUnits.saved')}
        </span>
      </div>
      <p className="help">{t('evaluator.editUnits.note')}</p>
    </details>
  )
}
