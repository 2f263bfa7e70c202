import { Inflate, inflateSync } from 'fflate'
import type { RawInflater } from './rawInflater'
import { crc32 } from './crc32'
import { err, ok, type Result } from '@core/result'
import type { WorkbookReadIssue } from '@core/excel/workbookReadIssue'
import type { WorkbookReadLimits } from '@core/excel/workbookReadLimits'
import { decodeUtf8 } from './utf8'

/**
 * One file of a zip, inflated and checked.
 *
 * @example
 *   const part: ZipPart = { name: 'xl/workbook.xml', data: new Uint8Array() }
 */
export type ZipPart = { readonly name: string; readonly data: Uint8Array }

type Entry = {
  readonly name: string
  readonly flags: number
  readonly method: number
  readonly crc: number
  readonly compressedSize: number
  readonly size: number
  readonly localOffset: number
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50
const CENTRAL_ENTRY = 0x02014b50
const LOCAL_ENTRY = 0x04034b50
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]
// One push of 16 kB inflates to at most ~16.5 MB (deflate tops out near 1032:1), which bounds the overshoot
// past a lying declared size; bigger pushes are faster but allow more.
const INFLATE_CHUNK = 16 * 1024
// Small parts are inflated in one call into a buffer one byte larger than declared (so a longer
// stream shows as one byte too many): fast, but the inflater cannot be stopped midway, so the
// compressed bytes handled this way are capped per file (at most ~132 MB of decoding in total).
const ONE_CALL_BUDGET = 128 * 1024

/**
 * Reads a zip from its central directory, with no trust in what it declares: container checks
 * first (empty, too large, OLE/CFB = encrypted or legacy `.xls`, not a zip), then every entry's
 * name, flags, method and declared sizes against `limits`, then each part inflated in small chunks
 * with a budget of its declared size (lying sizes stop at once) and its CRC checked.
 * Directories are skipped. All entry problems are collected. A host's native `inflateRaw` (same
 * contract: never more than the declared size plus one byte) replaces the built-in inflater, and
 * its native `checksum` (the same CRC-32) the built-in `crc32`; every part is checked either way.
 *
 * @example
 *   const parts = readZipEntries(bytes, defaultWorkbookReadLimits)
 *   if (parts.ok) parts.value.map((part) => part.name) // => ['[Content_Types].xml', 'xl/workbook.xml', …]
 */
export function readZipEntries(
  bytes: Uint8Array,
  limits: WorkbookReadLimits,
  inflateRaw?: RawInflater,
  checksum: (bytes: Uint8Array) => number = crc32,
): Result<readonly ZipPart[], readonly WorkbookReadIssue[]> {
  const entries = openContainer(bytes, limits)
  if (!entries.ok) return entries
  const issues = checkEntries(entries.value, limits)
  if (issues.length > 0) return err(issues)
  const parts: ZipPart[] = []
  const oneCall = { budget: ONE_CALL_BUDGET }
  for (const entry of entries.value) {
    if (entry.name.endsWith('/')) continue
    const data = inflateEntry(bytes, entry, oneCall, inflateRaw, checksum)
    if (!data.ok) issues.push(data.error)
    else parts.push({ name: entry.name, data: data.value })
  }
  return issues.length > 0 ? err(issues) : ok(parts)
}

/**
 * The names of a zip's files from its central directory alone (nothing inflated), after the same
 * container checks as `readZipEntries` (size, legacy or encrypted file, zip signature, entries):
 * enough to tell what a package is before it is opened.
 *
 * @example
 *   readZipEntryNames(bytes, limits) // => ok(['giai-trinh.xlsx', 'evidence/MayTinh/QĐ 12.pdf'])
 */
export function readZipEntryNames(
  bytes: Uint8Array,
  limits: WorkbookReadLimits,
): Result<readonly string[], readonly WorkbookReadIssue[]> {
  const entries = openContainer(bytes, limits)
  if (!entries.ok) return entries
  return ok(entries.value.filter((entry) => !entry.name.endsWith('/')).map((entry) => entry.name))
}

/** The container checks both readers share (empty, too large, legacy or encrypted, not a zip), then the central directory. */
function openContainer(
  bytes: Uint8Array,
  limits: WorkbookReadLimits,
): Result<readonly Entry[], readonly WorkbookReadIssue[]> {
  if (bytes.length === 0) return err([{ code: 'empty-file' }])
  if (bytes.length > limits.maxFileBytes)
    return err([{ code: 'file-too-large', size: bytes.length, limit: limits.maxFileBytes }])
  if (CFB_MAGIC.every((byte, index) => bytes[index] === byte))
    return err([{ code: 'encrypted-or-legacy-file' }])
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return err([{ code: 'not-a-zip' }])
  return readCentralDirectory(bytes, limits)
}

