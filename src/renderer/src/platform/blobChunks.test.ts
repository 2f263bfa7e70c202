import { describe, expect, it } from 'vitest'
import { blobChunks, SNAPSHOT_DIAGNOSTICS_KEY, SNAPSHOT_READ_BYTES, snapshotReadBytes } from './blobChunks'

const storage = (value: string | null) => ({
  getItem: (key: string) => (key === SNAPSHOT_DIAGNOSTICS_KEY ? value : null),
})

describe('blobChunks', () => {
  it('reads a Blob in slices that join back into its bytes', async () => {
    const bytes = Uint8Array.from({ length: 10_000 }, (_, index) => index % 251)
    const chunks: Uint8Array[] = []
    for await (const chunk of blobChunks(new Blob([bytes]), 4096)) chunks.push(chunk)

    expect(chunks.map((chunk) => chunk.byteLength)).toEqual([4096, 4096, 1808])
    expect(new Uint8Array(await new Blob(chunks as Uint8Array<ArrayBuffer>[]).arrayBuffer())).toEqual(bytes)
  })

  it('yields nothing for an empty Blob', async () => {
    const chunks: Uint8Array[] = []
    for await (const chunk of blobChunks(new Blob([]))) chunks.push(chunk)
    expect(chunks).toEqual([])
  })
})

describe('snapshotReadBytes', () => {
  it('is 8 MB unless the diagnostics ask for a size from 1 KB to 8 MB', () => {
    expect(snapshotReadBytes(storage(null))).toBe(SNAPSHOT_READ_BYTES)
    expect(snapshotReadBytes(storage('{"readBytes":4096}'))).toBe(4096)
    for (const refused of ['{"readBytes":10}', '{"readBytes":1e9}', '{"readBytes":"4096"}', '{', '[]'])
      expect(snapshotReadBytes(storage(refused))).toBe(SNAPSHOT_READ_BYTES)
  })
})
