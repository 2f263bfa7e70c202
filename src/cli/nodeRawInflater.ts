import { inflateRawSync } from 'node:zlib'
import type { RawInflater } from '@core/excel/xlsx/rawInflater'

/**
 * The xlsx reader's raw inflater on Node's zlib (native): `maxOutputLength` stops a part one byte
 * past its declared size, so a lying size or a zip bomb never costs more memory than the reader's
 * own inflater would allow. Used by `ictwb import` and its parse workers; the app keeps the
 * built-in inflater.
 *
 * @example
 *   await readWorkbook(bytes, {}, { inflateRaw: nodeRawInflater })
 */
export const nodeRawInflater: RawInflater = (compressed, size) => {
  try {
    const inflated = inflateRawSync(compressed, { maxOutputLength: size + 1 })
    return inflated.length === size
      ? new Uint8Array(inflated.buffer, inflated.byteOffset, inflated.byteLength)
      : null
  } catch (error) {
    return (error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE' ? null : 'corrupt'
  }
}