function readCentralDirectory(
  bytes: Uint8Array,
  limits: WorkbookReadLimits,
): Result<readonly Entry[], readonly WorkbookReadIssue[]> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const end = findEndOfCentralDirectory(view)
  if (end === null) return err([{ code: 'corrupt-zip', reason: 'missing-end-of-central-directory' }])
  if (view.getUint16(end + 4, true) !== 0 || view.getUint16(end + 6, true) !== 0)
    return err([{ code: 'corrupt-zip', reason: 'multi-disk' }])
  const count = view.getUint16(end + 10, true)
  const size = view.getUint32(end + 12, true)
  const offset = view.getUint32(end + 16, true)
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff)
    return err([{ code: 'zip64-unsupported' }])
  if (count > limits.maxEntries) return err([{ code: 'too-many-entries', count, limit: limits.maxEntries }])
  if (offset + size > end) return err([{ code: 'corrupt-zip', reason: 'entry-out-of-bounds' }])

  const entries: Entry[] = []
  let position = offset
  for (let index = 0; index < count; index += 1) {
    if (position + 46 > offset + size || view.getUint32(position, true) !== CENTRAL_ENTRY) {
      return err([{ code: 'corrupt-zip', reason: 'bad-entry-header' }])
    }
    const nameLength = view.getUint16(position + 28, true)
    const next =
      position + 46 + nameLength + view.getUint16(position + 30, true) + view.getUint16(position + 32, true)
    if (next > offset + size) return err([{ code: 'corrupt-zip', reason: 'bad-entry-header' }])
    const flags = view.getUint16(position + 8, true)
    const extraStart = position + 46 + nameLength
    const sizes = readZip64Sizes(view, extraStart, extraStart + view.getUint16(position + 30, true), {
      size: view.getUint32(position + 24, true),
      compressedSize: view.getUint32(position + 20, true),
      localOffset: view.getUint32(position + 42, true),
    })
    if (sizes === null) return err([{ code: 'zip64-unsupported' }])
    entries.push({
      name: decodeName(bytes.subarray(position + 46, extraStart), (flags & 0x800) !== 0),
      flags,
      method: view.getUint16(position + 10, true),
      crc: view.getUint32(position + 16, true),
      ...sizes,
    })
    position = next
  }
  return ok(entries)
}

type EntrySizes = { readonly size: number; readonly compressedSize: number; readonly localOffset: number }
const ZIP64_MARK = 0xffffffff

/**
 * Sizes and offset of an entry, taken from its zip64 extended-information field where the central
 * directory says 0xFFFFFFFF (some writers use it even for small files); `null` if that field is
 * missing or the values do not fit in a safe integer.
 */
function readZip64Sizes(view: DataView, start: number, end: number, declared: EntrySizes): EntrySizes | null {
  const needed = (['size', 'compressedSize', 'localOffset'] as const).filter(
    (key) => declared[key] === ZIP64_MARK,
  )
  if (needed.length === 0) return declared
  for (let position = start; position + 4 <= end;) {
    const id = view.getUint16(position, true)
    const length = view.getUint16(position + 2, true)
    if (id === 0x0001 && position + 4 + needed.length * 8 <= end) {
      const values = { ...declared }
      needed.forEach((key, index) => {
        values[key] = Number(view.getBigUint64(position + 4 + index * 8, true))
      })
      return needed.every((key) => Number.isSafeInteger(values[key])) ? values : null
    }
    position += 4 + length
  }
  return null
}

function findEndOfCentralDirectory(view: DataView): number | null {
  const lowest = Math.max(0, view.byteLength - 22 - 0xffff)
  for (let position = view.byteLength - 22; position >= lowest; position -= 1) {
    if (view.getUint32(position, true) === END_OF_CENTRAL_DIRECTORY) return position
  }
  return null
}

function decodeName(raw: Uint8Array, isUtf8: boolean): string {
  if (isUtf8) return decodeUtf8(raw, { fatal: true }) ?? '\u0000' // invalid: reported as an unsafe name
  return Array.from(raw, (byte) => String.fromCharCode(byte)).join('')
}

/** Names that could escape a folder, confuse a parser or collide; OPC part names are plain paths. */
function isUnsafeName(name: string): boolean {
  if (name.length === 0 || name.length > 512 || name.startsWith('/') || name.includes('\\')) return true
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001F\u007F]/.test(name)) return true
  const segments = (name.endsWith('/') ? name.slice(0, -1) : name).split('/')
  return segments.some((segment) => segment === '' || segment === '.' || segment === '..')
}

