import { describe, expect, it, vi } from 'vitest'
import { createRendererRecovery, recoveryReason, recoveryUrl } from './rendererRecovery'

function setUp() {
  let now = 0
  const deps = { now: () => now, load: vi.fn(), giveUp: vi.fn() }
  return { deps, recovery: createRendererRecovery(deps), advance: (ms: number) => (now += ms) }
}

describe('createRendererRecovery', () => {
  it('reloads the page the user was on and tells it what happened', () => {
    const { deps, recovery } = setUp()

    const outcome = recovery.onRenderProcessGone({ reason: 'oom' }, 'app://workbench/index.html#/unit')

    expect(outcome).toBe('reloaded')
    expect(deps.load).toHaveBeenCalledWith('app://workbench/index.html?recovered=oom#/unit')
  })

  it('does nothing when the renderer exited cleanly', () => {
    const { deps, recovery } = setUp()

    expect(recovery.onRenderProcessGone({ reason: 'clean-exit' }, 'app://workbench/index.html')).toBe(
      'ignored',
    )
    expect(deps.load).not.toHaveBeenCalled()
  })

  it('stops reloading after three crashes within a minute and asks to tell the user', () => {
    const { deps, recovery, advance } = setUp()

    const outcomes = [1, 2, 3, 4].map(() => {
      advance(5000)
      return recovery.onRenderProcessGone({ reason: 'crashed' }, 'app://workbench/index.html')
    })

    expect(outcomes).toEqual(['reloaded', 'reloaded', 'reloaded', 'gave-up'])
    expect(deps.giveUp).toHaveBeenCalledWith('crashed')
  })

  it('forgets crashes older than a minute', () => {
    const { recovery, advance } = setUp()

    const outcomes = [1, 2, 3, 4, 5].map(() => {
      advance(30_000)
      return recovery.onRenderProcessGone({ reason: 'crashed' }, 'app://workbench/index.html')
    })

    expect(outcomes.every((outcome) => outcome === 'reloaded')).toBe(true)
  })
})

describe('recoveryUrl', () => {
  it('falls back to the entry page for anything that is not the app', () => {
    expect(recoveryUrl('https://evil.example/#/unit', 'crashed')).toBe(
      'app://workbench/index.html?recovered=crashed',
    )
    expect(recoveryUrl('', 'killed')).toBe('app://workbench/index.html?recovered=killed')
  })

  it('keeps only a plain route hash', () => {
    expect(recoveryUrl('app://workbench/index.html#/settings', 'crashed')).toBe(
      'app://workbench/index.html?recovered=crashed#/settings',
    )
    expect(recoveryUrl('app://workbench/index.html#javascript:alert(1)', 'crashed')).toBe(
      'app://workbench/index.html?recovered=crashed',
    )
  })
})

describe('recoveryReason', () => {
  it.each([
    ['crashed', 'crashed'],
    ['oom', 'oom'],
    ['killed', 'killed'],
    ['abnormal-exit', 'other'],
    ['launch-failed', 'other'],
    ['integrity-failure', 'other'],
  ])('maps %s to %s', (reason, expected) => {
    expect(recoveryReason(reason)).toBe(expected)
  })
})
