import 'fake-indexeddb/auto'
import { Dexie } from 'dexie'
import { describe, expect, it } from 'vitest'
import { chunksOf } from '@core/formats/backup/backupStream'
import { err, ok } from '@core/result'
import { sealAuditEntry } from '@core/audit/auditChain'
import { defineWorkbenchDatabase, type WorkbenchDatabase } from './database'
import { exportDatabase, prepareRestore } from './databaseBackup'
import { openWithUpgradeBackup, type UpgradeBackupWriter } from './openWithUpgradeBackup'
import { schemaHistory } from './schemaHistory'

const uniqueName = () => `upgrade-${crypto.randomUUID()}`
const current = schemaHistory.at(-1)?.version ?? 0
const previous = schemaHistory.slice(0, -1)

/** A database created at the schema step before the current one, holding a little of everything. */
async function seededAtPreviousStep(name: string) {
  const database = defineWorkbenchDatabase(name, previous)
  await database.settings.put({ key: 'language', value: 'vi' })
  await database.units.put({ code: 'STC', name: 'Sở Thông tin và Truyền thông', group: 'Sở' })
  await database.evidence.put({
    id: 'e1',
    submissionId: 's1',
    questionCode: 'Q1',
    fileName: 'Quyết định.pdf',
    bytes: new Uint8Array([1, 2, 3]),
  })
  await database.auditLog.add(
    sealAuditEntry(
      {
        at: '2026-03-01T08:00:00.000Z',
        entityId: 'a1',
        action: 'unit.approved',
        detail: { unit: 'STC' },
        operator: null,
      },
      undefined,
    ),
  )
  const before = await contents(database)
  database.close()
  return before
}

/** The rows of the tables the previous schema step has (tables added by the newest step are left out). */
async function contents(database: Dexie) {
  const previous = new Set(Object.keys(schemaHistory.at(-2)?.stores ?? {}))
  const out: Record<string, unknown[]> = {}
  for (const table of database.tables) if (previous.has(table.name)) out[table.name] = await table.toArray()
  return out
}

/** A writer keeping the backup in memory, as the platform keeps it in a file. */
function memoryWriter() {
  const written: { bytes: Uint8Array; schemaVersion: number; versions: { from: number; to: number } }[] = []
  const writer: UpgradeBackupWriter = async (old, versions) => {
    const exported = await exportDatabase(old, { appVersion: '0.1.0' })
    if (!exported.ok) return err(exported.error)
    written.push({
      bytes: exported.value.bytes,
      schemaVersion: exported.value.header.schemaVersion,
      versions,
    })
    return ok({ name: `before-upgrade-${written.length}.json` })
  }
  return { writer, written }
}

async function storedVersion(name: string): Promise<number> {
  const database = new Dexie(name)
  await database.open()
  const version = database.verno
  database.close()
  return version
}

describe('openWithUpgradeBackup', () => {
  it('backs up a database of the previous schema before upgrading it, and the backup restores the same data', async () => {
    const name = uniqueName()
    const before = await seededAtPreviousStep(name)
    const { writer, written } = memoryWriter()

    const opened = await openWithUpgradeBackup({ name, backupBeforeUpgrade: writer })

    expect(opened.ok).toBe(true)
    if (!opened.ok) return
    const database: WorkbenchDatabase = opened.value
    expect(database.verno).toBe(current)
    expect(written).toHaveLength(1)
    expect(written[0]?.schemaVersion).toBe(current - 1)
    expect(written[0]?.versions).toEqual({ from: current - 1, to: current })
    const newest = await database.auditLog.toCollection().last()
    expect(newest?.action).toBe('database.upgraded')
    expect(newest?.detail).toEqual({ from: current - 1, to: current, backup: 'before-upgrade-1.json' })
    expect(await database.auditLog.count()).toBe(2)

    // The backup of the old schema, restored into the upgraded database, gives back the data.
    const prepared = await prepareRestore(database, () => chunksOf(written[0]?.bytes ?? new Uint8Array()))
    expect(prepared.ok).toBe(true)
    if (!prepared.ok) return
    expect((await prepared.value.write()).ok).toBe(true)
    expect(await contents(database)).toEqual(before)
    for (const table of database.tables) if (!(table.name in before)) expect(await table.count()).toBe(0)
    database.close()
  })

  it('refuses to upgrade when the backup fails, leaving the database at its old schema with its data', async () => {
    const name = uniqueName()
    const before = await seededAtPreviousStep(name)

    const opened = await openWithUpgradeBackup({
      name,
      backupBeforeUpgrade: () => Promise.resolve(err({ code: 'write-failed' })),
    })

    expect(opened.ok).toBe(false)
    if (opened.ok) return
    expect(opened.error).toMatchObject({
      code: 'database-upgrade-backup-failed',
      message: 'write-failed',
      from: current - 1,
      to: current,
    })
    expect(await storedVersion(name)).toBe(current - 1)
    const old = defineWorkbenchDatabase(name, previous)
    expect(await contents(old)).toEqual(before)
    old.close()
  })

  it('treats a writer that throws as a failed backup', async () => {
    const name = uniqueName()
    await seededAtPreviousStep(name)

    const opened = await openWithUpgradeBackup({
      name,
      backupBeforeUpgrade: () => Promise.reject(new Error('disk full')),
    })

    expect(opened.ok ? null : opened.error).toMatchObject({
      code: 'database-upgrade-backup-failed',
      message: 'disk full',
    })
    expect(await storedVersion(name)).toBe(current - 1)
  })

  it('logs an upgrade without a copy when the platform has nowhere to keep one', async () => {
    const name = uniqueName()
    await seededAtPreviousStep(name)

    const opened = await openWithUpgradeBackup({
      name,
      backupBeforeUpgrade: () => Promise.resolve(ok({ name: null, skipped: 'no-snapshot-storage' as const })),
    })

    expect(opened.ok).toBe(true)
    if (!opened.ok) return
    expect((await opened.value.auditLog.toCollection().last())?.detail).toEqual({
      from: current - 1,
      to: current,
      backup: null,
      skipped: 'no-snapshot-storage',
    })
    opened.value.close()
  })

  it('takes no backup and logs nothing for a new database or one already at the current schema', async () => {
    const name = uniqueName()
    const { writer, written } = memoryWriter()

    const created = await openWithUpgradeBackup({ name, backupBeforeUpgrade: writer })
    expect(created.ok).toBe(true)
    if (created.ok) created.value.close()
    const reopened = await openWithUpgradeBackup({ name, backupBeforeUpgrade: writer })
    expect(reopened.ok).toBe(true)
    if (!reopened.ok) return

    expect(written).toHaveLength(0)
    expect(await reopened.value.auditLog.count()).toBe(0)
    expect(reopened.value.verno).toBe(current)
    reopened.value.close()
  })
})
