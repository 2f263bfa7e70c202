import { Dexie } from 'dexie'
import { err, ok, type Result } from '@core/result'
import { appendAuditEntry } from './auditLogAppend'
import {
  openWorkbenchDatabase,
  WORKBENCH_DATABASE_NAME,
  type DatabaseOpenError,
  type WorkbenchDatabase,
} from './database'
import { schemaHistory, type SchemaStep } from './schemaHistory'

/** Where the copy of the old schema went: a file name, or `null` with why none was made. */
export type UpgradeBackupWritten =
  { readonly name: string } | { readonly name: null; readonly skipped: 'no-snapshot-storage' }

/**
 * Writes a backup of `old`, the database still at its stored schema `from`, opened read-only
 * without any schema declared (so Dexie upgrades nothing). An error blocks the upgrade.
 */
export type UpgradeBackupWriter = (
  old: Dexie,
  versions: { readonly from: number; readonly to: number },
) => Promise<Result<UpgradeBackupWritten, unknown>>

/**
 * Opens the workbench database like `openWorkbenchDatabase`, but when its stored schema is older
 * than the app's, first hands the database, still at its old schema, to `backupBeforeUpgrade`;
 * only when that succeeded does it upgrade, then it logs `database.upgraded` (from, to, the
 * backup's name or why none was made). A failed backup returns `database-upgrade-backup-failed`
 * and leaves the database as it was (decision 0023).
 *
 * @example
 *   const opened = await openWithUpgradeBackup({ backupBeforeUpgrade: (old, v) => writeCopy(old, v) })
 */
export async function openWithUpgradeBackup(options: {
  readonly backupBeforeUpgrade: UpgradeBackupWriter
  readonly name?: string
  readonly history?: readonly SchemaStep[]
  readonly appVersion?: string | null
  readonly now?: () => Date
}): Promise<Result<WorkbenchDatabase, DatabaseOpenError>> {
  const name = options.name ?? WORKBENCH_DATABASE_NAME
  const history = options.history ?? schemaHistory
  const to = history.at(-1)?.version ?? 0
  const old = await openStoredSchema(name)
  let written: UpgradeBackupWritten | null = null
  let from: number | null = null
  if (old !== null) {
    try {
      from = old.verno
      if (from < to) {
        let backup: Result<UpgradeBackupWritten, unknown>
        try {
          backup = await options.backupBeforeUpgrade(old, { from, to })
        } catch (error) {
          backup = err(error)
        }
        if (!backup.ok)
          return err({
            code: 'database-upgrade-backup-failed',
            message: describe(backup.error),
            from,
            to,
          })
        written = backup.value
      }
    } finally {
      old.close()
    }
  }
  const opened = await openWorkbenchDatabase(name, history, options.appVersion ?? null)
  if (!opened.ok || written === null || from === null) return opened
  const database = opened.value
  const detail =
    written.name === null
      ? { from, to, backup: null, skipped: written.skipped }
      : { from, to, backup: written.name }
  try {
    await database.transaction('rw', [database.auditLog], () =>
      appendAuditEntry(database, {
        at: (options.now?.() ?? new Date()).toISOString(),
        entityId: 'database',
        action: 'database.upgraded',
        detail,
      }),
    )
  } catch {
    // The upgrade and its backup are done; a log entry that could not be written does not undo them.
  }
  return ok(database)
}

/**
 * The database `name` opened at the schema it has, with nothing declared (Dexie's dynamic mode:
 * no version change, no upgrade), or `null` when no such database exists yet.
 */
async function openStoredSchema(name: string): Promise<Dexie | null> {
  const database = new Dexie(name, { cache: 'disabled' })
  try {
    await database.open()
    return database
  } catch {
    database.close()
    return null
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message
  if (typeof error === 'object' && error !== null && 'code' in error) return String(error.code)
  return String(error)
}
