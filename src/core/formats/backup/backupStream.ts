import { z } from 'zod'
import { err, ok, type Result } from '@core/result'
import { cancelled, isCancelled, type Cancelled, type ProgressOptions } from '@core/progress'
import { digestSha256Hex, digestSha256Hex as digestOf } from '@core/sha256'
import {
  BACKUP_FORMAT,
  type BackupFormatError,
  type BackupHeader,
  type BackupTables,
  type DecodedBackup,
} from './backupFormat'
import { fromJsonValue, toJsonValue, VALUE_TAG } from './backupValue'

/**
 * Backup format 2: written and read as a stream, table by table and file by file, so memory does
 * not grow with the evidence (decision 0021). The file is a sequence of framed entries:
 *
 *   {"format":"ict-index-workbench-backup","formatVersion":2,"header":{createdAt,appVersion,database,schemaVersion}}\n
 *   {"entry":"blob","n":0,"bytes":L,"sha256":"…"}\n <L raw bytes> \n
 *   {"entry":"rows","table":"evidence","rows":k,"bytes":L,"sha256":"…"}\n <L bytes: one JSON row per line> \n
 *   …
 *   {"entry":"end","entries":N,"tableCounts":{…},"recordCount":n,"contentHash":"…","integrity":"…"}\n
 *
 * Byte arrays of at least `BLOB_THRESHOLD` bytes leave the rows as raw blob entries, referenced by
 * number (`{"__ictwb":"blob","n":0,"as":"u8"}`) from the rows entry that follows them; smaller ones
 * stay inline as base64, as in format 1. Each entry carries the SHA-256 of its payload;
 * `contentHash` is the SHA-256 of every entry line in order (so equal hashes = unchanged data,
 * whatever the time), and `integrity` seals the header line with it. A flipped byte, a truncated
 * file, an entry moved or removed all fail the check.
 */
export const BACKUP_STREAM_FORMAT_VERSION = 2

/** Bytes of at least this size are written as raw entries instead of base64 inside the rows. */
export const BLOB_THRESHOLD = 16 * 1024

/** A rows entry is closed once its text reaches this size or its blobs reach `CHUNK_BLOB_BYTES`. */
const CHUNK_TEXT_BYTES = 1024 * 1024
const CHUNK_BLOB_BYTES = 16 * 1024 * 1024
/** The longest entry line a reader accepts (the end line holds the table counts). */
const MAX_LINE_BYTES = 64 * 1024
/** Blobs waiting for their rows entry: more than this means the file was not written by the app. */
const MAX_PENDING_BLOB_BYTES = 1024 * 1024 * 1024

const STREAM_PREFIX = `{"format":"${BACKUP_FORMAT}","formatVersion":${BACKUP_STREAM_FORMAT_VERSION},`

/** What a backup's first line says, before its entries: the rest of the header comes at its end. */
export type BackupAbout = Pick<BackupHeader, 'createdAt' | 'appVersion' | 'database' | 'schemaVersion'>

/** Where the writer puts bytes: a file in the backups folder over the bridge, a download, memory. */
export type BackupSink = (chunk: Uint8Array) => Promise<void>

export type BackupStreamWriter = {
  /** Adds rows of a table (call as many times as needed, a table's rows together). */
  addRows(table: string, rows: readonly unknown[]): Promise<Result<void, BackupFormatError>>
  /** Writes the end entry; the header it returns is what format 1 kept in its header. */
  finish(): Promise<BackupHeader>
}

const aboutSchema = z.strictObject({
  createdAt: z.iso.datetime(),
  appVersion: z.string().max(100),
  database: z.string().min(1).max(200),
  schemaVersion: z.number().int().min(1),
})
const entrySchema = z.discriminatedUnion('entry', [
  z.strictObject({
    entry: z.literal('blob'),
    n: z.number().int().min(0),
    bytes: z.number().int().min(0),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  }),
  z.strictObject({
    entry: z.literal('rows'),
    table: z.string().min(1).max(200),
    rows: z.number().int().min(1),
    bytes: z.number().int().min(0),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  }),
  z.strictObject({
    entry: z.literal('end'),
    entries: z.number().int().min(0),
    tableCounts: z.record(z.string().max(200), z.number().int().min(0)),
    recordCount: z.number().int().min(0),
    contentHash: z.string().regex(/^[0-9a-f]{64}$/),
    integrity: z.string().regex(/^[0-9a-f]{64}$/),
  }),
])

const encoder = new TextEncoder()
const NEWLINE = encoder.encode('\n')

