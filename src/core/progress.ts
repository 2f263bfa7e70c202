/**
 * Progress and cancellation of long operations (backups, restores, the results report, blank
 * workbooks, the comparison export): one shape shared by the core operations, the renderer's
 * progress bar and the CLI.
 *
 * Why a structural signal: the pure core has no DOM types; any `AbortSignal` satisfies
 * `CancelSignal`, and tests may pass a plain object.
 */

/** Anything with an `aborted` flag: an `AbortSignal`, or `{ aborted: true }` in a test. */
export type CancelSignal = { readonly aborted: boolean }

/** The error value of an operation stopped by its signal; it wrote nothing. */
export type Cancelled = { readonly code: 'cancelled' }

/** The one `Cancelled` value. @example err(cancelled) // => { ok: false, error: { code: 'cancelled' } } */
export const cancelled: Cancelled = Object.freeze({ code: 'cancelled' })

/**
 * One step of a long operation: `done` of `total` steps (tables, sheets, units, charts). An
 * operation made of several parts (draw the charts, then write the workbook) names the part it is
 * in: `phase.index` of `phase.count`, each part counting its own steps.
 */
export type ProgressStep = {
  readonly done: number
  readonly total: number
  readonly phase?: { readonly name: string; readonly index: number; readonly count: number } | undefined
}

/**
 * What a long operation accepts: a signal checked between steps and a callback told after each
 * step. The callback may return a promise; the operation awaits it, so the renderer can yield to
 * the event loop there and the bar moves even when the steps are synchronous.
 *
 * @example
 *   await writeResultsReport(input, { signal: controller.signal, onProgress: ({ done, total }) => draw(done, total) })
 */
export type ProgressOptions = {
  readonly signal?: CancelSignal | undefined
  readonly onProgress?: ((step: ProgressStep) => void | Promise<void>) | undefined
}

/** True once the options' signal is aborted. @example isCancelled({ signal: { aborted: true } }) // => true */
export function isCancelled(options: ProgressOptions | undefined): boolean {
  return options?.signal?.aborted === true
}

/** Tells the options' callback about a step and waits for it. @example await reportStep(options, 3, 10) */
export async function reportStep(options: ProgressOptions | undefined, done: number, total: number) {
  await options?.onProgress?.({ done, total })
}

/**
 * Options for one part of a larger operation: its steps reach the outer callback tagged with the
 * part's `name`, `index` and the `count` of parts; the signal is the outer one.
 *
 * @example
 *   await writeResultsReport(input, inPhase(options, 'workbook', 1, 2))
 */
export function inPhase(
  options: ProgressOptions | undefined,
  name: string,
  index: number,
  count: number,
): ProgressOptions {
  const outer = options?.onProgress
  return {
    signal: options?.signal,
    onProgress: outer === undefined ? undefined : (step) => outer({ ...step, phase: { name, index, count } }),
  }
}

/**
 * How much of the whole operation a step stands for, 0 to 1: parts weigh the same, steps within
 * a part too.
 *
 * @example
 *   overallFraction({ done: 1, total: 4, phase: { name: 'workbook', index: 1, count: 2 } }) // => 0.625
 */
export function overallFraction(step: ProgressStep): number {
  const within = step.total > 0 ? Math.min(1, Math.max(0, step.done / step.total)) : 0
  const phase = step.phase
  if (phase === undefined || phase.count <= 0) return within
  return Math.min(1, (Math.min(phase.index, phase.count - 1) + within) / phase.count)
}

/** When a number of steps was reached (milliseconds on any monotonic clock). */
export type ProgressSample = { readonly atMs: number; readonly done: number }

/**
 * How far an operation is and how long it may still take.
 * `remainingMs` is `null` until the samples show a rate (at least one step done after the first sample).
 */
export type ProgressEstimate = {
  readonly done: number
  readonly total: number
  /** 0 to 1; 0 when the total is unknown (0). */
  readonly fraction: number
  readonly elapsedMs: number
  readonly remainingMs: number | null
}

/** How many of the latest samples the rate is taken from (recent steps say more than early ones). */
export const RATE_WINDOW = 8

/**
 * The fraction done and the time left, from samples in time order (the first one is the start,
 * usually `{ atMs: start, done: 0 }`). The rate is the steps per millisecond over the last
 * `RATE_WINDOW` samples, so a slow start does not skew the estimate for long; the time left is the
 * steps left at that rate, counted from `nowMs` (default: the last sample's time).
 *
 * @example
 *   progressEstimate([{ atMs: 0, done: 0 }, { atMs: 1000, done: 2 }], 10).remainingMs // => 4000
 */
export function progressEstimate(
  samples: readonly ProgressSample[],
  total: number,
  nowMs?: number,
): ProgressEstimate {
  const first = samples[0]
  const last = samples[samples.length - 1]
  if (first === undefined || last === undefined)
    return { done: 0, total, fraction: 0, elapsedMs: 0, remainingMs: null }
  const done = Math.min(Math.max(0, last.done), Math.max(0, total))
  const now = Math.max(nowMs ?? last.atMs, last.atMs)
  const fraction = total > 0 ? done / total : 0
  const windowStart = samples[Math.max(0, samples.length - RATE_WINDOW)] ?? first
  const steps = last.done - windowStart.done
  const time = last.atMs - windowStart.atMs
  const remainingSteps = Math.max(0, total - done)
  let remainingMs: number | null = null
  if (remainingSteps === 0) remainingMs = 0
  else if (steps > 0 && time >= 0) {
    const sinceLast = now - last.atMs
    remainingMs = Math.max(0, Math.round((time / steps) * remainingSteps - sinceLast))
  }
  return { done, total, fraction, elapsedMs: now - first.atMs, remainingMs }
}
