import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { BLOB_THRESHOLD, chunksOf } from '@core/formats/backup/backupStream'
import { defineWorkbenchDatabase, openWorkbenchDatabase } from './database'
import { exportDatabase, prepareRestore, restoreDatabase } from './databaseBackup'
import { decodeAnyBackup as decodeBackup } from '@core/formats/backup/decodeAnyBackup'
import { observeDatabase } from './databaseIdentity'
import { createRestoreWriter, RESTORE_PENDING_KEY, sweepUnfinishedRestore } from './restoreWriter'
import type { StoredEvidence } from './storedTypes'
import { backupBytesOf, tableContents } from './storageTestKit'

const uniqueName = () => `restore-writer-${crypto.randomUUID()}`
const file = (size: number, seed: number) =>
  Uint8Array.from({ length: size }, (_, index) => (index * seed) % 251)
/** Evidence rows large enough to be written ahead: `BLOB_THRESHOLD` bytes each, distinct content. */
const evidence = (ids: readonly string[], seed = 3): StoredEvidence[] =>
  ids.map((id, index) => ({
    id,
    submissionId: 's1',
    questionCode: 'Q1',
    fileName: `${id}.pdf`,
    bytes: file(BLOB_THRESHOLD, seed + index),
  }))

/** A database holding the backup-to-be (`a1`…`a6` files, unit STC), backed up, then changed to the "current" data. */
async function backupAndCurrent() {
  const database = defineWorkbenchDatabase(uniqueName())
  await database.units.put({ code: 'STC', name: 'Sở Thông tin và Truyền thông', group: 'Sở' })
  await database.evidence.bulkPut(evidence(['a1', 'a2', 'a3', 'a4', 'a5', 'a6']))
  const bytes = await backupBytesOf(database)
  const backupContents = await tableContents(database)
  await database.units.clear()
  await database.units.put({ code: 'SYT', name: 'Sở Y tế', group: 'Sở' })
  await database.evidence.clear()
  await database.evidence.bulkPut(evidence(['c1', 'c2'], 40))
  return { database, bytes, backupContents }
}

