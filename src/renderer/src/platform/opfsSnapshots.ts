import type { Dexie } from 'dexie'
import { cancelled, isCancelled, type ProgressOptions } from '@core/progress'
import { err, ok, type Result } from '@core/result'
import { selectBackupsToKeep } from '@core/storage/backupRetention'
import { exportDatabaseTo, type BackupExportError } from '@core/storage/databaseBackup'
import { openWorkbenchDatabase, type DatabaseOpenError, type WorkbenchDatabase } from '@core/storage/database'
import type { BackupEntry, BackupReason, WriteBackupOutcome } from '../../../shared/ipc/contract'

/** The folder of the origin-private file system that holds the snapshots. */
export const SNAPSHOT_FOLDER = 'ictwb-snapshots'

/** Every 30 minutes while the app is open, as on the desktop (decision 0022). */
export const SNAPSHOT_INTERVAL_MS = 30 * 60 * 1000

/** The parts of the File System API the snapshots use (structural, so tests can pass a fake). */
export type SnapshotWritable = {
  write(chunk: Uint8Array): Promise<void>
  close(): Promise<void>
  abort(): Promise<void>
}
export type SnapshotFileHandle = {
  readonly kind: 'file'
  readonly name: string
  getFile(): Promise<Blob>
  createWritable(): Promise<SnapshotWritable>
  move(newName: string): Promise<void>
}
export type SnapshotDirectory = {
  getFileHandle(name: string, options?: { create?: boolean }): Promise<SnapshotFileHandle>
  removeEntry(name: string): Promise<void>
  keys(): AsyncIterable<string>
}

export type SnapshotFailure =
  | { readonly code: 'snapshots-unavailable' }
  | { readonly code: 'io-failed'; readonly message: string }
  | { readonly code: 'backup-not-found'; readonly id: string }
  | BackupExportError
  | DatabaseOpenError

/** What a snapshot's sidecar (`<id>.meta.json`) holds: written last, so its presence means the snapshot is whole. */
type SnapshotMeta = Omit<BackupEntry, 'verified' | 'revealToken'>

export type Snapshots = {
  /**
   * Streams the database (backup format 2) into `<id>.part`, renames it `<id>.json` and writes its
   * sidecar, then rotates. A routine snapshot ('scheduled', 'quit') of unchanged data writes nothing.
   */
  take(
    reason: BackupReason,
    progress?: ProgressOptions,
    /** The database to copy instead of the app's own: before a schema upgrade, the one still at its old schema. */
    source?: Dexie,
  ): Promise<Result<WriteBackupOutcome, SnapshotFailure>>
  /** Whole snapshots, newest first; `verified` when the file's size matches its sidecar. */
  list(): Promise<Result<readonly BackupEntry[], SnapshotFailure>>
  /** Whether this page has an origin-private file system to keep snapshots in. */
  available(): Promise<boolean>
  /** A snapshot's file (a Blob: read or downloaded without copying it into memory). */
  file(id: string): Promise<Result<Blob, SnapshotFailure>>
}

const dataName = (id: string) => `${id}.json`
const metaName = (id: string) => `${id}.meta.json`
const tempName = (id: string) => `${id}.part`

/**
 * A snapshot's id: its UTC time (sortable) and reason.
 *
 * @example
 *   snapshotId(new Date('2025-03-01T08:05:06.007Z'), 'scheduled') // => 'snapshot-20250301T080506007Z-scheduled'
 */
export function snapshotId(at: Date, reason: BackupReason): string {
  return `snapshot-${at.toISOString().replace(/[-:.]/g, '')}-${reason}`
}

/**
 * Automatic snapshots of the browser edition in the origin-private file system (decision 0022).
 * `directory` resolves to null where there is none (plain http, an old browser): every call then
 * fails with `snapshots-unavailable` and nothing throws. Calls run one after another.
 *
 * @example
 *   const snapshots = createSnapshots({ directory: openSnapshotDirectory, appVersion: '0.1.0' })
 *   await snapshots.take('scheduled')
 */
