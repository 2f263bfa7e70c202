import { err, ok, type Result } from '@core/result'
import type { ConflictChoice } from './importStore'
import type { ReceivedSubmission } from './receivedSubmission'

/**
 * The rows to write when the evaluator settles a conflict, given every version of that unit's
 * submission: `take-incoming` makes the pending version current and the current one superseded
 * (other pending versions now conflict with the new current one); `keep-current` marks the
 * pending version discarded. Nothing else changes, and no version is ever deleted, so a choice can
 * be revisited by importing the file again.
 *
 * @example
 *   planResolution(versions, 'SNV|…|h2', 'take-incoming', '2026-03-02T09:00:00Z')
 *   // => ok([{ …h2, status: 'current' }, { …h1, status: 'superseded' }])
 */
export function planResolution(
  versions: readonly ReceivedSubmission[],
  pendingId: string,
  choice: ConflictChoice,
  at: string,
): Result<readonly ReceivedSubmission[], { readonly code: 'not-pending'; readonly id: string }> {
  const pending = versions.find((version) => version.id === pendingId)
  if (pending === undefined || pending.status !== 'pending')
    return err({ code: 'not-pending', id: pendingId })
  if (choice === 'keep-current') return ok([{ ...pending, status: 'discarded', decidedAt: at }])
  const changed: ReceivedSubmission[] = [{ ...pending, status: 'current', conflictWith: null, decidedAt: at }]
  for (const version of versions) {
    if (version.id === pendingId) continue
    if (version.status === 'current') changed.push({ ...version, status: 'superseded', decidedAt: at })
    else if (version.status === 'pending') changed.push({ ...version, conflictWith: pendingId })
  }
  return ok(changed)
}