describe('restores in steps (decision 0030)', () => {
  it('writes large rows ahead in several transactions, the data in use untouched until the final one', async () => {
    const { database, bytes, backupContents } = await backupAndCurrent()
    const before = await tableContents(database)
    const midway: { units: unknown[]; evidence: string[]; pending: unknown }[] = []
    const prepared = await prepareRestore(database, () => chunksOf(bytes, 4096), {
      aheadBatchBytes: 2 * BLOB_THRESHOLD,
    })
    if (!prepared.ok) throw new Error(prepared.error.code)

    const written = await prepared.value.write({
      onProgress: async ({ done, total }) => {
        if (done >= total) return
        midway.push({
          units: await database.units.toArray(),
          evidence: (await database.evidence.toCollection().primaryKeys()).sort(),
          pending: (await database.settings.get(RESTORE_PENDING_KEY))?.value,
        })
      },
    })

    expect(written).toEqual({ ok: true, value: { recordCount: 7 } })
    expect(await tableContents(database)).toEqual(backupContents)
    // Three batches of two files went in ahead, each listed as pending; the unit in use stayed.
    const ahead = midway.filter((step) => step.pending !== undefined)
    expect(ahead.map((step) => step.evidence.length)).toEqual([4, 6, 8])
    for (const step of ahead) expect(step.units).toEqual(before['units'])
    expect(ahead.at(-1)?.pending).toMatchObject({ rows: { evidence: ['a1', 'a2', 'a3', 'a4', 'a5', 'a6'] } })
    // Counted as data only once the restore commits (the wipe marker must not follow them).
    expect(await database.settings.get(RESTORE_PENDING_KEY)).toBeUndefined()
  })

  it('a restore stopped after some files went in ahead leaves the database exactly as it was', async () => {
    const { database, bytes } = await backupAndCurrent()
    const before = await tableContents(database)
    const signal = { aborted: false }
    const prepared = await prepareRestore(database, () => chunksOf(bytes), {
      aheadBatchBytes: 2 * BLOB_THRESHOLD,
    })
    if (!prepared.ok) throw new Error(prepared.error.code)

    const written = await prepared.value.write({
      signal,
      onProgress: ({ done }) => void (signal.aborted = done >= 4),
    })

    expect(written).toEqual({ ok: false, error: { code: 'cancelled' } })
    expect(await tableContents(database)).toEqual(before)
  })

  it('after a crash midway, opening the database removes what was written ahead, and nothing counts it before', async () => {
    const { database, bytes } = await backupAndCurrent()
    const before = await tableContents(database)
    const observedBefore = await observeDatabase(database)
    // A crash: rows go in ahead, then neither commit nor abandon ever runs.
    const writer = createRestoreWriter(database, { total: 7, batchBytes: 2 * BLOB_THRESHOLD })
    await writer.add('evidence', evidence(['a1', 'a2', 'a3']))
    expect(await database.evidence.count()).toBe(4)
    const observedMidway = await observeDatabase(database)
    expect(observedMidway.ok && observedMidway.value.counts).toEqual(
      observedBefore.ok && observedBefore.value.counts,
    )
    // Nor does a backup taken meanwhile carry them.
    const exported = await exportDatabase(database, { appVersion: '0.1.0' })
    expect(exported.ok && exported.value.header.tableCounts['evidence']).toBe(2)
    expect(bytes.byteLength).toBeGreaterThan(0)
    database.close()

    // What the app does when it next opens the database (platform/restoreLock.ts).
    const reopened = await openWorkbenchDatabase(database.name)
    if (!reopened.ok) throw new Error(reopened.error.code)
    expect(await sweepUnfinishedRestore(reopened.value)).toEqual({ ok: true, value: 2 })
    const after = await tableContents(reopened.value)
    // The opening also records the app's version (schema writer), which is bookkeeping.
    expect({ ...after, settings: [] }).toEqual({ ...before, settings: [] })
    expect(await reopened.value.settings.get(RESTORE_PENDING_KEY)).toBeUndefined()
    expect(await sweepUnfinishedRestore(reopened.value)).toEqual({ ok: true, value: 0 })
    reopened.value.close()
  })

  it('commits nothing when another window swept the rows written ahead before the final transaction', async () => {
    const { database, bytes } = await backupAndCurrent()
    const before = await tableContents(database)
    let swept = false
    const prepared = await prepareRestore(database, () => chunksOf(bytes), {
      aheadBatchBytes: 2 * BLOB_THRESHOLD,
    })
    if (!prepared.ok) throw new Error(prepared.error.code)

    const written = await prepared.value.write({
      onProgress: async ({ done }) => {
        if (done < 6 || swept) return
        swept = true
        expect(await sweepUnfinishedRestore(database)).toEqual({ ok: true, value: 6 })
      },
    })

    expect(written).toEqual({ ok: false, error: { code: 'restore-interrupted' } })
    expect(await tableContents(database)).toEqual(before)
  })

  it('leaves a large row the database already holds unchanged in place, and replaces one that differs', async () => {
    const database = defineWorkbenchDatabase(uniqueName())
    await database.evidence.bulkPut(evidence(['same', 'changed', 'gone']))
    const bytes = await backupBytesOf(database)
    const backupContents = await tableContents(database)
    await database.evidence.put({ ...evidence(['changed'], 90)[0]!, fileName: 'khác.pdf' })
    await database.evidence.delete('gone')
    await database.evidence.put(evidence(['new'], 70)[0]!)
    const created: string[] = []
    database.evidence.hook('creating', (key) => void created.push(String(key)))

    const prepared = await prepareRestore(database, () => chunksOf(bytes), {
      aheadBatchBytes: BLOB_THRESHOLD,
    })
    if (!prepared.ok) throw new Error(prepared.error.code)
    const written = await prepared.value.write()

    expect(written).toEqual({ ok: true, value: { recordCount: 3 } })
    expect(await tableContents(database)).toEqual(backupContents)
    // `gone` went in ahead; `same` was never written again; `changed` was replaced (put) in the final transaction.
    expect(created.sort()).toEqual(['changed', 'gone'])
  })

  it('a failure in the final transaction rolls it back and removes what went in ahead', async () => {
    const { database, bytes } = await backupAndCurrent()
    const before = await tableContents(database)
    database.units.hook('creating', () => {
      throw new Error('disk said no')
    })
    const prepared = await prepareRestore(database, () => chunksOf(bytes), {
      aheadBatchBytes: 2 * BLOB_THRESHOLD,
    })
    if (!prepared.ok) throw new Error(prepared.error.code)

    const written = await prepared.value.write()

    expect(written).toMatchObject({ ok: false, error: { code: 'storage-failed' } })
    expect(await tableContents(database)).toEqual(before)
  })

  it('never backs up a pending-restore row, nor restores one a backup carries (the rows it names stay)', async () => {
    const database = defineWorkbenchDatabase(uniqueName())
    await database.evidence.bulkPut(evidence(['a1']))
    await database.settings.put({
      key: RESTORE_PENDING_KEY,
      value: { startedAt: 'x', rows: { evidence: ['a1'] } },
    })
    const exported = await exportDatabase(database, { appVersion: '0.1.0' })
    if (!exported.ok) throw new Error(exported.error.code)
    expect(exported.value.header.tableCounts).toMatchObject({ evidence: 0, settings: 0 })

    // A backup made by hand that carries the row: restored without it, and the file it names is data.
    const decoded = await decodeBackup(exported.value.bytes)
    if (!decoded.ok) throw new Error(decoded.error.code)
    const target = database
    const restored = await restoreDatabase(target, {
      header: decoded.value.header,
      tables: {
        ...decoded.value.tables,
        evidence: evidence(['x1']),
        settings: [{ key: RESTORE_PENDING_KEY, value: { startedAt: 'x', rows: { evidence: ['x1'] } } }],
      },
    })
    expect(restored).toEqual({ ok: true, value: { recordCount: 1 } })
    expect(await target.settings.get(RESTORE_PENDING_KEY)).toBeUndefined()
    target.close()
    const reopened = await openWorkbenchDatabase(target.name)
    if (!reopened.ok) throw new Error(reopened.error.code)
    expect(await reopened.value.evidence.count()).toBe(1)
    reopened.value.close()
  })
})
