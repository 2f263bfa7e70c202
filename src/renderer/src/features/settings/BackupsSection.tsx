import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { BackupEntry, PickedFile } from '../../../../shared/ipc/contract'
import { restoreSourceOf } from '../../platform/backups'
import { getPlatform } from '../../platform/getPlatform'
import { DropZone } from '../../ui/DropZone'
import { BackupList, formatBackupTime } from './BackupList'
import { ConfirmDialog } from './ConfirmDialog'
import { useBackups } from './useBackups'
import { ProgressBar } from '../../ui/progress/ProgressBar'
import './settings.css'

type PendingRestore =
  { readonly kind: 'entry'; readonly entry: BackupEntry } | ({ readonly kind: 'file' } & PickedFile)

/** Backups: make one now, list those in the profile (desktop), restore one after a confirmation. */
export function BackupsSection() {
  const { t } = useTranslation()
  const {
    storage,
    snapshotsAvailable,
    snapshotNow,
    downloadSnapshot,
    entries,
    busy,
    message,
    setMessage,
    backupNow,
    restore,
    chainBroken,
    dismissChainBroken,
    language,
    progress,
    operation,
    cancel,
  } = useBackups()
  const [pending, setPending] = useState<PendingRestore | null>(null)
  const [overrideReason, setOverrideReason] = useState('')

  const pickFile = async () => {
    const picked = await getPlatform().openFiles({ purpose: 'backup', multiple: false })
    if (picked.ok && picked.value !== null && picked.value[0] !== undefined)
      setPending({ kind: 'file', ...picked.value[0] })
    else if (!picked.ok)
      setMessage({
        tone: 'error',
        text: (t) => t('settings.backups.errors.generic', { code: picked.error.code }),
      })
  }

  const onDrop = (transfer: DataTransfer) => {
    void getPlatform()
      .readDropped(transfer, 'backup')
      .then((read) => {
        const file = read.ok && read.value.files.length === 1 ? read.value.files[0] : undefined
        if (file === undefined)
          setMessage({ tone: 'error', text: (t) => t('settings.backups.errors.wrong-drop') })
        else setPending({ kind: 'file', ...file })
      })
  }

  const confirmRestore = () => {
    const chosen = pending
    setPending(null)
    if (chosen !== null)
      void restore(chosen.kind === 'entry' ? { id: chosen.entry.id } : restoreSourceOf(chosen))
  }

  const where = t(
    storage === 'download'
      ? 'settings.backups.confirm.whereDownload'
      : 'settings.backups.confirm.whereFolder',
  )
  return (
    <section className="panel backups" aria-labelledby="settings-backups" aria-busy={busy}>
      <h2 id="settings-backups">{t('settings.backups.heading')}</h2>
      <p className="help">
        {t(
          storage === 'profile-folder'
            ? 'settings.backups.intro.profile-folder'
            : snapshotsAvailable === false
              ? 'settings.backups.intro.download'
              : 'settings.backups.intro.snapshots',
        )}
      </p>
      <DropZone
        purpose="backup"
        className="backup-toolbar"
        testId="backup-drop-zone"
        disabled={busy}
        hint={t('settings.backups.dropHint')}
        onDropTransfer={onDrop}
      >
        <button
          type="button"
          className="button primary"
          disabled={busy}
          onClick={() => void backupNow('manual')}
        >
          {t(storage === 'download' ? 'settings.backups.downloadNow' : 'settings.backups.backupNow')}
        </button>
        {storage === 'download' && snapshotsAvailable === true && (
          <button type="button" className="button" disabled={busy} onClick={() => void snapshotNow()}>
            {t('settings.backups.snapshotNow')}
          </button>
        )}
        <button type="button" className="button" disabled={busy} onClick={() => void pickFile()}>
          {t('settings.backups.restoreFromFile')}
        </button>
      </DropZone>
      <p role="status" className={`backup-message ${message?.tone ?? ''}`}>
        {busy && message === null && progress === null
          ? t('settings.backups.working')
          : (message?.text ?? '')}
      </p>
      {chainBroken !== null && (
        <form
          className="chain-override"
          data-testid="chain-override"
          onSubmit={(event) => {
            event.preventDefault()
            const reason = overrideReason.trim()
            if (reason === '') return
            setOverrideReason('')
            void restore(chainBroken, { reason })
          }}
        >
          <label htmlFor="chain-override-reason">{t('settings.backups.chainOverride.label')}</label>
          <textarea
            id="chain-override-reason"
            value={overrideReason}
            required
            maxLength={500}
            onChange={(event) => setOverrideReason(event.target.value)}
          />
          <div className="dialog-actions">
            <button type="submit" className="button danger" disabled={busy || overrideReason.trim() === ''}>
              {t('settings.backups.chainOverride.confirm')}
            </button>
            <button type="button" className="button" onClick={dismissChainBroken}>
              {t('settings.backups.chainOverride.cancel')}
            </button>
          </div>
        </form>
      )}
      {progress !== null && (
        <ProgressBar
          progress={progress}
          label={t(
            operation === 'restore' ? 'settings.backups.progressRestore' : 'settings.backups.progressBackup',
          )}
          onCancel={cancel}
          testId="backup-progress"
        />
      )}
      {storage === 'profile-folder' || snapshotsAvailable === true ? (
        <BackupList
          entries={entries}
          language={language}
          busy={busy}
          onRestore={(entry) => setPending({ kind: 'entry', entry })}
          {...(storage === 'download'
            ? {
                onDownload: (entry: BackupEntry) => void downloadSnapshot(entry),
                emptyKey: 'settings.backups.emptySnapshots' as const,
              }
            : {})}
        />
      ) : snapshotsAvailable === false ? (
        <p className="help" data-testid="snapshots-unavailable">
          {t('settings.backups.snapshotsUnavailable')}
        </p>
      ) : null}
      {pending !== null && (
        <ConfirmDialog
          title={t('settings.backups.confirm.title')}
          body={
            pending.kind === 'entry'
              ? t('settings.backups.confirm.body', {
                  date: formatBackupTime(pending.entry.createdAt, language),
                })
              : t('settings.backups.confirm.bodyFile', { fileName: pending.fileName, where })
          }
          confirmLabel={t('settings.backups.confirm.confirm')}
          cancelLabel={t('settings.backups.confirm.cancel')}
          onConfirm={confirmRestore}
          onCancel={() => setPending(null)}
        />
      )}
    </section>
  )
}
