import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex } from '@noble/hashes/utils.js'

/**
 * The SHA-256 of some bytes, as lowercase hex, computed synchronously (@noble/hashes, audited):
 * content hashes of questionnaire workbooks. Asynchronous paths over larger data (backups, the
 * fingerprints of imported files) use `digestSha256Hex`, native where Web Crypto exists.
 *
 * @example
 *   sha256Hex(new Uint8Array()) // => 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'
 */
export function sha256Hex(bytes: Uint8Array): string {
  return bytesToHex(sha256(bytes))
}

/**
 * The SHA-256 of a text's UTF-8 bytes (lone surrogates become U+FFFD, as `TextEncoder` does).
 *
 * @example
 *   sha256OfText('abc') // => 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
 */
export function sha256OfText(text: string): string {
  return sha256Hex(new TextEncoder().encode(text))
}

/**
 * SHA-256 as lowercase hex, through Web Crypto (renderer, Node ≥ 20 and workers alike): the
 * asynchronous path, native and about 20 times faster than `sha256Hex` over a 30 kB workbook, for
 * backups and the fingerprints of imported files. `sha256Hex` (@noble/hashes) stands in where Web
 * Crypto is missing (a page that is not a secure context).
 *
 * @example
 *   await digestSha256Hex(new TextEncoder().encode('')) // => 'e3b0c442…b855'
 */
export async function digestSha256Hex(bytes: Uint8Array): Promise<string> {
  // Web Crypto's digest exists only in secure contexts: the browser edition served over plain http
  // on an intranet has no crypto.subtle, so the synchronous hash does the work there.
  if (typeof crypto.subtle?.digest !== 'function') return sha256Hex(bytes)
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>)
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('')
}
