import { useCallback, useEffect, useState } from 'react'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import type { BackupEntry, BackupReason, WriteBackupOutcome } from '../../../../shared/ipc/contract'
import { inPhase } from '@core/progress'
import { logDatabaseRestored } from '@core/storage/auditLogRepository'
import { useDatabase } from '../../app/DatabaseProvider'
import { formatBytes, formatNumber } from '../../i18n/format'
import { useOperator } from '../operator/OperatorProvider'
import { isLanguage, type Language } from '../../i18n/languages'
import type { RestoreSource } from '../../platform/backups'
import type { ChainOverride } from '@core/storage/backupValidation'
import { getPlatform } from '../../platform/getPlatform'
import { download } from '../../platform/download'
import { backupFileName } from '../../platform/backups'
import { createReminderStore } from '../../platform/backupReminder'
import { useProgressTask } from '../../ui/progress/useProgressTask'
import { describeBackupFailure } from './describeBackupFailure'

/** A message of the backups section, worded when shown: a language switch rewords it. */
export type BackupMessage = {
  readonly tone: 'info' | 'error'
  readonly text: (t: TFunction, language: Language) => string
}

/** What a written, unchanged or downloaded backup says. */
function describeOutcome(t: TFunction, language: Language, outcome: WriteBackupOutcome): string {
  if (outcome.status === 'downloaded')
    return t('settings.backups.outcome.downloaded', { fileName: outcome.fileName })
  if (outcome.status === 'unchanged') return t('settings.backups.outcome.unchanged')
  return t('settings.backups.outcome.written', {
    size: formatBytes(outcome.entry.bytes, language),
    records: formatNumber(outcome.entry.recordCount, language),
  })
}

/** The backups list and the backup/restore actions of the Settings page. */
export function useBackups() {
  const { t, i18n } = useTranslation()
  const language = isLanguage(i18n.language) ? i18n.language : 'vi'
  const backups = getPlatform().backups
  const snapshots = getPlatform().snapshots
  /** Browser edition: whether this page can keep snapshots (null while finding out, or on the desktop). */
  const [snapshotsAvailable, setSnapshotsAvailable] = useState<boolean | null>(null)
  const database = useDatabase()
  const requireOperator = useOperator().require
  const [entries, setEntries] = useState<readonly BackupEntry[]>([])
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<BackupMessage | null>(null)
  const { run: runTask, progress, cancel } = useProgressTask()
  const [operation, setOperation] = useState<'backup' | 'restore'>('backup')
  /** A restore refused for a broken audit chain, waiting for the user's reason to go on. */
  const [chainBroken, setChainBroken] = useState<RestoreSource | null>(null)

  const refresh = useCallback(async () => {
    const listed = await backups.list()
    if (listed.ok) setEntries(listed.value)
    else setMessage({ tone: 'error', text: (t) => describeBackupFailure(t, listed.error) })
  }, [backups])

  useEffect(() => {
    let cancelled = false
    void backups.list().then((listed) => {
      if (cancelled) return
      if (listed.ok) setEntries(listed.value)
      else setMessage({ tone: 'error', text: (t) => describeBackupFailure(t, listed.error) })
    })
    return () => {
      cancelled = true
    }
  }, [backups, t])

  useEffect(() => {
    let cancelled = false
    if (snapshots !== null)
      void snapshots.available().then((available) => {
        if (!cancelled) setSnapshotsAvailable(available)
      })
    return () => {
      cancelled = true
    }
  }, [snapshots])

  const backupNow = useCallback(
    async (reason: BackupReason = 'manual') => {
      setBusy(true)
      setMessage(null)
      setOperation('backup')
      const written = await runTask((options) => backups.backupNow(reason, inPhase(options, 'backup', 0, 1)))
      setMessage(
        written.ok
          ? { tone: 'info', text: (t, language) => describeOutcome(t, language, written.value) }
          : written.error.code === 'cancelled'
            ? { tone: 'info', text: (t) => t('settings.backups.outcome.backupCancelled') }
            : { tone: 'error', text: (t) => describeBackupFailure(t, written.error) },
      )
      setBusy(false)
      await refresh()
    },
    [backups, refresh, runTask],
  )

  /** Browser edition: a snapshot into the origin-private file system, now (not skipped when unchanged). */
  const snapshotNow = useCallback(async () => {
    if (snapshots === null) return
    setBusy(true)
    setMessage(null)
    setOperation('backup')
    const written = await runTask((options) => snapshots.take('manual', inPhase(options, 'backup', 0, 1)))
    setMessage(
      written.ok
        ? { tone: 'info', text: (t, language) => describeOutcome(t, language, written.value) }
        : written.error.code === 'cancelled'
          ? { tone: 'info', text: (t) => t('settings.backups.outcome.backupCancelled') }
          : { tone: 'error', text: (t) => describeBackupFailure(t, written.error) },
    )
    setBusy(false)
    await refresh()
  }, [snapshots, refresh, runTask])

  /** Browser edition: offers a snapshot's file as a download (streamed from disk, not copied). */
  const downloadSnapshot = useCallback(
    async (entry: BackupEntry) => {
      if (snapshots === null) return
      const file = await snapshots.file(entry.id)
      if (!file.ok) {
        setMessage({ tone: 'error', text: (t) => describeBackupFailure(t, file.error) })
        return
      }
      const fileName = backupFileName(new Date(entry.createdAt), entry.reason)
      download(file.value, fileName)
      createReminderStore().recordDownload(new Date())
      setMessage({ tone: 'info', text: (t) => t('settings.backups.outcome.downloaded', { fileName }) })
    },
    [snapshots],
  )

  const restore = useCallback(
    async (source: RestoreSource, chainOverride: ChainOverride | null = null) => {
      // A restore is logged with who did it: ask for the operator first when there is none.
      if ((await requireOperator()) === null) {
        setMessage({ tone: 'error', text: (t) => t('operator.required') })
        return
      }
      setBusy(true)
      setMessage(null)
      setChainBroken(null)
      setOperation('restore')
      const restored = await runTask((options) => backups.restore(source, { ...options, chainOverride }))
      if (restored.ok) {
        // Onto the restored log's chain: who restored, and how much.
        await logDatabaseRestored(database, { recordCount: restored.value.recordCount })
        setMessage({
          tone: 'info',
          text: (t, language) =>
            t('settings.backups.outcome.restored', {
              records: formatNumber(restored.value.recordCount, language),
            }),
        })
        // Every screen re-reads the restored data from scratch.
        setTimeout(() => window.location.reload(), 1200)
        return
      }
      setMessage(
        restored.error.code === 'cancelled'
          ? { tone: 'info', text: (t) => t('settings.backups.outcome.restoreCancelled') }
          : { tone: 'error', text: (t) => describeBackupFailure(t, restored.error) },
      )
      if (restored.error.code === 'backup-audit-chain-broken') setChainBroken(source)
      setBusy(false)
      await refresh()
    },
    [backups, database, refresh, requireOperator, runTask],
  )

  return {
    storage: backups.storage,
    snapshotsAvailable,
    snapshotNow,
    downloadSnapshot,
    entries,
    busy,
    message: message === null ? null : { tone: message.tone, text: message.text(t, language) },
    setMessage,
    backupNow,
    restore,
    chainBroken,
    dismissChainBroken: () => setChainBroken(null),
    language,
    progress,
    operation,
    cancel,
  }
}
