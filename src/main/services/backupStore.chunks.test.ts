import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { encodeBackup } from '@core/formats/backup/backupFormat'
import { MAX_BACKUP_CHUNK_BYTES } from '../../shared/ipc/contract'
import { createBackupStore, STALE_UPLOAD_MS, type BackupStoreOptions } from './backupStore'

let folder: string | undefined
afterEach(async () => {
  if (folder) await rm(folder, { recursive: true, force: true })
})

async function aBackup(value: string) {
  const encoded = await encodeBackup(
    { settings: [{ key: 'k', value }] },
    {
      createdAt: '2025-03-01T00:00:00.000Z',
      appVersion: '0.1.0',
      database: 'ict-index-workbench',
      schemaVersion: 1,
    },
  )
  if (!encoded.ok) throw new Error('encode failed')
  return { bytes: encoded.value.bytes, contentHash: encoded.value.header.contentHash }
}

async function aStore(options: Partial<BackupStoreOptions> = {}) {
  folder = await mkdtemp(join(tmpdir(), 'backup-chunks-'))
  let suffix = 0
  const clock = { now: Date.UTC(2025, 2, 1, 8, 0, 0) }
  const store = createBackupStore({
    folder,
    now: () => new Date((clock.now += 1000)),
    randomSuffix: () => (suffix++).toString(16).padStart(6, '0'),
    ...options,
  })
  return { store, clock }
}

/** Sends `bytes` in chunks of `size` and finishes the backup. */
async function sendInChunks(
  store: Awaited<ReturnType<typeof aStore>>['store'],
  bytes: Uint8Array,
  size: number,
) {
  const begun = await store.begin('manual')
  if (!begun.ok) throw new Error(begun.error.code)
  for (let at = 0; at < bytes.byteLength; at += size) {
    const appended = await store.append(begun.value.uploadId, bytes.subarray(at, at + size))
    if (!appended.ok) return appended
  }
  return { uploadId: begun.value.uploadId }
}

