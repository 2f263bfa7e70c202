import { Dexie, type ObservabilitySet } from 'dexie'
import { err, ok, type Result } from '@core/result'
import {
  checkDatabaseMarker,
  mayFollowChange,
  totalRows,
  type DatabaseMarker,
  type DatabaseObservation,
  type MarkerCheck,
} from '@core/storage/checkDatabaseMarker'
import {
  buildDatabaseMarker,
  ensureDatabaseIdentity,
  observeDatabase,
  recordDatabaseReset,
  type DatabaseReset,
} from '@core/storage/databaseIdentity'
import type { StorageFailure } from '@core/storage/storageError'
import type { DatabaseMarkerStore } from './databaseMarkerStore'

/**
 * The start-up check (issue 20, item 4): compares the freshly opened database with its marker.
 * When the check does not block, the database gets its identity (if new and not empty) and the
 * marker is brought up to date; when it blocks, nothing at all is written, in the database or in
 * the marker.
 *
 * @example
 *   const checked = await checkDatabaseOnOpen(database, platform.databaseMarkers)
 *   if (checked.ok && checked.value.status === 'blocked') showWipeScreen(checked.value)
 */
export async function checkDatabaseOnOpen(
  database: Dexie,
  store: DatabaseMarkerStore,
  now: () => Date = () => new Date(),
): Promise<Result<MarkerCheck, StorageFailure>> {
  const marker = await store.read(database.name)
  // The log's entry where the marker saw its head: a shorter log or another entry there is caught.
  const auditEntryAt = marker?.auditHead?.count
  const observed = await observeDatabase(database, auditEntryAt === undefined ? {} : { auditEntryAt })
  if (!observed.ok) return observed
  const check = checkDatabaseMarker(marker, observed.value)
  if (check.status === 'blocked') return ok(check)
  // An empty database with no identity has nothing to lose: it is left untouched (opening the app
  // never writes), and gets its identity with its first rows (followDatabaseChanges).
  if (observed.value.identity === null && totalRows(observed.value.counts) === 0) return ok(check)
  const written = await writeMarker(database, store, observed.value, marker, now)
  return written.ok ? ok(check) : written
}

/**
 * Makes the marker describe the database as it is now: after a restore (its rows and identity come
 * from the backup) or after the user accepted an emptied or shrunk database (`reset`, recorded in
 * the database's settings first).
 *
 * @example
 *   await rebaseDatabaseMarker(database, store) // after restoreDatabase succeeded
 */
export async function rebaseDatabaseMarker(
  database: Dexie,
  store: DatabaseMarkerStore,
  reset?: DatabaseReset,
  now: () => Date = () => new Date(),
): Promise<Result<DatabaseMarker, StorageFailure>> {
  if (reset !== undefined) {
    const recorded = await recordDatabaseReset(database, reset)
    if (!recorded.ok) return recorded
  }
  const observed = await observeDatabase(database)
  if (!observed.ok) return observed
  return writeMarker(database, store, observed.value, null, now)
}

/**
 * Writes the marker for what `observed` saw, giving the database its identity first if it has
 * none (then counting again: the identity is a `settings` row). With the same identity and counts
 * as `previous`, the marker is left as it is, or only its time moves on when `touch` is set (a
 * write that changed rows without changing their number).
 */
async function writeMarker(
  database: Dexie,
  store: DatabaseMarkerStore,
  observed: DatabaseObservation,
  previous: DatabaseMarker | null,
  now: () => Date,
  touch = false,
): Promise<Result<DatabaseMarker, StorageFailure>> {
  let current = observed
  if (current.identity === null) {
    const ensured = await ensureDatabaseIdentity(database)
    if (!ensured.ok) return ensured
    const again = await observeDatabase(database)
    if (!again.ok) return again
    current = again.value
  }
  const id = current.identity ?? ''
  const unchanged =
    previous !== null &&
    previous.identity === id &&
    sameCounts(previous.counts, current.counts) &&
    previous.databaseName === database.name &&
    (current.auditHead === undefined ||
      (previous.auditHead?.count === current.auditHead.count &&
        previous.auditHead.hash === current.auditHead.hash))
  if (unchanged && !touch) return ok(previous)
  const marker = unchanged
    ? { ...previous, lastChangeAt: now().toISOString() }
    : buildDatabaseMarker(database.name, id, current.counts, now(), current.auditHead)
  if (!(await store.write(marker)))
    return err({ code: 'unknown', message: 'the database marker could not be stored' })
  return ok(marker)
}

const sameCounts = (left: Readonly<Record<string, number>>, right: Readonly<Record<string, number>>) => {
  const keys = new Set([...Object.keys(left), ...Object.keys(right)])
  return [...keys].every((key) => (left[key] ?? 0) === (right[key] ?? 0))
}

/**
 * Keeps the marker following the database while the app runs: Dexie's `storagemutated` event
 * (every committed write through Dexie, in this window or another of the app) schedules one
 * observation at most every `delayMs` — counting never runs per keystroke save — and the marker
 * is written from it (and once more when the page is hidden or following stops). A database
 * emptied under the running app has no identity any more: the marker then stays as it was
 * (`mayFollowChange`), so the next start blocks. Returns the function that stops following.
 *
 * @example
 *   const stop = followDatabaseChanges(database, platform.databaseMarkers)
 */
export function followDatabaseChanges(
  database: Dexie,
  store: DatabaseMarkerStore,
  options: { readonly delayMs?: number; readonly now?: () => Date } = {},
): () => void {
  const delayMs = options.delayMs ?? 1000
  const now = options.now ?? (() => new Date())
  const prefix = `idb://${database.name}/`
  let timer: ReturnType<typeof setTimeout> | null = null
  let changed = false

  const flush = async () => {
    timer = null
    if (!changed) return
    changed = false
    const observed = await observeDatabase(database)
    if (!observed.ok) return
    const marker = await store.read(database.name)
    if (!mayFollowChange(marker, observed.value)) return
    if (observed.value.identity === null && totalRows(observed.value.counts) === 0) return
    // A database that had nothing to lose gets its identity with its first rows.
    await writeMarker(database, store, observed.value, marker, now, true)
  }

  const onMutated = (parts: ObservabilitySet) => {
    if (!Object.keys(parts).some((part) => part.startsWith(prefix))) return
    changed = true
    timer ??= setTimeout(() => void flush(), delayMs)
  }
  const flushNow = () => {
    if (timer !== null) clearTimeout(timer)
    void flush()
  }
  Dexie.on('storagemutated', onMutated)
  globalThis.addEventListener?.('pagehide', flushNow)
  return () => {
    Dexie.on.storagemutated.unsubscribe(onMutated)
    globalThis.removeEventListener?.('pagehide', flushNow)
    flushNow()
  }
}