function checkEntries(entries: readonly Entry[], limits: WorkbookReadLimits): WorkbookReadIssue[] {
  const issues: WorkbookReadIssue[] = []
  const seen = new Set<string>()
  let total = 0
  for (const entry of entries) {
    const part = entry.name
    if (isUnsafeName(part)) issues.push({ code: 'unsafe-entry-name', part })
    if (seen.has(part.toLowerCase())) issues.push({ code: 'duplicate-entry', part })
    seen.add(part.toLowerCase())
    if ((entry.flags & 0x1) !== 0) issues.push({ code: 'encrypted-entry', part })
    if (entry.method !== 0 && entry.method !== 8)
      issues.push({ code: 'unsupported-compression', part, method: entry.method })
    if (entry.size > limits.maxPartBytes)
      issues.push({ code: 'part-too-large', part, size: entry.size, limit: limits.maxPartBytes })
    const ratio = entry.size / Math.max(1, entry.compressedSize)
    if (entry.size > limits.ratioGraceBytes && ratio > limits.maxCompressionRatio) {
      issues.push({
        code: 'compression-ratio-too-high',
        part,
        ratio: Math.round(ratio),
        limit: limits.maxCompressionRatio,
      })
    }
    total += entry.size
  }
  if (total > limits.maxTotalBytes)
    issues.push({ code: 'workbook-too-large', size: total, limit: limits.maxTotalBytes })
  return issues
}

function inflateEntry(
  bytes: Uint8Array,
  entry: Entry,
  oneCall: { budget: number },
  inflateRaw: RawInflater | undefined,
  checksum: (bytes: Uint8Array) => number,
): Result<Uint8Array, WorkbookReadIssue> {
  const part = entry.name
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const local = entry.localOffset
  if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL_ENTRY) {
    return err({ code: 'corrupt-zip', reason: 'bad-entry-header', part })
  }
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true)
  if (start + entry.compressedSize > bytes.length)
    return err({ code: 'corrupt-zip', reason: 'entry-out-of-bounds', part })
  const compressed = bytes.subarray(start, start + entry.compressedSize)
  const data =
    entry.method === 0
      ? entry.compressedSize === entry.size
        ? compressed.slice()
        : null
      : inflateRaw !== undefined
        ? compressed.length === 0
          ? entry.size === 0
            ? new Uint8Array(0)
            : 'corrupt'
          : inflateRaw(compressed, entry.size)
        : compressed.length <= oneCall.budget
          ? ((oneCall.budget -= compressed.length), inflateInOneCall(compressed, entry.size))
          : inflateWithBudget(compressed, entry.size)
  if (data === 'corrupt') return err({ code: 'corrupt-zip', reason: 'invalid-compressed-data', part })
  if (data === null) return err({ code: 'corrupt-zip', reason: 'size-mismatch', part })
  if (checksum(data) !== entry.crc) return err({ code: 'corrupt-zip', reason: 'crc-mismatch', part })
  return ok(data)
}

/** Inflates a small part at once into exactly `size` bytes; `null` when it inflates to any other size. */
function inflateInOneCall(compressed: Uint8Array, size: number): Uint8Array | null | 'corrupt' {
  if (compressed.length === 0) return size === 0 ? new Uint8Array(0) : 'corrupt'
  const output = new Uint8Array(size + 1)
  try {
    const inflated = inflateSync(compressed, { out: output })
    return inflated.length === size ? output.subarray(0, size) : null
  } catch {
    return 'corrupt'
  }
}

/** Inflates into exactly `size` bytes; `null` when the data inflates to any other size. */
function inflateWithBudget(compressed: Uint8Array, size: number): Uint8Array | null | 'corrupt' {
  if (compressed.length === 0) return size === 0 ? new Uint8Array(0) : 'corrupt'
  const output = new Uint8Array(size)
  let written = 0
  let isOverBudget = false
  const inflater = new Inflate((chunk) => {
    if (written + chunk.length > size) isOverBudget = true
    else {
      output.set(chunk, written)
      written += chunk.length
    }
  })
  try {
    for (let offset = 0; offset < compressed.length && !isOverBudget; offset += INFLATE_CHUNK) {
      const end = Math.min(compressed.length, offset + INFLATE_CHUNK)
      inflater.push(compressed.subarray(offset, end), end === compressed.length)
    }
  } catch {
    return isOverBudget ? null : 'corrupt'
  }
  return isOverBudget || written !== size ? null : output
}