export function createSnapshots(options: {
  readonly directory: () => Promise<SnapshotDirectory | null>
  readonly appVersion: string
  readonly openDatabase?: () => ReturnType<typeof openWorkbenchDatabase>
  readonly now?: () => Date
}): Snapshots {
  const now = options.now ?? (() => new Date())
  let database: Promise<Result<WorkbenchDatabase, DatabaseOpenError>> | null = null
  const open = () => {
    database ??= (options.openDatabase ?? openWorkbenchDatabase)().then((opened) => {
      if (!opened.ok) database = null
      return opened
    })
    return database
  }
  let queue: Promise<unknown> = Promise.resolve()
  // One after another in this tab, and across the site's tabs (each has its own timer) where the
  // browser has Web Locks: one tab never removes another's snapshot while it is being written.
  const serial = <T>(operation: () => Promise<T>): Promise<T> => {
    const locked = () => withSnapshotLock(operation)
    const next = queue.then(locked, locked)
    queue = next.catch(() => undefined)
    return next
  }
  const folder = async (): Promise<Result<SnapshotDirectory, SnapshotFailure>> => {
    try {
      const directory = await options.directory()
      return directory === null ? err({ code: 'snapshots-unavailable' }) : ok(directory)
    } catch {
      return err({ code: 'snapshots-unavailable' })
    }
  }

  const list = async (): Promise<Result<readonly BackupEntry[], SnapshotFailure>> => {
    const directory = await folder()
    if (!directory.ok) return directory
    try {
      return ok(await readEntries(directory.value))
    } catch (error) {
      return err({ code: 'io-failed', message: String(error) })
    }
  }

  const take = async (
    reason: BackupReason,
    progress?: ProgressOptions,
    source?: Dexie,
  ): Promise<Result<WriteBackupOutcome, SnapshotFailure>> => {
    const directory = await folder()
    if (!directory.ok) return directory
    const opened = source === undefined ? await open() : ok(source)
    if (!opened.ok) return opened
    const dir = directory.value
    const createdAt = now()
    const id = snapshotId(createdAt, reason)
    let writable: SnapshotWritable | null = null
    try {
      await removeLeftovers(dir, createdAt)
      const handle = await dir.getFileHandle(tempName(id), { create: true })
      const stream = await handle.createWritable()
      writable = stream
      let bytes = 0
      const exported = await exportDatabaseTo(
        opened.value,
        async (chunk) => {
          bytes += chunk.byteLength
          await stream.write(chunk)
        },
        { appVersion: options.appVersion, now: () => createdAt, ...progress },
      )
      if (!exported.ok || isCancelled(progress)) {
        await stream.abort().catch(() => undefined)
        await dir.removeEntry(tempName(id)).catch(() => undefined)
        return exported.ok ? err(cancelled) : exported
      }
      await stream.close()
      writable = null
      const header = exported.value
      const entries = await readEntries(dir)
      const newest = entries.find((entry) => entry.verified)
      const routine = reason === 'scheduled' || reason === 'quit'
      if (routine && newest !== undefined && newest.contentHash === header.contentHash) {
        await dir.removeEntry(tempName(id))
        return ok({ status: 'unchanged', entry: newest })
      }
      // Whole on disk: only now does it get its real name, then its sidecar (the commit mark).
      await handle.move(dataName(id))
      const meta: SnapshotMeta = {
        id,
        createdAt: createdAt.toISOString(),
        reason,
        bytes,
        sha256: header.integrity,
        contentHash: header.contentHash,
        recordCount: header.recordCount,
        schemaVersion: header.schemaVersion,
      }
      await writeText(dir, metaName(id), JSON.stringify(meta))
      const entry: BackupEntry = { ...meta, verified: true, revealToken: null }
      await rotate(dir, [entry, ...entries])
      return ok({ status: 'written', entry })
    } catch (error) {
      if (writable !== null) await writable.abort().catch(() => undefined)
      await dir.removeEntry(tempName(id)).catch(() => undefined)
      return err({ code: 'io-failed', message: String(error) })
    }
  }

  const file = async (id: string): Promise<Result<Blob, SnapshotFailure>> => {
    const directory = await folder()
    if (!directory.ok) return directory
    try {
      const entries = await readEntries(directory.value)
      if (!entries.some((entry) => entry.id === id && entry.verified))
        return err({ code: 'backup-not-found', id })
      return ok(await (await directory.value.getFileHandle(dataName(id))).getFile())
    } catch {
      return err({ code: 'backup-not-found', id })
    }
  }

  return {
    available: async () => (await folder()).ok,
    take: (reason, progress, source) => serial(() => take(reason, progress, source)),
    list: () => serial(list),
    file: (id) => serial(() => file(id)),
  }
}

