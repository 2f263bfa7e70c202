import { fc, test } from '@fast-check/vitest'
import { expect } from 'vitest'
import { crc32 } from './crc32'

/** The CRC-32 bit by bit, straight from its definition: the reference the fast version must equal. */
function bitwiseCrc32(bytes: Uint8Array): number {
  let crc = 0xffffffff
  for (const byte of bytes) {
    crc ^= byte
    for (let bit = 0; bit < 8; bit += 1) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1
  }
  return (crc ^ 0xffffffff) >>> 0
}

test.prop([fc.uint8Array({ maxLength: 300 }), fc.nat({ max: 7 })])(
  'equals the bit-by-bit definition for any bytes, any length and any offset into a buffer',
  (bytes, offset) => {
    const view = new Uint8Array(bytes.length + offset)
    view.set(bytes, offset)
    expect(crc32(view.subarray(offset))).toBe(bitwiseCrc32(bytes))
  },
)
