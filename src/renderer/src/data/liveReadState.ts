import { err, type Result } from '@core/result'
import { classifyStorageError, type StorageFailure } from '@core/storage/storageError'

/**
 * A live read as a view shows it: still loading, its value, or why it could not be read. A view
 * never stays on "loading" after a failed read: a thrown storage error becomes `error` too.
 *
 * @example
 *   const state: LiveRead<number, { code: 'not-found' }> = { status: 'error', error: { code: 'not-found' } }
 */
export type LiveRead<T, E = never> =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly value: T }
  | { readonly status: 'error'; readonly error: E | StorageFailure }

/** What one run of a live query settled to, tagged with the inputs (`key`) it was run for. */
export type ReadOutcome<T, E> = {
  readonly key: object
  readonly result: Result<T, E | StorageFailure>
}

/**
 * The querier for Dexie's `liveQuery`: runs `read` and never rejects. An error Result is kept as
 * it is, and a thrown error (IndexedDB refused the read, the connection closed) becomes a
 * `StorageFailure`. Dexie's `liveQuery` stops after a rejected querier and swallows some
 * rejections entirely (DatabaseClosedError, AbortError), which is how a view used to stay on
 * "loading"; a settled value keeps it observing, so the view recovers once the data reads again.
 *
 * Why a native `async` function: Dexie follows the querier's native awaits (and so records which
 * tables and keys it read) only when the querier itself is an `AsyncFunction`.
 *
 * @example
 *   liveQuery(liveQuerier(key, async () => ok(await repository.list())))
 */
export function liveQuerier<T, E>(
  key: object,
  read: () => Promise<Result<T, E>>,
): () => Promise<ReadOutcome<T, E>> {
  return async () => {
    try {
      return { key, result: await read() }
    } catch (error) {
      return { key, result: err(classifyStorageError(error)) }
    }
  }
}

/**
 * The view's state from the latest outcome of a live query. An outcome for other inputs than the
 * current ones (`key`) is stale (dexie-react-hooks keeps the last value while a query with new
 * inputs runs), so it counts as loading: a screen never shows one unit's data under another's name.
 *
 * @example
 *   liveReadState(undefined, key) // => { status: 'loading' }
 *   liveReadState({ key, result: ok(3) }, key) // => { status: 'ready', value: 3 }
 */
export function liveReadState<T, E>(outcome: ReadOutcome<T, E> | undefined, key: object): LiveRead<T, E> {
  if (outcome === undefined || outcome.key !== key) return { status: 'loading' }
  return outcome.result.ok
    ? { status: 'ready', value: outcome.result.value }
    : { status: 'error', error: outcome.result.error }
}
