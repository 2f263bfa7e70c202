import { describe, expect, it } from 'vitest'
import type { ProgressSample } from '@core/progress'
import { FRACTION_STEPS, nextProgress } from './taskProgress'

describe('nextProgress', () => {
  it('estimates the time left of the whole operation across its parts', () => {
    const samples: ProgressSample[] = [{ atMs: 0, done: 0 }]

    // Half of the first of two parts after 1 s: a quarter of the whole, 3 s left.
    const progress = nextProgress(
      samples,
      { done: 1, total: 2, phase: { name: 'charts', index: 0, count: 2 } },
      1000,
    )

    expect(progress.estimate.fraction).toBe(0.25)
    expect(progress.estimate.remainingMs).toBe(3000)
    expect(progress.step.phase?.name).toBe('charts')
    expect(progress.cancelling).toBe(false)
  })

  it('keeps the samples short: the start and the latest ones', () => {
    const samples: ProgressSample[] = [{ atMs: 0, done: 0 }]

    for (let index = 1; index <= 100; index += 1)
      nextProgress(samples, { done: index, total: 100 }, index * 10)

    expect(samples.length).toBeLessThanOrEqual(32)
    expect(samples[0]).toEqual({ atMs: 0, done: 0 })
    expect(samples.at(-1)).toEqual({ atMs: 1000, done: FRACTION_STEPS })
  })
})
