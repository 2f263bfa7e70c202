import 'fake-indexeddb/auto'
import { describe, expect, it, vi } from 'vitest'
import { err, ok } from '@core/result'
import { defineWorkbenchDatabase, openWorkbenchDatabase } from '@core/storage/database'
import type { Result } from '@core/result'
import { chunksOf } from '@core/formats/backup/backupStream'
import type {
  BackupEntry,
  BackupReason,
  DesktopError,
  FinishBackupRequest,
  WriteBackupOutcome,
  WriteBackupRequest,
} from '../../../shared/ipc/contract'
import type { DatabaseMarker } from '@core/storage/checkDatabaseMarker'
import { DATABASE_IDENTITY_KEY } from '@core/storage/databaseIdentity'
import {
  backupFileName,
  createBackups,
  restoreSourceOf,
  UPLOAD_CHUNK_BYTES,
  type BackupHost,
} from './backups'
import { SNAPSHOT_DIAGNOSTICS_KEY } from './blobChunks'
import { desktopBackupHost } from './desktopBackupHost'
import type { DatabaseMarkerStore } from './databaseMarkerStore'

/** A host keeping each finished backup's chunks joined, as main keeps them in a file. */
function aHost(overrides: Partial<BackupHost> = {}) {
  const written: WriteBackupRequest[] = []
  const chunkSizes: number[] = []
  let aborted = 0
  const finish = vi.fn(
    async (
      request: Omit<FinishBackupRequest, 'uploadId'> & { reason: BackupReason; parts: Uint8Array[] },
    ): Promise<Result<WriteBackupOutcome, DesktopError>> => {
      const bytes = new Uint8Array(Buffer.concat(request.parts))
      written.push({
        reason: request.reason,
        bytes,
        contentHash: request.contentHash,
        recordCount: request.recordCount,
        schemaVersion: request.schemaVersion,
      })
      return ok({
        status: 'written' as const,
        entry: { id: `id-${written.length}`, reason: request.reason } as unknown as BackupEntry,
      })
    },
  )
  const host: BackupHost = {
    storage: 'profile-folder',
    begin: async (reason) => {
      const parts: Uint8Array[] = []
      return ok({
        append: async (chunk) => {
          chunkSizes.push(chunk.byteLength)
          parts.push(chunk.slice())
          return ok(null)
        },
        finish: (request) => finish({ ...request, reason, parts }),
        abort: async () => {
          aborted += 1
        },
      })
    },
    list: vi.fn(async () => ok([])),
    read: vi.fn(async (id: string) => {
      const found = written[Number(id.slice(3)) - 1]
      return found ? ok(() => chunksOf(found.bytes)) : err({ code: 'backup-not-found' as const, id })
    }),
    readPicked: vi.fn(async () => err({ code: 'picked-file-not-found' as const })),
    ...overrides,
  }
  return { host, written, finish, chunkSizes, aborted: () => aborted }
}

async function aDatabase() {
  const name = `backups-${crypto.randomUUID()}`
  const database = defineWorkbenchDatabase(name)
  await database.settings.put({ key: 'probe', value: 'original' })
  return { database, open: () => openWorkbenchDatabase(name) }
}

