import { useTranslatedMessage } from '../../i18n/useTranslatedMessage'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { readResultsFile } from '@core/formats/results-table/readResultsFile'
import { createImportedResultsRepository } from '@core/storage/importedResultsRepository'
import { useDatabase } from '../../app/DatabaseProvider'
import type { Result } from '@core/result'
import type { DesktopError, PickedFile } from '../../../../shared/ipc/contract'
import { droppedFiles } from '../../platform/droppedFiles'
import { getPlatform } from '../../platform/getPlatform'
import { DropZone } from '../../ui/DropZone'
import { describeImportIssue } from './describeImportIssue'
import { useImportedResults } from './useImportedResults'

type Outcome =
  | { readonly file: string; readonly ok: true; readonly year: number; readonly count: number }
  | { readonly file: string; readonly ok: false; readonly problems: readonly string[] }

/** Imports results of earlier years from results reports, ranking CSVs or plain tables, stored in the database; lists and removes them. */
export function ImportResults({
  frameworkId,
  rootCode,
}: {
  readonly frameworkId: string | null
  readonly rootCode: string | null
}) {
  const { t, i18n } = useTranslation()
  const database = useDatabase()
  const imported = useImportedResults()
  const saved = imported.status === 'ready' ? imported.value : []
  const [year, setYear] = useState('')
  const [outcomes, setOutcomes] = useState<readonly Outcome[]>([])
  const [notice, setNotice] = useTranslatedMessage()
  // `source`: the file chooser by default, or the files of a drop (droppedFiles).
  const choose = async (
    source: Promise<Result<readonly PickedFile[] | null, DesktopError>> = getPlatform().openFiles({
      purpose: 'results',
      multiple: true,
    }),
  ) => {
    const picked = await source
    if (!picked.ok || picked.value === null) return
    const repository = createImportedResultsRepository(database)
    const results: Outcome[] = []
    for (const file of picked.value) {
      const hintYear = Number(year)
      const read = await readResultsFile(file.bytes, file.fileName, {
        ...(Number.isInteger(hintYear) && hintYear >= 2000 && hintYear <= 2100 ? { year: hintYear } : {}),
        ...(frameworkId === null ? {} : { frameworkId }),
        ...(rootCode === null ? {} : { rootCode }),
      })
      if (!read.ok) {
        results.push({
          file: file.fileName,
          ok: false,
          problems: read.error.map((issue) => describeImportIssue(issue, t)),
        })
        continue
      }
      const stored = await repository.put(read.value, new Date().toISOString())
      if (stored.ok)
        results.push({
          file: file.fileName,
          ok: true,
          year: read.value.year,
          count: read.value.result.units.length,
        })
      else
        results.push({
          file: file.fileName,
          ok: false,
          problems: [t(`manager.import.storage.${stored.error.code}`)],
        })
    }
    setNotice(null)
    setOutcomes(results)
  }
  const remove = async (item: { readonly frameworkId: string; readonly year: number }) => {
    const removed = await createImportedResultsRepository(database).remove(item.frameworkId, item.year)
    setOutcomes([])
    setNotice((say) =>
      removed.ok
        ? say('manager.import.removed', { year: item.year })
        : say(`manager.import.storage.${removed.error.code}`),
    )
  }
  const language = i18n.language === 'en' ? 'en' : 'vi'
  return (
    <section className="manager-panel manager-import" aria-labelledby="manager-import-heading">
      <h3 id="manager-import-heading">{t('manager.import.heading')}</h3>
      <p className="manager-note">{t('manager.import.lead')}</p>
      <div className="manager-toolbar">
        <label className="manager-field">
          <span>{t('manager.import.year')}</span>
          <input
            type="number"
            min={2000}
            max={2100}
            value={year}
            onChange={(event) => setYear(event.target.value)}
          />
        </label>
        <DropZone
          purpose="results"
          multiple
          testId="results-drop-zone"
          onDropTransfer={(transfer) => void choose(droppedFiles(transfer, 'results'))}
        >
          <button type="button" className="button" onClick={() => void choose()}>
            {t('manager.import.button')}
          </button>
        </DropZone>
      </div>
      <p className="manager-note">{t('manager.import.kept')}</p>
      <div role="status">
        {notice === null ? null : <p>{notice}</p>}
        {outcomes.map((outcome) =>
          outcome.ok ? (
            <p key={outcome.file}>
              {t('manager.import.done', { year: outcome.year, file: outcome.file, count: outcome.count })}
            </p>
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
      {saved.length === 0 ? null : (
        <div className="manager-imported">
          <h4>{t('manager.import.savedHeading')}</h4>
          <ul>
            {saved
              .filter((item) => frameworkId === null || item.frameworkId === frameworkId)
              .map((item) => (
                <li key={`${item.frameworkId}:${item.year}`}>
                  <span>
                    {t('manager.import.savedItem', {
                      year: item.year,
                      name: item.structure.name[language] ?? item.structure.name.vi,
                      count: item.result.units.length,
                    })}
                  </span>{' '}
                  <button type="button" className="button small" onClick={() => void remove(item)}>
                    {t('manager.import.remove', { year: item.year })}
                  </button>
                </li>
              ))}
          </ul>
        </div>
      )}
    </section>
  )
}
