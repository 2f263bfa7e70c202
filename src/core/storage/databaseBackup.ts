import { randomUuid } from '@core/randomUuid'
import type { Dexie, Transaction } from 'dexie'
import { cancelled, isCancelled, reportStep, type Cancelled, type ProgressOptions } from '@core/progress'
import { err, ok, type Result } from '@core/result'
import {
  decodeBackup,
  type BackupFormatError,
  type BackupHeader,
  type BackupTables,
  type DecodedBackup,
  type EncodedBackup,
} from '@core/formats/backup/backupFormat'
import {
  createBackupStreamWriter,
  isBackupStream,
  readBackupStream,
  type BackupSink,
} from '@core/formats/backup/backupStream'
import { createBackupValidation, type ChainOverride } from './backupValidation'
import { sealAuditEntry, type ChainedAuditEntry } from '@core/audit/auditChain'
import { auditOperatorOf } from './auditLogAppend'
import type { StoredAuditEntry } from './storedTypes'
import { defineWorkbenchDatabase, type WorkbenchDatabase } from './database'
import { schemaHistory as currentHistory, type SchemaStep } from './schemaHistory'
import { classifyStorageError, type StorageFailure } from './storageError'
import type { RestoreError } from './restoreError'
import { createRestoreWriter, pendingRowsOf, RESTORE_PENDING_KEY, RestoreStopped } from './restoreWriter'

export type BackupExportError =
  BackupFormatError | Cancelled | { readonly code: 'storage-failed'; readonly failure: StorageFailure }

export type { RestoreError } from './restoreError'

/** Thrown inside a transaction to abort it (Dexie rolls back), caught right outside it. */
class CancelledInTransaction extends Error {}

/** Rows read per step of an export: evidence rows one by one (a file may be 200 MB), others in pages. */
const pageSize = (table: string) => (table === 'evidence' ? 1 : 200)

/**
 * Streams every table of the database, in one read transaction (a consistent snapshot), into
 * backup format 2 (`core/formats/backup/backupStream.ts`) through `sink`, page by page and file
 * by file: memory holds one page, never the whole database (decision 0021). Progress is told per
 * table (`total` = tables + 1, the last step being the end entry); an aborted signal stops it
 * between pages with the error `cancelled` (the sink then holds an unfinished file, which the
 * caller discards).
 *
 * @example
 *   const written = await exportDatabaseTo(database, (chunk) => file.append(chunk), { appVersion: '0.1.0' })
 */
export async function exportDatabaseTo(
  database: Dexie,
  sink: BackupSink,
  options: { readonly appVersion: string; readonly now?: () => Date } & ProgressOptions,
): Promise<Result<BackupHeader, BackupExportError>> {
  const total = database.tables.length + 1
  if (isCancelled(options)) return err(cancelled)
  const writer = await createBackupStreamWriter(
    {
      createdAt: (options.now?.() ?? new Date()).toISOString(),
      appVersion: options.appVersion,
      database: database.name,
      schemaVersion: database.verno,
    },
    sink,
  )
  let failure: BackupFormatError | null = null
  try {
    await database.transaction('r', database.tables, async (transaction) => {
      const held = holdOpen(transaction)
      try {
        await writeTables()
      } finally {
        held.release()
      }
      async function writeTables() {
        // What an unfinished restore wrote ahead is not data (decision 0030): never backed up.
        const pending = database.tables.some((table) => table.name === 'settings')
          ? pendingRowsOf(
              ((await database.table('settings').get(RESTORE_PENDING_KEY)) as { value?: unknown })?.value,
            )
          : {}
        for (const [index, table] of [...database.tables]
          .sort((a, b) => compareNames(a.name, b.name))
          .entries()) {
          if (isCancelled(options)) throw new CancelledInTransaction()
          const skipped = new Set([
            ...(pending[table.name] ?? []).map((key) => JSON.stringify(key)),
            ...(table.name === 'settings' ? [JSON.stringify(RESTORE_PENDING_KEY)] : []),
          ])
          const keys = (await table.toCollection().primaryKeys()).filter(
            (key) => skipped.size === 0 || !skipped.has(JSON.stringify(key)),
          )
          const size = pageSize(table.name)
          // An empty table still gets its count (0) in the end entry.
          await writer.addRows(table.name, [])
          for (let at = 0; at < keys.length; at += size) {
            if (isCancelled(options)) throw new CancelledInTransaction()
            const rows = (await table.bulkGet(keys.slice(at, at + size))).filter((row) => row !== undefined)
            // The writer hashes and hands bytes to the sink (not IndexedDB): waitFor keeps the
            // transaction alive meanwhile.
            const added = await writer.addRows(table.name, rows)
            if (!added.ok) {
              failure = added.error
              throw new CancelledInTransaction()
            }
          }
          // Not awaited: waiting on anything but IndexedDB inside the transaction would end it.
          void reportStep(options, index + 1, total)
        }
      }
    })
  } catch (error) {
    if (failure !== null) return err(failure)
    if (error instanceof CancelledInTransaction) return err(cancelled)
    return err({ code: 'storage-failed', failure: classifyStorageError(error) })
  }
  if (isCancelled(options)) return err(cancelled)
  const header = await writer.finish()
  await reportStep(options, total, total)
  return ok(header)
}

