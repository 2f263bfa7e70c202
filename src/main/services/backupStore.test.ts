import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { encodeBackup } from '@core/formats/backup/backupFormat'
import type { WriteBackupRequest } from '../../shared/ipc/contract'
import { createBackupStore, type BackupStoreOptions } from './backupStore'

let folder: string | undefined
afterEach(async () => {
  if (folder) await rm(folder, { recursive: true, force: true })
})

async function aBackup(
  value: string,
  reason: WriteBackupRequest['reason'] = 'manual',
  recordCount = 1,
): Promise<WriteBackupRequest> {
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
  return {
    reason,
    bytes: encoded.value.bytes,
    contentHash: encoded.value.header.contentHash,
    recordCount,
    schemaVersion: 1,
  }
}

async function aStore(options: Partial<BackupStoreOptions> = {}) {
  folder = await mkdtemp(join(tmpdir(), 'backups-'))
  let clock = Date.UTC(2025, 2, 1, 8, 0, 0)
  let suffix = 0
  return createBackupStore({
    folder,
    now: () => new Date((clock += 60_000)),
    randomSuffix: () => (suffix++).toString(16).padStart(6, '0'),
    ...options,
  })
}

describe('createBackupStore', () => {
  it('writes the data file and a sidecar with its SHA-256, and lists it as verified', async () => {
    const store = await aStore()

    const written = await store.write(await aBackup('one'))

    expect(written).toMatchObject({
      ok: true,
      value: { status: 'written', entry: { reason: 'manual', verified: true, recordCount: 1 } },
    })
    expect((await readdir(folder as string)).sort()).toEqual([
      'backup-20250301T080100000Z-000000.json',
      'backup-20250301T080100000Z-000000.meta.json',
    ])
    expect(await store.list()).toEqual([
      expect.objectContaining({ id: '20250301T080100000Z-000000', verified: true }),
    ])
  })

  it('reads a backup back only when its bytes still match the sidecar', async () => {
    const store = await aStore()
    const request = await aBackup('one')
    const written = await store.write(request)
    const id = written.ok && written.value.status === 'written' ? written.value.entry.id : ''

    expect(await store.read(id)).toMatchObject({ ok: true, value: { bytes: request.bytes } })
    const path = join(folder as string, `backup-${id}.json`)
    const damaged = await readFile(path)
    damaged[40] = (damaged[40] as number) ^ 1
    await writeFile(path, damaged)
    expect(await store.read(id)).toEqual({ ok: false, error: { code: 'backup-damaged', id } })
    expect((await store.list())[0]?.verified).toBe(false)
  })

  it('keeps the newest good backups and one per day, deleting older ones only after a new one verified (BAK-02)', async () => {
    const store = await aStore({ retention: { latest: 3, daily: 1 } })

    for (const value of ['a', 'b', 'c', 'd', 'e']) await store.write(await aBackup(value))

    expect((await store.list()).map((entry) => entry.id)).toEqual([
      '20250301T080500000Z-000004',
      '20250301T080400000Z-000003',
      '20250301T080300000Z-000002',
    ])
  })

  it('after the database was emptied, scheduled backups of it never rotate out the backups with data (issue 20)', async () => {
    const store = await aStore({ retention: { latest: 3, daily: 1 } })
    for (const value of ['a', 'b', 'c']) await store.write(await aBackup(value, 'scheduled', 120))
    // Emptied: every later half hour backs up a nearly empty database (each a little different).
    for (let index = 0; index < 12; index += 1)
      await store.write(await aBackup(`empty-${index}`, 'scheduled', index % 2))

    const listed = await store.list()
    const withData = listed.filter((entry) => entry.recordCount === 120).map((entry) => entry.id)
    expect(withData).toEqual([
      '20250301T080300000Z-000002',
      '20250301T080200000Z-000001',
      '20250301T080100000Z-000000',
    ])
    expect(listed.filter((entry) => entry.recordCount < 2)).toHaveLength(3)
  })

  it('never rotates a good backup out for a damaged one: damaged files are not counted', async () => {
    const store = await aStore({ retention: { latest: 2, daily: 0 } })
    await store.write(await aBackup('a'))
    await store.write(await aBackup('b'))
    const [newest] = await store.list()
    await writeFile(join(folder as string, `backup-${newest?.id}.json`), 'garbage')

    await store.write(await aBackup('c'))

    const listed = await store.list()
    expect(listed.filter((entry) => entry.verified).map((entry) => entry.id)).toEqual([
      '20250301T080300000Z-000002',
      '20250301T080100000Z-000000',
    ])
  })

  it('skips a scheduled backup whose data did not change, but not a manual one', async () => {
    const store = await aStore()
    await store.write(await aBackup('same', 'scheduled'))

    expect(await store.write(await aBackup('same', 'scheduled'))).toMatchObject({
      ok: true,
      value: { status: 'unchanged' },
    })
    expect(await store.write(await aBackup('same', 'quit'))).toMatchObject({
      ok: true,
      value: { status: 'unchanged' },
    })
    expect(await store.write(await aBackup('same', 'manual'))).toMatchObject({
      ok: true,
      value: { status: 'written' },
    })
  })

  it('refuses bytes that are not a backup file', async () => {
    const store = await aStore()

    expect(
      await store.write({ ...(await aBackup('x')), bytes: new TextEncoder().encode('{"hello":1}') }),
    ).toEqual({ ok: false, error: { code: 'not-a-backup' } })
    expect(await readdir(folder as string)).toEqual([])
  })

  it('cleans up what an interrupted write left (temp files, data without sidecar, sidecar without data)', async () => {
    const store = await aStore()
    await store.write(await aBackup('a'))
    await writeFile(join(folder as string, 'backup-20250301T090000000Z-aaaaaa.json.1234.tmp'), 'half')
    await writeFile(
      join(folder as string, 'backup-20250301T090000000Z-bbbbbb.json'),
      '{"format":"ict-index-workbench-backup"',
    )
    await writeFile(join(folder as string, 'backup-20250301T090000000Z-cccccc.meta.json'), '{}')

    await store.write(await aBackup('b'))

    expect((await readdir(folder as string)).filter((name) => /aaaaaa|bbbbbb|cccccc/.test(name))).toEqual([])
    expect((await store.list()).every((entry) => entry.verified)).toBe(true)
  })

  it('refuses an id that is not one of its own', async () => {
    const store = await aStore()

    expect(await store.read('../../etc/passwd')).toEqual({
      ok: false,
      error: { code: 'backup-not-found', id: '../../etc/passwd' },
    })
  })

  it('gives each listed backup a token for "show in folder"', async () => {
    const store = await aStore({ revealToken: (path) => `token-for:${path.split(/[\\/]/).pop()}` })
    await store.write(await aBackup('a'))

    expect((await store.list())[0]?.revealToken).toBe('token-for:backup-20250301T080100000Z-000000.json')
  })
})
