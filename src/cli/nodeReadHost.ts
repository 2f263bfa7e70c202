import { createHash } from 'node:crypto'
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

/**
 * What `ictwb import` and its parse workers lend the workbook reader: Node's zlib inflater and
 * Node's hash. The app keeps the built-in inflater and Web Crypto.
 *
 * @example
 *   await parseWorkbookFile(file, framework, {}, nodeReadHost)
 */
export const nodeReadHost: WorkbookReadHost = { inflateRaw: nodeRawInflater, sha256Hex: nodeSha256Hex }
