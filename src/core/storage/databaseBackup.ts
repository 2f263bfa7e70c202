import { randomUuid } from '@core/randomUuid'
import type { Dexie } from 'dexie'
import { cancelled, isCancelled, reportStep, type Cancelled, type ProgressOptions } from '@core/progress'
import { err, ok, type Result } from '@core/result'
import {
  encodeBackup,
  type BackupFormatError,
  type BackupTables,
  type DecodedBackup,
  type EncodedBackup,
} from '@core/formats/backup/backupFormat'
import { defineWorkbenchDatabase } from './database'
import { schemaHistory as currentHistory, type SchemaStep } from './schemaHistory'
import { classifyStorageError, type StorageFailure } from './storageError'

export type BackupExportError =
  BackupFormatError | Cancelled | { readonly code: 'storage-failed'; readonly failure: StorageFailure }

export type RestoreError =
  | BackupFormatError
  | { readonly code: 'backup-from-newer-app'; readonly found: number; readonly current: number }
  | { readonly code: 'backup-of-other-database'; readonly found: string }
  | { readonly code: 'unknown-table'; readonly table: string }
  | { readonly code: 'storage-failed'; readonly failure: StorageFailure }
  | Cancelled

/** Thrown inside a transaction to abort it (Dexie rolls back), caught right outside it. */
class CancelledInTransaction extends Error {}

/**
 * Exports every table of the database in one read transaction (a consistent snapshot) into the
 * backup format. The database is small (reliability §3.7), so rows are read whole. Progress is
 * told per table read (`total` = tables + 1, the last step being the encoding); an aborted signal
 * stops it between steps with the error `cancelled` (nothing is returned, so nothing is written).
 *
 * @example
 *   const exported = await exportDatabase(database, { appVersion: '0.1.0' })
 *   if (exported.ok) await platform.writeBackup(exported.value.bytes)
 */
export async function exportDatabase(
  database: Dexie,
  options: { readonly appVersion: string; readonly now?: () => Date } & ProgressOptions,
): Promise<Result<EncodedBackup, BackupExportError>> {
  let tables: Record<string, unknown[]>
  const total = database.tables.length + 1
  if (isCancelled(options)) return err(cancelled)
  try {
    tables = await database.transaction('r', database.tables, async () => {
      const rows: Record<string, unknown[]> = {}
      for (const [index, table] of database.tables.entries()) {
        if (isCancelled(options)) throw new CancelledInTransaction()
        rows[table.name] = await table.toArray()
        // Not awaited: waiting on anything but IndexedDB inside the transaction would end it.
        void reportStep(options, index + 1, total)
      }
      return rows
    })
  } catch (error) {
    if (error instanceof CancelledInTransaction) return err(cancelled)
    return err({ code: 'storage-failed', failure: classifyStorageError(error) })
  }
  if (isCancelled(options)) return err(cancelled)
  const encoded = await encodeBackup(tables, {
    createdAt: (options.now?.() ?? new Date()).toISOString(),
    appVersion: options.appVersion,
    database: database.name,
    schemaVersion: database.verno,
  })
  if (isCancelled(options)) return err(cancelled)
  await reportStep(options, total, total)
  return encoded
}

/**
 * Replaces every table's rows with the backup's, in one read-write transaction: either the whole
 * backup is in place afterwards or nothing changed. A backup from an older schema is first loaded
 * into a scratch database at its own version and upgraded through the schema history, exactly as
 * an installed database would be; one from a newer app is refused. Progress is told per table
 * replaced; an aborted signal rolls the transaction back and gives the error `cancelled`, with
 * the database unchanged.
 *
 * @example
 *   const decoded = await decodeBackup(bytes) // backupFormat.ts
 *   if (decoded.ok) await restoreDatabase(database, decoded.value)
 */
export async function restoreDatabase(
  database: Dexie,
  backup: DecodedBackup,
  options: { readonly history?: readonly SchemaStep[] } & ProgressOptions = {},
): Promise<Result<{ readonly recordCount: number }, RestoreError>> {
  const { header } = backup
  if (isCancelled(options)) return err(cancelled)
  if (header.database !== database.name)
    return err({ code: 'backup-of-other-database', found: header.database })
  if (header.schemaVersion > database.verno)
    return err({ code: 'backup-from-newer-app', found: header.schemaVersion, current: database.verno })
  const upgraded =
    header.schemaVersion < database.verno
      ? await upgradeInScratch(backup, options.history ?? currentHistory)
      : ok(backup.tables)
  if (!upgraded.ok) return upgraded
  const tables = upgraded.value
  const unknown = Object.keys(tables).find((name) => !database.tables.some((table) => table.name === name))
  if (unknown !== undefined) return err({ code: 'unknown-table', table: unknown })
  if (isCancelled(options)) return err(cancelled)
  const total = database.tables.length
  try {
    await database.transaction('rw', database.tables, async () => {
      for (const [index, table] of database.tables.entries()) {
        await table.clear()
        const rows = tables[table.name] ?? []
        if (rows.length > 0) await table.bulkAdd(rows as never[])
        // Checked after the table's writes, so a cancel midway has something to roll back.
        if (isCancelled(options)) throw new CancelledInTransaction()
        // Not awaited: waiting on anything but IndexedDB inside the transaction would end it.
        void reportStep(options, index + 1, total)
      }
    })
  } catch (error) {
    if (error instanceof CancelledInTransaction) return err(cancelled)
    return err({ code: 'storage-failed', failure: classifyStorageError(error) })
  }
  return ok({ recordCount: Object.values(tables).reduce((total, rows) => total + rows.length, 0) })
}

async function upgradeInScratch(
  backup: DecodedBackup,
  history: readonly SchemaStep[],
): Promise<Result<BackupTables, RestoreError>> {
  const scratchName = `${backup.header.database}-restore-${randomUuid()}`
  const atBackupVersion = history.filter((step) => step.version <= backup.header.schemaVersion)
  const scratch = defineWorkbenchDatabase(scratchName, atBackupVersion)
  try {
    await scratch.transaction('rw', scratch.tables, async () => {
      for (const table of scratch.tables) {
        const rows = backup.tables[table.name] ?? []
        if (rows.length > 0) await table.bulkAdd(rows as never[])
      }
    })
    scratch.close()
    const upgraded = defineWorkbenchDatabase(scratchName, history)
    try {
      return ok(
        await upgraded.transaction('r', upgraded.tables, async () => {
          const rows: Record<string, unknown[]> = {}
          for (const table of upgraded.tables) rows[table.name] = await table.toArray()
          return rows
        }),
      )
    } finally {
      upgraded.close()
    }
  } catch (error) {
    return err({ code: 'storage-failed', failure: classifyStorageError(error) })
  } finally {
    scratch.close()
    await defineWorkbenchDatabase(scratchName, [])
      .delete()
      .catch(() => undefined)
  }
}
