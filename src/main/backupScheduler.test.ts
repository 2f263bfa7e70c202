import { describe, expect, it, vi } from 'vitest'
import { createBackupScheduler, type BackupSchedulerDeps } from './backupScheduler'

function setUp(overrides: Partial<BackupSchedulerDeps> = {}) {
  vi.useFakeTimers()
  const spies = { request: vi.fn(), closeWindow: vi.fn() }
  const deps = {
    ...spies,
    canRequest: vi.fn(() => true),
    setTimer: (callback: () => void, ms: number) => setTimeout(callback, ms),
    clearTimer: (timer: unknown) => clearTimeout(timer as ReturnType<typeof setTimeout>),
    firstDelayMs: 1000,
    intervalMs: 10_000,
    closeTimeoutMs: 5000,
    ...overrides,
  }
  return { deps: spies, scheduler: createBackupScheduler(deps) }
}

const closeEvent = () => ({ preventDefault: vi.fn() })

describe('createBackupScheduler', () => {
  it('asks for a first backup after the first delay and then on every interval', () => {
    const { deps, scheduler } = setUp()

    scheduler.start()
    vi.advanceTimersByTime(999)
    expect(deps.request).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1 + 10_000 * 3)

    expect(deps.request.mock.calls).toEqual([['scheduled'], ['scheduled'], ['scheduled'], ['scheduled']])
    vi.useRealTimers()
  })

  it('does not ask a renderer that cannot answer, and keeps the schedule', () => {
    const { deps, scheduler } = setUp({ canRequest: vi.fn(() => false) })

    scheduler.start()
    vi.advanceTimersByTime(25_000)

    expect(deps.request).not.toHaveBeenCalled()
    vi.useRealTimers()
  })

  it('holds the window close until the backup on close settles, then closes once', () => {
    const { deps, scheduler } = setUp()
    const first = closeEvent()

    scheduler.onWindowClose(first)
    scheduler.onWindowClose(closeEvent())
    scheduler.backupSettled('quit')
    const afterwards = closeEvent()
    scheduler.onWindowClose(afterwards)

    expect(first.preventDefault).toHaveBeenCalled()
    expect(deps.request.mock.calls).toEqual([['quit']])
    expect(deps.closeWindow).toHaveBeenCalledTimes(1)
    expect(afterwards.preventDefault).not.toHaveBeenCalled()
    vi.useRealTimers()
  })

  it('closes anyway when the backup on close takes longer than the timeout', () => {
    const { deps, scheduler } = setUp()

    scheduler.onWindowClose(closeEvent())
    vi.advanceTimersByTime(5000)

    expect(deps.closeWindow).toHaveBeenCalledTimes(1)
    vi.useRealTimers()
  })

  it('closes at once when there is no renderer to ask', () => {
    const { deps, scheduler } = setUp({ canRequest: vi.fn(() => false) })

    scheduler.onWindowClose(closeEvent())

    expect(deps.request).not.toHaveBeenCalled()
    expect(deps.closeWindow).toHaveBeenCalledTimes(1)
    vi.useRealTimers()
  })

  it('ignores a scheduled backup settling while the close waits for its own', () => {
    const { deps, scheduler } = setUp()

    scheduler.onWindowClose(closeEvent())
    scheduler.backupSettled('scheduled')

    expect(deps.closeWindow).not.toHaveBeenCalled()
    vi.useRealTimers()
  })
})
