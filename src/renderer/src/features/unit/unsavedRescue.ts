import type { SubmissionPatch } from '@core/responses/submission'
import type { AutosaveQueue } from './autosaveQueue'

/** The `localStorage` key of a revision's rescue copy. */
export const unsavedRescueKey = (submissionId: string): string => `ictwb.unsaved.${submissionId}`

type RescueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>

const defaultStorage = (): RescueStorage | null => {
  try {
    return globalThis.localStorage ?? null
  } catch {
    return null
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const isAnswer = (value: unknown): boolean =>
  value === null ||
  typeof value === 'number' ||
  typeof value === 'boolean' ||
  typeof value === 'string' ||
  Array.isArray(value)

const isTextOrNull = (value: unknown): boolean => value === null || typeof value === 'string'

/** A rescue copy read back: a record of answers, comments and entries of the right kinds, or nothing. */
function parseEdits(text: string): SubmissionPatch | null {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return null
  }
  if (!isRecord(parsed) || !isRecord(parsed['edits'])) return null
  const edits = parsed['edits']
  const field = (name: string, check: (value: unknown) => boolean) => {
    const value = edits[name]
    if (value === undefined) return undefined
    if (!isRecord(value) || !Object.values(value).every(check)) throw new Error(name)
    return value
  }
  try {
    const answers = field('answers', isAnswer)
    const comments = field('comments', isTextOrNull)
    const entries = field('entries', isTextOrNull)
    const patch = {
      ...(answers && { answers }),
      ...(comments && { comments }),
      ...(entries && { entries }),
    } as SubmissionPatch
    return Object.keys(patch).length === 0 ? null : patch
  } catch {
    return null
  }
}

/**
 * The edits of a revision that a failed save left unconfirmed in an earlier window (the window
 * was closed or reloaded, or the browser discarded its damaged database and a backup was
 * restored), or `null`. A damaged copy is removed and ignored.
 *
 * @example
 *   readUnsavedRescue('SNV|dept|2025.1|2025|r1') // => { answers: { MayTinh: 12 } }
 */
export function readUnsavedRescue(
  submissionId: string,
  storage: RescueStorage | null = defaultStorage(),
): SubmissionPatch | null {
  const text = storage?.getItem(unsavedRescueKey(submissionId)) ?? null
  if (text === null) return null
  const edits = parseEdits(text)
  if (edits === null) storage?.removeItem(unsavedRescueKey(submissionId))
  return edits
}

/**
 * Keeps a copy of the queue's unconfirmed edits outside IndexedDB while its saves fail, and drops
 * it once everything is saved: a save that failed because the disk filled up, or because the
 * browser found its database damaged, is not lost with the window. Writing `localStorage` may fail
 * on the same full disk; the copy is written again at each failed retry.
 *
 * @example
 *   const stop = keepUnsavedRescue(queue, submission.id)
 */
export function keepUnsavedRescue(
  queue: AutosaveQueue,
  submissionId: string,
  storage: RescueStorage | null = defaultStorage(),
): () => void {
  if (storage === null) return () => undefined
  const key = unsavedRescueKey(submissionId)
  let lastStatus = queue.getStatus()
  return queue.subscribe(() => {
    const current = queue.getStatus()
    if (current === lastStatus) return
    lastStatus = current
    try {
      const edits = queue.unsavedEdits()
      if (current.status.kind === 'failed' && edits !== null)
        storage.setItem(key, JSON.stringify({ at: new Date().toISOString(), edits }))
      else if (current.status.kind === 'saved' && edits === null) storage.removeItem(key)
    } catch {
      // localStorage full or refused: the edits stay in this window, as the status says
    }
  })
}

/** Applies a rescued copy to a freshly opened queue (it then saves as any edit); how many answers, comments and entries it held. */
export function applyUnsavedRescue(queue: AutosaveQueue, edits: SubmissionPatch): number {
  queue.edit(edits)
  return (
    Object.keys(edits.answers ?? {}).length +
    Object.keys(edits.comments ?? {}).length +
    Object.keys(edits.entries ?? {}).length
  )
}