/**
 * A writer of format 2 into `sink`: the header line now, entries as rows are added, the end line
 * on `finish`. It holds at most one rows entry being filled (about 1 MB of text) and the blobs of
 * the row being added.
 *
 * @example
 *   const writer = await createBackupStreamWriter(about, (chunk) => file.write(chunk))
 *   await writer.addRows('settings', [{ key: 'language', value: 'vi' }])
 *   const header = await writer.finish()
 */
export async function createBackupStreamWriter(
  about: BackupAbout,
  sink: BackupSink,
): Promise<BackupStreamWriter> {
  const headerLine = `${STREAM_PREFIX}"header":${JSON.stringify(aboutSchema.parse(about))}}`
  await sink(encoder.encode(`${headerLine}\n`))
  const entryLines: string[] = []
  const tableCounts: Record<string, number> = {}
  let blobCount = 0
  let chunk: { table: string; lines: string[]; rows: number; textBytes: number; blobBytes: number } | null =
    null

  const writeEntry = async (line: string, payload: Uint8Array) => {
    entryLines.push(line)
    await sink(encoder.encode(`${line}\n`))
    await sink(payload)
    await sink(NEWLINE)
  }
  const flush = async () => {
    if (chunk === null || chunk.rows === 0) return
    const payload = encoder.encode(chunk.lines.join('\n'))
    const line = JSON.stringify({
      entry: 'rows',
      table: chunk.table,
      rows: chunk.rows,
      bytes: payload.byteLength,
      sha256: await digestSha256Hex(payload),
    })
    chunk = null
    await writeEntry(line, payload)
  }

  return {
    async addRows(table, rows) {
      if (chunk !== null && chunk.table !== table) await flush()
      tableCounts[table] = tableCounts[table] ?? 0
      for (const row of rows) {
        const blobs: Uint8Array[] = []
        const json = toJsonValue(row, `${table}[${tableCounts[table]}]`, (bytes, kind) => {
          if (bytes.byteLength < BLOB_THRESHOLD) return undefined
          blobs.push(bytes)
          return { [VALUE_TAG]: 'blob', n: blobCount + blobs.length - 1, as: kind }
        })
        if (!json.ok) return json
        for (const bytes of blobs) {
          const line = JSON.stringify({
            entry: 'blob',
            n: blobCount,
            bytes: bytes.byteLength,
            sha256: await digestSha256Hex(bytes),
          })
          blobCount += 1
          await writeEntry(line, bytes)
        }
        const text = JSON.stringify(json.value)
        chunk ??= { table, lines: [], rows: 0, textBytes: 0, blobBytes: 0 }
        chunk.lines.push(text)
        chunk.rows += 1
        chunk.textBytes += text.length
        chunk.blobBytes += blobs.reduce((total, bytes) => total + bytes.byteLength, 0)
        tableCounts[table] += 1
        if (chunk.textBytes >= CHUNK_TEXT_BYTES || chunk.blobBytes >= CHUNK_BLOB_BYTES) await flush()
      }
      return ok(undefined)
    },
    async finish() {
      await flush()
      const contentHash = await digestSha256Hex(encoder.encode(entryLines.join('\n')))
      const recordCount = Object.values(tableCounts).reduce((total, count) => total + count, 0)
      const integrity = await integrityOf(headerLine, contentHash, tableCounts, recordCount)
      const end = {
        entry: 'end',
        entries: entryLines.length,
        tableCounts,
        recordCount,
        contentHash,
        integrity,
      }
      await sink(encoder.encode(`${JSON.stringify(end)}\n`))
      return { ...about, recordCount, tableCounts, contentHash, integrity }
    },
  }
}

function integrityOf(
  headerLine: string,
  contentHash: string,
  tableCounts: Record<string, number>,
  recordCount: number,
): Promise<string> {
  const tables = Object.keys(tableCounts)
    .sort()
    .map((name) => [name, tableCounts[name]])
  return digestSha256Hex(
    encoder.encode(`${headerLine}\n${contentHash}\n${recordCount}\n${JSON.stringify(tables)}`),
  )
}

/** True when the bytes start like a format 2 backup. @example isBackupStream(firstChunk) */
export function isBackupStream(start: Uint8Array): boolean {
  const prefix = encoder.encode(STREAM_PREFIX)
  if (start.byteLength < prefix.byteLength) return false
  return prefix.every((byte, index) => start[index] === byte)
}

/** A line of the stream that is not UTF-8 (the file is damaged, unlike a source that failed). */
class NotUtf8 extends Error {}

/** Reads an async source of byte chunks of any size: lines and exact byte counts. */
class ByteReader {
  private buffered: Uint8Array[] = []
  private size = 0
  private done = false
  constructor(private readonly source: { next(): Promise<IteratorResult<Uint8Array>> }) {}

