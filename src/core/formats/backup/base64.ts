const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
const LOOKUP = new Int16Array(128).fill(-1)
for (let index = 0; index < ALPHABET.length; index += 1) LOOKUP[ALPHABET.charCodeAt(index)] = index

/**
 * Standard base64 with padding, without `Buffer` or `btoa` (core runs in the browser, Node and
 * workers alike).
 *
 * @example
 *   bytesToBase64(new Uint8Array([1, 2, 3])) // => 'AQID'
 */
export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = []
  const chunk: string[] = []
  for (let index = 0; index < bytes.length; index += 3) {
    const a = bytes[index] as number
    const b = bytes[index + 1]
    const c = bytes[index + 2]
    const triple = (a << 16) | ((b ?? 0) << 8) | (c ?? 0)
    chunk.push(
      ALPHABET[(triple >> 18) & 63] as string,
      ALPHABET[(triple >> 12) & 63] as string,
      b === undefined ? '=' : (ALPHABET[(triple >> 6) & 63] as string),
      c === undefined ? '=' : (ALPHABET[triple & 63] as string),
    )
    if (chunk.length >= 16_384) parts.push(chunk.splice(0).join(''))
  }
  parts.push(chunk.join(''))
  return parts.join('')
}

/**
 * Decodes standard padded base64; null for anything else (wrong length, stray characters).
 *
 * @example
 *   base64ToBytes('AQID') // => Uint8Array [1, 2, 3]
 */
export function base64ToBytes(text: string): Uint8Array | null {
  if (text.length % 4 !== 0) return null
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0
  const out = new Uint8Array((text.length / 4) * 3 - padding)
  const dataLength = text.length - padding
  let written = 0
  let triple = 0
  for (let index = 0; index < text.length; index += 1) {
    let value = 0
    if (index < dataLength) {
      const code = text.charCodeAt(index)
      value = code < 128 ? (LOOKUP[code] as number) : -1
      if (value < 0) return null
    }
    triple = (triple << 6) | value
    if (index % 4 === 3) {
      if (written < out.length) out[written++] = (triple >> 16) & 255
      if (written < out.length) out[written++] = (triple >> 8) & 255
      if (written < out.length) out[written++] = triple & 255
      triple = 0
    }
  }
  return out
}
