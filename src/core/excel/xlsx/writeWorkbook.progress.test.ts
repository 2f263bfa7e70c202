import { describe, expect, it } from 'vitest'
import type { ProgressStep } from '@core/progress'
import type { WorkbookSpec } from '@core/excel/workbookSpec'
import { writeWorkbook } from './writeWorkbook'

const spec: WorkbookSpec = {
  sheets: ['Một', 'Hai', 'Ba'].map((name) => ({
    name,
    rows: [
      ['Mã', 'Điểm'],
      ['U1', 1.5],
    ],
  })),
}

describe('writeWorkbook progress and cancel', () => {
  it('tells each sheet and the final zip as a step', async () => {
    const steps: ProgressStep[] = []

    const bytes = await writeWorkbook(spec, { onProgress: (step) => void steps.push(step) })

    expect(bytes.ok).toBe(true)
    expect(steps).toEqual([
      { done: 1, total: 4 },
      { done: 2, total: 4 },
      { done: 3, total: 4 },
      { done: 4, total: 4 },
    ])
  })

  it('stops with `cancelled` and no bytes when the signal is aborted midway', async () => {
    const controller = new AbortController()
    const steps: number[] = []

    const bytes = await writeWorkbook(spec, {
      signal: controller.signal,
      onProgress: ({ done }) => {
        steps.push(done)
        if (done === 1) controller.abort()
      },
    })

    expect(bytes).toEqual({ ok: false, error: [{ code: 'cancelled' }] })
    expect(steps).toEqual([1])
  })

  it('writes nothing when the signal is aborted before it starts', async () => {
    expect(await writeWorkbook(spec, { signal: { aborted: true } })).toEqual({
      ok: false,
      error: [{ code: 'cancelled' }],
    })
  })
})
