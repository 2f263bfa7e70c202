import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { defineWorkbenchDatabase, openWorkbenchDatabase } from '@core/storage/database'
import { chunksOf, decodeBackupStream } from '@core/formats/backup/backupStream'
import { openWithUpgradeBackup } from '@core/storage/openWithUpgradeBackup'
import { prepareRestore } from '@core/storage/databaseBackup'
import { schemaHistory } from '@core/storage/schemaHistory'
import { createBackups, type BackupHost } from './backups'
import {
  createSnapshots,
  SNAPSHOT_FOLDER,
  snapshotId,
  type SnapshotDirectory,
  type SnapshotFileHandle,
} from './opfsSnapshots'

/** An in-memory origin-private folder: a write becomes visible only on close, as in Chromium. */
function aFolder() {
  const files = new Map<string, Uint8Array>()
  const handle = (name: string): SnapshotFileHandle => {
    let current = name
    return {
      kind: 'file',
      get name() {
        return current
      },
      getFile: async () => {
        const bytes = files.get(current)
        if (bytes === undefined) throw new Error(`NotFoundError: ${current}`)
        return new Blob([bytes as Uint8Array<ArrayBuffer>])
      },
      createWritable: async () => {
        const parts: Uint8Array[] = []
        return {
          write: async (chunk: Uint8Array) => {
            parts.push(chunk.slice())
          },
          close: async () => {
            files.set(
              current,
              new Uint8Array(await new Blob(parts as Uint8Array<ArrayBuffer>[]).arrayBuffer()),
            )
          },
          abort: async () => {},
        }
      },
      move: async (newName: string) => {
        const bytes = files.get(current)
        if (bytes === undefined) throw new Error('NotFoundError')
        files.delete(current)
        files.set(newName, bytes)
        current = newName
      },
    }
  }
  const directory: SnapshotDirectory = {
    getFileHandle: async (name, options) => {
      if (!files.has(name)) {
        if (options?.create !== true) throw new Error(`NotFoundError: ${name}`)
        files.set(name, new Uint8Array())
      }
      return handle(name)
    },
    removeEntry: async (name) => {
      if (!files.delete(name)) throw new Error(`NotFoundError: ${name}`)
    },
    keys: async function* () {
      yield* [...files.keys()]
    },
  }
  return { files, directory }
}

async function aDatabase() {
  const name = `snapshots-${crypto.randomUUID()}`
  const database = defineWorkbenchDatabase(name)
  await database.settings.put({ key: 'probe', value: 'original' })
  return { database, open: () => openWorkbenchDatabase(name) }
}

/** A clock that moves on by `stepMinutes` at each reading. */
function aClock(startIso: string, stepMinutes = 30) {
  let at = new Date(startIso).getTime()
  return () => {
    const now = new Date(at)
    at += stepMinutes * 60_000
    return now
  }
}

