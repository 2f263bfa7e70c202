import { createHash } from 'node:crypto'
import * as zlib from 'node:zlib'
import type { WorkbookReadHost } from '@core/excel/xlsx/readWorkbook'
import { nodeRawInflater } from './nodeRawInflater'

/**
 * SHA-256 (lowercase hex) on Node's native hash, synchronous: over a 30 kB workbook it costs a
 * fraction of Web Crypto's asynchronous digest, whose job queue dominates at that size.
 *
 * @example
 *   nodeSha256Hex(new Uint8Array()) // => 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'
 */
export function nodeSha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

// zlib.crc32 is Node 20.15+ / 22.2+; an older Node keeps the reader's own CRC-32.
const zlibCrc32 = (zlib as { readonly crc32?: (data: Uint8Array) => number }).crc32

/**
 * CRC-32 (IEEE, unsigned) on Node's zlib, when this Node has it (`undefined` otherwise): the
 * reader checks every inflated part with it, ten times faster than its own slicing-by-8 loop.
 *
 * @example
 *   nodeCrc32?.(new TextEncoder().encode('123456789')) // => 0xcbf43926
 */
export const nodeCrc32: ((bytes: Uint8Array) => number) | undefined =
  zlibCrc32 === undefined ? undefined : (bytes) => zlibCrc32(bytes)

/**
 * What `ictwb import` and its parse workers lend the workbook reader: Node's zlib inflater and
 * CRC-32, and Node's hash. The app keeps the built-in inflater, CRC-32 and Web Crypto.
 *
 * @example
 *   await parseWorkbookFile(file, framework, {}, nodeReadHost)
 */
export const nodeReadHost: WorkbookReadHost = {
  inflateRaw: nodeRawInflater,
  sha256Hex: nodeSha256Hex,
  ...(nodeCrc32 === undefined ? {} : { crc32: nodeCrc32 }),
}
