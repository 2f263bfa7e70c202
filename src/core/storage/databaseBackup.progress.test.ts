import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { decodeAnyBackup as decodeBackup } from '@core/formats/backup/decodeAnyBackup'
import { defineWorkbenchDatabase, type WorkbenchDatabase } from './database'
import { exportDatabase, restoreDatabase } from './databaseBackup'
import { tableContents } from './storageTestKit'

const uniqueName = (prefix: string) => `${prefix}-${crypto.randomUUID()}`

async function seeded(name: string, unitName: string): Promise<WorkbenchDatabase> {
  const database = defineWorkbenchDatabase(name)
  await database.settings.put({ key: 'language', value: 'vi' })
  await database.units.bulkPut([
    { code: 'U1', name: unitName, group: 'Sở' },
    { code: 'U2', name: `${unitName} 2`, group: 'Sở' },
  ])
  return database
}

describe('backup and restore progress and cancel', () => {
  it('exporting tells one step per table and one for the encoding', async () => {
    const database = await seeded(uniqueName('progress'), 'Sở Nội vụ')
    const steps: number[] = []

    const exported = await exportDatabase(database, {
      appVersion: '0.1.0',
      onProgress: ({ done, total }) => {
        expect(total).toBe(database.tables.length + 1)
        steps.push(done)
      },
    })

    expect(exported.ok).toBe(true)
    expect(steps).toEqual(Array.from({ length: database.tables.length + 1 }, (_, index) => index + 1))
  })

  it('a backup cancelled midway gives `cancelled` and no bytes', async () => {
    const database = await seeded(uniqueName('cancel-export'), 'Sở Nội vụ')
    const controller = new AbortController()

    const exported = await exportDatabase(database, {
      appVersion: '0.1.0',
      signal: controller.signal,
      onProgress: ({ done }) => {
        if (done === 2) controller.abort()
      },
    })

    expect(exported).toEqual({ ok: false, error: { code: 'cancelled' } })
  })

  it('a restore cancelled after some tables were replaced rolls back: the database is unchanged', async () => {
    const target = await seeded(uniqueName('restore'), 'Sở Tài chính')
    const exported = await exportDatabase(target, { appVersion: '0.1.0' })
    if (!exported.ok) throw new Error('export failed')
    const decoded = await decodeBackup(exported.value.bytes)
    if (!decoded.ok) throw new Error('decode failed')
    await target.units.put({ code: 'KEEP', name: 'Sở Y tế', group: 'Sở' })
    await target.settings.clear()
    const before = await tableContents(target)
    const controller = new AbortController()
    const steps: number[] = []

    const restored = await restoreDatabase(target, decoded.value, {
      signal: controller.signal,
      onProgress: ({ done, total }) => {
        expect(total).toBe(decoded.value.header.recordCount)
        steps.push(done)
        // All tables but one have been cleared and refilled by now; the abort must undo all of it.
        if (steps.length === target.tables.length - 1) controller.abort()
      },
    })

    expect(restored).toEqual({ ok: false, error: { code: 'cancelled' } })
    expect(steps.length).toBe(target.tables.length - 1)
    expect(await tableContents(target)).toEqual(before)
  })
})
