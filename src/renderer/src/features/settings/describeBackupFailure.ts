import type { TFunction } from 'i18next'
import type { BackupFailure } from '../../platform/backups'

const KNOWN = [
  'not-a-backup',
  'backup-damaged',
  'backup-not-found',
  'picked-file-not-found',
  'backup-verify-failed',
  'unsupported-backup-version',
  'backup-from-newer-app',
  'backup-of-other-database',
  'safety-backup-failed',
  'storage-failed',
  'restore-interrupted',
  'snapshots-unavailable',
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
  if (failure.code === 'backup-rows-invalid')
    return t('settings.backups.errors.backup-rows-invalid', {
      n: failure.invalidRows,
      problems: failure.problems
        .slice(0, 3)
        .map((problem) =>
          t('settings.backups.errors.rowProblem', {
            table: problem.table,
            row: problem.row,
            field: problem.field,
          }),
        )
        .join('; '),
    })
  if (failure.code === 'picked-file-changed')
    return t('settings.backups.errors.picked-file-changed', { fileName: failure.fileName })
  if (failure.code === 'backup-audit-chain-broken')
    return t('settings.backups.errors.backup-audit-chain-broken', {
      seq: String(failure.broken.seq ?? failure.broken.index + 1),
      total: failure.total,
    })
  if ((KNOWN as readonly string[]).includes(failure.code))
    return t(`settings.backups.errors.${failure.code as (typeof KNOWN)[number]}`)
  return t('settings.backups.errors.generic', { code: failure.code })
}
