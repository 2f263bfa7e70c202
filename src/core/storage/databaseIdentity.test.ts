import 'fake-indexeddb/auto'
import { bindAuditOperator } from './auditLogAppend'
import { verifyAuditLog } from './auditLogRepository'
import { describe, expect, it } from 'vitest'
import { checkDatabaseMarker } from './checkDatabaseMarker'
import { defineWorkbenchDatabase, openWorkbenchDatabase, type WorkbenchDatabase } from './database'
import {
  buildDatabaseMarker,
  DATABASE_IDENTITY_KEY,
  DATABASE_RESETS_KEY,
  ensureDatabaseIdentity,
  observeDatabase,
  recordDatabaseReset,
} from './databaseIdentity'

const openFresh = async (): Promise<WorkbenchDatabase> => {
  const opened = await openWorkbenchDatabase(`identity-${crypto.randomUUID()}`)
  if (!opened.ok) throw new Error(opened.error.message)
  return opened.value
}

const unit = (code: string) => ({ code, name: code, group: 'district' }) as never

describe('observeDatabase', () => {
  it('counts every table, settings included, and reads no identity from a new database', async () => {
    const database = await openFresh()
    await database.units.bulkAdd([unit('A'), unit('B')])
    await database.settings.put({ key: 'language', value: 'en' })

    const seen = await observeDatabase(database)

    expect(seen.ok && seen.value.identity).toBeNull()
    expect(seen.ok && seen.value.counts['units']).toBe(2)
    expect(seen.ok && seen.value.counts['settings']).toBe(1)
    expect(seen.ok && Object.keys(seen.value.counts).length).toBe(database.tables.length)
    database.close()
  })

  it('reports a closed connection as a storage failure, not a throw', async () => {
    const database = await openFresh()
    database.close()

    const seen = await observeDatabase(database)

    expect(seen.ok).toBe(false)
  })
})

describe('ensureDatabaseIdentity', () => {
  it('writes an identity once and returns the same one afterwards, across a reopen', async () => {
    const database = await openFresh()
    let made = 0
    const first = await ensureDatabaseIdentity(database, () => `id-${(made += 1)}`)
    const second = await ensureDatabaseIdentity(database, () => `id-${(made += 1)}`)
    database.close()
    const reopened = defineWorkbenchDatabase(database.name)
    const seen = await observeDatabase(reopened)

    expect(first).toEqual({ ok: true, value: 'id-1' })
    expect(second).toEqual({ ok: true, value: 'id-1' })
    expect(seen.ok && seen.value.identity).toBe('id-1')
    expect(await reopened.settings.get(DATABASE_IDENTITY_KEY)).toEqual({
      key: DATABASE_IDENTITY_KEY,
      value: 'id-1',
    })
    reopened.close()
  })

  it('gives a deleted and recreated database a new identity the old marker does not know', async () => {
    const database = await openFresh()
    await database.units.bulkAdd([unit('A'), unit('B'), unit('C'), unit('D'), unit('E')])
    const identity = await ensureDatabaseIdentity(database)
    const before = await observeDatabase(database)
    if (!identity.ok || !before.ok) throw new Error('setup')
    const marker = buildDatabaseMarker(database.name, identity.value, before.value.counts, new Date())
    await database.delete()

    const recreated = defineWorkbenchDatabase(database.name)
    const after = await observeDatabase(recreated)
    if (!after.ok) throw new Error('observe')

    expect(checkDatabaseMarker(marker, after.value)).toMatchObject({ status: 'blocked', reason: 'emptied' })
    recreated.close()
  })
})

describe('recordDatabaseReset', () => {
  it('appends each accepted loss to the resets row', async () => {
    const database = await openFresh()
    const previous = { identity: 'old', counts: { submissions: 9 }, lastChangeAt: '2026-12-07T06:00:00.000Z' }

    await recordDatabaseReset(database, { at: '2026-12-07T08:00:00.000Z', reason: 'emptied', previous })
    await recordDatabaseReset(database, { at: '2026-12-07T09:00:00.000Z', reason: 'shrunk', previous })

    const row = await database.settings.get(DATABASE_RESETS_KEY)
    expect(row?.value).toEqual([
      { at: '2026-12-07T08:00:00.000Z', reason: 'emptied', previous },
      { at: '2026-12-07T09:00:00.000Z', reason: 'shrunk', previous },
    ])
    database.close()
  })

  it('writes each accepted loss to the audit log, on an unbroken chain, with the operator', async () => {
    const database = await openFresh()
    bindAuditOperator(database, () => ({ mode: 'unit', name: 'Nguyễn Văn An', position: 'Chuyên viên' }))
    const previous = { identity: 'old', counts: { submissions: 9 }, lastChangeAt: '2026-12-07T06:00:00.000Z' }

    await recordDatabaseReset(database, { at: '2026-12-07T08:00:00.000Z', reason: 'emptied', previous })

    const entries = await database.auditLog.toArray()
    expect(entries).toHaveLength(1)
    expect(entries[0]).toMatchObject({
      entityId: 'database',
      action: 'database.loss-accepted',
      at: '2026-12-07T08:00:00.000Z',
      detail: { reason: 'emptied', previous },
      operator: { name: 'Nguyễn Văn An' },
    })
    expect(await verifyAuditLog(database)).toMatchObject({ broken: null })
    database.close()
  })
})

describe('buildDatabaseMarker', () => {
  it('copies the counts and stamps the time', () => {
    const counts = { submissions: 2 }
    const marker = buildDatabaseMarker('db', 'id', counts, new Date('2026-12-07T06:00:00Z'))

    expect(marker).toEqual({
      format: 1,
      databaseName: 'db',
      identity: 'id',
      counts: { submissions: 2 },
      lastChangeAt: '2026-12-07T06:00:00.000Z',
    })
    expect(marker.counts).not.toBe(counts)
  })
})
