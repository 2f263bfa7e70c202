import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { sameStoredValue } from './sameStoredValue'

describe('sameStoredValue', () => {
  it('compares byte arrays by their bytes, including views into larger buffers', () => {
    const buffer = new Uint8Array([9, 1, 2, 3, 9]).buffer
    expect(sameStoredValue(new Uint8Array(buffer, 1, 3), new Uint8Array([1, 2, 3]))).toBe(true)
    expect(sameStoredValue(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 4]))).toBe(false)
    expect(sameStoredValue(new Uint8Array([1, 2]), new Uint8Array([1, 2, 0]))).toBe(false)
    expect(sameStoredValue(new Uint8Array([1]), [1])).toBe(false)
  })

  it('compares dates by time, objects by their own keys in any order, NaN as itself', () => {
    expect(sameStoredValue(new Date(5), new Date(5))).toBe(true)
    expect(sameStoredValue(new Date(5), new Date(6))).toBe(false)
    expect(sameStoredValue({ a: 1, b: [NaN] }, { b: [NaN], a: 1 })).toBe(true)
    expect(sameStoredValue({ a: 1 }, { a: 1, b: undefined })).toBe(false)
    expect(sameStoredValue({ 0: 'x' }, ['x'])).toBe(false)
  })

  it('agrees with a structured clone of any JSON-like value, and tells a changed leaf apart', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(sameStoredValue(value, structuredClone(value))).toBe(true)
        expect(sameStoredValue({ value }, { value, extra: 1 })).toBe(false)
      }),
    )
  })
})
