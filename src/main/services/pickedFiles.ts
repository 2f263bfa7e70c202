import { randomUUID } from 'node:crypto'
import { open, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { err, ok, type Result } from '@core/result'
import { MAX_BACKUP_CHUNK_BYTES, MAX_FILES_PER_PICK, type DesktopError } from '../../shared/ipc/contract'

/** What identifies the version of a file that was picked: a later read must find the same. */
export type FileStamp = { readonly size: number; readonly mtimeMs: number }

/** An open file as `readChunk` uses it (node's `FileHandle` has this shape). */
export type PickedFileHandle = {
  stat(): Promise<FileStamp>
  read(buffer: Uint8Array, offset: number, length: number, position: number): Promise<{ bytesRead: number }>
  close(): Promise<void>
}

/** The file system the picked files are stamped and read through (injected for tests). */
export type PickedFileSystem = {
  stat(path: string): Promise<FileStamp>
  open(path: string): Promise<PickedFileHandle>
}

/**
 * Backup files the user picked in a dialog or dropped on the window, behind opaque tokens
 * (decision 0003): the renderer reads them in chunks by token and never sends a path back.
 */
export type PickedFiles = {
  /** Remembers a granted file as it is now (size, modification time) and returns a new token. */
  remember(path: string, stamp: FileStamp): string
  /** Stamps the file at `path` (which must exist) and returns a new token for it. */
  pick(path: string): Promise<string>
  /**
   * Up to `length` bytes from `offset` (at most one chunk), and the file's size; past the end, no
   * bytes. Unknown token: `picked-file-not-found`; the file gone or not as picked: `picked-file-changed`.
   */
  readChunk(
    token: string,
    offset: number,
    length: number,
  ): Promise<Result<{ readonly bytes: Uint8Array; readonly total: number }, DesktopError>>
}

const nodeFileSystem: PickedFileSystem = {
  stat: async (path) => {
    const info = await stat(path)
    return { size: info.size, mtimeMs: info.mtimeMs }
  },
  open: async (path) => {
    const handle = await open(path, 'r')
    return {
      stat: async () => {
        const info = await handle.stat()
        return { size: info.size, mtimeMs: info.mtimeMs }
      },
      read: (buffer, offset, length, position) => handle.read(buffer, offset, length, position),
      close: () => handle.close(),
    }
  },
}

/**
 * A bounded map from random tokens to picked files (path, size and modification time when picked),
 * like the reveal registry: the oldest are forgotten past `capacity` (by default as many as one
 * pick may return, so a pick never forgets its own files). Each pick gets its own token.
 *
 * @example
 *   const token = await picked.pick('D:\\Chuyen may\\backup.json') // returned as PickedFile.token
 *   await picked.readChunk(token, 0, MAX_BACKUP_CHUNK_BYTES) // => ok({ bytes, total })
 */
export function createPickedFiles(
  options: {
    readonly fs?: PickedFileSystem
    readonly capacity?: number
    readonly newToken?: () => string
    /** The largest chunk one read returns (tests use small ones); at most `MAX_BACKUP_CHUNK_BYTES`. */
    readonly maxChunkBytes?: number
  } = {},
): PickedFiles {
  const fs = options.fs ?? nodeFileSystem
  const capacity = options.capacity ?? MAX_FILES_PER_PICK
  const newToken = options.newToken ?? randomUUID
  const maxChunkBytes = Math.min(options.maxChunkBytes ?? MAX_BACKUP_CHUNK_BYTES, MAX_BACKUP_CHUNK_BYTES)
  const files = new Map<string, { readonly path: string; readonly stamp: FileStamp }>()

  const remember = (path: string, stamp: FileStamp): string => {
    const token = newToken()
    files.set(token, { path, stamp: { size: stamp.size, mtimeMs: stamp.mtimeMs } })
    while (files.size > capacity) {
      const oldest = files.keys().next().value as string
      files.delete(oldest)
    }
    return token
  }

  const readChunk: PickedFiles['readChunk'] = async (token, offset, length) => {
    const picked = files.get(token)
    if (picked === undefined) return err({ code: 'picked-file-not-found' })
    const changed = err({ code: 'picked-file-changed' as const, fileName: basename(picked.path) })
    let handle: PickedFileHandle | null = null
    try {
      handle = await fs.open(picked.path)
      const now = await handle.stat()
      if (now.size !== picked.stamp.size || now.mtimeMs !== picked.stamp.mtimeMs) return changed
      const wanted = Math.max(0, Math.min(length, maxChunkBytes, now.size - offset))
      const bytes = new Uint8Array(wanted)
      let filled = 0
      while (filled < wanted) {
        const { bytesRead } = await handle.read(bytes, filled, wanted - filled, offset + filled)
        if (bytesRead === 0) break
        filled += bytesRead
      }
      // Shorter than its size said: it was truncated after the check.
      if (filled < wanted) return changed
      return ok({ bytes, total: now.size })
    } catch {
      return changed
    } finally {
      await handle?.close().catch(() => undefined)
    }
  }

  return {
    remember,
    pick: async (path) => remember(path, await fs.stat(path)),
    readChunk,
  }
}
