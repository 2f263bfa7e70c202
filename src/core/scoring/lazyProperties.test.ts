import { describe, expect, it } from 'vitest'
import { lazyProperties } from './lazyProperties'

describe('lazyProperties', () => {
  it('computes each value on first read, once, and reads like plain data', () => {
    let calls = 0
    const object = lazyProperties(
      { code: 'I1' },
      {
        score: () => {
          calls += 1
          return [1, null]
        },
        rank: () => [2, null],
      },
    )
    expect(calls).toBe(0)
    expect(object.score).toBe(object.score)
    expect(calls).toBe(1)
    expect(Object.keys(object)).toEqual(['code', 'score', 'rank'])
    expect(object).toEqual({ code: 'I1', score: [1, null], rank: [2, null] })
    expect(JSON.parse(JSON.stringify(object))).toEqual({ code: 'I1', score: [1, null], rank: [2, null] })
    expect(structuredClone(object)).toEqual({ code: 'I1', score: [1, null], rank: [2, null] })
    expect({ ...object }).toEqual({ code: 'I1', score: [1, null], rank: [2, null] })
    expect(calls).toBe(1)
  })
})
