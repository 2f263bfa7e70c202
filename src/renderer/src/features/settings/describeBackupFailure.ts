import type { TFunction } from 'i18next'
import type { BackupFailure } from '../../platform/backups'

const KNOWN = [
  'not-a-backup',
  'backup-damaged',
  'backup-not-found',
  'backup-verify-failed',
  'unsupported-backup-version',
  'backup-from-newer-app',
  'backup-of-other-database',
  'safety-backup-failed',
  'storage-failed',
] as const

/**
 * The sentence that explains a failed backup or restore; codes without their own sentence get the
 * generic one, which still names the code for support.
 *
 * @example
 *   describeBackupFailure(t, { code: 'backup-damaged', detail: 'content hash' }) // => 'The backup is damaged …'
 */
export function describeBackupFailure(t: TFunction, failure: BackupFailure): string {
  if (failure.code === 'io-failed')
    return t('settings.backups.errors.io-failed', { message: failure.message })
  if ((KNOWN as readonly string[]).includes(failure.code))
    return t(`settings.backups.errors.${failure.code as (typeof KNOWN)[number]}`)
  return t('settings.backups.errors.generic', { code: failure.code })
}
