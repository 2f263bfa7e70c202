import type { BackupRequestReason } from '../shared/ipc/contract'

export type BackupSchedulerDeps = {
  /** Asks the renderer for a backup (it exports the database and sends it in chunks: beginBackup … finishBackup). */
  request(reason: BackupRequestReason): void
  /** False when there is no live renderer to ask (crashed, gone, still loading). */
  canRequest(): boolean
  /** Closes the window for real once the backup on close is done or given up. */
  closeWindow(): void
  setTimer(callback: () => void, ms: number): unknown
  clearTimer(timer: unknown): void
  readonly firstDelayMs?: number
  readonly intervalMs?: number
  readonly closeTimeoutMs?: number
}

export type BackupScheduler = {
  /** Starts the schedule: a first backup after `firstDelayMs`, then every `intervalMs`. */
  start(): void
  stop(): void
  /** The window's `close` event: holds the close until the renderer's backup is written or times out. */
  onWindowClose(event: { preventDefault(): void }): void
  /** Called when the renderer's finishBackup or abortBackup of a backup of the given reason settled (written, unchanged or failed). */
  backupSettled(reason: string): void
}

export const BACKUP_SCHEDULE = {
  firstDelayMs: 2 * 60_000,
  intervalMs: 30 * 60_000,
  closeTimeoutMs: 10_000,
} as const

/**
 * When main asks the renderer for automatic backups: on a timer while the window is open, and once
 * when the window closes (holding the close for at most `closeTimeoutMs`). Timers are injected so
 * tests drive it with fake time.
 *
 * @example
 *   const scheduler = createBackupScheduler({ request, canRequest, closeWindow, setTimer: setTimeout, clearTimer: clearTimeout })
 *   window.on('close', (event) => scheduler.onWindowClose(event))
 */
export function createBackupScheduler(deps: BackupSchedulerDeps): BackupScheduler {
  const firstDelayMs = deps.firstDelayMs ?? BACKUP_SCHEDULE.firstDelayMs
  const intervalMs = deps.intervalMs ?? BACKUP_SCHEDULE.intervalMs
  const closeTimeoutMs = deps.closeTimeoutMs ?? BACKUP_SCHEDULE.closeTimeoutMs
  let timer: unknown = null
  let closing: 'open' | 'waiting' | 'done' = 'open'
  let closeTimer: unknown = null

  const schedule = (delay: number) => {
    timer = deps.setTimer(() => {
      if (deps.canRequest()) deps.request('scheduled')
      schedule(intervalMs)
    }, delay)
  }
  const stop = () => {
    if (timer !== null) deps.clearTimer(timer)
    timer = null
  }
  const finishClose = () => {
    if (closing === 'done') return
    closing = 'done'
    if (closeTimer !== null) deps.clearTimer(closeTimer)
    stop()
    deps.closeWindow()
  }

  return {
    start: () => {
      stop()
      schedule(firstDelayMs)
    },
    stop,
    onWindowClose: (event) => {
      if (closing === 'done') return
      event.preventDefault()
      if (closing === 'waiting') return
      if (!deps.canRequest()) {
        finishClose()
        return
      }
      closing = 'waiting'
      deps.request('quit')
      closeTimer = deps.setTimer(finishClose, closeTimeoutMs)
    },
    backupSettled: (reason) => {
      if (reason === 'quit' && closing === 'waiting') finishClose()
    },
  }
}
