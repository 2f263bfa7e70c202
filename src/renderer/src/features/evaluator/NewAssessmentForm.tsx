import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useDocumentTitle } from '../../app/useDocumentTitle'
import { droppedFiles } from '../../platform/droppedFiles'
import { DropZone } from '../../ui/DropZone'
import { Link, useNavigate } from 'react-router'
import { describeIssue } from '../../i18n/describeIssue'
import { localized } from '../../i18n/localized'
import { useFrameworkLibrary, type LibraryEntry } from '../frameworks/useFrameworkLibrary'
import { describeEvaluatorIssue } from './describeEvaluatorIssue'
import { evaluatorPath } from './evaluatorPath'
import { useNewAssessment } from './useNewAssessment'

const entryKey = (entry: LibraryEntry) => `${entry.source}:${entry.id}@${entry.version}`

/** Creates an assessment: a framework, a year and the list of units. */
export function NewAssessmentForm() {
  const { t, i18n } = useTranslation()
  useDocumentTitle(t('evaluator.create.heading'), t('evaluator.title'))
  const library = useFrameworkLibrary()
  const form = useNewAssessment(library.open)
  const navigate = useNavigate()
  const [chosenKey, setChosenKey] = useState('')
  const entry = library.entries.find((candidate) => entryKey(candidate) === chosenKey) ?? library.entries[0]
  const [yearText, setYearText] = useState('')
  const year = Number(yearText === '' ? (entry?.year ?? new Date().getFullYear()) : yearText)
  const isYearValid = Number.isInteger(year) && year >= 2000 && year <= 2100
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const id = await form.create(entry, year)
    if (id !== null) void navigate(evaluatorPath({ view: 'assessment', id, tab: 'units' }))
  }
  return (
    <form
      className="panel evaluator-form"
      onSubmit={(event) => void submit(event)}
      aria-labelledby="new-assessment-heading"
    >
      <h2 id="new-assessment-heading">{t('evaluator.create.heading')}</h2>
      <label className="field">
        <span>{t('evaluator.create.framework')}</span>
        <select
          value={entry === undefined ? '' : entryKey(entry)}
          onChange={(event) => setChosenKey(event.target.value)}
        >
          {library.entries.map((candidate) => (
            <option key={entryKey(candidate)} value={entryKey(candidate)}>
              {t('evaluator.create.frameworkOption', {
                name: localized(candidate.name, i18n.language),
                version: candidate.version,
                year: candidate.year,
              })}
            </option>
          ))}
        </select>
      </label>
      <label className="field field-narrow">
        <span>{t('evaluator.create.year')}</span>
        <input
          type="number"
          inputMode="numeric"
          min={2000}
          max={2100}
          value={yearText === '' ? String(year) : yearText}
          onChange={(event) => setYearText(event.target.value)}
        />
      </label>
      <label className="field">
        <span>{t('evaluator.create.units')}</span>
        <span className="help">{t('evaluator.create.unitsHelp')}</span>
        <textarea
          rows={10}
          value={form.unitsText}
          onChange={(event) => form.setUnitsText(event.target.value)}
          spellCheck={false}
        />
      </label>
      <div className="toolbar">
        <DropZone
          purpose="unit-list"
          testId="unit-list-drop-zone"
          onDropTransfer={(transfer) => void form.importFile(droppedFiles(transfer, 'unit-list'))}
        >
          <button type="button" className="button" onClick={() => void form.importFile()}>
            {t('evaluator.create.importUnits')}
          </button>
        </DropZone>
        <button
          type="button"
          className="button"
          onClick={() => void form.proposeFromLastYear(entry, year)}
          disabled={entry === undefined || !isYearValid}
        >
          {t('evaluator.create.proposeUnits')}
        </button>
        <span role="status" className="status-line">
          {form.file.kind === 'reading' && t('evaluator.create.reading', { fileName: form.file.fileName })}
          {form.file.kind === 'read' &&
            t('evaluator.create.read', { fileName: form.file.fileName, count: form.file.count })}
          {form.parsed?.ok === true && t('evaluator.create.unitCount', { count: form.parsed.value.length })}
        </span>
      </div>
      {form.proposal !== null && (
        <div className="proposal" data-testid="unit-proposal" role="status">
          {form.proposal.kind === 'none' ? (
            <p>{t('evaluator.create.proposalNone', { year: form.proposal.year })}</p>
          ) : (
            <>
              <p>
                {t('evaluator.create.proposal', {
                  year: form.proposal.fromYear,
                  fromCount: form.proposal.fromCount,
                  count: form.proposal.count,
                  changes: form.proposal.changes.length,
                })}
              </p>
              {form.proposal.changes.length === 0 ? null : (
                <details>
                  <summary>{t('evaluator.create.proposalChanges')}</summary>
                  <ul>
                    {form.proposal.changes.map((change, index) => (
                      <li key={index}>
                        {t(`evaluator.create.change.${change.kind}`, {
                          name: change.name,
                          code: change.code,
                          from: change.from.join(', '),
                        })}
                      </li>
                    ))}
                  </ul>
                </details>
              )}
            </>
          )}
        </div>
      )}
      {form.file.kind === 'failed' && (
        <div role="alert" className="issue-list">
          <p>{t('evaluator.create.fileFailed', { fileName: form.file.fileName })}</p>
          <ul>
            {form.file.issues.slice(0, 50).map((issue, index) => (
              <li key={index}>{describeEvaluatorIssue(t, issue) ?? describeIssue(t, issue)}</li>
            ))}
          </ul>
        </div>
      )}
      {form.parsed?.ok === false && (
        <div role="alert" className="issue-list">
          <ul>
            {form.parsed.error.slice(0, 50).map((issue, index) => (
              <li key={index}>{describeEvaluatorIssue(t, issue) ?? describeIssue(t, issue)}</li>
            ))}
          </ul>
        </div>
      )}
      {!isYearValid && (
        <p role="alert" className="issue-list">
          {t('evaluator.create.badYear')}
        </p>
      )}
      {form.failure !== null && (
        <p role="alert" className="issue-list">
          {describeEvaluatorIssue(t, form.failure) ?? describeIssue(t, form.failure)}
        </p>
      )}
      <div className="toolbar">
        <button
          type="submit"
          className="button primary"
          disabled={form.isCreating || !isYearValid || form.parsed?.ok !== true || entry === undefined}
        >
          {t('evaluator.create.submit')}
        </button>
        <Link className="button" to={evaluatorPath({ view: 'list' })}>
          {t('evaluator.common.cancel')}
        </Link>
      </div>
    </form>
  )
}
