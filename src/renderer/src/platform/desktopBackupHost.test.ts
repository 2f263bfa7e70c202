import { describe, expect, it, vi } from 'vitest'
import { err, ok, type Result } from '@core/result'
import { MAX_BACKUP_CHUNK_BYTES, type BackupEntry, type DesktopError } from '../../../shared/ipc/contract'
import { desktopBackupHost, BackupReadFailed } from './desktopBackupHost'

const uploadId = '0f8fad5b-d9cb-469f-a165-70867728950e'
const id = '20250301T080000000Z-a1b2c3'
const token = '7c9e6679-7425-40de-944b-e07fc1f90ae7'

type ChunkReply = Result<{ bytes: Uint8Array; total: number }, DesktopError>

function aDesktop(file: Uint8Array, readLimit = 5) {
  const desktop = {
    beginBackup: vi.fn(async () => ok({ uploadId })),
    appendBackup: vi.fn(async () => ok({ bytes: 1 })),
    finishBackup: vi.fn(async () =>
      ok({ status: 'written' as const, entry: { id } as unknown as BackupEntry }),
    ),
    abortBackup: vi.fn(async () => ok(null)),
    listBackups: vi.fn(async () => ok([])),
    readBackupChunk: vi.fn(
      async (request: {
        id: string
        offset: number
        length: number
      }): Promise<Result<{ bytes: Uint8Array; total: number }, DesktopError>> => {
        if (request.id !== id) return err({ code: 'backup-not-found', id: request.id })
        const length = Math.min(request.length, readLimit)
        return ok({ bytes: file.slice(request.offset, request.offset + length), total: file.byteLength })
      },
    ),
    readPickedFileChunk: vi.fn(
      async (request: { token: string; offset: number; length: number }): Promise<ChunkReply> => {
        if (request.token !== token) return err({ code: 'picked-file-not-found' })
        const length = Math.min(request.length, readLimit)
        return ok({ bytes: file.slice(request.offset, request.offset + length), total: file.byteLength })
      },
    ),
  }
  return desktop
}

describe('desktopBackupHost', () => {
  it('sends every call of an upload with the id main gave it', async () => {
    const desktop = aDesktop(new Uint8Array())
    const begun = await desktopBackupHost(desktop).begin('before-upgrade')
    if (!begun.ok) throw new Error(begun.error.code)

    await begun.value.append(new Uint8Array([1, 2]))
    await begun.value.finish({ contentHash: 'c'.repeat(64), recordCount: 2, schemaVersion: 6 })
    await begun.value.abort()

    expect(desktop.beginBackup).toHaveBeenCalledWith({ reason: 'before-upgrade' })
    expect(desktop.appendBackup).toHaveBeenCalledWith({ uploadId, chunk: new Uint8Array([1, 2]) })
    expect(desktop.finishBackup).toHaveBeenCalledWith({
      uploadId,
      contentHash: 'c'.repeat(64),
      recordCount: 2,
      schemaVersion: 6,
    })
    expect(desktop.abortBackup).toHaveBeenCalledWith({ uploadId })
  })

  it('reads a backup in chunks, as often as the restore asks', async () => {
    const file = Uint8Array.from({ length: 23 }, (_, index) => index)
    const desktop = aDesktop(file)
    const read = await desktopBackupHost(desktop).read(id)
    if (!read.ok) throw new Error(read.error.code)

    for (let pass = 0; pass < 2; pass += 1) {
      const parts: number[] = []
      for await (const chunk of read.value()) parts.push(...chunk)
      expect(parts).toEqual([...file])
    }
    expect(desktop.readBackupChunk).toHaveBeenCalledWith({ id, offset: 5, length: MAX_BACKUP_CHUNK_BYTES })
  })

  it('answers a missing backup as an error value, and a read failing midway as a thrown failure', async () => {
    const desktop = aDesktop(new Uint8Array(12))
    expect(await desktopBackupHost(desktop).read('20250301T080000000Z-ffffff')).toEqual({
      ok: false,
      error: { code: 'backup-not-found', id: '20250301T080000000Z-ffffff' },
    })

    const read = await desktopBackupHost(desktop).read(id)
    if (!read.ok) throw new Error(read.error.code)
    desktop.readBackupChunk.mockResolvedValueOnce(err({ code: 'backup-damaged', id }))
    const reading = (async () => {
      for await (const chunk of read.value()) void chunk
    })()
    await expect(reading).rejects.toBeInstanceOf(BackupReadFailed)
  })
})

describe('desktopBackupHost with a picked backup file', () => {
  it('reads the file by its token in chunks, as often as the restore asks', async () => {
    const file = Uint8Array.from({ length: 23 }, (_, index) => 100 + index)
    const desktop = aDesktop(file)
    const read = await desktopBackupHost(desktop).readPicked(token)
    if (!read.ok) throw new Error(read.error.code)

    for (let pass = 0; pass < 2; pass += 1) {
      const parts: number[] = []
      for await (const chunk of read.value()) parts.push(...chunk)
      expect(parts).toEqual([...file])
    }
    expect(desktop.readPickedFileChunk).toHaveBeenCalledWith({
      token,
      offset: 20,
      length: MAX_BACKUP_CHUNK_BYTES,
    })
    expect(desktop.readBackupChunk).not.toHaveBeenCalled()
  })

  it('answers an unknown token as an error value, and a file changed midway as a thrown failure', async () => {
    const desktop = aDesktop(new Uint8Array(12))
    expect(await desktopBackupHost(desktop).readPicked('00000000-0000-4000-8000-000000000000')).toEqual({
      ok: false,
      error: { code: 'picked-file-not-found' },
    })

    const read = await desktopBackupHost(desktop).readPicked(token)
    if (!read.ok) throw new Error(read.error.code)
    desktop.readPickedFileChunk.mockResolvedValueOnce(
      err({ code: 'picked-file-changed', fileName: 'backup.json' }),
    )
    const failure = await (async () => {
      for await (const chunk of read.value()) void chunk
    })().catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(BackupReadFailed)
    expect((failure as BackupReadFailed).failure).toEqual({
      code: 'picked-file-changed',
      fileName: 'backup.json',
    })
  })
})
