import type { RecoveryNotice } from './platform'

const REASONS: readonly RecoveryNotice['reason'][] = ['crashed', 'oom', 'killed', 'other']

/**
 * Reads `?recovered=<reason>` that main adds when it reloads the window after a crash, and removes
 * it from the address so a later manual reload does not repeat the message. The history entry's
 * state is kept: the hash router keeps its position in it (for Back and for blocking a Back).
 *
 * @example
 *   takeRecoveryNotice(window.location, window.history) // => { reason: 'oom' } once, then null
 */
export function takeRecoveryNotice(
  location: Pick<Location, 'search' | 'pathname' | 'hash'>,
  history: Pick<History, 'replaceState' | 'state'>,
): RecoveryNotice | null {
  const value = new URLSearchParams(location.search).get('recovered')
  if (value === null) return null
  history.replaceState(history.state, '', `${location.pathname}${location.hash}`)
  return {
    reason: (REASONS as readonly string[]).includes(value) ? (value as RecoveryNotice['reason']) : 'other',
  }
}