  private async fill(): Promise<boolean> {
    if (this.done) return false
    const next = await this.source.next()
    if (next.done === true) {
      this.done = true
      return false
    }
    if (next.value.byteLength > 0) {
      this.buffered.push(next.value)
      this.size += next.value.byteLength
    }
    return true
  }

  /** The next line without its `\n`, or null at the end of the source or past `max` bytes. */
  async line(max: number): Promise<string | null> {
    for (;;) {
      let offset = 0
      for (const part of this.buffered) {
        const at = part.indexOf(10)
        if (at >= 0) {
          if (offset + at > max) return null
          const bytes = this.take(offset + at + 1)
          try {
            return new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, bytes.byteLength - 1))
          } catch {
            throw new NotUtf8()
          }
        }
        offset += part.byteLength
      }
      if (this.size > max || !(await this.fill())) return null
    }
  }

  /** Exactly `count` bytes, or null when the source ends first. */
  async bytes(count: number): Promise<Uint8Array | null> {
    while (this.size < count) if (!(await this.fill())) return null
    return this.take(count)
  }

  /** True when nothing is left. */
  async atEnd(): Promise<boolean> {
    while (this.size === 0) if (!(await this.fill())) return true
    return false
  }

  private take(count: number): Uint8Array {
    const first = this.buffered[0]
    if (first !== undefined && first.byteLength >= count) {
      const out = first.subarray(0, count)
      if (first.byteLength === count) this.buffered.shift()
      else this.buffered[0] = first.subarray(count)
      this.size -= count
      return out
    }
    const out = new Uint8Array(count)
    let filled = 0
    while (filled < count) {
      const part = this.buffered[0] as Uint8Array
      const used = Math.min(part.byteLength, count - filled)
      out.set(part.subarray(0, used), filled)
      filled += used
      if (used === part.byteLength) this.buffered.shift()
      else this.buffered[0] = part.subarray(used)
    }
    this.size -= count
    return out
  }
}

/** What the reader hands over: each rows entry's rows, decoded (blobs back in place). */
export type BackupRowsHandler = (table: string, rows: readonly unknown[]) => void | Promise<void>

/**
 * Reads a format 2 backup from a stream of byte chunks, checking every entry's hash as it comes
 * and the whole at the end, and hands each rows entry's rows to `onRows` in file order. The rows
 * handed over before a failure are not known to be good: a caller that writes them must be able to
 * undo (restore writes inside one transaction and throws on a failure). Memory holds one entry at
 * a time (and the blobs waiting for their rows).
 *
 * @example
 *   const read = await readBackupStream(chunksOf(file), (table, rows) => count(table, rows))
 *   if (read.ok) read.value.recordCount
 */