async function readEntries(directory: SnapshotDirectory): Promise<BackupEntry[]> {
  const names = new Set<string>()
  for await (const name of directory.keys()) names.add(name)
  const entries: BackupEntry[] = []
  for (const name of names) {
    if (!name.endsWith('.meta.json')) continue
    const id = name.slice(0, -'.meta.json'.length)
    const meta = await readMeta(directory, name)
    if (meta === null || meta.id !== id) continue
    let size = -1
    if (names.has(dataName(id))) size = (await (await directory.getFileHandle(dataName(id))).getFile()).size
    entries.push({ ...meta, verified: size === meta.bytes, revealToken: null })
  }
  return entries.sort(
    (left, right) => right.createdAt.localeCompare(left.createdAt) || right.id.localeCompare(left.id),
  )
}

async function readMeta(directory: SnapshotDirectory, name: string): Promise<SnapshotMeta | null> {
  try {
    const text = await (await (await directory.getFileHandle(name)).getFile()).text()
    const value = JSON.parse(text) as Partial<SnapshotMeta>
    const valid =
      typeof value.id === 'string' &&
      typeof value.createdAt === 'string' &&
      typeof value.reason === 'string' &&
      typeof value.bytes === 'number' &&
      typeof value.contentHash === 'string' &&
      typeof value.recordCount === 'number' &&
      typeof value.schemaVersion === 'number'
    return valid ? (value as SnapshotMeta) : null
  } catch {
    return null
  }
}

async function writeText(directory: SnapshotDirectory, name: string, text: string): Promise<void> {
  const writable = await (await directory.getFileHandle(name, { create: true })).createWritable()
  await writable.write(new TextEncoder().encode(text))
  await writable.close()
}

/** Leftovers younger than this may still be being written by another tab (where there are no Web Locks). */
const LEFTOVER_AGE_MS = 60 * 60 * 1000

/** The time in a snapshot's file name; null for a name that is not a snapshot's. */
function timeOfName(name: string): number | null {
  const match = /^snapshot-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z-/.exec(name)
  if (match === null) return null
  const [, year, month, day, hour, minute, second, ms] = match.map(Number) as number[]
  return Date.UTC(year as number, (month as number) - 1, day, hour, minute, second, ms)
}

/**
 * A tab killed mid-snapshot leaves a `.part` (or a renamed file without its sidecar): never
 * listed, removed here once an hour old.
 */
async function removeLeftovers(directory: SnapshotDirectory, now: Date): Promise<void> {
  const names: string[] = []
  for await (const name of directory.keys()) names.push(name)
  const committed = new Set(
    names.filter((name) => name.endsWith('.meta.json')).map((name) => name.slice(0, -'.meta.json'.length)),
  )
  for (const name of names) {
    const orphan =
      name.endsWith('.part') ||
      (name.endsWith('.json') && !name.endsWith('.meta.json') && !committed.has(name.slice(0, -5)))
    const time = timeOfName(name)
    const old = time === null || now.getTime() - time >= LEFTOVER_AGE_MS
    if (orphan && old) await directory.removeEntry(name).catch(() => undefined)
  }
}

type LockManager = { request<T>(name: string, callback: () => Promise<T>): Promise<T> }

function withSnapshotLock<T>(operation: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as { locks?: LockManager } | undefined)?.locks
  return locks === undefined ? operation() : locks.request('ictwb-snapshots', operation)
}

/** Rotation of the desktop (10 newest + 7 dailies, decision 0013's rules) over the whole snapshots. */
async function rotate(directory: SnapshotDirectory, entries: readonly BackupEntry[]): Promise<void> {
  const verified = entries.filter((entry) => entry.verified)
  const keep = selectBackupsToKeep(verified)
  for (const entry of verified) {
    if (keep.has(entry.id)) continue
    await directory.removeEntry(metaName(entry.id)).catch(() => undefined)
    await directory.removeEntry(dataName(entry.id)).catch(() => undefined)
  }
}

/**
 * The snapshots folder of this site's origin-private file system; null where there is none: OPFS
 * exists only in secure contexts (https, localhost), and renaming a file needs Chromium 110+.
 */
export async function openSnapshotDirectory(): Promise<SnapshotDirectory | null> {
  if (typeof window === 'undefined' || !window.isSecureContext) return null
  // Typed as always there, but absent outside secure contexts and in older browsers.
  const storage = navigator.storage as StorageManager | undefined
  if (storage?.getDirectory === undefined) return null
  const fileHandle = (globalThis as { FileSystemFileHandle?: { prototype: object } }).FileSystemFileHandle
  if (
    fileHandle === undefined ||
    !('move' in fileHandle.prototype) ||
    !('createWritable' in fileHandle.prototype)
  )
    return null
  const root = await storage.getDirectory()
  return (await root.getDirectoryHandle(SNAPSHOT_FOLDER, { create: true })) as unknown as SnapshotDirectory
}