/**
 * Keeps `transaction` open while the code inside it waits on work that is not IndexedDB's
 * (hashing, the sink, reading the source): one IndexedDB read after another, so a request is
 * always pending and IndexedDB never sees the transaction idle. `release` lets it end a few reads
 * later (after the transaction's callback has returned and Dexie has checked it is still active).
 * A throw inside the callback meanwhile still aborts it, so everything written rolls back.
 * (Dexie's `waitFor` keeps it open only until each wait settles, then resumes through its
 * scheduler, sometimes a task too late.) Keeping it open is not enough to write: after an await on
 * anything else, IndexedDB counts the transaction as inactive and refuses requests
 * (`TransactionInactiveError`, seen in Chromium on a restore reading its file in slices; restores
 * no longer write inside a transaction that waits on anything else, decision 0030).
 */
function holdOpen(transaction: Transaction): { release(): void } {
  // The IndexedDB transaction under Dexie's (typed structurally: core/storage has no DOM types in Node builds).
  type Store = { get(key: number): { onsuccess: (() => void) | null } }
  type Idb = { objectStoreNames: ArrayLike<string>; objectStore(name: string): Store }
  const idb = (transaction as Transaction & { idbtrans: Idb }).idbtrans
  const store = idb.objectStore(idb.objectStoreNames[0] as string)
  let remaining = Number.POSITIVE_INFINITY
  const spin = () => {
    remaining -= 1
    if (remaining <= 0) return
    try {
      store.get(-Infinity).onsuccess = spin
    } catch {
      // The transaction ended (aborted): nothing to hold.
    }
  }
  spin()
  return {
    release() {
      remaining = 5
    },
  }
}

const compareNames = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/**
 * `exportDatabaseTo` into memory: the backup's bytes and header (tests, small databases).
 *
 * @example
 *   const exported = await exportDatabase(database, { appVersion: '0.1.0' })
 */
export async function exportDatabase(
  database: Dexie,
  options: { readonly appVersion: string; readonly now?: () => Date } & ProgressOptions,
): Promise<Result<EncodedBackup, BackupExportError>> {
  const parts: Uint8Array[] = []
  const written = await exportDatabaseTo(
    database,
    async (chunk) => {
      parts.push(chunk.slice())
    },
    options,
  )
  if (!written.ok) return written
  return ok({ bytes: concatBytes(parts), header: written.value })
}

function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const bytes = new Uint8Array(parts.reduce((total, part) => total + part.byteLength, 0))
  let offset = 0
  for (const part of parts) {
    bytes.set(part, offset)
    offset += part.byteLength
  }
  return bytes
}

/** Options of a restore: the schema history (tests) and the decision about a broken audit chain. */
export type RestoreOptions = {
  readonly history?: readonly SchemaStep[]
  /** Restore a backup whose audit chain is broken: the reason is logged in the restored log. */
  readonly chainOverride?: ChainOverride | null
  readonly now?: () => Date
  /** Bytes of large rows per transaction written ahead of the final one (tests; decision 0030). */
  readonly aheadBatchBytes?: number
} & ProgressOptions