describe('createBackups', () => {
  it('exports the database and hands the bytes with their hash and counts to the host', async () => {
    const { database, open } = await aDatabase()
    const { host, written } = aHost()

    const result = await createBackups(host, { appVersion: '0.1.0', openDatabase: open }).backupNow(
      'before-import',
    )

    expect(result.ok).toBe(true)
    expect(written[0]).toMatchObject({
      reason: 'before-import',
      recordCount: 1,
      schemaVersion: database.verno,
      contentHash: expect.stringMatching(/^[0-9a-f]{64}$/),
    })
  })

  it('makes a backup of the current data before restoring, then restores', async () => {
    const { database, open } = await aDatabase()
    const { host, written } = aHost()
    const backups = createBackups(host, { appVersion: '0.1.0', openDatabase: open })
    await backups.backupNow('manual')
    await database.settings.put({ key: 'probe', value: 'changed' })

    const restored = await backups.restore({ id: 'id-1' })

    expect(restored).toEqual(ok({ recordCount: 1 }))
    expect(written.map((request) => request.reason)).toEqual(['manual', 'before-restore'])
    expect(await database.settings.get('probe')).toEqual({ key: 'probe', value: 'original' })
  })

  it('after a wipe (no rows at all) restores without a safety backup and rebases the marker', async () => {
    const { database, open } = await aDatabase()
    const { host, written } = aHost()
    const markers: DatabaseMarker[] = []
    const store: DatabaseMarkerStore = {
      read: async () => markers.at(-1) ?? null,
      write: async (marker) => {
        markers.push(marker)
        return true
      },
    }
    const backups = createBackups(host, { appVersion: '0.1.0', openDatabase: open, markers: store })
    await database.units.bulkAdd([{ code: 'U1', name: 'U1', group: 'g' }])
    await backups.backupNow('manual')
    await database.transaction('rw', database.tables, async () => {
      for (const table of database.tables) await table.clear()
    })

    const restored = await backups.restore({ id: 'id-1' })

    expect(restored).toEqual(ok({ recordCount: 2 }))
    expect(written.map((request) => request.reason)).toEqual(['manual'])
    expect(markers).toHaveLength(1)
    expect(markers[0]?.counts['units']).toBe(1)
    // The backup had no identity: the restored database got one, and the marker names it.
    expect(markers[0]?.identity).toBe((await database.settings.get(DATABASE_IDENTITY_KEY))?.value)
  })

  it('restores nothing when the backup of the current data fails', async () => {
    const { database, open } = await aDatabase()
    const { host, finish } = aHost()
    const backups = createBackups(host, { appVersion: '0.1.0', openDatabase: open })
    await backups.backupNow('manual')
    await database.settings.put({ key: 'probe', value: 'changed' })
    finish.mockResolvedValueOnce(err({ code: 'backup-verify-failed' }))

    const restored = await backups.restore({ id: 'id-1' })

    expect(restored).toEqual(err({ code: 'safety-backup-failed', cause: { code: 'backup-verify-failed' } }))
    expect(await database.settings.get('probe')).toEqual({ key: 'probe', value: 'changed' })
  })

  it('refuses a damaged file before touching anything', async () => {
    const { open } = await aDatabase()
    const { host, written } = aHost()
    const backups = createBackups(host, { appVersion: '0.1.0', openDatabase: open })
    await backups.backupNow('manual')
    const damaged = (written[0] as WriteBackupRequest).bytes.slice()
    damaged[damaged.length - 5] = (damaged[damaged.length - 5] as number) ^ 1

    const restored = await backups.restore({ bytes: damaged })

    expect(restored).toMatchObject({ ok: false, error: { code: 'backup-damaged' } })
    expect(written).toHaveLength(1)
  })
})

describe('backupFileName', () => {
  it('names a downloaded backup after its local time and reason', () => {
    expect(backupFileName(new Date(2025, 2, 1, 8, 5), 'before-restore')).toBe(
      'ict-index-workbench-backup-2025-03-01-0805-before-restore.json',
    )
  })
})

describe('createBackups: cancel', () => {
  it('a backup cancelled midway hands nothing to the host (no file is written)', async () => {
    const { open } = await aDatabase()
    const { host, written, finish, aborted } = aHost()
    const controller = new AbortController()
    const steps: string[] = []

    const result = await createBackups(host, { appVersion: '0.1.0', openDatabase: open }).backupNow(
      'manual',
      {
        signal: controller.signal,
        onProgress: ({ done, total }) => {
          steps.push(`${done}/${total}`)
          if (done === 2) controller.abort()
        },
      },
    )

    expect(result).toEqual({ ok: false, error: { code: 'cancelled' } })
    expect(steps.length).toBe(2)
    expect(written).toEqual([])
    expect(finish).not.toHaveBeenCalled()
    expect(aborted()).toBe(1)
  })

  it('a restore cancelled while the tables are replaced changes nothing', async () => {
    const { database, open } = await aDatabase()
    const { host, written } = aHost()
    const backups = createBackups(host, { appVersion: '0.1.0', openDatabase: open })
    await backups.backupNow('manual')
    await database.settings.put({ key: 'probe', value: 'changed' })
    const controller = new AbortController()
    const phases: string[] = []

    const result = await backups.restore(
      { id: 'id-1' },
      {
        signal: controller.signal,
        onProgress: ({ done, phase }) => {
          phases.push(phase?.name ?? '')
          // Steps of a restore are rows written (format 2 streams them entry by entry).
          if (phase?.name === 'restore' && done >= 1) controller.abort()
        },
      },
    )

    expect(result).toEqual({ ok: false, error: { code: 'cancelled' } })
    expect(phases).toContain('safety-backup')
    expect(phases.at(-1)).toBe('restore')
    expect(await database.settings.get('probe')).toEqual({ key: 'probe', value: 'changed' })
    // The safety backup before the restore was written whole; nothing else.
    expect(written.map((request) => request.reason)).toEqual(['manual', 'before-restore'])
  })
})

