import { err, ok, type Result } from '@core/result'
import type { DesktopError } from '../../../shared/ipc/contract'
import type { SnapshotDirectory } from './opfsSnapshots'

/** The file of the origin-private snapshots folder a backup download is written to before it is offered. */
export const STAGED_DOWNLOAD_NAME = 'download.backup-part'

/** A download written piece by piece, then offered as one file. */
export type StagedDownload = {
  append(chunk: Uint8Array): Promise<Result<unknown, DesktopError>>
  /** The whole file, to hand to `download` (a Blob backed by the disk where there is OPFS). */
  finish(): Promise<Result<Blob, DesktopError>>
  abort(): Promise<void>
}

/**
 * Begins a download of many pieces (a backup of the browser edition). Where the page has an
 * origin-private file system, the pieces are written to `STAGED_DOWNLOAD_NAME` in it and the
 * download is that file: the renderer holds one piece at a time and the browser reads the file from
 * disk (measured: a 1.3 GB backup downloads whole and the renderer peak stays flat, decision 0021;
 * the same bytes as one in-memory Blob made Chromium cancel the download above some 500 MB). The
 * file stays until the next download replaces it or, an hour old, the app next starts
 * (`removeStaleStagedDownload`: the browser may still be reading it meanwhile), and is never
 * listed as a snapshot (its name is not a snapshot's). Without OPFS (plain http on an
 * intranet), each piece becomes a Blob of its own as it comes, so the page's memory does not hold
 * the backup; Chromium keeps those in the browser process, which caps such a download's size.
 *
 * @example
 *   const staged = await beginStagedDownload(await openSnapshotDirectory())
 *   await staged.append(chunk); const file = await staged.finish(); if (file.ok) download(file.value, name)
 */
export async function beginStagedDownload(
  directory: Pick<SnapshotDirectory, 'getFileHandle' | 'removeEntry'> | null,
): Promise<Result<StagedDownload, DesktopError>> {
  if (directory === null) return ok(inMemory())
  try {
    await directory.removeEntry(STAGED_DOWNLOAD_NAME).catch(() => undefined)
    const handle = await directory.getFileHandle(STAGED_DOWNLOAD_NAME, { create: true })
    const writable = await handle.createWritable()
    return ok({
      append: async (chunk) => {
        try {
          await writable.write(chunk)
          return ok(null)
        } catch (error) {
          return err({ code: 'io-failed', message: String(error) })
        }
      },
      finish: async () => {
        try {
          await writable.close()
          return ok(await handle.getFile())
        } catch (error) {
          return err({ code: 'io-failed', message: String(error) })
        }
      },
      abort: async () => {
        await writable.abort().catch(() => undefined)
        await directory.removeEntry(STAGED_DOWNLOAD_NAME).catch(() => undefined)
      },
    })
  } catch (error) {
    return err({ code: 'io-failed', message: String(error) })
  }
}

function inMemory(): StagedDownload {
  const parts: Blob[] = []
  return {
    append: (chunk) => {
      parts.push(new Blob([chunk.slice() as Uint8Array<ArrayBuffer>]))
      return Promise.resolve(ok(null))
    },
    finish: () => Promise.resolve(ok(new Blob(parts, { type: 'application/json' }))),
    abort: () => {
      parts.length = 0
      return Promise.resolve()
    },
  }
}

/** How old a staged download must be before the app removes it at start: its download is surely over. */
export const STAGED_DOWNLOAD_MAX_AGE_MS = 60 * 60 * 1000

/**
 * Removes the last download's staged file when it is older than `STAGED_DOWNLOAD_MAX_AGE_MS`, so
 * a 1 GB backup does not keep holding the origin's storage after it was downloaded. True when it
 * was removed; a missing file, an unknown age or any error leaves everything as it is.
 *
 * @example
 *   await removeStaleStagedDownload(await openSnapshotDirectory(), new Date()) // => false
 */
export async function removeStaleStagedDownload(
  directory: Pick<SnapshotDirectory, 'getFileHandle' | 'removeEntry'> | null,
  now: Date,
): Promise<boolean> {
  if (directory === null) return false
  try {
    const file = await (await directory.getFileHandle(STAGED_DOWNLOAD_NAME)).getFile()
    const lastModified = (file as Blob & { readonly lastModified?: number }).lastModified
    if (lastModified === undefined || now.getTime() - lastModified < STAGED_DOWNLOAD_MAX_AGE_MS) return false
    await directory.removeEntry(STAGED_DOWNLOAD_NAME)
    return true
  } catch {
    return false
  }
}
