import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { err, ok } from '@core/result'
import { applyPatch, type Submission, type SubmissionPatch } from '@core/responses/submission'
import type { SubmissionWriteFailure } from '@core/storage/submissionRepository'
import { AutosaveQueue, DEFAULT_AUTOSAVE_TIMING } from './autosaveQueue'

const draft: Submission = {
  id: 'SNV|f|1|2025|r1',
  unitCode: 'SNV',
  frameworkId: 'f',
  frameworkVersion: '1',
  year: 2025,
  revision: 1,
  status: 'draft',
  rev: 1,
  answers: {},
  comments: {},
  entries: {},
  createdAt: 't0',
  updatedAt: 't0',
  submittedAt: null,
  lastQuestion: null,
}

/** A fake database: saves resolve when the test says so, and fail when told to. */
function fakeStore() {
  let stored = draft
  const calls: SubmissionPatch[] = []
  const failures: SubmissionWriteFailure[] = []
  const save = vi.fn(async (_id: string, _rev: number, patch: SubmissionPatch) => {
    calls.push(patch)
    await Promise.resolve()
    const failure = failures.shift()
    if (failure !== undefined) return err(failure)
    stored = {
      ...stored,
      ...applyPatch(stored, patch),
      rev: stored.rev + 1,
      updatedAt: `t${stored.rev + 1}`,
      lastQuestion: patch.lastQuestion ?? stored.lastQuestion,
    }
    return ok({ submission: stored, concurrent: false })
  })
  return { save, calls, failures, stored: () => stored }
}

describe('AutosaveQueue', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('shows an edit at once and says saved only after the save resolved', async () => {
    const store = fakeStore()
    const queue = new AutosaveQueue(draft, store.save, DEFAULT_AUTOSAVE_TIMING, () => Date.now())

    queue.edit({ answers: { MayTinh: 120 } })

    expect(queue.getSnapshot().content.answers).toEqual({ MayTinh: 120 })
    expect(queue.getSnapshot().status.kind).toBe('unsaved')
    await vi.advanceTimersByTimeAsync(DEFAULT_AUTOSAVE_TIMING.debounceMs)
    expect(queue.getSnapshot().status).toEqual({ kind: 'saved', at: 't2' })
    expect(store.stored().answers).toEqual({ MayTinh: 120 })
  })

  it('saves within the maximum wait even while the officer keeps typing', async () => {
    const store = fakeStore()
    const queue = new AutosaveQueue(draft, store.save, DEFAULT_AUTOSAVE_TIMING, () => Date.now())

    for (let key = 0; key < 10; key += 1) {
      queue.edit({ answers: { GhiChu: 'x'.repeat(key + 1) } })
      await vi.advanceTimersByTimeAsync(100)
    }

    expect(store.calls.length).toBeGreaterThanOrEqual(1)
    expect(store.calls[0]?.answers?.['GhiChu']).toBe('x'.repeat(DEFAULT_AUTOSAVE_TIMING.maxWaitMs / 100))
  })

  it('keeps a failed edit, says so, and saves it with later edits on retry', async () => {
    const store = fakeStore()
    const queue = new AutosaveQueue(draft, store.save, DEFAULT_AUTOSAVE_TIMING, () => Date.now())
    store.failures.push({ code: 'quota', message: 'QuotaExceededError' })

    queue.edit({ answers: { MayTinh: 120 } })
    await vi.advanceTimersByTimeAsync(DEFAULT_AUTOSAVE_TIMING.debounceMs)
    queue.edit({ answers: { SoCBCC: 50 } })

    expect(queue.getSnapshot().status).toEqual({
      kind: 'failed',
      failure: { code: 'quota', message: 'QuotaExceededError' },
    })
    expect(queue.getSnapshot().content.answers).toEqual({ MayTinh: 120, SoCBCC: 50 })
    expect(queue.hasUnsavedChanges()).toBe(true)
    await queue.retry()
    expect(queue.getSnapshot().status.kind).toBe('saved')
    expect(store.stored().answers).toEqual({ MayTinh: 120, SoCBCC: 50 })
  })

  it('retries a failed save on its own after a while', async () => {
    const store = fakeStore()
    const queue = new AutosaveQueue(draft, store.save, DEFAULT_AUTOSAVE_TIMING, () => Date.now())
    store.failures.push({ code: 'aborted', message: 'AbortError' })

    queue.edit({ answers: { MayTinh: 1 } })
    await vi.advanceTimersByTimeAsync(DEFAULT_AUTOSAVE_TIMING.debounceMs)
    await vi.advanceTimersByTimeAsync(DEFAULT_AUTOSAVE_TIMING.retryMs)

    expect(queue.getSnapshot().status.kind).toBe('saved')
  })

  it('never has two saves in flight: edits typed meanwhile go in the next save', async () => {
    const store = fakeStore()
    let release: () => void = () => {}
    const gate = new Promise<void>((resolve) => (release = resolve))
    const slowSave = vi.fn(async (id: string, rev: number, patch: SubmissionPatch) => {
      await gate
      return store.save(id, rev, patch)
    })
    const queue = new AutosaveQueue(draft, slowSave, DEFAULT_AUTOSAVE_TIMING, () => Date.now())

    queue.edit({ answers: { A: 1 } })
    await vi.advanceTimersByTimeAsync(DEFAULT_AUTOSAVE_TIMING.debounceMs)
    queue.edit({ answers: { B: 2 } })
    await vi.advanceTimersByTimeAsync(DEFAULT_AUTOSAVE_TIMING.maxWaitMs)
    expect(slowSave).toHaveBeenCalledTimes(1)
    expect(queue.getSnapshot().status.kind).toBe('saving')
    release()
    await vi.advanceTimersByTimeAsync(DEFAULT_AUTOSAVE_TIMING.maxWaitMs)

    expect(slowSave).toHaveBeenCalledTimes(2)
    expect(store.stored().answers).toEqual({ A: 1, B: 2 })
    expect(queue.getSnapshot().status.kind).toBe('saved')
  })

  it('remembers the question visited without claiming unsaved answers', async () => {
    const store = fakeStore()
    const queue = new AutosaveQueue(draft, store.save, DEFAULT_AUTOSAVE_TIMING, () => Date.now())

    queue.visit('MayTinh')

    expect(queue.getSnapshot().status.kind).toBe('saved')
    await vi.advanceTimersByTimeAsync(DEFAULT_AUTOSAVE_TIMING.visitDelayMs)
    expect(store.stored().lastQuestion).toBe('MayTinh')
  })
})
