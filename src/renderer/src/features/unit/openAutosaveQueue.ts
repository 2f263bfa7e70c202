import type { Submission } from '@core/responses/submission'
import { AutosaveQueue } from './autosaveQueue'

type SaveFunction = ConstructorParameters<typeof AutosaveQueue>[1]

// The queues of revisions left with edits the database has not confirmed (a failed save waiting
// for its retry, or one still in flight), by submission id: reopening such a revision must show
// those edits and go on with the same queue, not read the older stored copy and race it.
const live = new Map<string, AutosaveQueue>()

/**
 * The autosave queue for a revision being opened: the one still holding unsaved edits for it, or a
 * new one from the stored submission.
 *
 * @example
 *   const queue = openAutosaveQueue(submission, repositories.submissions.save)
 */
export function openAutosaveQueue(submission: Submission, save: SaveFunction): AutosaveQueue {
  const existing = live.get(submission.id)
  if (existing !== undefined && existing.hasUnsavedChanges()) return existing
  const queue = new AutosaveQueue(submission, save)
  live.set(submission.id, queue)
  return queue
}
