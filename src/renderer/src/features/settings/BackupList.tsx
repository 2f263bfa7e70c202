import { useTranslation } from 'react-i18next'
import type { BackupEntry } from '../../../../shared/ipc/contract'
import { formatBytes, formatDateTime, formatNumber } from '../../i18n/format'
import type { Language } from '../../i18n/languages'
import { getPlatform } from '../../platform/getPlatform'

type BackupListProps = {
  readonly entries: readonly BackupEntry[]
  readonly language: Language
  readonly busy: boolean
  readonly onRestore: (entry: BackupEntry) => void
  /** Browser edition: download a snapshot's file. */
  readonly onDownload?: (entry: BackupEntry) => void
  /** What to say when there is none (the i18n key). */
  readonly emptyKey?: 'settings.backups.empty' | 'settings.backups.emptySnapshots'
}

/** Formats a backup's time as every screen does ("01/03/2025 15:05"). */
export function formatBackupTime(iso: string, language: Language): string {
  return formatDateTime(iso, language)
}

/** The backups in the profile's folder (desktop) or the snapshots (browser), newest first, with restore and "show in folder" or "download". */
export function BackupList({
  entries,
  language,
  busy,
  onRestore,
  onDownload,
  emptyKey = 'settings.backups.empty',
}: BackupListProps) {
  const { t } = useTranslation()
  const showInFolder = getPlatform().showInFolder
  if (entries.length === 0) return <p className="help">{t(emptyKey)}</p>
  return (
    <table className="backup-table">
      <caption className="visually-hidden">{t('settings.backups.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('settings.backups.columns.createdAt')}</th>
          <th scope="col">{t('settings.backups.columns.reason')}</th>
          <th scope="col" className="numeric">
            {t('settings.backups.columns.size')}
          </th>
          <th scope="col" className="numeric">
            {t('settings.backups.columns.records')}
          </th>
          <th scope="col">{t('settings.backups.columns.verified')}</th>
          <th scope="col">{t('settings.backups.columns.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => {
          const date = formatBackupTime(entry.createdAt, language)
          return (
            <tr key={entry.id}>
              <td>{date}</td>
              <td>{t(`settings.backups.reasons.${entry.reason}`)}</td>
              <td className="numeric">{formatBytes(entry.bytes, language)}</td>
              <td className="numeric">{formatNumber(entry.recordCount, language)}</td>
              <td className={entry.verified ? 'verified' : 'damaged'}>
                {entry.verified
                  ? `✓ ${t('settings.backups.verified')}`
                  : `✗ ${t('settings.backups.damaged')}`}
              </td>
              <td className="backup-actions">
                <button
                  type="button"
                  className="button"
                  disabled={busy || !entry.verified}
                  aria-label={t('settings.backups.restoreLabel', { date })}
                  onClick={() => onRestore(entry)}
                >
                  {t('settings.backups.restore')}
                </button>
                {onDownload !== undefined && (
                  <button
                    type="button"
                    className="button"
                    disabled={!entry.verified}
                    aria-label={t('settings.backups.downloadLabel', { date })}
                    onClick={() => onDownload(entry)}
                  >
                    {t('settings.backups.download')}
                  </button>
                )}
                {showInFolder !== null && entry.revealToken !== null && (
                  <button
                    type="button"
                    className="button"
                    onClick={() => void showInFolder(entry.revealToken as string)}
                  >
                    {t('settings.backups.showInFolder')}
                  </button>
                )}
              </td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
