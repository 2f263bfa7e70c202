import 'fake-indexeddb/auto'
import { Dexie } from 'dexie'
import { describe, expect, it } from 'vitest'
import { chunksOf } from '@core/formats/backup/backupStream'
import { defineWorkbenchDatabase, openWorkbenchDatabase } from '@core/storage/database'
import { prepareRestore } from '@core/storage/databaseBackup'
import { openWithUpgradeBackup } from '@core/storage/openWithUpgradeBackup'
import { schemaHistory } from '@core/storage/schemaHistory'
import { createBackups, type BackupHost } from './backups'
import {
  SNAPSHOT_FOLDER,
  snapshotFileName,
  writeOpfsSnapshot,
  type SnapshotStorage,
} from './opfsUpgradeSnapshot'

/** An in-memory OPFS: folders of files, a writable committed on `close` only. */
function fakeOpfs(options: { readonly failWrites?: boolean } = {}) {
  const folders = new Map<string, Map<string, Uint8Array>>()
  const folder = (name: string) => {
    const files = folders.get(name) ?? new Map<string, Uint8Array>()
    folders.set(name, files)
    return {
      getFileHandle: async (file: string) => {
        if (!files.has(file)) files.set(file, new Uint8Array())
        return {
          createWritable: async () => {
            const parts: Uint8Array[] = []
            return {
              write: async (chunk: Uint8Array) => {
                if (options.failWrites) throw new Error('QuotaExceededError')
                parts.push(chunk.slice())
              },
              close: async () => {
                const bytes = new Uint8Array(parts.reduce((total, part) => total + part.byteLength, 0))
                let at = 0
                for (const part of parts) {
                  bytes.set(part, at)
                  at += part.byteLength
                }
                files.set(file, bytes)
              },
              abort: async () => undefined,
            }
          },
        }
      },
      removeEntry: async (file: string) => {
        files.delete(file)
      },
    }
  }
  const storage = {
    getDirectory: async () => ({ getDirectoryHandle: async (name: string) => folder(name) }),
  } as unknown as SnapshotStorage
  return { storage, folders }
}

const browserHost: BackupHost = {
  storage: 'download',
  begin: () => Promise.reject(new Error('a before-upgrade copy is never a download')),
  list: () => Promise.resolve({ ok: true, value: [] }),
  read: (id) => Promise.resolve({ ok: false, error: { code: 'backup-not-found', id } }),
}

const previous = schemaHistory.slice(0, -1)
const current = schemaHistory.at(-1)?.version ?? 0

async function atPreviousStep() {
  const name = `opfs-${crypto.randomUUID()}`
  const database = defineWorkbenchDatabase(name, previous)
  await database.units.put({ code: 'STC', name: 'Sở Thông tin và Truyền thông', group: 'Sở' })
  await database.settings.put({ key: 'language', value: 'vi' })
  database.close()
  return name
}

describe('snapshotFileName', () => {
  it('names the purpose and the UTC time, sortable', () => {
    expect(snapshotFileName('before-upgrade', new Date('2026-03-01T08:05:09.123Z'))).toBe(
      'before-upgrade-2026-03-01-080509.json',
    )
  })
})

describe('writeOpfsSnapshot', () => {
  it('streams a backup of the database into the snapshots folder', async () => {
    const name = await atPreviousStep()
    const opened = await openWorkbenchDatabase(name)
    if (!opened.ok) throw new Error(opened.error.code)
    const { storage, folders } = fakeOpfs()

    const written = await writeOpfsSnapshot(opened.value, 'x.json', { appVersion: '0.1.0', storage })

    expect(written).toEqual({ ok: true, value: { name: `${SNAPSHOT_FOLDER}/x.json`, recordCount: 2 } })
    const bytes = folders.get(SNAPSHOT_FOLDER)?.get('x.json') ?? new Uint8Array()
    const prepared = await prepareRestore(opened.value, () => chunksOf(bytes))
    expect(prepared.ok).toBe(true)
    opened.value.close()
  })

  it('leaves no file behind when writing fails', async () => {
    const name = await atPreviousStep()
    const opened = await openWorkbenchDatabase(name)
    if (!opened.ok) throw new Error(opened.error.code)
    const { storage, folders } = fakeOpfs({ failWrites: true })

    const written = await writeOpfsSnapshot(opened.value, 'x.json', { appVersion: '0.1.0', storage })

    expect(written).toMatchObject({ ok: false, error: { code: 'snapshot-write-failed' } })
    expect([...(folders.get(SNAPSHOT_FOLDER)?.keys() ?? [])]).toEqual([])
    opened.value.close()
  })

  it('says there is no snapshot storage when the browser has no OPFS', async () => {
    const database = new Dexie(`none-${crypto.randomUUID()}`)
    expect(await writeOpfsSnapshot(database, 'x.json', { appVersion: '0.1.0', storage: null })).toEqual({
      ok: false,
      error: { code: 'snapshot-storage-unavailable' },
    })
  })
})

describe('backupBeforeUpgrade in the browser edition', () => {
  const now = () => new Date('2026-12-07T15:00:00Z')

  it('writes the old schema to OPFS before the upgrade, and logs the snapshot', async () => {
    const name = await atPreviousStep()
    const { storage, folders } = fakeOpfs()
    const backups = createBackups(browserHost, { appVersion: '0.1.0', snapshotStorage: storage, now })

    const opened = await openWithUpgradeBackup({ name, backupBeforeUpgrade: backups.backupBeforeUpgrade })

    expect(opened.ok).toBe(true)
    if (!opened.ok) return
    const fileName = 'before-upgrade-2026-12-07-150000.json'
    const bytes = folders.get(SNAPSHOT_FOLDER)?.get(fileName)
    expect(bytes?.byteLength).toBeGreaterThan(0)
    expect((await opened.value.auditLog.toCollection().last())?.detail).toEqual({
      from: current - 1,
      to: current,
      backup: `${SNAPSHOT_FOLDER}/${fileName}`,
    })
    opened.value.close()
  })

  it('upgrades without a copy where there is no OPFS, and says so in the log', async () => {
    const name = await atPreviousStep()
    const backups = createBackups(browserHost, { appVersion: '0.1.0', snapshotStorage: null })

    const opened = await openWithUpgradeBackup({ name, backupBeforeUpgrade: backups.backupBeforeUpgrade })

    expect(opened.ok).toBe(true)
    if (!opened.ok) return
    expect((await opened.value.auditLog.toCollection().last())?.detail).toMatchObject({
      backup: null,
      skipped: 'no-snapshot-storage',
    })
    opened.value.close()
  })

  it('blocks the upgrade when OPFS is there but the snapshot cannot be written', async () => {
    const name = await atPreviousStep()
    const backups = createBackups(browserHost, {
      appVersion: '0.1.0',
      snapshotStorage: fakeOpfs({ failWrites: true }).storage,
    })

    const opened = await openWithUpgradeBackup({ name, backupBeforeUpgrade: backups.backupBeforeUpgrade })

    expect(opened.ok ? null : opened.error.code).toBe('database-upgrade-backup-failed')
    const stored = new Dexie(name)
    await stored.open()
    expect(stored.verno).toBe(current - 1)
    stored.close()
  })
})
