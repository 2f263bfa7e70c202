import 'fake-indexeddb/auto'
import { describe, expect, it, vi } from 'vitest'
import type { DatabaseMarker } from '@core/storage/checkDatabaseMarker'
import { openWorkbenchDatabase, type WorkbenchDatabase } from '@core/storage/database'
import { DATABASE_IDENTITY_KEY, DATABASE_RESETS_KEY } from '@core/storage/databaseIdentity'
import { checkDatabaseOnOpen, followDatabaseChanges, rebaseDatabaseMarker } from './databaseMarkerGuard'
import type { DatabaseMarkerStore } from './databaseMarkerStore'

function aStore(initial: DatabaseMarker | null = null) {
  let kept = initial
  const writes: DatabaseMarker[] = []
  const store: DatabaseMarkerStore = {
    read: async () => kept,
    write: async (marker) => {
      kept = marker
      writes.push(marker)
      return true
    },
  }
  return { store, writes, current: () => kept }
}

const open = async (name = `guard-${crypto.randomUUID()}`): Promise<WorkbenchDatabase> => {
  const opened = await openWorkbenchDatabase(name)
  if (!opened.ok) throw new Error(opened.error.message)
  return opened.value
}

const units = (count: number) =>
  Array.from({ length: count }, (_, index) => ({ code: `U${index}`, name: `U${index}`, group: 'g' }))

const at = () => new Date('2026-12-07T08:00:00.000Z')

describe('checkDatabaseOnOpen', () => {
  it('gives a new database an identity and writes the marker', async () => {
    const database = await open()
    await database.units.bulkAdd(units(3))
    const { store, current } = aStore()

    const checked = await checkDatabaseOnOpen(database, store, at)

    const identity = (await database.settings.get(DATABASE_IDENTITY_KEY))?.value
    expect(checked).toEqual({ ok: true, value: { status: 'new' } })
    expect(typeof identity).toBe('string')
    expect(current()).toMatchObject({
      databaseName: database.name,
      identity,
      lastChangeAt: at().toISOString(),
    })
    expect(current()?.counts['units']).toBe(3)
    database.close()
  })

  it('leaves an empty new database untouched: no identity, no marker, until its first rows', async () => {
    const database = await open()
    const { store, writes, current } = aStore()

    expect(await checkDatabaseOnOpen(database, store, at)).toEqual({ ok: true, value: { status: 'new' } })
    expect(await database.settings.count()).toBe(0)
    expect(writes).toHaveLength(0)

    const stop = followDatabaseChanges(database, store, { delayMs: 10 })
    await database.units.bulkAdd(units(1))
    await vi.waitFor(() => expect(current()?.counts['units']).toBe(1))
    stop()
    expect(current()?.identity).toBe((await database.settings.get(DATABASE_IDENTITY_KEY))?.value)
    database.close()
  })

  it('blocks a database emptied since the marker saw it and writes nothing at all', async () => {
    const database = await open()
    await database.units.bulkAdd(units(8))
    const { store, writes } = aStore()
    await checkDatabaseOnOpen(database, store, at)
    const name = database.name
    await database.delete()
    const recreated = await open(name)

    const checked = await checkDatabaseOnOpen(recreated, store, at)

    expect(checked.ok && checked.value).toMatchObject({ status: 'blocked', reason: 'emptied' })
    expect(writes).toHaveLength(1)
    expect(await recreated.settings.count()).toBe(0)
    recreated.close()
  })

  it('leaves the marker untouched when nothing changed since it was written', async () => {
    const database = await open()
    await database.units.bulkAdd(units(2))
    const { store, writes } = aStore()
    await checkDatabaseOnOpen(database, store, at)
    await checkDatabaseOnOpen(database, store, () => new Date('2026-12-08T00:00:00.000Z'))

    expect(writes).toHaveLength(1)
    database.close()
  })
})

describe('rebaseDatabaseMarker', () => {
  it('after an accepted loss: records the reset in the database and describes it as it is now', async () => {
    const database = await open()
    const previous: DatabaseMarker = {
      format: 1,
      databaseName: database.name,
      identity: 'gone',
      counts: { submissions: 40 },
      lastChangeAt: '2026-12-06T08:00:00.000Z',
    }
    const { store, current } = aStore(previous)

    const rebased = await rebaseDatabaseMarker(
      database,
      store,
      { at: at().toISOString(), reason: 'emptied', previous },
      at,
    )

    expect(rebased.ok).toBe(true)
    expect(current()?.identity).not.toBe('gone')
    expect(current()?.counts['submissions']).toBe(0)
    expect((await database.settings.get(DATABASE_RESETS_KEY))?.value).toEqual([
      {
        at: at().toISOString(),
        reason: 'emptied',
        previous: { identity: 'gone', counts: { submissions: 40 }, lastChangeAt: previous.lastChangeAt },
      },
    ])
    const again = await checkDatabaseOnOpen(database, store, at)
    expect(again).toEqual({ ok: true, value: { status: 'ok' } })
    database.close()
  })
})

describe('followDatabaseChanges', () => {
  it('follows writes (debounced) and stops following once the database lost its identity', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    try {
      const database = await open()
      const { store, current } = aStore()
      await checkDatabaseOnOpen(database, store, at)
      const stop = followDatabaseChanges(database, store, { delayMs: 50 })
      await vi.waitFor(() => Promise.resolve())

      await database.units.bulkAdd(units(7))
      await vi.waitFor(async () => {
        await vi.advanceTimersByTimeAsync(60)
        expect(current()?.counts['units']).toBe(7)
      })

      // Emptied under the running app: the identity row goes with the rows.
      await database.transaction('rw', database.tables, async () => {
        for (const table of database.tables) await table.clear()
      })
      await vi.advanceTimersByTimeAsync(200)
      stop()
      await vi.advanceTimersByTimeAsync(200)

      expect(current()?.counts['units']).toBe(7)
      database.close()
    } finally {
      vi.useRealTimers()
    }
  })

  it('writes nothing after being stopped with no change pending', async () => {
    const database = await open()
    await database.units.bulkAdd(units(1))
    const { store, writes } = aStore()
    await checkDatabaseOnOpen(database, store, at)

    followDatabaseChanges(database, store, { delayMs: 10 })()
    await new Promise((resolve) => setTimeout(resolve, 30))

    expect(writes).toHaveLength(1)
    database.close()
  })
})
