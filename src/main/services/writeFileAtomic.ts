import { randomUUID } from 'node:crypto'
import { open, rename, rm } from 'node:fs/promises'
import { dirname } from 'node:path'

/**
 * Writes bytes to `path` via a temp file in the same folder, flushed, then renamed over the
 * target, then flushes the folder so the rename itself survives a power cut: readers see either
 * the old file or the whole new one.
 *
 * @example
 *   await writeFileAtomic('/home/u/report.xlsx', bytes)
 */
export async function writeFileAtomic(path: string, bytes: Uint8Array): Promise<void> {
  const temporary = `${path}.${randomUUID()}.tmp`
  try {
    const handle = await open(temporary, 'w')
    try {
      await handle.writeFile(bytes)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(temporary, path)
  } catch (error) {
    await rm(temporary, { force: true })
    throw error
  }
  await syncFolder(dirname(path))
}

/**
 * fsyncs a folder so renames and deletions in it are on disk. Windows cannot open a folder for
 * syncing (EISDIR/EPERM); NTFS journals the rename itself, so that case is skipped.
 */
export async function syncFolder(folder: string): Promise<void> {
  let handle: Awaited<ReturnType<typeof open>> | undefined
  try {
    handle = await open(folder, 'r')
    await handle.sync()
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EINVAL' && code !== 'EACCES' && code !== 'EBADF')
      throw error
  } finally {
    await handle?.close()
  }
}
