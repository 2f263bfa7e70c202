import type { Dexie, Table } from 'dexie'
import { BLOB_THRESHOLD } from '@core/formats/backup/backupStream'
import { cancelled, isCancelled, reportStep, type ProgressOptions } from '@core/progress'
import { err, ok, type Result } from '@core/result'
import { sameStoredValue } from './sameStoredValue'
import { classifyStorageError, type StorageFailure } from './storageError'
import type { RestoreError } from './restoreError'

/**
 * The `settings` row that lists the rows a restore has written ahead of its final transaction
 * (decision 0030): `{ startedAt, rows: { [table]: primaryKey[] } }`. It exists only while a
 * restore is under way, or after one was interrupted; `sweepUnfinishedRestore` then removes those
 * rows and the row itself. It is never backed up nor restored.
 */
export const RESTORE_PENDING_KEY = 'restore.pending'

/** Bytes of large rows written per transaction ahead of the final one (Chromium aborts one holding some 400–500 MB of blobs). */
export const RESTORE_AHEAD_BATCH_BYTES = 64 * 1024 * 1024

export type PendingRestore = {
  readonly startedAt: string
  readonly rows: Readonly<Record<string, readonly unknown[]>>
}

/** Thrown out of `RestoreWriter.add` (and through the backup reader) to stop a restore. */
export class RestoreStopped extends Error {
  constructor(readonly error: RestoreError) {
    super(error.code)
  }
}

/**
 * Writes a restore's rows into the database (decision 0030). Large rows (a byte array of at least
 * `BLOB_THRESHOLD`, in a table keyed by the row itself, such as evidence files) go in ahead,
 * in transactions of about `batchBytes`, and only where the database has no row of that key: the
 * rows in use are not touched, and the added ones are listed in the `restore.pending` row in the
 * same transaction. A large row the database already holds unchanged stays as it is; one that
 * differs waits for the final transaction. Every other row is held until `commit`, whose one
 * transaction replaces every table (keeping the rows put in place ahead) and removes the pending
 * row: before it commits the data in use is the old data, after it the backup's. A stop, a
 * failure or a crash before then leaves only unreferenced rows, which `abandon` (or, after a
 * crash, `sweepUnfinishedRestore` when the app next opens) deletes. Should those rows vanish
 * before the final transaction (another window swept them), it commits nothing and gives
 * `restore-interrupted`.
 *
 * @example
 *   const writer = createRestoreWriter(database, { total: header.recordCount })
 *   await writer.add('evidence', rows)
 *   const done = await writer.commit(() => null)
 */
export function createRestoreWriter(
  database: Dexie,
  options: ProgressOptions & {
    readonly total: number
    readonly batchBytes?: number | undefined
    readonly now?: () => Date
  },
): {
  add(table: string, rows: readonly unknown[]): Promise<void>
  commit(
    finalEntry: (newestAuditRow: unknown) => unknown | null,
  ): Promise<Result<{ readonly recordCount: number }, RestoreError>>
  abandon(): Promise<void>
} {
  const limit = options.batchBytes ?? RESTORE_AHEAD_BATCH_BYTES
  const startedAt = (options.now?.() ?? new Date()).toISOString()
  const held: Record<string, unknown[]> = {}
  const pending: Record<string, unknown[]> = {}
  /** Per table, the keys (as JSON) of rows already in place: written ahead or found unchanged. */
  const inPlace = new Map<string, Set<string>>()
  let batch: { readonly table: string; readonly key: unknown; readonly row: unknown }[] = []
  let batchSize = 0
  let written = 0
  let swept = false
  let newestAuditRow: unknown = undefined

  const tableNamed = (name: string) => database.tables.find((table) => table.name === name)

  const hold = (table: string, row: unknown) => {
    ;(held[table] ??= []).push(row)
  }

  async function flush(): Promise<void> {
    if (batch.length === 0) return
    if (isCancelled(options)) throw new RestoreStopped(cancelled)
    const rows = batch
    batch = []
    batchSize = 0
    if (!swept) {
      const leftover = await sweepUnfinishedRestore(database)
      if (!leftover.ok) throw new RestoreStopped({ code: 'storage-failed', failure: leftover.error })
      swept = true
    }
    const tables = [...new Set(rows.map((entry) => entry.table))]
    try {
      const existing = await database.transaction('r', tables, () =>
        Promise.all(rows.map((entry) => database.table(entry.table).get(entry.key as never))),
      )
      const added: typeof rows = []
      rows.forEach((entry, index) => {
        const current = existing[index]
        if (current === undefined) added.push(entry)
        else if (sameStoredValue(current, entry.row)) keep(entry.table, entry.key)
        else hold(entry.table, entry.row)
      })
      if (added.length > 0)
        await database.transaction('rw', [...tables, 'settings'], async () => {
          for (const table of tables) {
            const mine = added.filter((entry) => entry.table === table)
            if (mine.length > 0)
              await database.table(table).bulkAdd(mine.map((entry) => entry.row) as never[])
          }
          for (const entry of added) (pending[entry.table] ??= []).push(entry.key)
          const value: PendingRestore = { startedAt, rows: pending }
          await database.table('settings').put({ key: RESTORE_PENDING_KEY, value })
        })
      for (const entry of added) keep(entry.table, entry.key)
    } catch (error) {
      if (error instanceof RestoreStopped) throw error
      throw new RestoreStopped({ code: 'storage-failed', failure: classifyStorageError(error) })
    }
    written += rows.filter((entry) => isKept(entry.table, entry.key)).length
    await reportStep(options, written, options.total)
  }

  function keep(table: string, key: unknown) {
    let keys = inPlace.get(table)
    if (keys === undefined) inPlace.set(table, (keys = new Set()))
    keys.add(keyText(key))
  }
  const isKept = (table: string, key: unknown) => inPlace.get(table)?.has(keyText(key)) === true

  async function abandon(): Promise<void> {
    batch = []
    if (swept || Object.keys(pending).length > 0) await sweepUnfinishedRestore(database)
  }

  return {
    async add(table, rows) {
      const target = tableNamed(table)
      if (target === undefined) throw new RestoreStopped({ code: 'unknown-table', table })
      for (const row of rows) {
        if (table === 'settings' && (row as { key?: unknown }).key === RESTORE_PENDING_KEY) continue
        if (table === 'auditLog') newestAuditRow = row
        const size = largeBytesIn(row)
        const key = size >= BLOB_THRESHOLD ? ownKeyOf(target, row) : undefined
        if (key === undefined) {
          hold(table, row)
          continue
        }
        batch.push({ table, key, row })
        batchSize += size
        if (batchSize >= limit) await flush()
      }
    },

    async commit(finalEntry) {
      try {
        await flush()
        if (isCancelled(options)) throw new RestoreStopped(cancelled)
        await database.transaction('rw', database.tables, async () => {
          for (const table of database.tables) {
            const kept = inPlace.get(table.name)
            if (kept === undefined) await table.clear()
            else {
              const keys = await table.toCollection().primaryKeys()
              const present = new Set(keys.map(keyText))
              // Another window swept the rows written ahead (it found the restore unfinished):
              // committing now would lose them, so nothing is committed.
              if ([...kept].some((key) => !present.has(key)))
                throw new RestoreStopped({ code: 'restore-interrupted' })
              await table.bulkDelete(keys.filter((key) => !kept.has(keyText(key))))
            }
            const rows = held[table.name] ?? []
            if (rows.length > 0)
              if (kept === undefined) await table.bulkAdd(rows as never[])
              else await table.bulkPut(rows as never[])
            written += rows.length
            // Checked after the table's writes, so a cancel midway has something to roll back.
            if (isCancelled(options)) throw new RestoreStopped(cancelled)
            // Not awaited: waiting on anything but IndexedDB inside the transaction would end it.
            void reportStep(options, written, options.total)
          }
          await database.table('settings').delete(RESTORE_PENDING_KEY)
          const entry = finalEntry(newestAuditRow)
          if (entry !== null) await database.table('auditLog').add(entry)
        })
      } catch (error) {
        await abandon().catch(() => undefined)
        if (error instanceof RestoreStopped) return err(error.error)
        return err({ code: 'storage-failed', failure: classifyStorageError(error) })
      }
      return ok({ recordCount: written })
    },

    abandon,
  }
}

