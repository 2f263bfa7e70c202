import { createHash } from 'node:crypto'
import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { sha256Hex, sha256OfText } from './sha256'

describe('sha256Hex', () => {
  it('gives the FIPS 180-4 digests of the standard test messages', () => {
    expect(sha256OfText('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')
    expect(sha256OfText('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
    expect(sha256OfText('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    )
    expect(sha256Hex(new Uint8Array(1_000_000).fill(0x61))).toBe(
      'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0',
    )
  })

  test.prop([fc.uint8Array({ maxLength: 300 })])(
    'agrees with Node for any bytes, across block boundaries',
    (bytes) => {
      expect(sha256Hex(bytes)).toBe(createHash('sha256').update(bytes).digest('hex'))
    },
  )

  test.prop([fc.string({ unit: 'binary', maxLength: 100 })])(
    'hashes text as Node hashes its UTF-8 bytes, lone surrogates included',
    (text) => {
      expect(sha256OfText(text)).toBe(
        createHash('sha256').update(new TextEncoder().encode(text)).digest('hex'),
      )
    },
  )
})