describe('createSnapshots', () => {
  it('streams the database into a file named after its time, with a sidecar, and lists it', async () => {
    const { open } = await aDatabase()
    const { files, directory } = aFolder()
    const snapshots = createSnapshots({
      directory: async () => directory,
      appVersion: '0.1.0',
      openDatabase: open,
      now: aClock('2025-03-01T08:00:00.000Z'),
    })

    const taken = await snapshots.take('scheduled')

    expect(taken.ok && taken.value.status).toBe('written')
    const id = snapshotId(new Date('2025-03-01T08:00:00.000Z'), 'scheduled')
    expect([...files.keys()].sort()).toEqual([`${id}.json`, `${id}.meta.json`])
    const listed = await snapshots.list()
    expect(listed.ok && listed.value).toEqual([
      expect.objectContaining({
        id,
        createdAt: '2025-03-01T08:00:00.000Z',
        reason: 'scheduled',
        recordCount: 1,
        bytes: files.get(`${id}.json`)?.byteLength,
        verified: true,
      }),
    ])
    const file = await snapshots.file(id)
    expect(file.ok).toBe(true)
    if (!file.ok) throw new Error('no file')
    const decoded = await decodeBackupStream(chunksOf(new Uint8Array(await file.value.arrayBuffer())))
    expect(decoded.ok && decoded.value.tables['settings']).toEqual([{ key: 'probe', value: 'original' }])
  })

  it('skips a scheduled snapshot of unchanged data, but not a manual one or changed data', async () => {
    const { database, open } = await aDatabase()
    const { directory } = aFolder()
    const snapshots = createSnapshots({
      directory: async () => directory,
      appVersion: '0.1.0',
      openDatabase: open,
      now: aClock('2025-03-01T08:00:00.000Z'),
    })

    await snapshots.take('scheduled')
    const again = await snapshots.take('scheduled')
    const manual = await snapshots.take('manual')
    await database.settings.put({ key: 'probe', value: 'changed' })
    const changed = await snapshots.take('scheduled')

    expect(again.ok && again.value.status).toBe('unchanged')
    expect(manual.ok && manual.value.status).toBe('written')
    expect(changed.ok && changed.value.status).toBe('written')
    const listed = await snapshots.list()
    expect(listed.ok && listed.value.map((entry) => entry.reason)).toEqual([
      'scheduled',
      'manual',
      'scheduled',
    ])
  })

  it('never lists a half-written snapshot and removes it at the next snapshot once an hour old', async () => {
    const { open } = await aDatabase()
    const { files, directory } = aFolder()
    // What a killed tab leaves: a temporary file, and a renamed file whose sidecar never came.
    files.set('snapshot-20250301T070000000Z-scheduled.part', new Uint8Array([1, 2, 3]))
    files.set('snapshot-20250301T065900000Z-scheduled.json', new Uint8Array([1, 2, 3]))
    // Younger than an hour: perhaps another tab's snapshot being written, left alone.
    files.set('snapshot-20250301T075000000Z-scheduled.part', new Uint8Array([1, 2, 3]))
    const snapshots = createSnapshots({
      directory: async () => directory,
      appVersion: '0.1.0',
      openDatabase: open,
      now: aClock('2025-03-01T08:00:00.000Z'),
    })

    const before = await snapshots.list()
    await snapshots.take('scheduled')

    expect(before.ok && before.value).toEqual([])
    expect([...files.keys()].filter((name) => /T0[67]/.test(name))).toEqual([
      'snapshot-20250301T075000000Z-scheduled.part',
    ])
  })

  it('marks a snapshot whose file does not match its sidecar as damaged and will not give it out', async () => {
    const { open } = await aDatabase()
    const { files, directory } = aFolder()
    const snapshots = createSnapshots({
      directory: async () => directory,
      appVersion: '0.1.0',
      openDatabase: open,
      now: aClock('2025-03-01T08:00:00.000Z'),
    })
    const taken = await snapshots.take('manual')
    if (!taken.ok || taken.value.status !== 'written') throw new Error('no snapshot')
    const id = taken.value.entry.id
    files.set(`${id}.json`, files.get(`${id}.json`)?.slice(0, 10) ?? new Uint8Array())

    const listed = await snapshots.list()
    const file = await snapshots.file(id)

    expect(listed.ok && listed.value[0]?.verified).toBe(false)
    expect(file).toEqual({ ok: false, error: { code: 'backup-not-found', id } })
  })

  it('rotates like the desktop: 10 newest plus one a day, keeping snapshots with data after the database was emptied', async () => {
    const { database, open } = await aDatabase()
    for (let index = 0; index < 10; index += 1)
      await database.settings.put({ key: `row-${index}`, value: index })
    const { directory } = aFolder()
    const snapshots = createSnapshots({
      directory: async () => directory,
      appVersion: '0.1.0',
      openDatabase: open,
      now: aClock('2025-03-01T08:00:00.000Z', 60),
    })
    for (let index = 0; index < 12; index += 1) {
      await database.settings.put({ key: 'probe', value: index })
      await snapshots.take('scheduled')
    }
    const withData = await snapshots.list()
    // Emptied: twelve snapshots of nothing must not push out the snapshots with data.
    await database.settings.clear()
    for (let index = 0; index < 12; index += 1) await snapshots.take('manual')

    const listed = await snapshots.list()

    // Twelve hourly snapshots on one day: the 10 newest stay.
    if (!withData.ok || !listed.ok) throw new Error('list failed')
    expect(withData.value.map((entry) => entry.createdAt.slice(11, 16))).toEqual([
      '19:00',
      '18:00',
      '17:00',
      '16:00',
      '15:00',
      '14:00',
      '13:00',
      '12:00',
      '11:00',
      '10:00',
    ])
    // The snapshots with data all stay; the empty ones rotate among themselves.
    const full = listed.value.filter((entry) => entry.recordCount === 11)
    const empty = listed.value.filter((entry) => entry.recordCount === 0)
    expect(full.map((entry) => entry.id)).toEqual(withData.value.map((entry) => entry.id))
    expect(empty).toHaveLength(10)
  })

  it('says snapshots are unavailable, without throwing, where there is no origin-private file system', async () => {
    const { open } = await aDatabase()
    const snapshots = createSnapshots({
      directory: async () => null,
      appVersion: '0.1.0',
      openDatabase: open,
    })

    expect(await snapshots.available()).toBe(false)
    expect(await snapshots.take('scheduled')).toEqual({ ok: false, error: { code: 'snapshots-unavailable' } })
    expect(await snapshots.list()).toEqual({ ok: false, error: { code: 'snapshots-unavailable' } })
  })
})