/**
 * Removes what an interrupted restore wrote ahead (the rows listed in `restore.pending`, which
 * nothing refers to) and that row, in one transaction; the number of rows removed. Called before
 * a restore writes, and by the app when it opens the database while no restore holds the restore
 * lock (`platform/restoreLock.ts`: a restore under way in another window is not interrupted).
 *
 * @example
 *   await sweepUnfinishedRestore(database) // => { ok: true, value: 0 }
 */
export async function sweepUnfinishedRestore(database: Dexie): Promise<Result<number, StorageFailure>> {
  if (!database.tables.some((table) => table.name === 'settings')) return ok(0)
  try {
    return ok(
      await database.transaction('rw', database.tables, async () => {
        const row = (await database.table('settings').get(RESTORE_PENDING_KEY)) as
          { readonly value?: unknown } | undefined
        if (row === undefined) return 0
        let removed = 0
        for (const [name, keys] of Object.entries(pendingRowsOf(row.value))) {
          const table = database.tables.find((candidate) => candidate.name === name)
          if (table === undefined) continue
          await table.bulkDelete(keys as never[])
          removed += keys.length
        }
        await database.table('settings').delete(RESTORE_PENDING_KEY)
        return removed
      }),
    )
  } catch (error) {
    return err(classifyStorageError(error))
  }
}

/**
 * The rows listed in a `restore.pending` value, by table (empty for anything else).
 *
 * @example
 *   pendingRowsOf({ startedAt: '…', rows: { evidence: ['e1'] } }) // => { evidence: ['e1'] }
 */
export function pendingRowsOf(value: unknown): Readonly<Record<string, readonly unknown[]>> {
  const rows = (value as { readonly rows?: unknown } | null | undefined)?.rows
  if (typeof rows !== 'object' || rows === null) return {}
  return Object.fromEntries(
    Object.entries(rows as Record<string, unknown>).filter((entry): entry is [string, unknown[]] =>
      Array.isArray(entry[1]),
    ),
  )
}

/** The row's primary key when the table is keyed by the row itself (not auto-incremented); else undefined. */
function ownKeyOf(table: Table, row: unknown): unknown {
  const { keyPath, auto } = table.schema.primKey
  if (auto || keyPath === null || keyPath === undefined || typeof row !== 'object' || row === null)
    return undefined
  const record = row as Record<string, unknown>
  const key = typeof keyPath === 'string' ? record[keyPath] : keyPath.map((part) => record[part])
  return Array.isArray(key) ? (key.some((part) => part === undefined) ? undefined : key) : key
}

/** The bytes held in a row's byte arrays (its top-level fields and one level below). */
function largeBytesIn(row: unknown): number {
  if (typeof row !== 'object' || row === null) return 0
  let total = 0
  for (const value of Object.values(row)) {
    if (ArrayBuffer.isView(value)) total += value.byteLength
    else if (typeof value === 'object' && value !== null)
      for (const inner of Object.values(value)) if (ArrayBuffer.isView(inner)) total += inner.byteLength
  }
  return total
}

/** A key as text, to compare keys of any IndexedDB type (strings, numbers, arrays). */
const keyText = (key: unknown) => JSON.stringify(key)
