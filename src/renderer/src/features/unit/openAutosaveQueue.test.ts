import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { err, ok } from '@core/result'
import type { Submission } from '@core/responses/submission'
import { DEFAULT_AUTOSAVE_TIMING } from './autosaveQueue'
import { openAutosaveQueue } from './openAutosaveQueue'

const draft = (id: string): Submission => ({
  id,
  unitCode: 'SNV',
  frameworkId: 'f',
  frameworkVersion: '1',
  year: 2025,
  revision: 1,
  status: 'draft',
  rev: 1,
  answers: { A: 1 },
  comments: {},
  entries: {},
  createdAt: 't0',
  updatedAt: 't0',
  submittedAt: null,
  lastQuestion: null,
})

describe('openAutosaveQueue', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('reopens a revision left with a failed save on the same queue, with the unsaved edit', async () => {
    const failing = vi.fn(async () => err({ code: 'quota' as const, message: 'QuotaExceededError' }))
    const first = openAutosaveQueue(draft('left-while-failing'), failing)
    first.edit({ answers: { B: 3 } })
    await vi.advanceTimersByTimeAsync(DEFAULT_AUTOSAVE_TIMING.maxWaitMs)
    expect(first.getSnapshot().status.kind).toBe('failed')

    const reopened = openAutosaveQueue(draft('left-while-failing'), failing)

    expect(reopened).toBe(first)
    expect(reopened.getContent().answers).toEqual({ A: 1, B: 3 })
  })

  it('opens a fresh queue from the stored copy when everything was saved', async () => {
    const saving = vi.fn(async (_id: string, _rev: number, patch: { answers?: Record<string, unknown> }) =>
      ok({
        submission: { ...draft('saved'), rev: 2, answers: { A: 1, ...patch.answers } },
        concurrent: false,
      }),
    )
    const first = openAutosaveQueue(draft('saved'), saving)
    first.edit({ answers: { B: 3 } })
    await vi.advanceTimersByTimeAsync(DEFAULT_AUTOSAVE_TIMING.maxWaitMs)
    expect(first.getSnapshot().status.kind).toBe('saved')

    const stored = { ...draft('saved'), rev: 2, answers: { A: 1, B: 3 } }
    const reopened = openAutosaveQueue(stored, saving)

    expect(reopened).not.toBe(first)
    expect(reopened.getConfirmed()).toBe(stored)
  })
})