describe('backupBeforeUpgrade on the desktop', () => {
  it('writes the old schema to the backups folder with the reason before-upgrade, and names it in the log', async () => {
    const { openWithUpgradeBackup } = await import('@core/storage/openWithUpgradeBackup')
    const { schemaHistory } = await import('@core/storage/schemaHistory')
    const name = `upgrade-${crypto.randomUUID()}`
    const old = defineWorkbenchDatabase(name, schemaHistory.slice(0, -1))
    await old.settings.put({ key: 'probe', value: 'original' })
    old.close()
    const { host, written } = aHost()
    const backups = createBackups(host, { appVersion: '0.1.0' })

    const opened = await openWithUpgradeBackup({ name, backupBeforeUpgrade: backups.backupBeforeUpgrade })

    expect(opened.ok).toBe(true)
    if (!opened.ok) return
    const to = schemaHistory.at(-1)?.version ?? 0
    expect(written).toHaveLength(1)
    expect(written[0]).toMatchObject({ reason: 'before-upgrade', recordCount: 1, schemaVersion: to - 1 })
    expect((await opened.value.auditLog.toCollection().last())?.detail).toEqual({
      from: to - 1,
      to,
      backup: 'backup-id-1.json',
    })
    opened.value.close()
  })

  it('blocks the upgrade when the backups folder cannot be written', async () => {
    const { openWithUpgradeBackup } = await import('@core/storage/openWithUpgradeBackup')
    const { schemaHistory } = await import('@core/storage/schemaHistory')
    const name = `upgrade-${crypto.randomUUID()}`
    const old = defineWorkbenchDatabase(name, schemaHistory.slice(0, -1))
    await old.settings.put({ key: 'probe', value: 'original' })
    old.close()
    const { host } = aHost({
      begin: async () => err({ code: 'io-failed', message: 'ENOSPC' }),
    })
    const backups = createBackups(host, { appVersion: '0.1.0' })

    const opened = await openWithUpgradeBackup({ name, backupBeforeUpgrade: backups.backupBeforeUpgrade })

    expect(opened.ok ? null : opened.error).toMatchObject({
      code: 'database-upgrade-backup-failed',
      from: (schemaHistory.at(-1)?.version ?? 0) - 1,
    })
  })
})

describe('backups sent in chunks', () => {
  it('hands evidence larger than a piece to the host in pieces no larger than asked, and restores them', async () => {
    const { database, open } = await aDatabase()
    const piece = 64 * 1024
    const evidence = Uint8Array.from({ length: piece * 2 + 12_345 }, (_, index) => (index * 7) % 251)
    await database.evidence.put({
      id: 'e1',
      submissionId: 's1',
      questionCode: 'Q1',
      fileName: 'lớn.pdf',
      bytes: evidence,
    })
    const { host, written, chunkSizes } = aHost()
    const backups = createBackups(host, { appVersion: '0.1.0', openDatabase: open, uploadChunkBytes: piece })

    expect((await backups.backupNow('manual')).ok).toBe(true)

    expect(chunkSizes.length).toBeGreaterThanOrEqual(3)
    expect(Math.max(...chunkSizes)).toBeLessThanOrEqual(piece)
    expect(piece).toBeLessThan(UPLOAD_CHUNK_BYTES)
    expect(chunkSizes.reduce((total, size) => total + size, 0)).toBe(written[0]?.bytes.byteLength)
    await database.evidence.clear()
    expect((await backups.restore({ id: 'id-1' })).ok).toBe(true)
    expect((await database.evidence.get('e1'))?.bytes).toEqual(evidence)
  })

  it('aborts the upload when the host refuses a chunk, and says why', async () => {
    const { open } = await aDatabase()
    let aborted = 0
    const host: BackupHost = {
      ...aHost().host,
      begin: async () =>
        ok({
          append: async () => err({ code: 'backup-too-large' }),
          finish: () => Promise.reject(new Error('never finished')),
          abort: async () => {
            aborted += 1
          },
        }),
    }

    const result = await createBackups(host, { appVersion: '0.1.0', openDatabase: open }).backupNow('manual')

    expect(result).toEqual({ ok: false, error: { code: 'backup-too-large' } })
    expect(aborted).toBe(1)
  })
})

