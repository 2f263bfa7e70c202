/** The local-storage key of the analysis diagnostics (support staff and the end-to-end tests only). */
export const ANALYSIS_DIAGNOSTICS_KEY = 'ictwb.diagnostics.analysis'

/**
 * A pause in milliseconds after every progress report of the uncertainty and sensitivity workers
 * (every 25 runs), so their progress, time left and cancel can be watched on a fast machine, as a
 * large assessment would run. Read from local storage like the parse diagnostics
 * (`ictwb.diagnostics.parse`): JSON `{"pauseMs": 20}`, 1–1,000; anything else means no pause.
 *
 * @example
 *   readAnalysisPause(window.localStorage) // => 20
 */
export function readAnalysisPause(
  storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage,
): number | undefined {
  try {
    const text = storage?.getItem(ANALYSIS_DIAGNOSTICS_KEY) ?? null
    if (text === null) return undefined
    const { pauseMs } = JSON.parse(text) as { pauseMs?: unknown }
    return typeof pauseMs === 'number' && Number.isInteger(pauseMs) && pauseMs >= 1 && pauseMs <= 1000
      ? pauseMs
      : undefined
  } catch {
    return undefined
  }
}

/**
 * Spins for `ms` milliseconds inside a worker (which has nothing else to do meanwhile; only
 * `terminate()` from the page, i.e. cancel, stops it).
 *
 * @example
 *   pauseWorker(20)
 */
export function pauseWorker(ms: number | undefined): void {
  if (ms === undefined) return
  const until = performance.now() + ms
  while (performance.now() < until) {
    // waiting on purpose (diagnostics only)
  }
}