/**
 * Replaces every table's rows with the backup's: large files written ahead where no row of their
 * key exists, then every table in one final read-write transaction (`restoreWriter.ts`, decision
 * 0030): either the whole backup is in place afterwards or the data in use is unchanged. A backup from an older schema is first loaded
 * into a scratch database at its own version and upgraded through the schema history, exactly as
 * an installed database would be; one from a newer app is refused. Every row is checked against
 * its table's schema and the audit log's hash chain is verified first (decision 0021): rows that
 * do not fit refuse the backup with the first problems; a broken chain refuses it unless
 * `chainOverride` gives a reason, logged in the restored log. Progress is told per table
 * written; an aborted signal removes what went in ahead or rolls the final transaction back and
 * gives the error `cancelled`, with the database unchanged.
 *
 * @example
 *   const decoded = await decodeBackup(bytes) // backupFormat.ts
 *   if (decoded.ok) await restoreDatabase(database, decoded.value)
 */
export async function restoreDatabase(
  database: Dexie,
  backup: DecodedBackup,
  options: RestoreOptions = {},
): Promise<Result<{ readonly recordCount: number }, RestoreError>> {
  const { header } = backup
  if (isCancelled(options)) return err(cancelled)
  const refused = checkHeader(database, header)
  if (refused !== null) return err(refused)
  const upgraded =
    header.schemaVersion < database.verno
      ? await upgradeInScratch(backup, options.history ?? currentHistory)
      : ok(backup.tables)
  if (!upgraded.ok) return upgraded
  const tables = upgraded.value
  const unknown = Object.keys(tables).find((name) => !database.tables.some((table) => table.name === name))
  if (unknown !== undefined) return err({ code: 'unknown-table', table: unknown })
  const validation = createBackupValidation()
  for (const name of Object.keys(tables).sort(compareNames)) validation.add(name, tables[name] ?? [])
  const invalid = validation.finish(options.chainOverride ?? null)
  if (invalid !== null) return err(invalid)
  if (isCancelled(options)) return err(cancelled)
  const writer = createRestoreWriter(database, {
    ...options,
    batchBytes: options.aheadBatchBytes,
    total: Object.values(tables).reduce((total, rows) => total + rows.length, 0),
  })
  try {
    for (const name of Object.keys(tables).sort(compareNames)) await writer.add(name, tables[name] ?? [])
  } catch (error) {
    await writer.abandon().catch(() => undefined)
    if (error instanceof RestoreStopped) return err(error.error)
    throw error
  }
  return writer.commit((newest) => chainOverrideEntry(database, header, validation, options, newest))
}

function checkHeader(database: Dexie, header: BackupHeader): RestoreError | null {
  if (header.database !== database.name) return { code: 'backup-of-other-database', found: header.database }
  if (header.schemaVersion > database.verno)
    return { code: 'backup-from-newer-app', found: header.schemaVersion, current: database.verno }
  return null
}

/**
 * The entry that says, in the restored log, that a broken chain was accepted: by whom (the bound
 * operator) and why. Sealed onto the backup's newest entry. Null when there is nothing to log.
 */
function chainOverrideEntry(
  database: Dexie,
  header: BackupHeader,
  validation: ReturnType<typeof createBackupValidation>,
  options: RestoreOptions,
  newest: unknown,
): StoredAuditEntry | null {
  const broken = validation.chainBreak()
  if (broken === null || options.chainOverride == null) return null
  return sealAuditEntry(
    {
      at: (options.now?.() ?? new Date()).toISOString(),
      entityId: 'database',
      action: 'backup.restored-broken-chain',
      detail: {
        reason: options.chainOverride.reason.trim(),
        brokenAt: broken.seq,
        brokenReason: broken.reason,
        backupCreatedAt: header.createdAt,
        backupContentHash: header.contentHash,
      },
      operator: auditOperatorOf(database as WorkbenchDatabase),
    },
    newest as ChainedAuditEntry | undefined,
  )
}

/** Where a restore reads a backup from: a fresh stream of its bytes at each call (it reads twice). */
export type BackupSource = () => AsyncIterable<Uint8Array>

