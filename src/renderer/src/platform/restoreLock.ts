import { sweepUnfinishedRestore } from '@core/storage/restoreWriter'
import type { Dexie } from 'dexie'

/** The Web Locks name a restore holds while it writes (decision 0030). */
export const RESTORE_LOCK = 'ictwb.restore'

/** The part of the Web Locks API used here (`navigator.locks`), so tests can pass their own. */
export type LockManagerLike = {
  request<T>(
    name: string,
    options: { readonly mode?: 'exclusive'; readonly ifAvailable?: boolean },
    callback: (lock: unknown) => Promise<T>,
  ): Promise<T>
}

const browserLocks = (): LockManagerLike | undefined =>
  (globalThis.navigator as { locks?: LockManagerLike } | undefined)?.locks

/**
 * Runs a restore's writes holding the restore lock, shared by every window of the app's origin:
 * a window opening the database meanwhile then leaves the rows this restore wrote ahead alone.
 * The browser releases the lock when the window closes or crashes. Without Web Locks (tests in
 * Node), runs `work` as it is.
 *
 * @example
 *   const restored = await holdingRestoreLock(() => prepared.write(progress))
 */
export function holdingRestoreLock<T>(work: () => Promise<T>, locks = browserLocks()): Promise<T> {
  if (locks === undefined) return work()
  return locks.request(RESTORE_LOCK, { mode: 'exclusive' }, () => work())
}

/**
 * Removes what an interrupted restore wrote ahead (`sweepUnfinishedRestore`) when no window holds
 * the restore lock; when one does, its restore is under way and nothing is touched. The number of
 * rows removed (0 when skipped or on failure: the next restore sweeps again).
 *
 * @example
 *   await sweepInterruptedRestore(database) // => 0
 */
export async function sweepInterruptedRestore(database: Dexie, locks = browserLocks()): Promise<number> {
  const sweep = async () => {
    const swept = await sweepUnfinishedRestore(database)
    return swept.ok ? swept.value : 0
  }
  if (locks === undefined) return sweep()
  return locks.request(RESTORE_LOCK, { mode: 'exclusive', ifAvailable: true }, (lock) =>
    lock === null ? Promise.resolve(0) : sweep(),
  )
}
