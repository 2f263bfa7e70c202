import { cancelled, inPhase, isCancelled, type ProgressOptions } from '@core/progress'
import { err, ok, type Result } from '@core/result'
import { chunksOf } from '@core/formats/backup/backupStream'
import { openWorkbenchDatabase, type DatabaseOpenError, type WorkbenchDatabase } from '@core/storage/database'
import {
  exportDatabaseTo,
  prepareRestore,
  type BackupSource,
  type BackupExportError,
  type RestoreError,
} from '@core/storage/databaseBackup'
import type { ChainOverride } from '@core/storage/backupValidation'
import type { UpgradeBackupWriter } from '@core/storage/openWithUpgradeBackup'
import type { Dexie } from 'dexie'
import type {
  BackupEntry,
  BackupReason,
  DesktopError,
  FinishBackupRequest,
  PickedFile,
  WriteBackupOutcome,
} from '../../../shared/ipc/contract'
import { BackupReadFailed } from './backupReadFailed'
import { blobChunks, snapshotReadBytes } from './blobChunks'
import { rebaseDatabaseMarker } from './databaseMarkerGuard'
import { holdingRestoreLock } from './restoreLock'
import type { DatabaseMarkerStore } from './databaseMarkerStore'
import { SNAPSHOT_FOLDER, type SnapshotFailure, type Snapshots } from './opfsSnapshots'

/** Every way a backup or a restore can fail, as plain objects with a `code`. */
export type BackupFailure =
  | DesktopError
  | BackupExportError
  | RestoreError
  | DatabaseOpenError
  | SnapshotFailure
  | { readonly code: 'safety-backup-failed'; readonly cause: BackupFailure }

/**
 * Where to restore from: a backup in the profile's folder (desktop) or a snapshot (browser), the
 * bytes of a backup file, a picked backup file (browser), read in slices, never whole, or the
 * token main gave a picked or dropped backup file (desktop), read in chunks through main.
 */
export type RestoreSource =
  | { readonly id: string }
  | { readonly bytes: Uint8Array }
  | { readonly file: Blob }
  | { readonly token: string }

/**
 * Where a picked backup file is restored from: main's token for it (desktop) or the file itself
 * (browser) when the platform gave one, both read piece by piece; otherwise the bytes it read.
 *
 * @example
 *   restoreSourceOf({ fileName: 'backup.json', bytes: new Uint8Array(0), file }) // => { file }
 *   restoreSourceOf({ fileName: 'backup.json', bytes: new Uint8Array(0), token }) // => { token }
 */
export function restoreSourceOf(picked: PickedFile): RestoreSource {
  if (picked.token !== undefined) return { token: picked.token }
  return picked.file === undefined ? { bytes: picked.bytes } : { file: picked.file }
}

export type Backups = {
  /** Desktop: `<userData>/backups`, rotated by main. Browser: each backup is a download. */
  readonly storage: 'profile-folder' | 'download'
  /** A cancelled backup (`progress.signal`) writes no file: the error is `cancelled`. */
  backupNow(
    reason: BackupReason,
    progress?: ProgressOptions,
  ): Promise<Result<WriteBackupOutcome, BackupFailure>>
  list(): Promise<Result<readonly BackupEntry[], BackupFailure>>
  /**
   * Checks the backup, makes a backup of the current data ('before-restore'; skipped when the
   * database holds no rows at all, as after a wipe: there is nothing to keep), then replaces the
   * database with the backup (large files ahead, every table in one final transaction, decision
   * 0030) and brings the database's marker up to date
   * (identity and counts now come from the backup). Reload the page afterwards. Cancelled
   * (`progress.signal`) at any point, it changes nothing in the database: the error is `cancelled`.
   */
  restore(
    source: RestoreSource,
    progress?: ProgressOptions & { readonly chainOverride?: ChainOverride | null },
  ): Promise<Result<{ readonly recordCount: number }, BackupFailure>>
  /**
   * Keeps a copy of the database still at its older schema, before the app upgrades it
   * (decision 0023): desktop, a backup with the reason `before-upgrade` in the backups folder;
   * browser, a snapshot with that reason among the automatic ones in OPFS (`ictwb-snapshots/`,
   * listed in Settings like them and kept by rotation until a newer upgrade's copy), or none (said
   * so in the log) where the browser has no OPFS. An error blocks the upgrade.
   */
  readonly backupBeforeUpgrade: UpgradeBackupWriter
}

/** A backup being handed to the host chunk by chunk (desktop: main writes each to a part file). */
export type BackupUpload = {
  append(chunk: Uint8Array): Promise<Result<unknown, DesktopError>>
  finish(request: Omit<FinishBackupRequest, 'uploadId'>): Promise<Result<WriteBackupOutcome, DesktopError>>
  abort(): Promise<void>
}

