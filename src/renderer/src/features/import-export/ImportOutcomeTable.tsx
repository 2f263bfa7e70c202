import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { FileOutcome } from '@core/import/importTypes'
import { getPlatform } from '../../platform/getPlatform'
import { useLanguage } from '../../i18n/useLanguage'
import { describeImportIssue } from './describeImportIssue'
import { outcomeCsv } from './outcomeCsv'

const SHOWN_ISSUES = 3

/** The outcome of every file: a table that can show only the files with problems and be exported as CSV. */
export function ImportOutcomeTable({ outcomes }: { readonly outcomes: readonly FileOutcome[] }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const [onlyProblems, setOnlyProblems] = useState(false)
  const shown = onlyProblems
    ? outcomes.filter((outcome) => outcome.kind !== 'imported' && outcome.kind !== 'duplicate')
    : outcomes
  const exportCsv = () => {
    const date = new Date().toISOString().slice(0, 10)
    void getPlatform().saveFile({
      suggestedName: t('importExport.csv.fileName', { date }),
      bytes: new TextEncoder().encode(outcomeCsv(t, outcomes, language)),
    })
  }
  return (
    <section className="import-outcomes" aria-labelledby="import-outcomes-heading">
      <div className="toolbar">
        <h3 id="import-outcomes-heading">{t('importExport.table.caption')}</h3>
        <label>
          {t('importExport.table.show')}{' '}
          <select
            value={onlyProblems ? 'problems' : 'all'}
            onChange={(event) => setOnlyProblems(event.target.value === 'problems')}
          >
            <option value="all">{t('importExport.table.all')}</option>
            <option value="problems">{t('importExport.table.problems')}</option>
          </select>
        </label>
        <button type="button" className="button" onClick={exportCsv}>
          {t('importExport.table.exportCsv')}
        </button>
      </div>
      <div className="import-table-scroll">
        <table className="import-table">
          <thead>
            <tr>
              <th scope="col">{t('importExport.table.index')}</th>
              <th scope="col">{t('importExport.table.file')}</th>
              <th scope="col">{t('importExport.table.outcome')}</th>
              <th scope="col">{t('importExport.table.unit')}</th>
              <th scope="col">{t('importExport.table.details')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((outcome) => (
              <tr key={outcome.index} data-outcome={outcome.kind}>
                <td>{outcome.index + 1}</td>
                <td className="file-name">{outcome.fileName}</td>
                <td>
                  <span className={`outcome-badge outcome-${outcome.kind}`}>
                    {t(`importExport.outcome.${outcome.kind}`)}
                  </span>
                </td>
                <td>{'unitCode' in outcome ? `${outcome.unitCode} · ${outcome.unitName}` : ''}</td>
                <td>
                  <OutcomeDetails outcome={outcome} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}

function OutcomeDetails({ outcome }: { readonly outcome: FileOutcome }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const resumed = outcome.resumed === true ? ` ${t('importExport.outcome.resumed')}` : ''
  if (outcome.kind === 'conflict') return <>{t('importExport.outcome.conflictWith') + resumed}</>
  if (outcome.kind === 'failed')
    return <>{t('importExport.outcome.storageFailed', { code: outcome.reason.code })}</>
  if ((outcome.kind === 'imported' || outcome.kind === 'duplicate') && outcome.response !== undefined)
    return <>{t('importExport.outcome.response', { round: outcome.response.round }) + resumed}</>
  if (outcome.kind === 'imported') {
    const first = outcome.warnings[0]
    return (
      <>
        {first === undefined
          ? resumed.trim()
          : t('importExport.outcome.warnings', {
              count: outcome.warnings.length,
              first: describeImportIssue(t, first, language),
              interpolation: { escapeValue: false },
            })}
      </>
    )
  }
  if (outcome.kind !== 'rejected') return null
  return (
    <ul className="issue-list">
      {outcome.issues.slice(0, SHOWN_ISSUES).map((issue, index) => (
        <li key={index}>{describeImportIssue(t, issue, language)}</li>
      ))}
      {outcome.issues.length > SHOWN_ISSUES && (
        <li>{t('importExport.outcome.more', { count: outcome.issues.length - SHOWN_ISSUES })}</li>
      )}
    </ul>
  )
}
