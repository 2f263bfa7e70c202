import { describe, expect, it } from 'vitest'
import {
  BLOB_THRESHOLD,
  chunksOf,
  createBackupStreamWriter,
  decodeBackupStream,
  isBackupStream,
  readBackupStream,
} from './backupStream'

const about = {
  createdAt: '2026-03-01T08:00:00.000Z',
  appVersion: '0.1.0',
  database: 'ict-index-workbench',
  schemaVersion: 6,
}

async function written(tables: Record<string, readonly unknown[]>, when = about.createdAt) {
  const parts: Uint8Array[] = []
  const writer = await createBackupStreamWriter({ ...about, createdAt: when }, async (chunk) => {
    parts.push(chunk.slice())
  })
  for (const [name, rows] of Object.entries(tables)) {
    const added = await writer.addRows(name, rows)
    if (!added.ok) throw new Error(JSON.stringify(added.error))
  }
  const header = await writer.finish()
  const bytes = new Uint8Array(parts.reduce((total, part) => total + part.byteLength, 0))
  let offset = 0
  for (const part of parts) {
    bytes.set(part, offset)
    offset += part.byteLength
  }
  return { bytes, header }
}

const big = (size: number, seed: number) =>
  Uint8Array.from({ length: size }, (_, index) => (index * seed) % 251)

describe('backup format 2 (streamed)', () => {
  const tables = {
    settings: [{ key: 'language', value: 'vi' }],
    evidence: [
      { id: 'e1', fileName: 'Quyết định số 12.pdf', bytes: big(BLOB_THRESHOLD * 3, 7) },
      { id: 'e2', fileName: 'nhỏ.txt', bytes: new Uint8Array([1, 2, 3]) },
      { id: 'e3', fileName: 'ảnh.png', bytes: big(BLOB_THRESHOLD + 1, 13).buffer },
    ],
    units: [],
  }

  it('round-trips rows, inline and raw byte arrays, in chunks of any size', async () => {
    const { bytes, header } = await written(tables)
    expect(isBackupStream(bytes)).toBe(true)
    for (const size of [1, 7, 4096, bytes.byteLength]) {
      const decoded = await decodeBackupStream(chunksOf(bytes, size))
      expect(decoded).toEqual({ ok: true, value: { header, tables } })
    }
    expect(header).toMatchObject({ recordCount: 4, tableCounts: { settings: 1, evidence: 3, units: 0 } })
  })

  it('keeps raw bytes out of the JSON (no base64 for large files)', async () => {
    const { bytes } = await written(tables)
    // base64 of the 48 KB file would add a third; the file is barely larger than the bytes it holds.
    expect(bytes.byteLength).toBeLessThan(BLOB_THRESHOLD * 4 + 1 + 4096)
  })

  it('gives equal content hashes for equal data at different times, different for other data', async () => {
    const first = await written(tables)
    const later = await written(tables, '2026-03-02T08:00:00.000Z')
    const other = await written({ ...tables, settings: [{ key: 'language', value: 'en' }] })
    expect(later.header.contentHash).toBe(first.header.contentHash)
    expect(later.header.integrity).not.toBe(first.header.integrity)
    expect(other.header.contentHash).not.toBe(first.header.contentHash)
  })

  it('refuses a flipped byte anywhere, a truncated file and trailing bytes', async () => {
    const { bytes } = await written(tables)
    for (const at of [10, 200, Math.floor(bytes.byteLength / 2), bytes.byteLength - 30]) {
      const flipped = bytes.slice()
      flipped[at] = (flipped[at] ?? 0) ^ 1
      const decoded = await decodeBackupStream(chunksOf(flipped, 333))
      expect(decoded.ok, `byte ${at}`).toBe(false)
    }
    expect(await decodeBackupStream(chunksOf(bytes.subarray(0, bytes.byteLength - 5)))).toMatchObject({
      ok: false,
      error: { code: 'backup-damaged' },
    })
    const longer = new Uint8Array(bytes.byteLength + 1)
    longer.set(bytes)
    expect(await decodeBackupStream(chunksOf(longer))).toMatchObject({
      ok: false,
      error: { code: 'backup-damaged', detail: 'bytes after the end' },
    })
    expect(await decodeBackupStream(chunksOf(new TextEncoder().encode('hello\n')))).toEqual({
      ok: false,
      error: { code: 'not-a-backup' },
    })
  })

  it('hands rows over entry by entry and stops when cancelled', async () => {
    const { bytes } = await written(tables)
    const seen: string[] = []
    const read = await readBackupStream(chunksOf(bytes), (table, rows) => {
      seen.push(`${table}:${rows.length}`)
    })
    expect(read.ok).toBe(true)
    expect(seen).toEqual(['settings:1', 'evidence:3'])
    expect(await readBackupStream(chunksOf(bytes), () => undefined, { signal: { aborted: true } })).toEqual({
      ok: false,
      error: { code: 'cancelled' },
    })
  })
})
