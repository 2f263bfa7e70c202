import { describe, expect, it } from 'vitest'
import { pauseWorker, readAnalysisPause } from './analysisDiagnostics'

const storage = (value: string | null) => ({ getItem: () => value })

describe('readAnalysisPause', () => {
  it('reads a pause between 1 and 1,000 ms', () => {
    expect(readAnalysisPause(storage('{"pauseMs":20}'))).toBe(20)
    expect(readAnalysisPause(storage('{"pauseMs":1000}'))).toBe(1000)
  })

  it('ignores anything missing, unreadable or out of range', () => {
    for (const text of [
      null,
      '',
      'x',
      '{}',
      '{"pauseMs":0}',
      '{"pauseMs":1001}',
      '{"pauseMs":2.5}',
      '{"pauseMs":"20"}',
    ])
      expect(readAnalysisPause(storage(text)), String(text)).toBeUndefined()
    expect(readAnalysisPause(undefined)).toBeUndefined()
  })
})

describe('pauseWorker', () => {
  it('returns at once without a pause and waits at least the pause otherwise', () => {
    pauseWorker(undefined)
    const started = performance.now()
    pauseWorker(5)
    expect(performance.now() - started).toBeGreaterThanOrEqual(5)
  })
})
