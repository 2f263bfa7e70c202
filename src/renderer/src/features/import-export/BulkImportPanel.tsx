import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ValidFramework } from '@core/framework/validateFramework'
import type { BatchFile } from '@core/import/runImportBatch'
import { useDatabase } from '../../app/DatabaseProvider'
import { getPlatform } from '../../platform/getPlatform'
import { loadCatalogFramework } from '@core/storage/frameworkCatalog'
import { useLanguage } from '../../i18n/useLanguage'
import { localized } from '../../i18n/localized'
import { chooseWorkbookFiles, droppedWorkbookFiles, type ChosenFiles } from './chooseWorkbookFiles'
import { DropZone } from '../../ui/DropZone'
import { ConflictList } from './ConflictList'
import { ImportOutcomeTable } from './ImportOutcomeTable'
import { ImportProgressBar } from './ImportProgressBar'
import { InterruptedImportNotice } from './InterruptedImportNotice'
import { useBulkImport, type ImportTarget } from './useBulkImport'
import { useConflicts } from './useConflicts'
import { useImportTargets } from './useImportTargets'
import { useInterruptedImports } from './useInterruptedImports'
import './importExport.css'

type BulkImportPanelProps = {
  /** The framework version to import for; when absent the evaluator chooses one. */
  readonly framework?: ValidFramework
  /** The reporting year; default the framework's. */
  readonly year?: number
  /** The codes of the units expected (an assessment's list): a workbook of another unit is refused. */
  readonly units?: readonly string[]
  /** The assessment imported into (its screen): the units' response packages (appraisal round) are received too. */
  readonly assessmentId?: string
  /** Called after each batch, e.g. to reload the hosting screen. */
  readonly onImported?: () => void
}

/**
 * Bulk import of units' questionnaire workbooks: choose files or a folder, or drop them; a progress
 * bar with counts and time left; the outcome of every file (exportable as CSV); conflicts to settle
 * side by side; interrupted imports to resume.
 */
