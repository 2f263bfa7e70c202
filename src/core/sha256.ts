import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex } from '@noble/hashes/utils.js'

/**
 * The SHA-256 of some bytes, as lowercase hex, computed synchronously (@noble/hashes, audited):
 * content hashes of questionnaire workbooks and of imported files. Asynchronous paths over large
 * data (backups) use WebCrypto's `digest` instead (`formats/backup/backupFormat.ts`).
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
