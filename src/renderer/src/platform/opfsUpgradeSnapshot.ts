import type { Dexie } from 'dexie'
import { err, ok, type Result } from '@core/result'
import { exportDatabaseTo, type BackupExportError } from '@core/storage/databaseBackup'

/** The OPFS folder (origin private file system) that holds the copies taken before a schema upgrade (apart from the scheduled snapshots of `opfsSnapshots.ts`, whose clean-up removes files it did not list). */
export const SNAPSHOT_FOLDER = 'ictwb-upgrade-snapshots'

/** The part of `navigator.storage` snapshots use (a fake in tests). */
export type SnapshotStorage = { getDirectory(): Promise<FileSystemDirectoryHandle> }

export type SnapshotError =
  | BackupExportError
  | { readonly code: 'snapshot-storage-unavailable' }
  | { readonly code: 'snapshot-write-failed'; readonly message: string }

/** The OPFS of this page, or `null` when the browser has none (or it is not allowed here). */
export function snapshotStorage(): SnapshotStorage | null {
  const storage = (globalThis.navigator as { storage?: Partial<SnapshotStorage> } | undefined)?.storage
  return typeof storage?.getDirectory === 'function' ? (storage as SnapshotStorage) : null
}

/**
 * The name of a snapshot file: its purpose and the UTC time, sortable.
 *
 * @example
 *   snapshotFileName('before-upgrade', new Date('2026-03-01T08:05:09Z')) // => 'before-upgrade-2026-03-01-080509.json'
 */
export function snapshotFileName(purpose: string, at: Date): string {
  const stamp = at.toISOString().slice(0, 19).replace('T', '-').replaceAll(':', '')
  return `${purpose}-${stamp}.json`
}

/**
 * Streams a backup (format 2) of `database` into `<OPFS>/ictwb-upgrade-snapshots/<fileName>`: the file
 * appears whole only when the export finished (a writable stream is committed on `close`; on any
 * failure it is aborted and the file removed). Memory holds one page of the export.
 *
 * @example
 *   await writeOpfsSnapshot(database, snapshotFileName('before-upgrade', new Date()), { appVersion })
 */
export async function writeOpfsSnapshot(
  database: Dexie,
  fileName: string,
  options: { readonly appVersion: string; readonly storage?: SnapshotStorage | null },
): Promise<Result<{ readonly name: string; readonly recordCount: number }, SnapshotError>> {
  const storage = options.storage === undefined ? snapshotStorage() : options.storage
  if (storage === null) return err({ code: 'snapshot-storage-unavailable' })
  let writable: FileSystemWritableFileStream
  let folder: FileSystemDirectoryHandle
  try {
    const root = await storage.getDirectory()
    folder = await root.getDirectoryHandle(SNAPSHOT_FOLDER, { create: true })
    const file = await folder.getFileHandle(fileName, { create: true })
    writable = await file.createWritable()
  } catch (error) {
    return err({ code: 'snapshot-write-failed', message: messageOf(error) })
  }
  try {
    const exported = await exportDatabaseTo(
      database,
      (chunk) => writable.write(chunk.slice() as Uint8Array<ArrayBuffer>),
      { appVersion: options.appVersion },
    )
    if (!exported.ok) {
      await discard()
      return exported
    }
    await writable.close()
    return ok({ name: `${SNAPSHOT_FOLDER}/${fileName}`, recordCount: exported.value.recordCount })
  } catch (error) {
    await discard()
    return err({ code: 'snapshot-write-failed', message: messageOf(error) })
  }

  // The handle created an empty file at once: an unfinished snapshot leaves nothing behind.
  async function discard() {
    await writable.abort().catch(() => undefined)
    await folder.removeEntry(fileName).catch(() => undefined)
  }
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error))
