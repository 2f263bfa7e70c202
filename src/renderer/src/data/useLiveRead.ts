import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo, type DependencyList } from 'react'
import type { Result } from '@core/result'
import { liveQuerier, liveReadState, type LiveRead } from './liveReadState'

/**
 * Reads through the core repositories as a Dexie live query: the view is read again by itself
 * whenever a table the read touched changes (in this window or another one of the app), with no
 * reload callbacks or events. `read` must only await repository calls (IndexedDB); awaiting
 * anything else (timers, fetch, WebCrypto, dynamic import) inside it hides later reads from Dexie.
 * `deps` are the inputs `read` uses, as for `useEffect`; when they change the state is `loading`
 * until the read for the new inputs settles. A new `rerun` number reads again while the current
 * value stays shown: a manual "check again" for data written to IndexedDB without Dexie, which
 * Dexie cannot observe (the database has Dexie's live-query cache off, so a re-run reads it afresh).
 *
 * Loading is `{ status: 'loading' }`; an error Result, or a thrown storage error, is
 * `{ status: 'error' }` (never an endless "loading" and never a throw into an error boundary).
 *
 * @example
 *   const list = useLiveRead(async () => ok(await createAssessmentRepository(database).list()), [database])
 *   if (list.status === 'error') return <ReadFailure error={list.error} />
 */
export function useLiveRead<T, E = never>(
  read: () => Promise<Result<T, E>>,
  deps: DependencyList,
  rerun = 0,
): LiveRead<T, E> {
  // A new key whenever the inputs change, so an outcome for the previous inputs reads as loading.
  // The caller's deps pass through, as dexie-react-hooks itself does with them.
  // eslint-disable-next-line react-hooks/use-memo, react-hooks/exhaustive-deps
  const key = useMemo(() => ({}), deps)
  const outcome = useLiveQuery(liveQuerier(key, read), [key, rerun])
  // The same state object until the outcome changes, so views can memoise on it.
  return useMemo(() => liveReadState(outcome, key), [outcome, key])
}
