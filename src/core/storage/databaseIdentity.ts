import { randomUuid } from '@core/randomUuid'
import type { Dexie } from 'dexie'
import { err, ok, type Result } from '@core/result'
import type { AuditHead, DatabaseMarker, DatabaseObservation } from './checkDatabaseMarker'
import { appendAuditEntry } from './auditLogAppend'
import { SCHEMA_WRITER_KEY, type WorkbenchDatabase } from './database'
import { classifyStorageError, type StorageFailure } from './storageError'
import { pendingRowsOf, RESTORE_PENDING_KEY } from './restoreWriter'

/** The `settings` row holding the database's random identity, written once when it is first seen. */
export const DATABASE_IDENTITY_KEY = 'database.identity'

/** The `settings` row listing every time a user accepted an emptied or shrunk database (newest last). */
export const DATABASE_RESETS_KEY = 'database.resets'

/** One accepted loss, kept in the database so a later backup still tells it happened. */
export type DatabaseReset = {
  readonly at: string
  readonly reason: 'emptied' | 'recreated' | 'shrunk' | 'log-truncated'
  /** What the marker had seen before the user accepted the loss. */
  readonly previous: Pick<DatabaseMarker, 'identity' | 'counts' | 'lastChangeAt'>
}

/**
 * `settings` rows the app writes for itself (the schema writer on every opening, the identity, the
 * resets, an unfinished restore's list): not data a user could lose, so never counted — a database
 * recreated by Chromium and opened once is still "emptied".
 */
const BOOKKEEPING_KEYS: ReadonlySet<string> = new Set([
  SCHEMA_WRITER_KEY,
  DATABASE_IDENTITY_KEY,
  DATABASE_RESETS_KEY,
  RESTORE_PENDING_KEY,
])

/**
 * Reads the identity and the rows of every table (`settings` included, without the app's own
 * bookkeeping rows) in one read
 * transaction. Counting is cheap in IndexedDB (no rows are read).
 *
 * @example
 *   const seen = await observeDatabase(database) // => { identity: 'e1f…', counts: { submissions: 12, … } }
 */
export async function observeDatabase(
  database: Dexie,
  options: {
    /** Also read the hash of the audit log's entry at this position (the marker's head count). */
    readonly auditEntryAt?: number
  } = {},
): Promise<Result<DatabaseObservation, StorageFailure>> {
  try {
    return ok(
      await database.transaction('r', database.tables, async () => {
        const counts: Record<string, number> = {}
        const row = (await database.table('settings').get(DATABASE_IDENTITY_KEY)) as
          { readonly value?: unknown } | undefined
        // Rows a restore under way wrote ahead are not counted until it commits (decision 0030).
        const pending = pendingRowsOf(
          (
            (await database.table('settings').get(RESTORE_PENDING_KEY)) as
              { readonly value?: unknown } | undefined
          )?.value,
        )
        for (const table of database.tables) {
          counts[table.name] =
            table.name === 'settings'
              ? await table.filter((row: { readonly key: string }) => !BOOKKEEPING_KEYS.has(row.key)).count()
              : (await table.count()) - (pending[table.name]?.length ?? 0)
        }
        const identity = typeof row?.value === 'string' && row.value !== '' ? row.value : null
        if (!database.tables.some((table) => table.name === 'auditLog')) return { identity, counts }
        const log = database.table('auditLog')
        const hashOf = (entry: unknown) => {
          const hash = (entry as { readonly hash?: unknown } | undefined)?.hash
          return typeof hash === 'string' ? hash : null
        }
        const auditHead = { count: counts['auditLog'] ?? 0, hash: hashOf(await log.toCollection().last()) }
        const at = options.auditEntryAt
        if (at === undefined || at < 1) return { identity, counts, auditHead }
        const atMarker = await log
          .toCollection()
          .offset(at - 1)
          .first()
        return {
          identity,
          counts,
          auditHead,
          auditHashAtMarker: atMarker === undefined ? null : hashOf(atMarker),
        }
      }),
    )
  } catch (error) {
    return err(classifyStorageError(error))
  }
}

/**
 * Gives the database an identity if it has none, and returns the one it has. Written in its own
 * transaction, before the marker outside IndexedDB names it, so a marker never names an identity
 * the database does not hold.
 *
 * @example
 *   const identity = await ensureDatabaseIdentity(database) // the same id on every later call
 */
export async function ensureDatabaseIdentity(
  database: Dexie,
  createId: () => string = () => randomUuid(),
): Promise<Result<string, StorageFailure>> {
  try {
    return ok(
      await database.transaction('rw', database.table('settings'), async () => {
        const settings = database.table('settings')
        const row = (await settings.get(DATABASE_IDENTITY_KEY)) as { readonly value?: unknown } | undefined
        if (typeof row?.value === 'string' && row.value !== '') return row.value
        const identity = createId()
        await settings.put({ key: DATABASE_IDENTITY_KEY, value: identity })
        return identity
      }),
    )
  } catch (error) {
    return err(classifyStorageError(error))
  }
}

/**
 * Records in the database that the user accepted a loss: appended to the `database.resets` row,
 * and, in the same transaction, to the audit log (`database.loss-accepted`, entity `database`, with
 * the reason and what the marker had seen), so the hash chain that starts over after a wipe says
 * why, with the operator.
 *
 * @example
 *   await recordDatabaseReset(database, { at, reason: 'emptied', previous: marker })
 */
export async function recordDatabaseReset(
  database: Dexie,
  reset: DatabaseReset,
): Promise<Result<void, StorageFailure>> {
  try {
    const audited = database.tables.some((table) => table.name === 'auditLog')
    const tables = audited
      ? [database.table('settings'), database.table('auditLog')]
      : [database.table('settings')]
    await database.transaction('rw', tables, async () => {
      const settings = database.table('settings')
      const row = (await settings.get(DATABASE_RESETS_KEY)) as { readonly value?: unknown } | undefined
      const earlier = Array.isArray(row?.value) ? (row.value as unknown[]) : []
      const { identity, counts, lastChangeAt } = reset.previous
      await settings.put({
        key: DATABASE_RESETS_KEY,
        value: [
          ...earlier,
          { at: reset.at, reason: reset.reason, previous: { identity, counts, lastChangeAt } },
        ],
      })
      if (audited)
        await appendAuditEntry(database as WorkbenchDatabase, {
          at: reset.at,
          entityId: 'database',
          action: 'database.loss-accepted',
          detail: { reason: reset.reason, previous: { identity, counts, lastChangeAt } },
        })
    })
    return ok(undefined)
  } catch (error) {
    return err(classifyStorageError(error))
  }
}

/**
 * The marker describing what the database holds now.
 *
 * @example
 *   buildDatabaseMarker('ict-index-workbench', 'e1f…', { submissions: 3 }, new Date())
 */
export function buildDatabaseMarker(
  databaseName: string,
  identity: string,
  counts: Readonly<Record<string, number>>,
  at: Date,
  auditHead?: AuditHead,
): DatabaseMarker {
  return {
    format: 1,
    databaseName,
    identity,
    counts: { ...counts },
    lastChangeAt: at.toISOString(),
    ...(auditHead === undefined ? {} : { auditHead: { ...auditHead } }),
  }
}