describe('backups written in chunks', () => {
  it('writes the chunks to a part file and commits them as a verified backup', async () => {
    const { store } = await aStore()
    const { bytes, contentHash } = await aBackup('một hai ba')
    const sent = await sendInChunks(store, bytes, 7)
    if (!('uploadId' in sent)) throw new Error('append failed')

    const finished = await store.finish({
      uploadId: sent.uploadId,
      contentHash,
      recordCount: 1,
      schemaVersion: 1,
    })

    expect(finished).toMatchObject({
      ok: true,
      value: { status: 'written', entry: { reason: 'manual', verified: true } },
    })
    const id = finished.ok && finished.value.status === 'written' ? finished.value.entry.id : ''
    expect(new Uint8Array(await readFile(join(folder as string, `backup-${id}.json`)))).toEqual(bytes)
    expect((await readdir(folder as string)).filter((name) => name.endsWith('.part'))).toEqual([])
    expect(await store.list()).toEqual([expect.objectContaining({ id, verified: true })])
  })

  it('reads a backup back in chunks, never more than asked nor past its end', async () => {
    const { store } = await aStore()
    const { bytes, contentHash } = await aBackup('đọc lại')
    const sent = await sendInChunks(store, bytes, 1000)
    if (!('uploadId' in sent)) throw new Error('append failed')
    const finished = await store.finish({
      uploadId: sent.uploadId,
      contentHash,
      recordCount: 1,
      schemaVersion: 1,
    })
    const id = finished.ok && finished.value.status === 'written' ? finished.value.entry.id : ''

    const parts: Uint8Array[] = []
    for (let offset = 0; ;) {
      const chunk = await store.readChunk(id, offset, 10)
      if (!chunk.ok) throw new Error(chunk.error.code)
      expect(chunk.value.total).toBe(bytes.byteLength)
      expect(chunk.value.bytes.byteLength).toBeLessThanOrEqual(10)
      if (chunk.value.bytes.byteLength === 0) break
      parts.push(chunk.value.bytes)
      offset += chunk.value.bytes.byteLength
    }
    expect(new Uint8Array(Buffer.concat(parts))).toEqual(bytes)
    expect(await store.readChunk('20250301T080000000Z-ffffff', 0, 10)).toEqual({
      ok: false,
      error: { code: 'backup-not-found', id: '20250301T080000000Z-ffffff' },
    })
  })

  it('refuses data that does not start as a backup, and removes its part file', async () => {
    const { store } = await aStore()
    const begun = await store.begin('manual')
    if (!begun.ok) throw new Error(begun.error.code)

    expect(await store.append(begun.value.uploadId, new TextEncoder().encode('{"not":"a backup"}'))).toEqual({
      ok: false,
      error: { code: 'not-a-backup' },
    })
    expect(await readdir(folder as string)).toEqual([])
    expect(await store.append(begun.value.uploadId, new Uint8Array([1]))).toEqual({
      ok: false,
      error: { code: 'backup-upload-not-found' },
    })
  })

  it('refuses a chunk over the cap and drops the upload', async () => {
    const { store } = await aStore()
    const begun = await store.begin('manual')
    if (!begun.ok) throw new Error(begun.error.code)

    const appended = await store.append(begun.value.uploadId, new Uint8Array(MAX_BACKUP_CHUNK_BYTES + 1))

    expect(appended).toEqual({ ok: false, error: { code: 'backup-too-large' } })
    expect(await readdir(folder as string)).toEqual([])
  })

  it('removes an aborted backup and leaves the earlier ones', async () => {
    const { store } = await aStore()
    const { bytes, contentHash } = await aBackup('giữ lại')
    const kept = await sendInChunks(store, bytes, 100)
    if (!('uploadId' in kept)) throw new Error('append failed')
    await store.finish({ uploadId: kept.uploadId, contentHash, recordCount: 1, schemaVersion: 1 })
    const dropped = await sendInChunks(store, bytes, 100)
    if (!('uploadId' in dropped)) throw new Error('append failed')

    expect(await store.abort(dropped.uploadId)).toEqual({ ok: true, value: null })

    expect((await readdir(folder as string)).sort()).toEqual([
      expect.stringMatching(/^backup-.*\.json$/),
      expect.stringMatching(/^backup-.*\.meta\.json$/),
    ])
    expect(
      await store.finish({ uploadId: dropped.uploadId, contentHash, recordCount: 1, schemaVersion: 1 }),
    ).toEqual({
      ok: false,
      error: { code: 'backup-upload-not-found' },
    })
  })

  it('cleans up a begun backup left unfinished (a renderer that crashed) once it is stale', async () => {
    const { store, clock } = await aStore()
    const { bytes, contentHash } = await aBackup('bỏ dở')
    const abandoned = await sendInChunks(store, bytes.subarray(0, 50), 50)
    if (!('uploadId' in abandoned)) throw new Error('append failed')
    expect((await readdir(folder as string)).filter((name) => name.endsWith('.part'))).toHaveLength(1)

    clock.now += STALE_UPLOAD_MS
    const next = await sendInChunks(store, bytes, 64)
    if (!('uploadId' in next)) throw new Error('append failed')
    expect(
      await store.finish({ uploadId: next.uploadId, contentHash, recordCount: 1, schemaVersion: 1 }),
    ).toMatchObject({
      ok: true,
    })

    expect((await readdir(folder as string)).filter((name) => name.endsWith('.part'))).toEqual([])
    expect(await store.append(abandoned.uploadId, new Uint8Array([1]))).toEqual({
      ok: false,
      error: { code: 'backup-upload-not-found' },
    })
  })

  it('removes part files a previous run of main left behind at the next commit', async () => {
    const { store } = await aStore()
    const { writeFile } = await import('node:fs/promises')
    await writeFile(join(folder as string, 'upload-0f8fad5b-d9cb-469f-a165-70867728950e.part'), 'half')
    const { bytes, contentHash } = await aBackup('sau khi khởi động lại')
    const sent = await sendInChunks(store, bytes, 64)
    if (!('uploadId' in sent)) throw new Error('append failed')

    await store.finish({ uploadId: sent.uploadId, contentHash, recordCount: 1, schemaVersion: 1 })

    expect((await readdir(folder as string)).filter((name) => name.endsWith('.part'))).toEqual([])
  })
})