/** A backup checked in full (hashes, rows, chain) and ready to be written. */
export type PreparedRestore = {
  readonly header: BackupHeader
  /** Replaces the database with the backup (reading the source again; decision 0030). */
  write(progress?: ProgressOptions): Promise<Result<{ readonly recordCount: number }, RestoreError>>
}

/**
 * The first pass of a restore: reads the whole backup (format 1 or 2) and checks it, writing
 * nothing, so the caller can take a safety backup before `write`. A format 2 backup of the current
 * schema is read as a stream both times (memory holds one entry); a format 1 backup, or one of an
 * older schema that must be upgraded in a scratch database, is decoded in memory.
 *
 * @example
 *   const prepared = await prepareRestore(database, () => chunksOf(bytes))
 *   if (prepared.ok) await prepared.value.write()
 */
export async function prepareRestore(
  database: Dexie,
  source: BackupSource,
  options: Omit<RestoreOptions, 'onProgress'> = {},
): Promise<Result<PreparedRestore, RestoreError>> {
  const first = await firstChunk(source)
  if (first === null || !isBackupStream(first)) {
    const bytes: Uint8Array[] = []
    for await (const chunk of source()) bytes.push(chunk)
    const decoded = await decodeBackup(concatBytes(bytes))
    if (!decoded.ok) return decoded
    return ok(inMemory(database, decoded.value, options))
  }
  const validation = createBackupValidation()
  const read = await readBackupStream(source(), (table, rows) => validation.add(table, rows), options)
  if (!read.ok) return read
  const header = read.value
  const refused = checkHeader(database, header)
  if (refused !== null) return err(refused)
  if (header.schemaVersion < database.verno) {
    const tables: Record<string, unknown[]> = {}
    const decoded = await readBackupStream(source(), (table, rows) => {
      const into = (tables[table] ??= [])
      for (const row of rows) into.push(row)
    })
    if (!decoded.ok) return decoded
    return ok(inMemory(database, { header: decoded.value, tables }, options))
  }
  const unknown = Object.keys(header.tableCounts).find(
    (name) => !database.tables.some((t) => t.name === name),
  )
  if (unknown !== undefined) return err({ code: 'unknown-table', table: unknown })
  const invalid = validation.finish(options.chainOverride ?? null)
  if (invalid !== null) return err(invalid)
  return ok({
    header,
    write: (progress) => writeStream(database, source, header, validation, { ...options, ...progress }),
  })
}

function inMemory(database: Dexie, backup: DecodedBackup, options: RestoreOptions): PreparedRestore {
  return {
    header: backup.header,
    write: (progress) => restoreDatabase(database, backup, { ...options, ...progress }),
  }
}

async function firstChunk(source: BackupSource): Promise<Uint8Array | null> {
  for await (const chunk of source()) if (chunk.byteLength > 0) return chunk
  return null
}

async function writeStream(
  database: Dexie,
  source: BackupSource,
  checked: BackupHeader,
  validation: ReturnType<typeof createBackupValidation>,
  options: RestoreOptions,
): Promise<Result<{ readonly recordCount: number }, RestoreError>> {
  if (isCancelled(options)) return err(cancelled)
  // Large rows go in ahead, the rest in one final transaction (decision 0030): one transaction
  // holding a gigabyte of files is more than Chromium commits.
  const writer = createRestoreWriter(database, {
    ...options,
    batchBytes: options.aheadBatchBytes,
    total: checked.recordCount,
  })
  let read: Awaited<ReturnType<typeof readBackupStream>>
  try {
    read = await readBackupStream(source(), (table, rows) => writer.add(table, rows))
  } catch (error) {
    await writer.abandon().catch(() => undefined)
    if (error instanceof RestoreStopped) return err(error.error)
    throw error
  }
  // The file must be the one checked: same content, same seal.
  const changed: RestoreError | null = !read.ok
    ? read.error
    : read.value.contentHash !== checked.contentHash || read.value.integrity !== checked.integrity
      ? { code: 'backup-damaged', detail: 'changed since it was checked' }
      : null
  if (changed !== null) {
    await writer.abandon().catch(() => undefined)
    return err(changed)
  }
  return writer.commit((newest) => chainOverrideEntry(database, checked, validation, options, newest))
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
