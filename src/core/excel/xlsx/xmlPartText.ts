import { err, ok, type Result } from '@core/result'
import { decodeUtf8 } from './utf8'

const UTF8_BOM = [0xef, 0xbb, 0xbf]

/**
 * Decodes an XML part as strict UTF-8 (what Excel writes), a byte-order mark skipped. UTF-16 parts and
 * invalid byte sequences are refused rather than silently turned into U+FFFD.
 *
 * @example
 *   decodeXmlPart(new TextEncoder().encode('<a/>')) // => { ok: true, value: '<a/>' }
 */
export function decodeXmlPart(bytes: Uint8Array): Result<string, 'unsupported-encoding'> {
  const hasBom = UTF8_BOM.every((byte, index) => bytes[index] === byte)
  const isUtf16 =
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff) ||
    bytes[0] === 0 ||
    bytes[1] === 0
  if (isUtf16 && bytes.length > 1) return err('unsupported-encoding')
  const text = decodeUtf8(hasBom ? bytes.subarray(3) : bytes, { fatal: true })
  return text === null ? err('unsupported-encoding') : ok(text)
}
