import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useDatabase } from '../../app/DatabaseProvider'
import { createReminderStore, isBackupReminderDue } from '../../platform/backupReminder'
import { getPlatform } from '../../platform/getPlatform'
import type { BackupFailure } from '../../platform/backups'
import { describeBackupFailure } from './describeBackupFailure'
import './settings.css'

/**
 * Browser edition: asks for a backup file when none was downloaded for 7 days and the database
 * has data (decision 0022). Dismissed, it stays away for 7 days. `now` is the clock (tests).
 */
export function BackupReminder({ now = () => new Date() }: { readonly now?: () => Date }) {
  const { t } = useTranslation()
  const database = useDatabase()
  const [due, setDue] = useState(false)
  const [busy, setBusy] = useState(false)
  // The failure itself, worded when shown (a language switch rewords it).
  const [failure, setFailure] = useState<BackupFailure | null>(null)
  const runtime = getPlatform().runtime

  useEffect(() => {
    if (runtime !== 'browser') return
    let cancelled = false
    const store = createReminderStore()
    void Promise.all(database.tables.map((table) => table.count()))
      .then((counts) => counts.some((count) => count > 0))
      .catch(() => false)
      .then((hasData) => {
        const at = now()
        if (!cancelled) setDue(isBackupReminderDue({ ...store.read(at), hasData }, at))
      })
    return () => {
      cancelled = true
    }
    // The clock is read once per mount.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [database, runtime])

  if (!due) return null
  const downloadNow = async () => {
    setBusy(true)
    setFailure(null)
    const written = await getPlatform().backups.backupNow('manual')
    setBusy(false)
    if (written.ok) setDue(false)
    else setFailure(written.error)
  }
  return (
    <div className="shell-notice backup-reminder" role="alert" data-testid="backup-reminder">
      <div>
        <p>
          <strong>{t('settings.reminder.title')}</strong>
        </p>
        <p>{t('settings.reminder.body')}</p>
        {failure !== null && (
          <p>{t('settings.reminder.failed', { reason: describeBackupFailure(t, failure) })}</p>
        )}
      </div>
      <div className="dialog-actions">
        <button type="button" className="button primary" disabled={busy} onClick={() => void downloadNow()}>
          {t('settings.reminder.download')}
        </button>
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => {
            createReminderStore().dismiss(now())
            setDue(false)
          }}
        >
          {t('settings.reminder.dismiss')}
        </button>
      </div>
    </div>
  )
}
