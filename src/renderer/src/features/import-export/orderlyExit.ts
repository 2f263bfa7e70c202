/** The local-storage key listing the import batches whose page was left in an orderly way (closed, reloaded). */
export const ORDERLY_EXIT_KEY = 'ictwb.import.orderlyExit'

type ExitWindow = Pick<Window, 'addEventListener' | 'removeEventListener'>
type ExitStorage = Pick<Storage, 'getItem' | 'setItem'>

const read = (storage: ExitStorage | undefined): string[] => {
  try {
    const value: unknown = JSON.parse(storage?.getItem(ORDERLY_EXIT_KEY) ?? '[]')
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []
  } catch {
    return []
  }
}
const write = (storage: ExitStorage | undefined, batchIds: readonly string[]): void => {
  try {
    storage?.setItem(ORDERLY_EXIT_KEY, JSON.stringify(batchIds.slice(-20)))
  } catch {
    // Storage full or disabled: the batch's marks are then kept, the safe side.
  }
}

/**
 * Tells a page left in an orderly way from a page that died, for a running import batch. Its
 * parsing marks (`runImportBatch`) must stop a file that took the page down from being parsed
 * again; but a page the user closed or reloaded died of nothing, and the files it was parsing are
 * innocent. `pagehide` fires on a close or a reload (local storage is written synchronously, so the
 * note survives), never on a crash (a worker that exhausted the heap takes the renderer down);
 * `pageshow` from the back-forward cache takes the note back.
 *
 * @example
 *   const stop = watchOrderlyExit(batch.id)
 *   try { await runImportBatch(…) } finally { stop() }
 */
export function watchOrderlyExit(
  batchId: string,
  target: ExitWindow = window,
  storage: ExitStorage | undefined = globalThis.localStorage,
): () => void {
  const onHide = () => write(storage, [...read(storage).filter((id) => id !== batchId), batchId])
  const onShow = () => forgetOrderlyExit(batchId, storage)
  target.addEventListener('pagehide', onHide)
  target.addEventListener('pageshow', onShow)
  return () => {
    target.removeEventListener('pagehide', onHide)
    target.removeEventListener('pageshow', onShow)
  }
}

/** Whether the page running this batch was last left in an orderly way (its parsing marks then accuse no file). */
export function wasLeftInOrder(
  batchId: string,
  storage: ExitStorage | undefined = globalThis.localStorage,
): boolean {
  return read(storage).includes(batchId)
}

/** Drops the note of a batch (it is resumed, or done). */
export function forgetOrderlyExit(
  batchId: string,
  storage: ExitStorage | undefined = globalThis.localStorage,
): void {
  const ids = read(storage)
  if (ids.includes(batchId))
    write(
      storage,
      ids.filter((id) => id !== batchId),
    )
}