export function BulkImportPanel({
  framework: fixedFramework,
  year: fixedYear,
  units,
  assessmentId,
  onImported,
}: BulkImportPanelProps) {
  const { t } = useTranslation()
  const language = useLanguage()
  const database = useDatabase()
  const targets = useImportTargets(fixedFramework)
  const bulk = useBulkImport(onImported)
  const framework = targets.framework
  const [yearText, setYearText] = useState('')
  const year = fixedYear ?? (/^\d{4}$/.test(yearText) ? Number(yearText) : (framework?.year ?? 0))
  const scope =
    framework === null ? null : { frameworkId: framework.id, frameworkVersion: framework.version, year }
  const conflicts = useConflicts(bulk.repository, scope)
  const interrupted = useInterruptedImports()
  const [notice, setNotice] = useState('')
  const isRunning = bulk.state.phase === 'running'

  // The chooser must open inside the click (browsers need the user's gesture), so it starts first
  // and the target (a framework read from storage when resuming) is awaited alongside.
  const begin = async (
    chosen: Promise<ChosenFiles>,
    targetOf: ImportTarget | null | Promise<ImportTarget | null>,
  ) => {
    setNotice(t('importExport.panel.reading'))
    const [result, target] = await Promise.all([chosen, targetOf])
    setNotice(
      result.status === 'failed'
        ? result.reason === 'no-workbook'
          ? t('importExport.panel.noWorkbook')
          : t('importExport.panel.pickFailed', { reason: result.reason })
        : '',
    )
    if (result.status !== 'chosen' || target === null) return
    if (result.skipped.length > 0)
      setNotice(
        t('importExport.panel.skipped', {
          count: result.skipped.length,
          files: result.skipped
            .map((file) => `${file.fileName} (${t(`importExport.skipped.${file.reason}`)})`)
            .join(', '),
        }),
      )
    // Desktop: a verified backup of the database first (the browser edition would download one per import).
    if (getPlatform().backups.storage === 'profile-folder')
      await getPlatform().backups.backupNow('before-import')
    await bulk.start(sortedFiles(result.files), target)
  }
  const target: ImportTarget | null =
    framework === null
      ? null
      : {
          framework,
          year,
          ...(units === undefined ? {} : { units: new Set(units) }),
          ...(assessmentId === undefined ? {} : { assessmentId }),
        }

  return (
    <section className="panel import-panel" aria-labelledby="bulk-import-heading">
      <h2 id="bulk-import-heading">{t('importExport.panel.heading')}</h2>
      <p className="help">{t('importExport.panel.intro')}</p>
      {assessmentId !== undefined && <p className="help">{t('importExport.panel.responsesToo')}</p>}
      {fixedFramework === undefined && (
        <div className="import-toolbar">
          <label className="import-field">
            <span>{t('importExport.panel.framework')}</span>
            <select
              value={targets.chosen}
              disabled={isRunning || targets.entries === null}
              onChange={(event) => targets.choose(event.target.value)}
            >
              {targets.entries === null && (
                <option value="">{t('importExport.panel.loadingFrameworks')}</option>
              )}
              {(targets.entries ?? []).map((entry) => (
                <option
                  key={`${entry.id}@${entry.version}`}
                  value={`${entry.id}@${entry.version}`}
                >{`${localized(entry.name, language)} (${entry.id} ${entry.version})`}</option>
              ))}
            </select>
          </label>
          {fixedYear === undefined && (
            <label className="import-field import-year">
              <span>{t('importExport.panel.year')}</span>
              <input
                inputMode="numeric"
                value={yearText || String(framework?.year ?? '')}
                disabled={isRunning}
                onChange={(event) => setYearText(event.target.value)}
              />
            </label>
          )}
        </div>
      )}
      {/* The batch running here is unfinished too; it is not interrupted. */}
      {(isRunning ? [] : interrupted.interrupted).map((item) => (
        <InterruptedImportNotice
          key={item.batch.id}
          item={item}
          disabled={isRunning}
          onResume={(entry) =>
            void begin(
              chooseWorkbookFiles('files'),
              loadCatalogFramework(database, entry.batch.frameworkId, entry.batch.frameworkVersion).then(
                (resumed) =>
                  resumed === null
                    ? null
                    : {
                        framework: resumed,
                        year: entry.batch.year ?? resumed.year,
                        resume: entry.batch,
                        ...(assessmentId === undefined ? {} : { assessmentId }),
                      },
              ),
            )
          }
          onDismiss={(batchId) => void interrupted.dismiss(batchId)}
        />
      ))}
      <DropZone
        purpose="workbook"
        multiple
        folders
        className="import-drop-zone"
        testId="import-drop-zone"
        disabled={isRunning}
        hint={t('importExport.panel.dropZone')}
        onDropTransfer={(transfer) => void begin(droppedWorkbookFiles(transfer), target)}
      >
        <button
          type="button"
          className="button primary"
          disabled={isRunning || target === null}
          onClick={() => void begin(chooseWorkbookFiles('files'), target)}
        >
          {t('importExport.panel.chooseFiles')}
        </button>
        {getPlatform().pickFolder !== null && (
          <button
            type="button"
            className="button"
            disabled={isRunning || target === null}
            onClick={() => void begin(chooseWorkbookFiles('folder'), target)}
          >
            {t('importExport.panel.chooseFolder')}
          </button>
        )}
        {isRunning && (
          <button type="button" className="button" onClick={bulk.stop}>
            {t('importExport.panel.cancel')}
          </button>
        )}
      </DropZone>
      {notice !== '' && <p role="status">{notice}</p>}
      {bulk.state.phase !== 'idle' && (
        <ImportProgressBar progress={bulk.state.progress} phase={bulk.state.phase} run={bulk.state.run} />
      )}
      {framework !== null && (
        <ConflictList framework={framework} pairs={conflicts.pairs} onResolve={conflicts.resolve} />
      )}
      {bulk.state.phase !== 'idle' && <ImportOutcomeTable outcomes={bulk.state.outcomes} />}
    </section>
  )
}

/** Files in a stable order (by name, as a folder lists them), so which of two versions comes first never depends on the chooser. */
function sortedFiles(files: readonly BatchFile[]): readonly BatchFile[] {
  return [...files].sort((a, b) => a.fileName.localeCompare(b.fileName, undefined, { numeric: true }))
}
