import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { defineWorkbenchDatabase } from '@core/storage/database'
import { RESTORE_PENDING_KEY } from '@core/storage/restoreWriter'
import {
  holdingRestoreLock,
  RESTORE_LOCK,
  sweepInterruptedRestore,
  type LockManagerLike,
} from './restoreLock'

/** Web Locks for one lock name, as the browser grants them (exclusive; ifAvailable gives null when held). */
function fakeLocks(): LockManagerLike & { readonly held: () => boolean } {
  let held = false
  let queue: Promise<unknown> = Promise.resolve()
  return {
    held: () => held,
    request(name, options, callback) {
      expect(name).toBe(RESTORE_LOCK)
      if (options.ifAvailable === true && held) return callback(null)
      const run = queue.then(async () => {
        held = true
        try {
          return await callback({ name })
        } finally {
          held = false
        }
      })
      queue = run.catch(() => undefined)
      return run
    },
  }
}

async function withLeftover() {
  const database = defineWorkbenchDatabase(`lock-${crypto.randomUUID()}`)
  await database.evidence.put({
    id: 'ahead',
    submissionId: 's',
    questionCode: 'Q',
    fileName: 'a.pdf',
    bytes: new Uint8Array(4),
  })
  await database.settings.put({
    key: RESTORE_PENDING_KEY,
    value: { startedAt: 'x', rows: { evidence: ['ahead'] } },
  })
  return database
}

describe('the restore lock (decision 0030)', () => {
  it('an opening window leaves a restore under way in another window alone', async () => {
    const database = await withLeftover()
    const locks = fakeLocks()
    let swept = -1
    await holdingRestoreLock(async () => {
      swept = await sweepInterruptedRestore(database, locks)
    }, locks)
    expect(swept).toBe(0)
    expect(await database.evidence.count()).toBe(1)
    expect(await database.settings.get(RESTORE_PENDING_KEY)).toBeDefined()
  })

  it('with no restore under way, removes what an interrupted one wrote ahead', async () => {
    const database = await withLeftover()
    const locks = fakeLocks()
    expect(await sweepInterruptedRestore(database, locks)).toBe(1)
    expect(await database.evidence.count()).toBe(0)
    expect(await database.settings.get(RESTORE_PENDING_KEY)).toBeUndefined()
    expect(locks.held()).toBe(false)
  })

  it('without Web Locks sweeps directly and runs the work as it is', async () => {
    const database = await withLeftover()
    expect(await holdingRestoreLock(async () => 7, undefined)).toBe(7)
    expect(await sweepInterruptedRestore(database, undefined)).toBe(1)
  })
})