/** What the backups need of the host: where bytes go and come from. */
export type BackupHost = {
  readonly storage: Backups['storage']
  begin(reason: BackupReason): Promise<Result<BackupUpload, DesktopError>>
  list(): Promise<Result<readonly BackupEntry[], DesktopError>>
  /** The backup's bytes as a stream that can be read again (restore reads twice). */
  read(id: string): Promise<Result<BackupSource, DesktopError>>
  /**
   * A backup file the user picked or dropped, by the token the platform gave it (desktop: read
   * through main in chunks). A host that hands out no tokens answers `picked-file-not-found`.
   */
  readPicked(token: string): Promise<Result<BackupSource, DesktopError>>
}

/** Chunks handed to the host are gathered up to this size (fewer IPC calls) and never exceed it. */
export const UPLOAD_CHUNK_BYTES = 4 * 1024 * 1024

/**
 * Backups of the workbench database. It opens its own connection to the database (IndexedDB
 * allows several), so any feature, the menu and main's schedule can call it without React.
 * Calls run one after another.
 *
 * @example
 *   const backups = createBackups(host, { appVersion: __APP_VERSION__ })
 *   await backups.backupNow('before-import') // before a bulk import
 */
export function createBackups(
  host: BackupHost,
  options: {
    readonly appVersion: string
    readonly openDatabase?: () => ReturnType<typeof openWorkbenchDatabase>
    /** The markers of the wipe detection, rebased after a restore. */
    readonly markers?: DatabaseMarkerStore
    /** Browser edition: the automatic snapshots in OPFS, where the copy before an upgrade goes (none: no copy, logged). */
    readonly snapshots?: Pick<Snapshots, 'available' | 'take'>
    readonly now?: () => Date
    /** Pieces handed to the host (tests use small ones); at most `UPLOAD_CHUNK_BYTES`. */
    readonly uploadChunkBytes?: number
  },
): Backups {
  const pieceBytes = Math.min(options.uploadChunkBytes ?? UPLOAD_CHUNK_BYTES, UPLOAD_CHUNK_BYTES)
  let database: Promise<Result<WorkbenchDatabase, DatabaseOpenError>> | null = null
  const open = () => {
    database ??= (options.openDatabase ?? openWorkbenchDatabase)().then((opened) => {
      if (!opened.ok) database = null
      return opened
    })
    return database
  }
  let queue: Promise<unknown> = Promise.resolve()
  const serial = <T>(operation: () => Promise<T>): Promise<T> => {
    const next = queue.then(operation, operation)
    queue = next.catch(() => undefined)
    return next
  }

  const backupNow = async (
    reason: BackupReason,
    progress?: ProgressOptions,
  ): Promise<Result<WriteBackupOutcome, BackupFailure>> => {
    const opened = await open()
    if (!opened.ok) return opened
    return exportAndWrite(opened.value, reason, progress)
  }

  const exportAndWrite = async (
    database: Dexie,
    reason: BackupReason,
    progress?: ProgressOptions,
  ): Promise<Result<WriteBackupOutcome, BackupFailure>> => {
    const begun = await host.begin(reason)
    if (!begun.ok) return begun
    const upload = begun.value
    // The export's chunks go to the host as they come, gathered into pieces of at most
    // UPLOAD_CHUNK_BYTES: memory holds one piece and one page of the export, never the file.
    let failure: DesktopError | null = null
    const pending = new Uint8Array(pieceBytes)
    let filled = 0
    const flush = async () => {
      if (filled === 0) return
      const sent = await upload.append(pending.slice(0, filled))
      filled = 0
      if (!sent.ok) {
        failure = sent.error
        throw new UploadFailed()
      }
    }
    const sink = async (chunk: Uint8Array) => {
      for (let at = 0; at < chunk.byteLength;) {
        const taken = Math.min(chunk.byteLength - at, pieceBytes - filled)
        pending.set(chunk.subarray(at, at + taken), filled)
        filled += taken
        at += taken
        if (filled === pieceBytes) await flush()
      }
    }
    const exported = await exportDatabaseTo(database, sink, {
      appVersion: options.appVersion,
      ...progress,
    }).catch((error: unknown) => {
      if (error instanceof UploadFailed) return null
      throw error
    })
    if (exported !== null && exported.ok) await flush().catch(() => undefined)
    if (failure !== null || exported === null || !exported.ok || isCancelled(progress)) await upload.abort()
    if (failure !== null) return err(failure)
    if (exported === null || isCancelled(progress)) return err(cancelled)
    if (!exported.ok) return exported
    // The last moment to stop has passed: once finished, the file is committed whole.
    const header = exported.value
    return upload.finish({
      contentHash: header.contentHash,
      recordCount: header.recordCount,
      schemaVersion: header.schemaVersion,
    })
  }

  const restore = async (
    source: RestoreSource,
    progress?: ProgressOptions & { readonly chainOverride?: ChainOverride | null },
  ): Promise<Result<{ readonly recordCount: number }, BackupFailure>> => {
    const stream =
      'bytes' in source
        ? ok(() => chunksOf(source.bytes))
        : 'file' in source
          ? ok(() => blobChunks(source.file, snapshotReadBytes()))
          : 'token' in source
            ? await host.readPicked(source.token)
            : await host.read(source.id)
    if (!stream.ok) return stream
    if (isCancelled(progress)) return err(cancelled)
    const opened = await open()
    if (!opened.ok) return opened
    // A chunk the host could not give midway (the file went away or changed) ends the restore
    // with the host's reason; what was written ahead is removed first (decision 0030).
    const failedRead = (error: unknown): Result<never, DesktopError> => {
      if (error instanceof BackupReadFailed) return err(error.failure)
      throw error
    }
    // Checked in full (hashes, every row against its table, the audit chain) before anything is
    // written, the safety backup included (decision 0021).
    const prepared = await prepareRestore(opened.value, stream.value, {
      chainOverride: progress?.chainOverride ?? null,
      signal: progress?.signal,
    }).catch(failedRead)
    if (!prepared.ok) return prepared
    if (!(await holdsNoRows(opened.value))) {
      const safety = await backupNow('before-restore', inPhase(progress, 'safety-backup', 0, 2))
      if (!safety.ok)
        return safety.error.code === 'cancelled'
          ? err(cancelled)
          : err({ code: 'safety-backup-failed', cause: safety.error })
    }
    // Files go in ahead of the final transaction (decision 0030): the lock keeps other windows from
    // sweeping them away as an interrupted restore's.
    const restored = await holdingRestoreLock(() =>
      prepared.value.write(inPhase(progress, 'restore', 1, 2)),
    ).catch(failedRead)
    if (restored.ok && options.markers !== undefined) {
      // The restore itself succeeded; a marker that could not be written only means the next
      // start compares with the older marker, so the outcome stays the restore's.
      await rebaseDatabaseMarker(opened.value, options.markers)
    }
    return restored
  }

  const backupBeforeUpgrade: UpgradeBackupWriter = async (old) => {
    if (host.storage === 'profile-folder') {
      const written = await exportAndWrite(old, 'before-upgrade')
      if (!written.ok) return written
      const outcome = written.value
      return ok({
        name: outcome.status === 'downloaded' ? outcome.fileName : `backup-${outcome.entry.id}.json`,
      })
    }
    const snapshots = options.snapshots
    if (snapshots !== undefined && (await snapshots.available())) {
      const taken = await snapshots.take('before-upgrade', undefined, old)
      if (!taken.ok) return taken
      const outcome = taken.value
      return ok({
        name:
          outcome.status === 'downloaded' ? outcome.fileName : `${SNAPSHOT_FOLDER}/${outcome.entry.id}.json`,
      })
    }
    console.info('No OPFS in this browser: the database is upgraded without a snapshot (logged).')
    return ok({ name: null, skipped: 'no-snapshot-storage' })
  }

  return {
    storage: host.storage,
    backupBeforeUpgrade: (old, versions) => serial(() => backupBeforeUpgrade(old, versions)),
    backupNow: (reason, progress) => serial(() => backupNow(reason, progress)),
    list: () => serial(() => host.list()),
    restore: (source, progress) => serial(() => restore(source, progress)),
  }
}

/** Thrown by the export's sink when the host refused a chunk; the export then stops. */
class UploadFailed extends Error {}

async function holdsNoRows(database: WorkbenchDatabase): Promise<boolean> {
  try {
    const counts = await Promise.all(database.tables.map((table) => table.count()))
    return counts.every((count) => count === 0)
  } catch {
    return false
  }
}

/**
 * The file name a downloaded backup gets (browser edition).
 *
 * @example
 *   backupFileName(new Date('2025-03-01T08:05:00Z'), 'manual') // => 'ict-index-workbench-backup-2025-03-01-0805-manual.json' (local time)
 */
export function backupFileName(at: Date, reason: BackupReason): string {
  const pad = (value: number) => String(value).padStart(2, '0')
  const stamp = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}-${pad(at.getHours())}${pad(at.getMinutes())}`
  return `ict-index-workbench-backup-${stamp}-${reason}.json`
}
