import { APP_ENTRY_URL } from './appProtocol'
import { isTrustedRendererUrl } from './window'

/** What the renderer is told after a reload that followed a crash (`?recovered=` on its URL). */
export type RecoveryReason = 'crashed' | 'oom' | 'killed' | 'other'

export type RendererRecoveryDeps = {
  now(): number
  /** Loads the given URL into the window again (a fresh renderer process). */
  load(url: string): void
  /** Too many crashes in a row: tell the user and stop reloading. */
  giveUp(reason: RecoveryReason): void
  readonly maxReloads?: number
  readonly windowMs?: number
}

export type RendererRecovery = {
  /** Electron's `render-process-gone` for the main window. */
  onRenderProcessGone(
    details: { readonly reason: string },
    currentUrl: string,
  ): 'ignored' | 'reloaded' | 'gave-up'
}

/**
 * Reloads the window when its renderer dies, on the page the user was on, with `?recovered=` so
 * the page can say what happened; after `maxReloads` crashes within `windowMs` it stops and asks
 * `giveUp` to tell the user, instead of looping.
 *
 * @example
 *   window.webContents.on('render-process-gone', (_event, details) =>
 *     recovery.onRenderProcessGone(details, window.webContents.getURL()))
 */
export function createRendererRecovery(deps: RendererRecoveryDeps): RendererRecovery {
  const maxReloads = deps.maxReloads ?? 3
  const windowMs = deps.windowMs ?? 60_000
  let crashes: number[] = []
  return {
    onRenderProcessGone(details, currentUrl) {
      if (details.reason === 'clean-exit') return 'ignored'
      const now = deps.now()
      crashes = [...crashes.filter((at) => now - at < windowMs), now]
      const reason = recoveryReason(details.reason)
      if (crashes.length > maxReloads) {
        deps.giveUp(reason)
        return 'gave-up'
      }
      deps.load(recoveryUrl(currentUrl, reason))
      return 'reloaded'
    },
  }
}

/**
 * Electron's `render-process-gone` reason, reduced to what the page explains.
 *
 * @example
 *   recoveryReason('oom') // => 'oom'
 */
export function recoveryReason(reason: string): RecoveryReason {
  if (reason === 'crashed' || reason === 'oom' || reason === 'killed') return reason
  return 'other'
}

/**
 * The URL to reload: the app page the user was on (its hash route kept) with `?recovered=<reason>`;
 * anything that is not the app's own page falls back to the entry page.
 *
 * @example
 *   recoveryUrl('app://workbench/index.html#/unit', 'oom') // => 'app://workbench/index.html?recovered=oom#/unit'
 */
export function recoveryUrl(currentUrl: string, reason: RecoveryReason): string {
  const base = new URL(APP_ENTRY_URL)
  if (isTrustedRendererUrl(currentUrl)) {
    const current = new URL(currentUrl)
    if (/^#\/[\w/-]{0,200}$/.test(current.hash)) base.hash = current.hash
  }
  base.searchParams.set('recovered', reason)
  return base.toString()
}