export async function readBackupStream(
  source: AsyncIterable<Uint8Array>,
  onRows: BackupRowsHandler,
  options: ProgressOptions & {
    /**
     * Wraps every wait on something other than `onRows` (the source, the hashes): a restore
     * inside an IndexedDB transaction passes `Dexie.waitFor` so the transaction stays open.
     */
    readonly keepAlive?: <T>(work: Promise<T>) => Promise<T>
  } = {},
): Promise<Result<BackupHeader, BackupFormatError | Cancelled>> {
  const keepAlive = options.keepAlive ?? (<T>(work: Promise<T>) => work)
  const iterator = source[Symbol.asyncIterator]()
  const reader = new ByteReader({ next: () => keepAlive(iterator.next()) })
  const digestSha256Hex = (bytes: Uint8Array) => keepAlive(digestOf(bytes))
  let headerLine: string | null
  try {
    headerLine = await reader.line(MAX_LINE_BYTES)
  } catch (error) {
    // A source that failed (a file gone midway) is the caller's to report, not a damaged backup.
    if (!(error instanceof NotUtf8)) throw error
    return err({ code: 'backup-damaged', detail: 'not UTF-8' })
  }
  if (headerLine === null || !headerLine.startsWith(STREAM_PREFIX)) return err({ code: 'not-a-backup' })
  let about: BackupAbout
  try {
    const parsed = z
      .strictObject({ format: z.literal(BACKUP_FORMAT), formatVersion: z.literal(2), header: aboutSchema })
      .safeParse(JSON.parse(headerLine))
    if (!parsed.success) return err({ code: 'backup-damaged', detail: 'header' })
    about = parsed.data.header
  } catch {
    return err({ code: 'backup-damaged', detail: 'header' })
  }
  const entryLines: string[] = []
  const counted: Record<string, number> = {}
  const pending = new Map<number, Uint8Array>()
  let pendingBytes = 0
  let nextBlob = 0
  const damaged = (detail: string) => err({ code: 'backup-damaged' as const, detail })
  for (;;) {
    if (isCancelled(options)) return err(cancelled)
    let line: string | null
    try {
      line = await reader.line(MAX_LINE_BYTES)
    } catch (error) {
      if (!(error instanceof NotUtf8)) throw error
      return damaged('not UTF-8')
    }
    if (line === null) return damaged('truncated')
    let entry: z.infer<typeof entrySchema>
    try {
      const parsed = entrySchema.safeParse(JSON.parse(line))
      if (!parsed.success) return damaged(`entry ${entryLines.length + 1}`)
      entry = parsed.data
    } catch {
      return damaged(`entry ${entryLines.length + 1}`)
    }
    if (entry.entry === 'end') {
      if (pending.size > 0) return damaged('blob without rows')
      if (!(await reader.atEnd())) return damaged('bytes after the end')
      if (entry.entries !== entryLines.length) return damaged('entry count')
      const names = new Set([...Object.keys(entry.tableCounts), ...Object.keys(counted)])
      if ([...names].some((name) => (entry.tableCounts[name] ?? -1) !== (counted[name] ?? 0)))
        return damaged('row counts')
      const recordCount = Object.values(counted).reduce((total, count) => total + count, 0)
      if (recordCount !== entry.recordCount) return damaged('record count')
      if ((await digestSha256Hex(encoder.encode(entryLines.join('\n')))) !== entry.contentHash)
        return damaged('content hash')
      if (
        (await integrityOf(headerLine, entry.contentHash, entry.tableCounts, recordCount)) !== entry.integrity
      )
        return damaged('integrity')
      return ok({
        ...about,
        recordCount,
        tableCounts: entry.tableCounts,
        contentHash: entry.contentHash,
        integrity: entry.integrity,
      })
    }
    entryLines.push(line)
    const payload = await reader.bytes(entry.bytes)
    const separator = await reader.bytes(1)
    if (payload === null || separator === null || separator[0] !== 10) return damaged('truncated')
    if ((await digestSha256Hex(payload)) !== entry.sha256)
      return damaged(`hash of entry ${entryLines.length}`)
    if (entry.entry === 'blob') {
      if (entry.n !== nextBlob) return damaged('blob order')
      nextBlob += 1
      pending.set(entry.n, payload)
      pendingBytes += payload.byteLength
      if (pendingBytes > MAX_PENDING_BLOB_BYTES) return damaged('blobs without rows')
      continue
    }
    const rows = decodeRows(entry.table, payload, pending, counted[entry.table] ?? 0)
    if (!rows.ok) return rows
    if (rows.value.length !== entry.rows) return damaged(`row count of ${entry.table}`)
    if (pending.size > 0) return damaged('blob without rows')
    pendingBytes = 0
    counted[entry.table] = (counted[entry.table] ?? 0) + rows.value.length
    await onRows(entry.table, rows.value)
  }
}

function decodeRows(
  table: string,
  payload: Uint8Array,
  pending: Map<number, Uint8Array>,
  firstIndex: number,
): Result<unknown[], BackupFormatError> {
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(payload)
  } catch {
    return err({ code: 'backup-damaged', detail: 'not UTF-8' })
  }
  const rows: unknown[] = []
  for (const [index, line] of text.split('\n').entries()) {
    let parsed: unknown
    try {
      parsed = JSON.parse(line)
    } catch {
      return err({ code: 'backup-damaged', detail: `row ${firstIndex + index + 1} of ${table}` })
    }
    const row = fromJsonValue(parsed, `${table}[${firstIndex + index}]`, (n) => {
      const bytes = pending.get(n)
      pending.delete(n)
      return bytes
    })
    if (!row.ok) return row
    rows.push(row.value)
  }
  return ok(rows)
}

/**
 * Reads a whole format 2 backup into memory (small backups, tests, the upgrade of an older
 * backup's rows); `readBackupStream` is the bounded path.
 *
 * @example
 *   const decoded = await decodeBackupStream(chunks)
 */
export async function decodeBackupStream(
  source: AsyncIterable<Uint8Array>,
): Promise<Result<DecodedBackup, BackupFormatError>> {
  const tables: Record<string, unknown[]> = {}
  const read = await readBackupStream(source, (table, rows) => {
    const into = (tables[table] ??= [])
    for (const row of rows) into.push(row)
  })
  // No signal is passed, so the only errors are the format's.
  if (!read.ok) return err(read.error as BackupFormatError)
  for (const name of Object.keys(read.value.tableCounts)) tables[name] ??= []
  return ok({ header: read.value, tables: tables as BackupTables })
}

/** One chunk source over bytes in memory, in pieces of `size`. @example chunksOf(bytes) */
export async function* chunksOf(bytes: Uint8Array, size = 1024 * 1024): AsyncGenerator<Uint8Array> {
  for (let offset = 0; offset < bytes.byteLength; offset += size) yield bytes.subarray(offset, offset + size)
}
