import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { MAX_BACKUP_CHUNK_BYTES } from '../../shared/ipc/contract'
import { createPickedFiles, type FileStamp, type PickedFileSystem } from './pickedFiles'

/** An in-memory file system: files by path, each with its bytes and modification time. */
function aFileSystem(files: Record<string, { bytes: Uint8Array; mtimeMs: number }>) {
  const opened: string[] = []
  let open = 0
  const stampOf = (path: string): FileStamp => {
    const file = files[path]
    if (file === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' })
    return { size: file.bytes.byteLength, mtimeMs: file.mtimeMs }
  }
  const fs: PickedFileSystem = {
    stat: async (path) => stampOf(path),
    open: async (path) => {
      stampOf(path)
      opened.push(path)
      open += 1
      return {
        stat: async () => stampOf(path),
        read: async (buffer, offset, length, position) => {
          const bytes = (files[path]?.bytes ?? new Uint8Array()).subarray(position, position + length)
          buffer.set(bytes, offset)
          return { bytesRead: bytes.byteLength }
        },
        close: async () => {
          open -= 1
        },
      }
    },
  }
  return { fs, files, opened, openCount: () => open }
}

const TOKEN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

describe('createPickedFiles', () => {
  it('hands out a fresh opaque token per pick and reads nothing when picking', async () => {
    const { fs, opened } = aFileSystem({ '/u/backup.json': { bytes: new Uint8Array(10), mtimeMs: 1 } })
    const picked = createPickedFiles({ fs })

    const first = await picked.pick('/u/backup.json')
    const second = await picked.pick('/u/backup.json')

    expect(first).toMatch(TOKEN)
    expect(second).toMatch(TOKEN)
    expect(second).not.toBe(first)
    expect(opened).toEqual([])
  })

  it('reads a file larger than one chunk chunk by chunk, each within the chunk size, and closes it', async () => {
    const bytes = Uint8Array.from({ length: 23 }, (_, index) => index)
    const { fs, openCount } = aFileSystem({ '/u/backup.json': { bytes, mtimeMs: 5 } })
    const picked = createPickedFiles({ fs, maxChunkBytes: 5 })
    const token = await picked.pick('/u/backup.json')

    const parts: number[] = []
    for (let offset = 0; offset < bytes.byteLength;) {
      const chunk = await picked.readChunk(token, offset, MAX_BACKUP_CHUNK_BYTES)
      if (!chunk.ok) throw new Error(chunk.error.code)
      expect(chunk.value.total).toBe(23)
      expect(chunk.value.bytes.byteLength).toBeLessThanOrEqual(5)
      parts.push(...chunk.value.bytes)
      offset += chunk.value.bytes.byteLength
    }

    expect(parts).toEqual([...bytes])
    expect(openCount()).toBe(0)
  })

  it('reads no more than asked, and nothing from or beyond the end', async () => {
    const bytes = Uint8Array.from({ length: 10 }, (_, index) => index)
    const { fs } = aFileSystem({ '/u/backup.json': { bytes, mtimeMs: 5 } })
    const picked = createPickedFiles({ fs })
    const token = await picked.pick('/u/backup.json')

    expect(await picked.readChunk(token, 2, 3)).toEqual({
      ok: true,
      value: { bytes: new Uint8Array([2, 3, 4]), total: 10 },
    })
    expect(await picked.readChunk(token, 8, 100)).toEqual({
      ok: true,
      value: { bytes: new Uint8Array([8, 9]), total: 10 },
    })
    expect(await picked.readChunk(token, 10, 100)).toEqual({
      ok: true,
      value: { bytes: new Uint8Array(0), total: 10 },
    })
    expect(await picked.readChunk(token, 1_000_000, 100)).toEqual({
      ok: true,
      value: { bytes: new Uint8Array(0), total: 10 },
    })
  })

  it('refuses a token it never gave out, opening no file', async () => {
    const { fs, opened } = aFileSystem({ '/u/backup.json': { bytes: new Uint8Array(3), mtimeMs: 1 } })
    const picked = createPickedFiles({ fs })
    await picked.pick('/u/backup.json')

    expect(await picked.readChunk('0f8fad5b-d9cb-469f-a165-70867728950e', 0, 10)).toEqual({
      ok: false,
      error: { code: 'picked-file-not-found' },
    })
    expect(opened).toEqual([])
  })

  it('says the file changed when its size or time differ from the pick, or it is gone', async () => {
    const { fs, files } = aFileSystem({
      '/u/grown.json': { bytes: new Uint8Array(3), mtimeMs: 1 },
      '/u/touched.json': { bytes: new Uint8Array(3), mtimeMs: 1 },
      '/u/gone.json': { bytes: new Uint8Array(3), mtimeMs: 1 },
    })
    const picked = createPickedFiles({ fs })
    const grown = await picked.pick('/u/grown.json')
    const touched = await picked.pick('/u/touched.json')
    const gone = await picked.pick('/u/gone.json')
    files['/u/grown.json'] = { bytes: new Uint8Array(4), mtimeMs: 1 }
    files['/u/touched.json'] = { bytes: new Uint8Array(3), mtimeMs: 2 }
    delete files['/u/gone.json']

    expect(await picked.readChunk(grown, 0, 10)).toEqual({
      ok: false,
      error: { code: 'picked-file-changed', fileName: 'grown.json' },
    })
    expect(await picked.readChunk(touched, 0, 10)).toMatchObject({
      ok: false,
      error: { code: 'picked-file-changed' },
    })
    expect(await picked.readChunk(gone, 0, 10)).toEqual({
      ok: false,
      error: { code: 'picked-file-changed', fileName: 'gone.json' },
    })
  })

  it('remembers a file with the stamp a folder scan saw, and forgets the oldest past its capacity', async () => {
    const { fs } = aFileSystem({ '/u/a.json': { bytes: new Uint8Array(2), mtimeMs: 7 } })
    let next = 0
    const picked = createPickedFiles({
      fs,
      capacity: 2,
      newToken: () => `0f8fad5b-d9cb-469f-a165-70867728950${next++}`,
    })

    const stale = picked.remember('/u/a.json', { size: 2, mtimeMs: 6 })
    const first = picked.remember('/u/a.json', { size: 2, mtimeMs: 7 })
    const second = picked.remember('/u/a.json', { size: 2, mtimeMs: 7 })
    const third = picked.remember('/u/a.json', { size: 2, mtimeMs: 7 })

    expect(await picked.readChunk(stale, 0, 2)).toMatchObject({
      ok: false,
      error: { code: 'picked-file-not-found' },
    })
    expect(await picked.readChunk(first, 0, 2)).toMatchObject({
      ok: false,
      error: { code: 'picked-file-not-found' },
    })
    expect(await picked.readChunk(second, 0, 2)).toEqual({
      ok: true,
      value: { bytes: new Uint8Array(2), total: 2 },
    })
    expect(await picked.readChunk(third, 0, 2)).toMatchObject({ ok: true })
  })

  it('says the file changed when it was shortened between the check and the read', async () => {
    const { fs } = aFileSystem({ '/u/backup.json': { bytes: new Uint8Array(8), mtimeMs: 1 } })
    const picked = createPickedFiles({
      fs: {
        ...fs,
        open: async (path) => ({ ...(await fs.open(path)), read: async () => ({ bytesRead: 0 }) }),
      },
    })
    const token = await picked.pick('/u/backup.json')

    expect(await picked.readChunk(token, 0, 8)).toMatchObject({
      ok: false,
      error: { code: 'picked-file-changed' },
    })
  })
})

describe('createPickedFiles on the real file system', () => {
  it('reads a picked file from disk', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'picked-'))
    try {
      const path = join(folder, 'backup.json')
      await writeFile(path, 'hello backup')
      const picked = createPickedFiles({ maxChunkBytes: 4 })
      const token = await picked.pick(path)

      expect(await picked.readChunk(token, 6, 100)).toEqual({
        ok: true,
        value: { bytes: new TextEncoder().encode('back'), total: 12 },
      })
      await writeFile(path, 'hello backup, changed')
      expect(await picked.readChunk(token, 0, 4)).toEqual({
        ok: false,
        error: { code: 'picked-file-changed', fileName: 'backup.json' },
      })
    } finally {
      await rm(folder, { recursive: true, force: true })
    }
  })
})
