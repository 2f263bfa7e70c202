import { describe, expect, it } from 'vitest'
import { decodeUtf8, encodeUtf8 } from './utf8'

describe('utf8', () => {
  it('round-trips text and refuses invalid bytes when fatal', () => {
    expect(decodeUtf8(encodeUtf8('Việt 😀'))).toBe('Việt 😀')
    expect(decodeUtf8(new Uint8Array([0x61, 0xff]))).toBe('a\uFFFD')
    expect(decodeUtf8(new Uint8Array([0x61, 0xff]), { fatal: true })).toBeNull()
  })
})
