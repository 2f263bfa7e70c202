import {
  overallFraction,
  progressEstimate,
  type ProgressEstimate,
  type ProgressSample,
  type ProgressStep,
} from '@core/progress'

/** What a progress bar shows: the latest step (its count and part) and the estimate for the whole. */
export type TaskProgress = {
  readonly step: ProgressStep
  readonly estimate: ProgressEstimate
  readonly cancelling: boolean
}

/** Resolution of the overall fraction in the samples (steps of different parts share one scale). */
export const FRACTION_STEPS = 1000

/**
 * Adds a step to the samples (kept short: the first one and the latest few) and returns the
 * progress to show; the estimate is over the overall fraction, so parts with different step
 * counts still give one time left.
 *
 * @example
 *   const samples = [{ atMs: 0, done: 0 }]
 *   nextProgress(samples, { done: 1, total: 4 }, 500).estimate.remainingMs // => 1500
 */
export function nextProgress(samples: ProgressSample[], step: ProgressStep, nowMs: number): TaskProgress {
  samples.push({ atMs: nowMs, done: Math.round(overallFraction(step) * FRACTION_STEPS) })
  if (samples.length > 32) samples.splice(1, samples.length - 17)
  return { step, estimate: progressEstimate(samples, FRACTION_STEPS, nowMs), cancelling: false }
}
