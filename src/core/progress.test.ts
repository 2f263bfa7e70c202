import { describe, expect, it } from 'vitest'
import {
  inPhase,
  isCancelled,
  overallFraction,
  progressEstimate,
  RATE_WINDOW,
  type ProgressStep,
} from './progress'

describe('progressEstimate', () => {
  it('knows nothing before the first sample', () => {
    expect(progressEstimate([], 10)).toEqual({
      done: 0,
      total: 10,
      fraction: 0,
      elapsedMs: 0,
      remainingMs: null,
    })
  })

  it('has no time left to offer until a step is done', () => {
    const estimate = progressEstimate([{ atMs: 5000, done: 0 }], 10, 7000)

    expect(estimate).toEqual({ done: 0, total: 10, fraction: 0, elapsedMs: 2000, remainingMs: null })
  })

  it('extrapolates the time left from the rate so far', () => {
    const estimate = progressEstimate(
      [
        { atMs: 0, done: 0 },
        { atMs: 1000, done: 2 },
      ],
      10,
    )

    expect(estimate).toEqual({ done: 2, total: 10, fraction: 0.2, elapsedMs: 1000, remainingMs: 4000 })
  })

  it('counts down between samples from the time already spent on the next step', () => {
    const samples = [
      { atMs: 0, done: 0 },
      { atMs: 1000, done: 2 },
    ]

    expect(progressEstimate(samples, 10, 1500).remainingMs).toBe(3500)
    expect(progressEstimate(samples, 10, 9000).remainingMs).toBe(0)
  })

  it('takes the rate from the latest samples, so a slow start stops weighing', () => {
    const slowStart = { atMs: 0, done: 0 }
    const fast = Array.from({ length: RATE_WINDOW }, (_, index) => ({
      atMs: 60_000 + index * 100,
      done: 1 + index,
    }))

    const estimate = progressEstimate([slowStart, ...fast], 100)

    // 100 ms per step over the window, 100 - 8 steps left.
    expect(estimate.remainingMs).toBe((100 - RATE_WINDOW) * 100)
  })

  it('says zero time left when done, and a fraction of 1', () => {
    const estimate = progressEstimate(
      [
        { atMs: 0, done: 0 },
        { atMs: 800, done: 4 },
      ],
      4,
    )

    expect(estimate.fraction).toBe(1)
    expect(estimate.remainingMs).toBe(0)
  })

  it('keeps the fraction within 0..1 and treats an unknown total as 0', () => {
    expect(progressEstimate([{ atMs: 0, done: 12 }], 10).fraction).toBe(1)
    expect(progressEstimate([{ atMs: 0, done: 3 }], 0).fraction).toBe(0)
  })
})

describe('phases', () => {
  it('tag steps with the part they belong to and weigh parts equally', async () => {
    const steps: ProgressStep[] = []
    const options = inPhase({ onProgress: (step) => void steps.push(step) }, 'workbook', 1, 2)

    await options.onProgress?.({ done: 1, total: 4 })

    expect(steps).toEqual([{ done: 1, total: 4, phase: { name: 'workbook', index: 1, count: 2 } }])
    expect(overallFraction(steps[0] as ProgressStep)).toBe(0.625)
    expect(overallFraction({ done: 3, total: 4 })).toBe(0.75)
  })

  it('pass the outer signal on', () => {
    const signal = { aborted: true }

    expect(isCancelled(inPhase({ signal }, 'charts', 0, 2))).toBe(true)
    expect(isCancelled(inPhase(undefined, 'charts', 0, 2))).toBe(false)
  })
})
