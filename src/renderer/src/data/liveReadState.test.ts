import 'fake-indexeddb/auto'
import { Dexie, liveQuery, type Table } from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { err, ok } from '@core/result'
import { liveQuerier, liveReadState, type LiveRead, type ReadOutcome } from './liveReadState'

describe('liveReadState', () => {
  const key = {}

  it('is loading until the query settles', () => {
    expect(liveReadState(undefined, key)).toEqual({ status: 'loading' })
  })

  it('is loading while the outcome belongs to earlier inputs', () => {
    expect(liveReadState({ key: {}, result: ok(3) }, key)).toEqual({ status: 'loading' })
  })

  it('maps an ok Result to ready and an error Result to error', () => {
    expect(liveReadState({ key, result: ok([1, 2]) }, key)).toEqual({ status: 'ready', value: [1, 2] })
    expect(liveReadState({ key, result: err({ code: 'not-found' as const }) }, key)).toEqual({
      status: 'error',
      error: { code: 'not-found' },
    })
  })
})

describe('liveQuerier', () => {
  it('keeps an error Result as it is', async () => {
    const key = {}
    await expect(
      liveQuerier(key, async () => err({ code: 'framework-invalid' as const }))(),
    ).resolves.toEqual({
      key,
      result: { ok: false, error: { code: 'framework-invalid' } },
    })
  })

  it('turns a thrown storage error into a classified failure instead of rejecting', async () => {
    const key = {}
    const outcome = await liveQuerier(key, async () => {
      throw new DOMException('Failed to read', 'UnknownError')
    })()
    expect(outcome.key).toBe(key)
    expect(outcome.result).toEqual({
      ok: false,
      error: { code: 'unknown', message: 'UnknownError: Failed to read' },
    })
  })

  it('is a native async function, the only kind whose awaits Dexie follows', () => {
    expect(Object.prototype.toString.call(liveQuerier({}, async () => ok(1)))).toBe('[object AsyncFunction]')
  })
})

// Dexie's liveQuery with the querier the hook uses: what it read after an await is observed, and
// a failed read is an error state that recovers by itself once the data reads again.
describe('liveQuerier under Dexie liveQuery', () => {
  type Row = { readonly id: string; readonly value: number }
  class TestDatabase extends Dexie {
    first!: Table<Row, string>
    second!: Table<Row, string>
    constructor(name: string) {
      super(name)
      this.version(1).stores({ first: 'id', second: 'id' })
    }
  }
  const databases: TestDatabase[] = []
  afterEach(async () => {
    for (const database of databases.splice(0)) await database.delete()
  })

  const watch = <T, E>(query: () => Promise<ReadOutcome<T, E>>, key: object) => {
    const states: LiveRead<T, E>[] = []
    const waiters: (() => void)[] = []
    const subscription = liveQuery(query).subscribe({
      next: (outcome) => {
        states.push(liveReadState(outcome, key))
        waiters.splice(0).forEach((wake) => wake())
      },
      error: (error: unknown) => {
        throw error
      },
    })
    const nextState = async (count: number) => {
      while (states.length < count) await new Promise<void>((resolve) => waiters.push(resolve))
      return states[count - 1]
    }
    return { nextState, stop: () => subscription.unsubscribe() }
  }

  it('reads again when a table read after an await changes', async () => {
    const database = new TestDatabase(`live-read-${Math.random()}`)
    databases.push(database)
    await database.first.put({ id: 'a', value: 1 })
    const key = {}
    const { nextState, stop } = watch(
      liveQuerier(key, async () => {
        const first = await database.first.toArray()
        const second = await database.second.toArray()
        return ok(first.length + second.length)
      }),
      key,
    )
    expect(await nextState(1)).toEqual({ status: 'ready', value: 1 })
    await database.second.put({ id: 'b', value: 2 })
    expect(await nextState(2)).toEqual({ status: 'ready', value: 2 })
    stop()
  })

  it('shows a failed read as an error, then the value once it reads again', async () => {
    const database = new TestDatabase(`live-read-${Math.random()}`)
    databases.push(database)
    const key = {}
    const { nextState, stop } = watch(
      liveQuerier(key, async () => {
        const rows = await database.first.toArray()
        if (rows.length === 0) throw new DOMException('Failed to read', 'UnknownError')
        return ok(rows.length)
      }),
      key,
    )
    expect(await nextState(1)).toMatchObject({ status: 'error', error: { code: 'unknown' } })
    await database.first.put({ id: 'a', value: 1 })
    expect(await nextState(2)).toEqual({ status: 'ready', value: 1 })
    stop()
  })
})
