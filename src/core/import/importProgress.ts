import type { FileOutcome, FileOutcomeKind } from './importTypes'

/**
 * How far a batch is: files done of the total, counts per outcome, time spent and an estimate of
 * the time left (`null` until a file is done).
 *
 * @example
 *   const progress: ImportProgress = { total: 300, done: 150, counts: { imported: 149, duplicate: 0, conflict: 0, rejected: 1, failed: 0 }, elapsedMs: 30_000, remainingMs: 30_000 }
 */
export type ImportProgress = {
  readonly total: number
  readonly done: number
  readonly counts: Readonly<Record<FileOutcomeKind, number>>
  readonly elapsedMs: number
  readonly remainingMs: number | null
}

/**
 * Progress after some outcomes: counts per kind; time left extrapolated from the average time
 * per file so far.
 *
 * @example
 *   importProgress([rejected], 4, 1000).remainingMs // => 3000
 */
export function importProgress(
  outcomes: readonly FileOutcome[],
  total: number,
  elapsedMs: number,
): ImportProgress {
  const counts: Record<FileOutcomeKind, number> = {
    imported: 0,
    duplicate: 0,
    conflict: 0,
    rejected: 0,
    failed: 0,
  }
  for (const outcome of outcomes) counts[outcome.kind] += 1
  const done = outcomes.length
  const remainingMs = done === 0 ? null : Math.round((elapsedMs / done) * Math.max(0, total - done))
  return { total, done, counts, elapsedMs, remainingMs }
}