describe('restoring a picked backup file', () => {
  it('reads the file in slices, never whole, and restores every byte', async () => {
    const { database, open } = await aDatabase()
    const evidence = Uint8Array.from({ length: 50_000 }, (_, index) => (index * 13) % 251)
    await database.evidence.put({
      id: 'e1',
      submissionId: 's1',
      questionCode: 'Q1',
      fileName: 'a.pdf',
      bytes: evidence,
    })
    const { host, written } = aHost()
    const backups = createBackups(host, { appVersion: '0.1.0', openDatabase: open })
    expect((await backups.backupNow('manual')).ok).toBe(true)
    const file = new Blob([written[0]?.bytes as Uint8Array<ArrayBuffer>])
    const sliced: number[] = []
    const slice = file.slice.bind(file)
    Object.assign(file, {
      slice: (start?: number, end?: number) => {
        sliced.push((end ?? file.size) - (start ?? 0))
        return slice(start, end)
      },
      arrayBuffer: () => Promise.reject(new Error('the whole file was read')),
    })
    vi.stubGlobal('localStorage', {
      getItem: (key: string) =>
        key === SNAPSHOT_DIAGNOSTICS_KEY ? JSON.stringify({ readBytes: 4096 }) : null,
    })
    await database.transaction('rw', database.tables, async () => {
      for (const table of database.tables) await table.clear()
    })

    try {
      const restored = await backups.restore(
        restoreSourceOf({ fileName: 'b.json', bytes: new Uint8Array(0), file }),
      )

      expect(restored).toEqual(ok({ recordCount: 2 }))
    } finally {
      vi.unstubAllGlobals()
    }
    expect((await database.evidence.get('e1'))?.bytes).toEqual(evidence)
    expect(Math.max(...sliced)).toBeLessThanOrEqual(4096)
    // Read twice (checked, then written): each time slice by slice.
    expect(sliced.reduce((total, size) => total + size, 0)).toBeGreaterThanOrEqual(2 * file.size)
  })

  it('desktop: streams a picked file by its token through main, chunk by chunk, and restores every byte', async () => {
    const { database, open } = await aDatabase()
    const evidence = Uint8Array.from({ length: 50_000 }, (_, index) => (index * 7) % 253)
    await database.evidence.put({
      id: 'e1',
      submissionId: 's1',
      questionCode: 'Q1',
      fileName: 'a.pdf',
      bytes: evidence,
    })
    const { host, written } = aHost()
    expect(
      (await createBackups(host, { appVersion: '0.1.0', openDatabase: open }).backupNow('manual')).ok,
    ).toBe(true)
    const file = written[0]?.bytes as Uint8Array
    const token = '7c9e6679-7425-40de-944b-e07fc1f90ae7'
    const chunkBytes = 4096
    const served: number[] = []
    const unused = () => Promise.reject(new Error('not part of a restore from a picked file'))
    const desktop = {
      beginBackup: unused,
      appendBackup: unused,
      finishBackup: unused,
      abortBackup: unused,
      listBackups: unused,
      readBackupChunk: unused,
      readPickedFileChunk: vi.fn(
        async (request: {
          token: string
          offset: number
          length: number
        }): Promise<Result<{ bytes: Uint8Array; total: number }, DesktopError>> => {
          if (request.token !== token) return err({ code: 'picked-file-not-found' })
          // Main answers at most one (here small) chunk per call.
          const bytes = file.slice(request.offset, request.offset + Math.min(request.length, chunkBytes))
          served.push(bytes.byteLength)
          return ok({ bytes, total: file.byteLength })
        },
      ),
    }
    const backups = createBackups(
      { ...host, readPicked: desktopBackupHost(desktop).readPicked },
      { appVersion: '0.1.0', openDatabase: open },
    )
    await database.evidence.clear()
    await database.settings.put({ key: 'probe', value: 'changed' })

    const restored = await backups.restore(
      restoreSourceOf({ fileName: 'backup.json', bytes: new Uint8Array(0), token }),
    )

    expect(restored).toEqual(ok({ recordCount: 2 }))
    expect((await database.evidence.get('e1'))?.bytes).toEqual(evidence)
    expect(await database.settings.get('probe')).toEqual({ key: 'probe', value: 'original' })
    expect(written.map((request) => request.reason)).toEqual(['manual', 'before-restore'])
    expect(Math.max(...served)).toBeLessThanOrEqual(chunkBytes)
    expect(served.length).toBeGreaterThan(2 * Math.floor(file.byteLength / chunkBytes))
    // Read twice (checked, then written), each time chunk by chunk; the first chunk is asked once.
    expect(served.reduce((total, size) => total + size, 0)).toBe(2 * file.byteLength - chunkBytes)
  })

  it('desktop: a picked file changed while it is restored ends the restore with that reason, changing nothing', async () => {
    const { database, open } = await aDatabase()
    const { host, written } = aHost()
    await createBackups(host, { appVersion: '0.1.0', openDatabase: open }).backupNow('manual')
    const file = written[0]?.bytes as Uint8Array
    let calls = 0
    const unused = () => Promise.reject(new Error('not part of a restore from a picked file'))
    const desktop = {
      beginBackup: unused,
      appendBackup: unused,
      finishBackup: unused,
      abortBackup: unused,
      listBackups: unused,
      readBackupChunk: unused,
      readPickedFileChunk: async (request: {
        token: string
        offset: number
        length: number
      }): Promise<Result<{ bytes: Uint8Array; total: number }, DesktopError>> => {
        calls += 1
        // The first pass (the check) reads it whole; the second (the write) finds it changed.
        if (request.offset > 0 && calls > Math.ceil(file.byteLength / 64))
          return err({ code: 'picked-file-changed', fileName: 'backup.json' })
        const bytes = file.slice(request.offset, request.offset + Math.min(request.length, 64))
        return ok({ bytes, total: file.byteLength })
      },
    }
    const backups = createBackups(
      { ...host, readPicked: desktopBackupHost(desktop).readPicked },
      { appVersion: '0.1.0', openDatabase: open },
    )
    await database.settings.put({ key: 'probe', value: 'changed' })

    const restored = await backups.restore({ token: '7c9e6679-7425-40de-944b-e07fc1f90ae7' })

    expect(restored).toEqual({ ok: false, error: { code: 'picked-file-changed', fileName: 'backup.json' } })
    expect(await database.settings.get('probe')).toEqual({ key: 'probe', value: 'changed' })
  })

  it('desktop: a token main does not know is an error value, and nothing is changed', async () => {
    const { database, open } = await aDatabase()
    const { host, written } = aHost()

    const restored = await createBackups(host, { appVersion: '0.1.0', openDatabase: open }).restore({
      token: '00000000-0000-4000-8000-000000000000',
    })

    expect(restored).toEqual({ ok: false, error: { code: 'picked-file-not-found' } })
    expect(written).toEqual([])
    expect(await database.settings.get('probe')).toEqual({ key: 'probe', value: 'original' })
  })

  it('restores through the token when the platform gave one', () => {
    const token = '7c9e6679-7425-40de-944b-e07fc1f90ae7'
    expect(restoreSourceOf({ fileName: 'b.json', bytes: new Uint8Array(0), token })).toEqual({ token })
  })

  it('restores the bytes a platform read when it gave no file', () => {
    const bytes = new Uint8Array([1, 2, 3])
    expect(restoreSourceOf({ fileName: 'b.json', bytes })).toEqual({ bytes })
  })
})