describe('backupBeforeUpgrade in the browser edition', () => {
  const browserHost: BackupHost = {
    storage: 'download',
    begin: () => Promise.reject(new Error('a before-upgrade copy is never a download')),
    list: () => Promise.resolve({ ok: true, value: [] }),
    read: (id) => Promise.resolve({ ok: false, error: { code: 'backup-not-found', id } }),
    readPicked: () => Promise.resolve({ ok: false, error: { code: 'picked-file-not-found' } }),
  }
  const current = schemaHistory.at(-1)?.version ?? 0

  async function atPreviousStep() {
    const name = `upgrade-${crypto.randomUUID()}`
    const database = defineWorkbenchDatabase(name, schemaHistory.slice(0, -1))
    await database.units.put({ code: 'STC', name: 'Sở Thông tin và Truyền thông', group: 'Sở' })
    await database.settings.put({ key: 'language', value: 'vi' })
    database.close()
    return name
  }

  it('copies the old schema into the snapshots, listed with the others, before the upgrade, and logs which', async () => {
    const name = await atPreviousStep()
    const { directory } = aFolder()
    const snapshots = createSnapshots({
      directory: async () => directory,
      appVersion: '0.1.0',
      // The app's own database must not be opened for this copy: that would run the upgrade.
      openDatabase: () => Promise.reject(new Error('the copy must come from the old schema')),
      now: () => new Date('2026-12-07T15:00:00.000Z'),
    })
    const backups = createBackups(browserHost, { appVersion: '0.1.0', snapshots })

    const opened = await openWithUpgradeBackup({ name, backupBeforeUpgrade: backups.backupBeforeUpgrade })

    expect(opened.ok).toBe(true)
    if (!opened.ok) return
    const id = snapshotId(new Date('2026-12-07T15:00:00.000Z'), 'before-upgrade')
    const listed = await snapshots.list()
    expect(listed.ok && listed.value).toEqual([
      expect.objectContaining({ id, reason: 'before-upgrade', recordCount: 2, schemaVersion: current - 1 }),
    ])
    expect((await opened.value.auditLog.toCollection().last())?.detail).toEqual({
      from: current - 1,
      to: current,
      backup: `${SNAPSHOT_FOLDER}/${id}.json`,
    })
    // The copy restores into the upgraded database.
    const file = await snapshots.file(id)
    if (!file.ok) throw new Error('no snapshot file')
    const bytes = new Uint8Array(await file.value.arrayBuffer())
    const prepared = await prepareRestore(opened.value, () => chunksOf(bytes))
    expect(prepared.ok).toBe(true)
    opened.value.close()
  })

  it('blocks the upgrade when the snapshot cannot be written', async () => {
    const name = await atPreviousStep()
    const { directory } = aFolder()
    const failing: SnapshotDirectory = {
      ...directory,
      getFileHandle: async () => {
        throw new Error('QuotaExceededError')
      },
    }
    const snapshots = createSnapshots({ directory: async () => failing, appVersion: '0.1.0' })
    const backups = createBackups(browserHost, { appVersion: '0.1.0', snapshots })

    const opened = await openWithUpgradeBackup({ name, backupBeforeUpgrade: backups.backupBeforeUpgrade })

    expect(opened).toMatchObject({ ok: false, error: { code: 'database-upgrade-backup-failed' } })
  })

  it('upgrades without a copy where there is no OPFS, and says so in the log', async () => {
    const name = await atPreviousStep()
    const snapshots = createSnapshots({ directory: async () => null, appVersion: '0.1.0' })
    const backups = createBackups(browserHost, { appVersion: '0.1.0', snapshots })

    const opened = await openWithUpgradeBackup({ name, backupBeforeUpgrade: backups.backupBeforeUpgrade })

    expect(opened.ok).toBe(true)
    if (!opened.ok) return
    expect((await opened.value.auditLog.toCollection().last())?.detail).toMatchObject({
      backup: null,
      skipped: 'no-snapshot-storage',
    })
    opened.value.close()
  })
})
