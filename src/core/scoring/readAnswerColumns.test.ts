import { describe, expect, it } from 'vitest'
import { readAnswerColumns } from './readAnswerColumns'

describe('readAnswerColumns', () => {
  it('reads finite numbers and marks anything else missing, once per code', () => {
    const unit = (answers: Record<string, unknown>) =>
      ({ code: 'U', name: 'U', group: 'g', answers }) as Parameters<typeof readAnswerColumns>[0][number]
    const columns = readAnswerColumns(
      [unit({ A: 1, B: 'x' }), unit({ A: null, B: -0 }), unit({ A: Number.NaN, B: true }), unit({})],
      ['A', 'B', 'A'],
    )
    expect([...columns.keys()]).toEqual(['A', 'B'])
    expect(columns.get('A')).toEqual({
      values: Float64Array.of(1, 0, 0, 0),
      missing: Uint8Array.of(0, 1, 1, 1),
    })
    expect(columns.get('B')?.missing).toEqual(Uint8Array.of(1, 0, 1, 1))
    expect(Object.is(columns.get('B')?.values[1], -0)).toBe(true)
  })
})
