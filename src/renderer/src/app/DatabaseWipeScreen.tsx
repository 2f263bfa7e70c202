import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { BackupEntry } from '../../../shared/ipc/contract'
import {
  newestBackupWithData,
  totalRows,
  type MarkerCheck,
  type TableDrop,
} from '@core/storage/checkDatabaseMarker'
import { logDatabaseRestored } from '@core/storage/auditLogRepository'
import type { WorkbenchDatabase } from '@core/storage/database'
import { describeBackupFailure } from '../features/settings/describeBackupFailure'
import { ConfirmDialog } from '../features/settings/ConfirmDialog'
import { formatDateTime, formatNumber } from '../i18n/format'
import { isLanguage } from '../i18n/languages'
import { restoreSourceOf, type RestoreSource } from '../platform/backups'
import { rebaseDatabaseMarker } from '../platform/databaseMarkerGuard'
import { getPlatform } from '../platform/getPlatform'
import { ProgressBar } from '../ui/progress/ProgressBar'
import { useProgressTask } from '../ui/progress/useProgressTask'
import { LanguageSelect } from './LanguageSelect'
import '../features/settings/settings.css'
import './databaseWipeScreen.css'

type Blocked = Extract<MarkerCheck, { status: 'blocked' }>

const KNOWN_TABLES = [
  'settings',
  'frameworks',
  'units',
  'submissions',
  'assessments',
  'auditLog',
  'evidence',
  'appraisals',
  'assessmentResults',
  'receivedSubmissions',
  'importBatches',
  'importJournal',
  'importedResults',
  'unitLineages',
] as const
const isKnownTable = (table: string): table is (typeof KNOWN_TABLES)[number] =>
  (KNOWN_TABLES as readonly string[]).includes(table)

/**
 * The full-screen stop shown at start when the database is empty, recreated or much smaller than
 * its marker says (issue 20, item 4). Nothing under it renders, so nothing can be edited or
 * written; it offers the newest automatic backup holding the data (desktop), a backup file, or —
 * after a confirmation — accepting the database as it is (recorded in the database).
 */
