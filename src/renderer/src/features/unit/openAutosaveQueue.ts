import type { Submission } from '@core/responses/submission'
import { AutosaveQueue } from './autosaveQueue'
import { applyUnsavedRescue, keepUnsavedRescue, readUnsavedRescue } from './unsavedRescue'

type SaveFunction = ConstructorParameters<typeof AutosaveQueue>[1]

// The queues of revisions left with edits the database has not confirmed (a failed save waiting
// for its retry, or one still in flight), by submission id: reopening such a revision must show
// those edits and go on with the same queue, not read the older stored copy and race it.
const live = new Map<string, AutosaveQueue>()

/** How many rescued edits each queue started with (see `unsavedRescue.ts`), for the save status to say so. */
const rescuedCounts = new WeakMap<AutosaveQueue, number>()

/** How many edits left unsaved by an earlier window this queue applied when it opened (0: none). */
export const rescuedEditCount = (queue: AutosaveQueue): number => rescuedCounts.get(queue) ?? 0

/**
 * The autosave queue for a revision being opened: the one still holding unsaved edits for it, or a
 * new one from the stored submission, with any edits an earlier window could not save (its rescue
 * copy) applied on top of a draft, so they are saved now.
 *
 * @example
 *   const queue = openAutosaveQueue(submission, repositories.submissions.save)
 */
export function openAutosaveQueue(
  submission: Submission,
  save: SaveFunction,
  storage?: Parameters<typeof readUnsavedRescue>[1],
): AutosaveQueue {
  const existing = live.get(submission.id)
  if (existing !== undefined && !existing.isDisposed() && existing.hasUnsavedChanges()) return existing
  const queue = new AutosaveQueue(submission, save)
  live.set(submission.id, queue)
  const rescued = submission.status === 'draft' ? readUnsavedRescue(submission.id, storage) : null
  if (rescued !== null) rescuedCounts.set(queue, applyUnsavedRescue(queue, rescued))
  keepUnsavedRescue(queue, submission.id, storage)
  return queue
}
