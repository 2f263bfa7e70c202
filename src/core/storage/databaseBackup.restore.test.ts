import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { BLOB_THRESHOLD, chunksOf } from '@core/formats/backup/backupStream'
import { sealAuditEntry, type ChainedAuditEntry } from '@core/audit/auditChain'
import { defineWorkbenchDatabase, type WorkbenchDatabase } from './database'
import { exportDatabaseTo, prepareRestore } from './databaseBackup'
import { backupBytesOf, tableContents } from './storageTestKit'

const uniqueName = () => `restore-${crypto.randomUUID()}`
const file = (size: number, seed: number) =>
  Uint8Array.from({ length: size }, (_, index) => (index * seed) % 253)

async function seeded(name = uniqueName()): Promise<WorkbenchDatabase> {
  const database = defineWorkbenchDatabase(name)
  await database.settings.put({ key: 'language', value: 'vi' })
  await database.units.put({ code: 'STC', name: 'Sở Thông tin và Truyền thông', group: 'Sở' })
  await database.evidence.bulkPut([
    {
      id: 'e1',
      submissionId: 's1',
      questionCode: 'Q1',
      fileName: 'Quyết định.pdf',
      bytes: file(BLOB_THRESHOLD * 5, 3),
    },
    { id: 'e2', submissionId: 's1', questionCode: 'Q2', fileName: 'nhỏ.txt', bytes: new Uint8Array([1, 2]) },
  ])
  let previous: ChainedAuditEntry | undefined
  for (const action of ['unit.approved', 'assessment.published']) {
    const sealed = sealAuditEntry(
      { at: '2026-03-01T08:00:00.000Z', entityId: 'a1', action, detail: { unit: 'STC' }, operator: null },
      previous,
    )
    await database.auditLog.add(sealed)
    previous = sealed
  }
  return database
}

/** A backup of `database` after `change` (a hostile or broken file that still hashes right), then `undo`. */
async function edited(
  database: WorkbenchDatabase,
  change: (database: WorkbenchDatabase) => Promise<unknown>,
  undo: (database: WorkbenchDatabase) => Promise<unknown>,
): Promise<Uint8Array> {
  await change(database)
  const bytes = await backupBytesOf(database)
  await undo(database)
  return bytes
}

describe('prepareRestore (streamed restore, decision 0021)', () => {
  it('streams a format 2 backup back, evidence bytes included, reading it in small chunks', async () => {
    const source = await seeded()
    const before = await tableContents(source)
    const bytes = await backupBytesOf(source)
    await source.delete()
    const target = defineWorkbenchDatabase(source.name)
    await target.open()

    const prepared = await prepareRestore(target, () => chunksOf(bytes, 4096))
    if (!prepared.ok) throw new Error(JSON.stringify(prepared.error))
    const steps: number[] = []
    const written = await prepared.value.write({ onProgress: ({ done }) => void steps.push(done) })

    expect(written).toEqual({ ok: true, value: { recordCount: 6 } })
    expect(await tableContents(target)).toEqual(before)
    expect(steps.at(-1)).toBe(6)
  })

  it('exports through a sink in pieces, never the whole evidence at once in one piece', async () => {
    const source = await seeded()
    const sizes: number[] = []
    const header = await exportDatabaseTo(source, async (chunk) => void sizes.push(chunk.byteLength), {
      appVersion: '0.1.0',
    })
    expect(header.ok && header.value.tableCounts).toMatchObject({ evidence: 2, units: 1, auditLog: 2 })
    expect(Math.max(...sizes)).toBe(BLOB_THRESHOLD * 5)
  })

  it('refuses rows that do not fit their table, listing the first problems, and changes nothing', async () => {
    const source = await seeded()
    const bytes = await edited(
      source,
      async (copy) => {
        await copy.units.put({ code: 'BAD', name: 42 as unknown as string, group: 'Sở' })
        await copy
          .table('evidence')
          .put({ id: 'e3', submissionId: 's1', questionCode: 'Q3', fileName: 'x', bytes: 'AQ==' })
      },
      async (copy) => {
        await copy.units.delete('BAD')
        await copy.evidence.delete('e3')
      },
    )
    const before = await tableContents(source)

    const prepared = await prepareRestore(source, () => chunksOf(bytes))

    expect(prepared).toEqual({
      ok: false,
      error: {
        code: 'backup-rows-invalid',
        invalidRows: 2,
        problems: [
          expect.objectContaining({ table: 'evidence', row: 3, field: 'bytes' }),
          expect.objectContaining({ table: 'units', row: 1, field: 'name' }), // BAD sorts before STC
        ],
      },
    })
    expect(await tableContents(source)).toEqual(before)
  })

  it('refuses a broken audit chain unless a reason is given, and logs that reason in the restored log', async () => {
    const source = await seeded()
    const bytes = await edited(
      source,
      (copy) => copy.auditLog.update(1, { detail: { unit: 'SYT' } }),
      (copy) => copy.auditLog.update(1, { detail: { unit: 'STC' } }),
    )

    expect(await prepareRestore(source, () => chunksOf(bytes))).toEqual({
      ok: false,
      error: {
        code: 'backup-audit-chain-broken',
        broken: { seq: 1, index: 0, reason: 'hash-mismatch' },
        total: 2,
      },
    })
    expect(
      (await prepareRestore(source, () => chunksOf(bytes), { chainOverride: { reason: '  ' } })).ok,
    ).toBe(false)

    const prepared = await prepareRestore(source, () => chunksOf(bytes), {
      chainOverride: { reason: 'Bản sao duy nhất còn lại sau sự cố ổ đĩa' },
    })
    if (!prepared.ok) throw new Error(prepared.error.code)
    const written = await prepared.value.write()
    expect(JSON.stringify(written)).toBe(JSON.stringify({ ok: true, value: { recordCount: 6 } }))
    const log = await source.auditLog.toArray()
    expect(log).toHaveLength(3)
    expect(log[2]).toMatchObject({
      action: 'backup.restored-broken-chain',
      detail: {
        reason: 'Bản sao duy nhất còn lại sau sự cố ổ đĩa',
        brokenAt: 1,
        brokenReason: 'hash-mismatch',
      },
    })
  })

  it('rolls back when the file changed between the check and the write', async () => {
    const source = await seeded()
    const bytes = await backupBytesOf(source)
    await source.units.put({ code: 'NEW', name: 'Sở Y tế', group: 'Sở' })
    const other = await backupBytesOf(source)
    const before = await tableContents(source)
    let reads = 0

    const prepared = await prepareRestore(source, () => chunksOf(reads++ < 2 ? bytes : other))
    if (!prepared.ok) throw new Error(prepared.error.code)
    const written = await prepared.value.write()

    expect(written).toMatchObject({ ok: false, error: { code: 'backup-damaged' } })
    expect(await tableContents(source)).toEqual(before)
  })

  it('cancels mid-write with the database unchanged', async () => {
    const source = await seeded()
    const bytes = await backupBytesOf(source)
    await source.units.put({ code: 'NEW', name: 'Sở Y tế', group: 'Sở' })
    const before = await tableContents(source)
    const signal = { aborted: false }

    const prepared = await prepareRestore(source, () => chunksOf(bytes))
    if (!prepared.ok) throw new Error(prepared.error.code)
    const written = await prepared.value.write({ signal, onProgress: () => void (signal.aborted = true) })

    expect(written).toEqual({ ok: false, error: { code: 'cancelled' } })
    expect(await tableContents(source)).toEqual(before)
  })
})
