// SHA-256 (FIPS 180-4) in plain TypeScript: core runs in the renderer, a Web Worker, Node and the
// CLI alike and may use neither Node's crypto nor the asynchronous Web Crypto API (a hash that
// must be computed while building a workbook spec cannot wait for a promise).

const K = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
  0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
  0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
  0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
  0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
  0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
  0xc67178f2,
])

/**
 * The SHA-256 digest of some bytes, as 64 lower-case hex digits.
 *
 * Why: the content hash of a questionnaire (idempotent import) and the fingerprint of an imported
 * file (the import journal) must be identical wherever they are computed, synchronously.
 *
 * @example
 *   sha256Hex(new Uint8Array()) // => 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'
 */
export function sha256Hex(bytes: Uint8Array): string {
  const state = new Uint32Array([
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
  ])
  const words = new Uint32Array(64)
  const fullBlocks = Math.floor(bytes.length / 64)
  for (let block = 0; block < fullBlocks; block += 1) compress(state, words, bytes, block * 64)
  const tail = new Uint8Array(bytes.length % 64 < 56 ? 64 : 128)
  tail.set(bytes.subarray(fullBlocks * 64))
  tail[bytes.length % 64] = 0x80
  const bitLength = bytes.length * 8
  const view = new DataView(tail.buffer)
  view.setUint32(tail.length - 8, Math.floor(bitLength / 0x1_0000_0000))
  view.setUint32(tail.length - 4, bitLength >>> 0)
  for (let offset = 0; offset < tail.length; offset += 64) compress(state, words, tail, offset)
  let hex = ''
  for (const word of state) hex += word.toString(16).padStart(8, '0')
  return hex
}

/**
 * The SHA-256 digest of a text's UTF-8 bytes, as 64 lower-case hex digits.
 *
 * @example
 *   sha256OfText('abc') // => 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
 */
export function sha256OfText(text: string): string {
  return sha256Hex(encodeUtf8(text))
}

/**
 * UTF-8 bytes of a text (lone surrogates become U+FFFD, as `TextEncoder` does), without relying on
 * `TextEncoder`, which the pure core's type library does not declare.
 *
 * @example
 *   encodeUtf8('ệ') // => Uint8Array [0xe1, 0xbb, 0x87]
 */
export function encodeUtf8(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 3)
  let length = 0
  for (let index = 0; index < text.length; index += 1) {
    let code = text.charCodeAt(index)
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = index + 1 < text.length ? text.charCodeAt(index + 1) : 0
      if (next >= 0xdc00 && next <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (next - 0xdc00)
        index += 1
      } else code = 0xfffd
    } else if (code >= 0xdc00 && code <= 0xdfff) code = 0xfffd
    if (code < 0x80) out[length++] = code
    else if (code < 0x800) {
      out[length++] = 0xc0 | (code >> 6)
      out[length++] = 0x80 | (code & 63)
    } else if (code < 0x10000) {
      out[length++] = 0xe0 | (code >> 12)
      out[length++] = 0x80 | ((code >> 6) & 63)
      out[length++] = 0x80 | (code & 63)
    } else {
      out[length++] = 0xf0 | (code >> 18)
      out[length++] = 0x80 | ((code >> 12) & 63)
      out[length++] = 0x80 | ((code >> 6) & 63)
      out[length++] = 0x80 | (code & 63)
    }
  }
  return out.subarray(0, length)
}

function compress(state: Uint32Array, words: Uint32Array, bytes: Uint8Array, offset: number): void {
  for (let index = 0; index < 16; index += 1) {
    const at = offset + index * 4
    words[index] =
      (((bytes[at] ?? 0) << 24) |
        ((bytes[at + 1] ?? 0) << 16) |
        ((bytes[at + 2] ?? 0) << 8) |
        (bytes[at + 3] ?? 0)) >>>
      0
  }
  for (let index = 16; index < 64; index += 1) {
    const w15 = words[index - 15] ?? 0
    const w2 = words[index - 2] ?? 0
    const s0 = rotate(w15, 7) ^ rotate(w15, 18) ^ (w15 >>> 3)
    const s1 = rotate(w2, 17) ^ rotate(w2, 19) ^ (w2 >>> 10)
    words[index] = ((words[index - 16] ?? 0) + s0 + (words[index - 7] ?? 0) + s1) >>> 0
  }
  let [a, b, c, d, e, f, g, h] = [
    state[0] ?? 0,
    state[1] ?? 0,
    state[2] ?? 0,
    state[3] ?? 0,
    state[4] ?? 0,
    state[5] ?? 0,
    state[6] ?? 0,
    state[7] ?? 0,
  ]
  for (let index = 0; index < 64; index += 1) {
    const t1 =
      (h +
        (rotate(e, 6) ^ rotate(e, 11) ^ rotate(e, 25)) +
        ((e & f) ^ (~e & g)) +
        (K[index] ?? 0) +
        (words[index] ?? 0)) >>>
      0
    const t2 = ((rotate(a, 2) ^ rotate(a, 13) ^ rotate(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) >>> 0
    h = g
    g = f
    f = e
    e = (d + t1) >>> 0
    d = c
    c = b
    b = a
    a = (t1 + t2) >>> 0
  }
  state[0] = ((state[0] ?? 0) + a) >>> 0
  state[1] = ((state[1] ?? 0) + b) >>> 0
  state[2] = ((state[2] ?? 0) + c) >>> 0
  state[3] = ((state[3] ?? 0) + d) >>> 0
  state[4] = ((state[4] ?? 0) + e) >>> 0
  state[5] = ((state[5] ?? 0) + f) >>> 0
  state[6] = ((state[6] ?? 0) + g) >>> 0
  state[7] = ((state[7] ?? 0) + h) >>> 0
}

function rotate(value: number, bits: number): number {
  return (value >>> bits) | (value << (32 - bits))
}
