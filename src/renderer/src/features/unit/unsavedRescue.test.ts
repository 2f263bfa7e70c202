import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { err, ok } from '@core/result'
import type { Submission, SubmissionPatch } from '@core/responses/submission'
import { DEFAULT_AUTOSAVE_TIMING } from './autosaveQueue'
import { openAutosaveQueue, rescuedEditCount } from './openAutosaveQueue'
import { readUnsavedRescue, unsavedRescueKey } from './unsavedRescue'

const draft = (id: string, status: Submission['status'] = 'draft'): Submission => ({
  id,
  unitCode: 'SNV',
  frameworkId: 'f',
  frameworkVersion: '1',
  year: 2025,
  revision: 1,
  status,
  rev: 1,
  answers: { A: 1 },
  comments: {},
  entries: {},
  createdAt: 't0',
  updatedAt: 't0',
  submittedAt: null,
  lastQuestion: null,
})

/** A `localStorage` stand-in, as one browser profile keeps it across windows. */
function memoryStorage() {
  const items = new Map<string, string>()
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  }
}

const corrupted = async () =>
  err({ code: 'corrupted' as const, message: 'UnknownError: Corruption detected' })
const saving = (id: string) =>
  vi.fn(async (_id: string, _rev: number, patch: SubmissionPatch) =>
    ok({ submission: { ...draft(id), rev: 2, answers: { A: 1, ...patch.answers } }, concurrent: false }),
  )

describe('unsaved edits rescue', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('keeps the edits of a failed save outside the database, and a later window saves them', async () => {
    const storage = memoryStorage()
    const first = openAutosaveQueue(draft('rescue-1'), corrupted, storage)
    first.edit({ answers: { B: 3 } })
    first.visit('B')
    await vi.advanceTimersByTimeAsync(DEFAULT_AUTOSAVE_TIMING.maxWaitMs)
    expect(first.getSnapshot().status.kind).toBe('failed')
    expect(readUnsavedRescue('rescue-1', storage)).toEqual({ answers: { B: 3 } })
    first.dispose()

    // The database was restored from a backup that holds the draft without B; the window reloads.
    const save = saving('rescue-1')
    const reopened = openAutosaveQueue({ ...draft('rescue-1'), rev: 5 }, save, storage)
    expect(reopened.getContent().answers).toEqual({ A: 1, B: 3 })
    expect(rescuedEditCount(reopened)).toBe(1)
    await vi.advanceTimersByTimeAsync(DEFAULT_AUTOSAVE_TIMING.maxWaitMs)

    expect(save).toHaveBeenCalledWith('rescue-1', 5, expect.objectContaining({ answers: { B: 3 } }))
    expect(reopened.getSnapshot().status.kind).toBe('saved')
    expect(storage.items.has(unsavedRescueKey('rescue-1'))).toBe(false)
  })

  it('drops the copy once a retry saves everything', async () => {
    const storage = memoryStorage()
    let fail = true
    const save = vi.fn(async (_id: string, _rev: number, patch: SubmissionPatch) =>
      fail
        ? err({ code: 'quota' as const, message: 'QuotaExceededError' })
        : ok({
            submission: { ...draft('rescue-2'), rev: 2, answers: { A: 1, ...patch.answers } },
            concurrent: false,
          }),
    )
    const queue = openAutosaveQueue(draft('rescue-2'), save, storage)
    queue.edit({ answers: { C: 'x' }, comments: { C: 'ghi chú' } })
    await vi.advanceTimersByTimeAsync(DEFAULT_AUTOSAVE_TIMING.maxWaitMs)
    expect(readUnsavedRescue('rescue-2', storage)).toEqual({
      answers: { C: 'x' },
      comments: { C: 'ghi chú' },
    })

    fail = false
    await queue.retry()

    expect(queue.getSnapshot().status.kind).toBe('saved')
    expect(readUnsavedRescue('rescue-2', storage)).toBeNull()
  })

  it('applies nothing to a submitted revision, and ignores and removes a damaged copy', () => {
    const storage = memoryStorage()
    storage.setItem(unsavedRescueKey('rescue-3'), JSON.stringify({ at: 't', edits: { answers: { B: 3 } } }))
    const submitted = openAutosaveQueue(draft('rescue-3', 'submitted'), saving('rescue-3'), storage)
    expect(submitted.getContent().answers).toEqual({ A: 1 })
    expect(rescuedEditCount(submitted)).toBe(0)

    for (const damaged of ['{', '[]', JSON.stringify({ edits: { answers: { B: { nested: 1 } } } })]) {
      storage.setItem(unsavedRescueKey('rescue-4'), damaged)
      expect(readUnsavedRescue('rescue-4', storage)).toBeNull()
      expect(storage.items.has(unsavedRescueKey('rescue-4'))).toBe(false)
    }
  })
})