export function DatabaseWipeScreen({
  check,
  database,
  onAccepted,
}: {
  readonly check: Blocked
  readonly database: WorkbenchDatabase
  readonly onAccepted: () => void
}) {
  const { t, i18n } = useTranslation()
  const language = isLanguage(i18n.language) ? i18n.language : 'vi'
  const platform = getPlatform()
  const backups = platform.backups
  const [newest, setNewest] = useState<BackupEntry | null>(null)
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<{ tone: 'info' | 'error'; text: string } | null>(null)
  const [confirming, setConfirming] = useState(false)
  const task = useProgressTask()
  const { marker } = check
  const time = formatDateTime(marker.lastChangeAt, language)
  const records = formatNumber(totalRows(marker.counts), language)

  useEffect(() => {
    // Desktop: the backups folder; browser: the snapshots in OPFS (none over plain http).
    let cancelled = false
    void backups.list().then((listed) => {
      if (!cancelled && listed.ok) setNewest(newestBackupWithData(listed.value, marker))
    })
    return () => {
      cancelled = true
    }
  }, [backups, marker])

  const restore = async (source: RestoreSource) => {
    setBusy(true)
    setMessage(null)
    const restored = await task.run((options) => backups.restore(source, options))
    if (restored.ok) {
      // Onto the restored log's chain, as a restore from Settings is (decision 0012).
      await logDatabaseRestored(database, { recordCount: restored.value.recordCount })
      setMessage({
        tone: 'info',
        text: t('databaseWipe.restored', { records: formatNumber(restored.value.recordCount, language) }),
      })
      setTimeout(() => window.location.reload(), 1200)
      return
    }
    setMessage(
      restored.error.code === 'cancelled'
        ? { tone: 'info', text: t('databaseWipe.restoreCancelled') }
        : { tone: 'error', text: describeBackupFailure(t, restored.error) },
    )
    setBusy(false)
  }

  const pickFile = async () => {
    const picked = await platform.openFiles({ purpose: 'backup', multiple: false })
    if (picked.ok && picked.value !== null && picked.value[0] !== undefined)
      await restore(restoreSourceOf(picked.value[0]))
    else if (!picked.ok)
      setMessage({ tone: 'error', text: t('settings.backups.errors.generic', { code: picked.error.code }) })
  }

  const accept = async () => {
    setConfirming(false)
    setBusy(true)
    const rebased = await rebaseDatabaseMarker(database, platform.databaseMarkers, {
      at: new Date().toISOString(),
      reason: check.reason,
      previous: marker,
    })
    if (rebased.ok) {
      onAccepted()
      return
    }
    setMessage({ tone: 'error', text: t('databaseWipe.acceptFailed', { code: rebased.error.code }) })
    setBusy(false)
  }

  const tableName = (drop: TableDrop) =>
    isKnownTable(drop.table)
      ? t(`databaseWipe.tables.${drop.table}`)
      : t('databaseWipe.tables.other', { table: drop.table })

  return (
    <main className="wipe-screen" role="alert" aria-labelledby="wipe-title" aria-busy={busy}>
      <div className="wipe-language">
        <LanguageSelect id="wipe-language" />
      </div>
      <h1 id="wipe-title">
        {t(check.reason === 'log-truncated' ? 'databaseWipe.titleLogTruncated' : 'databaseWipe.title')}
      </h1>
      <p>{t(`databaseWipe.reason.${check.reason}`, { time, records })}</p>
      <p>
        <strong>{t('databaseWipe.nothingWritten')}</strong>
      </p>
      {check.drops.length > 0 && (
        <table className="wipe-drops">
          <caption>{t('databaseWipe.dropsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('databaseWipe.columns.table')}</th>
              <th scope="col">{t('databaseWipe.columns.before')}</th>
              <th scope="col">{t('databaseWipe.columns.now')}</th>
            </tr>
          </thead>
          <tbody>
            {check.drops.map((drop) => (
              <tr key={drop.table}>
                <th scope="row">{tableName(drop)}</th>
                <td className="numeric">{formatNumber(drop.before, language)}</td>
                <td className="numeric">{formatNumber(drop.after, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{t('databaseWipe.options')}</h2>
      <ul className="wipe-options">
        {(backups.storage === 'profile-folder' || newest !== null) && (
          <li>
            {newest !== null ? (
              <>
                <button
                  type="button"
                  className="button primary"
                  disabled={busy}
                  onClick={() => void restore({ id: newest.id })}
                >
                  {t('databaseWipe.restoreNewest', {
                    time: formatDateTime(newest.createdAt, language),
                    records: formatNumber(newest.recordCount, language),
                  })}
                </button>
                <p className="help">{t('databaseWipe.restoreNewestHelp')}</p>
              </>
            ) : (
              <p className="help">{t('databaseWipe.noBackupWithData')}</p>
            )}
          </li>
        )}
        <li>
          <button
            type="button"
            className={backups.storage === 'download' ? 'button primary' : 'button'}
            disabled={busy}
            onClick={() => void pickFile()}
          >
            {t('databaseWipe.restoreFromFile')}
          </button>
          <p className="help">{t(`databaseWipe.restoreFromFileHelp.${backups.storage}`)}</p>
        </li>
        <li>
          <button
            type="button"
            className="button wipe-accept"
            disabled={busy}
            onClick={() => setConfirming(true)}
          >
            {t('databaseWipe.acceptEmpty')}
          </button>
          <p className="help">{t('databaseWipe.acceptEmptyHelp')}</p>
        </li>
      </ul>
      <p role="status" className={`wipe-message ${message?.tone ?? ''}`}>
        {busy && message === null && task.progress === null
          ? t('databaseWipe.working')
          : (message?.text ?? '')}
      </p>
      {task.progress !== null && (
        <ProgressBar
          progress={task.progress}
          label={t('databaseWipe.progress')}
          onCancel={task.cancel}
          testId="wipe-progress"
        />
      )}
      {confirming && (
        <ConfirmDialog
          title={t('databaseWipe.confirm.title')}
          body={t('databaseWipe.confirm.body', { time, records })}
          confirmLabel={t('databaseWipe.confirm.confirm')}
          cancelLabel={t('databaseWipe.confirm.cancel')}
          onConfirm={() => void accept()}
          onCancel={() => setConfirming(false)}
        />
      )}
    </main>
  )
}
