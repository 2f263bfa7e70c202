import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { readResultsFile } from '../../../../core/comparison/readResultsFile'
import { getPlatform } from '../../platform/getPlatform'
import { describeImportIssue } from './describeImportIssue'
import { importedResultsStore } from './importedResultsStore'

type Outcome = { readonly file: string; readonly ok: true; readonly year: number; readonly count: number } | { readonly file: string; readonly ok: false; readonly problems: readonly string[] }

/** Imports results of earlier years from results reports, ranking CSVs or plain tables (kept for this session). */
export function ImportResults({ frameworkId, rootCode }: { readonly frameworkId: string | null; readonly rootCode: string | null }) {
  const { t } = useTranslation()
  const [year, setYear] = useState('')
  const [outcomes, setOutcomes] = useState<readonly Outcome[]>([])
  const choose = async () => {
    const picked = await getPlatform().openFiles({ purpose: 'unit-list', multiple: true })
    if (!picked.ok || picked.value === null) return
    const results: Outcome[] = []
    for (const file of picked.value) {
      const hintYear = Number(year)
      const read = await readResultsFile(file.bytes, file.fileName, {
        ...(Number.isInteger(hintYear) && hintYear >= 2000 && hintYear <= 2100 ? { year: hintYear } : {}),
        ...(frameworkId === null ? {} : { frameworkId }),
        ...(rootCode === null ? {} : { rootCode }),
      })
      if (read.ok) {
        importedResultsStore.add(read.value)
        results.push({ file: file.fileName, ok: true, year: read.value.year, count: read.value.result.units.length })
      } else {
        results.push({ file: file.fileName, ok: false, problems: read.error.map((issue) => describeImportIssue(issue, t)) })
      }
    }
    setOutcomes(results)
  }
  return (
    <section className="manager-panel manager-import" aria-labelledby="manager-import-heading">
      <h3 id="manager-import-heading">{t('manager.import.heading')}</h3>
      <p className="manager-note">{t('manager.import.lead')}</p>
      <div className="manager-toolbar">
        <label className="manager-field">
          <span>{t('manager.import.year')}</span>
          <input type="number" min={2000} max={2100} value={year} onChange={(event) => setYear(event.target.value)} />
        </label>
        <button type="button" className="button" onClick={() => void choose()}>
          {t('manager.import.button')}
        </button>
      </div>
      <p className="manager-note">{t('manager.import.sessionOnly')}</p>
      <div role="status">
        {outcomes.map((outcome) =>
          outcome.ok ? (
            <p key={outcome.file}>{t('manager.import.done', { year: outcome.year, file: outcome.file, count: outcome.count })}</p>
          ) : (
            <div key={outcome.file} className="manager-issues">
              <p>{t('manager.import.failed', { file: outcome.file })}</p>
              <ul>
                {outcome.problems.map((problem, index) => (
                  <li key={index}>{problem}</li>
                ))}
              </ul>
            </div>
          ),
        )}
      </div>
    </section>
  )
}
