import { afterEach, describe, expect, it, vi } from 'vitest'
import { randomUuid } from './randomUuid'

/** A `getRandomValues` stand-in that fills every byte with `fill(index)`. */
function fakeRandom(fill: (index: number) => number) {
  return {
    getRandomValues: <T extends ArrayBufferView>(array: T): T => {
      const view = new Uint8Array(array.buffer, array.byteOffset, array.byteLength)
      for (let index = 0; index < view.length; index += 1) view[index] = fill(index) & 0xff
      return array
    },
  }
}

describe('randomUuid', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('gives version-4, variant-1 UUIDs that differ', () => {
    const ids = Array.from({ length: 200 }, () => randomUuid())
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('needs only getRandomValues (no crypto.randomUUID, as on a page served over plain http)', () => {
    vi.stubGlobal(
      'crypto',
      fakeRandom((index) => index * 17),
    )
    expect(randomUuid()).toBe('00112233-4455-4677-8899-aabbccddeeff')
  })

  it('sets the version and variant bits whatever the random bytes are', () => {
    vi.stubGlobal(
      'crypto',
      fakeRandom(() => 0xff),
    )
    expect(randomUuid()).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff')
  })
})
