import type { Cancelled } from '@core/progress'
import type { BackupFormatError } from '@core/formats/backup/backupFormat'
import type { BackupValidationError } from './backupValidation'
import type { StorageFailure } from './storageError'

/** Why a restore wrote nothing (the database is as it was): the file, its rows, the storage, or a cancel. */
export type RestoreError =
  | BackupFormatError
  | { readonly code: 'backup-from-newer-app'; readonly found: number; readonly current: number }
  | { readonly code: 'backup-of-other-database'; readonly found: string }
  | { readonly code: 'unknown-table'; readonly table: string }
  | { readonly code: 'storage-failed'; readonly failure: StorageFailure }
  /** The rows a restore wrote ahead vanished before its final transaction (another window swept them). */
  | { readonly code: 'restore-interrupted' }
  | BackupValidationError
  | Cancelled
