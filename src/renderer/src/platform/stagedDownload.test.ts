import { describe, expect, it } from 'vitest'
import {
  beginStagedDownload,
  removeStaleStagedDownload,
  STAGED_DOWNLOAD_MAX_AGE_MS,
  STAGED_DOWNLOAD_NAME,
} from './stagedDownload'
import type { SnapshotDirectory, SnapshotFileHandle } from './opfsSnapshots'

/** An origin-private folder in memory: a write is seen only once closed, as in Chromium. */
function aFolder(options: { failWrites?: boolean } = {}) {
  const files = new Map<string, Uint8Array>()
  const removed: string[] = []
  const writes: number[] = []
  const directory: Pick<SnapshotDirectory, 'getFileHandle' | 'removeEntry'> = {
    getFileHandle: async (name, create) => {
      if (!files.has(name) && create?.create !== true) throw new Error('NotFoundError')
      if (!files.has(name)) files.set(name, new Uint8Array())
      const handle: SnapshotFileHandle = {
        kind: 'file',
        name,
        getFile: async () => new Blob([files.get(name) as Uint8Array<ArrayBuffer>]),
        createWritable: async () => {
          const parts: Uint8Array[] = []
          return {
            write: async (chunk) => {
              if (options.failWrites === true) throw new Error('QuotaExceededError')
              writes.push(chunk.byteLength)
              parts.push(chunk.slice())
            },
            close: async () => {
              files.set(
                name,
                new Uint8Array(await new Blob(parts as Uint8Array<ArrayBuffer>[]).arrayBuffer()),
              )
            },
            abort: async () => {},
          }
        },
        move: async () => {},
      }
      return handle
    },
    removeEntry: async (name) => {
      removed.push(name)
      if (!files.delete(name)) throw new Error('NotFoundError')
    },
  }
  return { directory, files, removed, writes }
}

const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer())

describe('beginStagedDownload', () => {
  it('writes each piece to the staged file as it comes and offers that file, replacing the previous one', async () => {
    const { directory, files, removed, writes } = aFolder()
    files.set(STAGED_DOWNLOAD_NAME, new Uint8Array([9, 9, 9]))

    const staged = await beginStagedDownload(directory)
    if (!staged.ok) throw new Error('not begun')
    await staged.value.append(new Uint8Array([1, 2]))
    await staged.value.append(new Uint8Array([3]))
    const file = await staged.value.finish()

    expect(removed).toEqual([STAGED_DOWNLOAD_NAME])
    expect(writes).toEqual([2, 1])
    if (!file.ok) throw new Error('not finished')
    expect(await bytesOf(file.value)).toEqual(new Uint8Array([1, 2, 3]))
  })

  it('says the write failed (a full disk) and removes the staged file when aborted', async () => {
    const { directory, files } = aFolder({ failWrites: true })
    const staged = await beginStagedDownload(directory)
    if (!staged.ok) throw new Error('not begun')

    const appended = await staged.value.append(new Uint8Array([1]))
    await staged.value.abort()

    expect(appended).toEqual({
      ok: false,
      error: { code: 'io-failed', message: 'Error: QuotaExceededError' },
    })
    expect(files.has(STAGED_DOWNLOAD_NAME)).toBe(false)
  })

  it('without an origin-private file system, gathers the pieces into one Blob', async () => {
    const staged = await beginStagedDownload(null)
    if (!staged.ok) throw new Error('not begun')
    const piece = new Uint8Array([4, 5])
    await staged.value.append(piece)
    piece[0] = 0
    await staged.value.append(new Uint8Array([6]))
    const file = await staged.value.finish()

    if (!file.ok) throw new Error('not finished')
    // Each piece is copied when it comes (the caller reuses its buffer).
    expect(await bytesOf(file.value)).toEqual(new Uint8Array([4, 5, 6]))
  })
})

describe('removeStaleStagedDownload', () => {
  /** A folder holding the staged file, last written at `lastModified` (ms). */
  function withStagedFile(lastModified: number | null) {
    const removed: string[] = []
    const directory: Pick<SnapshotDirectory, 'getFileHandle' | 'removeEntry'> = {
      getFileHandle: async (name) => {
        if (lastModified === null || name !== STAGED_DOWNLOAD_NAME) throw new Error('NotFoundError')
        return {
          kind: 'file',
          name,
          getFile: async () => new File([new Uint8Array(4)], name, { lastModified }),
          createWritable: async () => {
            throw new Error('not used')
          },
          move: async () => {},
        }
      },
      removeEntry: async (name) => void removed.push(name),
    }
    return { directory, removed }
  }
  const now = new Date('2026-12-08T10:00:00Z')

  it('removes the staged file of a download more than an hour old', async () => {
    const { directory, removed } = withStagedFile(now.getTime() - STAGED_DOWNLOAD_MAX_AGE_MS - 1)
    expect(await removeStaleStagedDownload(directory, now)).toBe(true)
    expect(removed).toEqual([STAGED_DOWNLOAD_NAME])
  })

  it('leaves a recent one (the browser may still be reading it), a missing one, and a page without OPFS', async () => {
    const recent = withStagedFile(now.getTime() - 60_000)
    expect(await removeStaleStagedDownload(recent.directory, now)).toBe(false)
    expect(recent.removed).toEqual([])
    const missing = withStagedFile(null)
    expect(await removeStaleStagedDownload(missing.directory, now)).toBe(false)
    expect(missing.removed).toEqual([])
    expect(await removeStaleStagedDownload(null, now)).toBe(false)
  })
})
